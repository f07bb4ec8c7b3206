#pragma once

// Small facts about the catalog that the plugin, its command-line tool, the
// reference platform server and the tests share: one home for each.

#include <QCryptographicHash>
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
    /// Products must be added in ascending code order.
    void add(const QString &code, const QString &title, qint64 listPriceFen, qint64 livePriceFen, int stock)
    {
        m_hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n").arg(code, title).arg(listPriceFen).arg(livePriceFen).arg(stock).toUtf8());
        ++m_count;
    }
    int count() const { return m_count; }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
    int m_count = 0;
};

} // namespace lj::catalog
