#include "searchindex.h"

#include "catalogdb.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lj::catalog {

namespace {

/// Runs of letters and digits, lower-cased; anything else separates runs.
QList<QList<uint>> runs(const QString &text)
{
    QList<QList<uint>> result(1);
    for (const uint c : text.toLower().toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            result.last().append(c);
        else if (!result.last().isEmpty())
            result.append(QList<uint>());
    }
    if (result.last().isEmpty())
        result.removeLast();
    return result;
}

QStringList runGrams(const QList<uint> &run)
{
    QStringList tokens;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const char32_t one = run[i];
        tokens << QString::fromUcs4(&one, 1);
        if (i + 1 < run.size()) {
            const char32_t pair[2] = {run[i], run[i + 1]};
            tokens << QString::fromUcs4(pair, 2);
        }
    }
    return tokens;
}

QString quoted(const QString &phrase)
{
    QString escaped = phrase;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString SearchIndex::grams(const QString &text)
{
    QStringList tokens;
    for (const QList<uint> &run : runs(text))
        tokens << runGrams(run);
    return tokens.join(QLatin1Char(' '));
}

QString SearchIndex::matchExpression(const QString &text, const QString &category, const QString &origin,
                                     const QString &certification)
{
    QStringList terms;
    for (const QList<uint> &run : runs(text))
        terms << QStringLiteral("grams:") + quoted(runGrams(run).join(QLatin1Char(' ')));
    for (const auto &[column, value] : {std::pair{QStringLiteral("category"), category},
                                        {QStringLiteral("origin"), origin},
                                        {QStringLiteral("certs"), certification}}) {
        if (!value.trimmed().isEmpty())
            terms << column + QLatin1Char(':') + quoted(value.trimmed());
    }
    return terms.join(QStringLiteral(" AND "));
}

QSqlQuery &SearchIndex::statement(std::unique_ptr<QSqlQuery> &slot, const char *sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}


bool SearchIndex::remove(ProductId id, QString *error)
{
    QSqlQuery &q = statement(m_delete, "DELETE FROM products_grams WHERE rowid = ?");
    q.bindValue(0, id.value);
    return run(q, error);
}

bool SearchIndex::update(const Product &p, QString *error)
{
    if (!remove(p.id, error))
        return false;
    if (p.deleted)
        return true;
    QSqlQuery &q = statement(m_insert, "INSERT INTO products_grams(rowid, grams, category, origin, certs) VALUES (?, ?, ?, ?, ?)");
    q.bindValue(0, p.id.value);
    q.bindValue(1, grams(p.code + QLatin1Char(' ') + p.title + QLatin1Char(' ') + p.sellingPoints + QLatin1Char(' ') + p.origin));
    q.bindValue(2, p.category);
    q.bindValue(3, p.origin);
    q.bindValue(4, p.certifications.join(QLatin1Char(' ')));
    return run(q, error);
}

} // namespace lj::catalog
