#pragma once

// Small facts about the catalog that the plugin, its command-line tool, the
// reference platform server and the tests share: one home for each.

#include "catalogtypes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace lj::catalog {

/// The catalog's SQLite file, in the studio's config folder.
inline QString catalogFile(const QString &configDir)
{
    return configDir + QStringLiteral("/catalog.db");
}

/// The platform token's name in the catalog plugin's keychain namespace
/// (the full key is "catalog/token").
inline constexpr const char *kTokenKey = "token";

/// The catalog digest both sides compute to show they hold the same
/// products (docs/province-api.md, /admin/checksum): SHA-1 over one line per
/// product, in code order, of "code|title|list price|live price|stock".
class CatalogChecksum final {
public:
    /// Products must be added in ascending code order. Every field a sync
    /// brings is in the digest (not the host's own notes), so a sync that
    /// drops or garbles any of them differs from the platform's digest.
    void add(const Product &p)
    {
        // Each field as JSON text: no separator inside a field can shift it into the next.
        const QJsonArray fields{p.code,
                                p.title,
                                p.sellingPoints,
                                p.category,
                                p.origin,
                                QJsonArray::fromStringList(p.certifications),
                                p.listPriceFen,
                                p.livePriceFen,
                                p.stock,
                                p.unit,
                                QJsonArray::fromStringList(p.imageUrls),
                                p.linkUrl};
        m_hash.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        m_hash.addData("\n");
        ++m_count;
    }
    int count() const { return m_count; }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
    int m_count = 0;
};

} // namespace lj::catalog
