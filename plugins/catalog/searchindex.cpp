#include "searchindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lj::catalog {

QString SearchIndex::grams(const QString &text)
{
    QStringList tokens;
    // Only letters and digits count; punctuation and spaces break runs.
    QList<uint> run;
    auto flush = [&] {
        for (qsizetype i = 0; i < run.size(); ++i) {
            tokens << QString::fromUcs4(reinterpret_cast<const char32_t *>(&run[i]), 1);
            if (i + 1 < run.size()) {
                const char32_t pair[2] = {run[i], run[i + 1]};
                tokens << QString::fromUcs4(pair, 2);
            }
        }
        run.clear();
    };
    for (const uint c : text.toLower().toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            run.append(c);
        else
            flush();
    }
    flush();
    return tokens.join(QLatin1Char(' '));
}

QSqlQuery &SearchIndex::statement(std::unique_ptr<QSqlQuery> &slot, const char *sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

namespace {
bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

bool SearchIndex::remove(ProductId id, QString *error)
{
    QSqlQuery &fts = statement(m_deleteFts, "DELETE FROM products_fts WHERE rowid = ?");
    fts.bindValue(0, id.value);
    QSqlQuery &grams = statement(m_deleteGrams, "DELETE FROM products_grams WHERE rowid = ?");
    grams.bindValue(0, id.value);
    return run(fts, error) && run(grams, error);
}

bool SearchIndex::update(const Product &p, QString *error)
{
    if (!remove(p.id, error))
        return false;
    if (p.deleted)
        return true;
    QSqlQuery &fts = statement(m_insertFts, "INSERT INTO products_fts(rowid, code, title, selling_points, origin) "
                                            "VALUES (?, ?, ?, ?, ?)");
    fts.bindValue(0, p.id.value);
    fts.bindValue(1, p.code);
    fts.bindValue(2, p.title);
    fts.bindValue(3, p.sellingPoints);
    fts.bindValue(4, p.origin);
    QSqlQuery &g = statement(m_insertGrams, "INSERT INTO products_grams(rowid, grams) VALUES (?, ?)");
    g.bindValue(0, p.id.value);
    g.bindValue(1, grams(p.code + QLatin1Char(' ') + p.title + QLatin1Char(' ') + p.sellingPoints + QLatin1Char(' ') + p.origin));
    return run(fts, error) && run(g, error);
}

} // namespace lj::catalog
