#pragma once

#include "catalogdb.h"
#include "catalogtypes.h"
#include "searchindex.h"

#include <QSqlQuery>

#include <QList>

#include <optional>

namespace lj::catalog {

struct SearchQuery {
    QString text;          ///< substring of code, title, selling points or origin
    QString category;      ///< exact, empty = any
    QString origin;        ///< exact, empty = any
    QString certification; ///< one of the product's certifications, empty = any
    int limit = 200;
};

/// Owns the products table and its search indexes. Writes join the caller's
/// transaction when one is open; alone, each write is its own transaction.
class ProductStore final {
public:
    explicit ProductStore(CatalogDb &db);
    ~ProductStore();

    std::optional<Product> byCode(const QString &code) const;
    std::optional<Product> byId(ProductId id) const;
    QList<Product> all(bool includeDeleted = false) const;
    QList<Product> search(const SearchQuery &query, QString *error = nullptr) const;
    int count(bool includeDeleted = false) const;
    QStringList distinctValues(const QString &column) const;

    /// Inserts, or replaces every field of the product with the same code;
    /// sets `product.id`.
    bool upsert(Product &product, QString *error);
    /// A product as the platform sends it: the platform's fields win, the
    /// host's notes stay. Deleted on the platform = marked deleted here.
    bool applyFromPlatform(const Product &product, QString *error);
    bool setNotes(ProductId id, const QString &notes, QString *error);
    bool markDeleted(const QString &code, QString *error);

private:
    bool write(Product &product, bool keepNotes, QString *error);

    CatalogDb &m_db;
    SearchIndex m_index;
    /// Prepared once: a sync or an import writes thousands of rows.
    std::unique_ptr<QSqlQuery> m_upsert, m_upsertKeepNotes;
};

} // namespace lj::catalog
