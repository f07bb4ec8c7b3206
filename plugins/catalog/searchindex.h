#pragma once

#include "product.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace lj::catalog {

/// The two full-text indexes behind search: a trigram index for queries of
/// three characters or more, and an index of single characters and character
/// pairs for the short queries Chinese search is full of ("大米", "木耳").
class SearchIndex final {
public:
    explicit SearchIndex(QSqlDatabase &db) : m_db(db) {}

    /// Unigrams and bigrams of `text`, space-separated, lower-cased.
    static QString grams(const QString &text);
    /// Replaces the index entries of one product (removes them if deleted).
    bool update(const Product &product, QString *error);
    bool remove(ProductId id, QString *error);

private:
    QSqlQuery &statement(std::unique_ptr<QSqlQuery> &slot, const char *sql);

    QSqlDatabase &m_db;
    std::unique_ptr<QSqlQuery> m_deleteFts, m_deleteGrams, m_insertFts, m_insertGrams;
};

} // namespace lj::catalog
