#pragma once

#include "catalogtypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace lj::catalog {

/// The full-text index behind search. Text is indexed as its single
/// characters and character pairs ("大米" -> 大 大米 米), so any substring of
/// any length — including the one- and two-character queries Chinese search is
/// full of, which a trigram index cannot answer — is an FTS5 phrase. Category,
/// origin and certifications are columns of the same index, so a search with
/// filters is one index lookup.
class SearchIndex final {
public:
    explicit SearchIndex(QSqlDatabase &db) : m_db(db) {}

    /// Unigrams and bigrams of `text`, space-separated, lower-cased.
    static QString grams(const QString &text);
    /// An FTS5 MATCH expression for `text` (every run of letters/digits must
    /// occur) and the filters; empty when there is nothing to match.
    static QString matchExpression(const QString &text, const QString &category, const QString &origin,
                                   const QString &certification);
    /// Replaces the index entries of one product (removes them if deleted).
    bool update(const Product &product, QString *error);
    bool remove(ProductId id, QString *error);

private:
    QSqlQuery &statement(std::unique_ptr<QSqlQuery> &slot, const char *sql);

    QSqlDatabase &m_db;
    std::unique_ptr<QSqlQuery> m_delete, m_insert;
};

} // namespace lj::catalog
