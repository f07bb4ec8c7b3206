#include "productstore.h"

#include "searchindex.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lj::catalog {

namespace {

const QString kColumns = QStringLiteral(
    "p.id, p.code, p.title, p.selling_points, p.category, p.origin, p.certifications, p.list_price_fen, "
    "p.live_price_fen, p.stock, p.unit, p.image_urls, p.link_url, p.notes, p.source, p.updated_at, p.deleted");

Product fromRow(const QSqlQuery &q)
{
    Product p;
    p.id = {q.value(0).toLongLong()};
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.sellingPoints = q.value(3).toString();
    p.category = q.value(4).toString();
    p.origin = q.value(5).toString();
    p.certifications = q.value(6).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    p.listPriceFen = q.value(7).toLongLong();
    p.livePriceFen = q.value(8).toLongLong();
    p.stock = q.value(9).toInt();
    p.unit = q.value(10).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        p.imageUrls << v.toString();
    p.linkUrl = q.value(12).toString();
    p.notes = q.value(13).toString();
    p.source = q.value(14).toString();
    p.updatedAtMs = q.value(15).toLongLong();
    p.deleted = q.value(16).toBool();
    return p;
}

QList<Product> collect(QSqlQuery &q)
{
    QList<Product> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

} // namespace

ProductStore::ProductStore(CatalogDb &db) : m_db(db), m_index(db.db()) {}

ProductStore::~ProductStore() = default;

std::optional<Product> ProductStore::byCode(const QString &code) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM products p WHERE p.code = ?").arg(kColumns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<Product> ProductStore::byId(ProductId id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM products p WHERE p.id = ?").arg(kColumns));
    q.addBindValue(id.value);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Product> ProductStore::all(bool includeDeleted) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM products p %2 ORDER BY p.id")
               .arg(kColumns, includeDeleted ? QString() : QStringLiteral("WHERE p.deleted = 0")));
    return collect(q);
}

int ProductStore::count(bool includeDeleted) const
{
    QSqlQuery q(m_db.db());
    q.exec(includeDeleted ? QStringLiteral("SELECT count(*) FROM products")
                          : QStringLiteral("SELECT count(*) FROM products WHERE deleted = 0"));
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList ProductStore::distinctValues(const QString &column) const
{
    QStringList values;
    if (column != QLatin1String("category") && column != QLatin1String("origin"))
        return values;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT DISTINCT %1 FROM products WHERE deleted = 0 AND %1 != '' ORDER BY %1").arg(column));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QList<Product> ProductStore::search(const SearchQuery &query, QString *error) const
{
    const QString match = SearchIndex::matchExpression(query.text, query.category, query.origin, query.certification);
    QStringList where = {QStringLiteral("p.deleted = 0")};
    QVariantList binds;
    // The index is read first (CROSS JOIN keeps that order), then each hit's row.
    QString from = QStringLiteral("products p");
    if (!match.isEmpty()) {
        from = QStringLiteral("products_grams f CROSS JOIN products p ON p.id = f.rowid");
        where << QStringLiteral("products_grams MATCH ?");
        binds << match;
    }
    // Exact checks on top of the index's token matches.
    if (!query.category.isEmpty()) {
        where << QStringLiteral("p.category = ?");
        binds << query.category;
    }
    if (!query.origin.isEmpty()) {
        where << QStringLiteral("p.origin = ?");
        binds << query.origin;
    }
    if (!query.certification.isEmpty()) {
        where << QStringLiteral("(';' || p.certifications || ';') LIKE ?");
        binds << QString(QStringLiteral("%;") + query.certification + QStringLiteral(";%"));
    }
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT %4")
                  .arg(kColumns, from, where.join(QStringLiteral(" AND ")))
                  .arg(qMax(1, query.limit)));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return collect(q);
}

bool ProductStore::upsert(Product &p, QString *error)
{
    return write(p, false, error);
}

bool ProductStore::applyFromPlatform(const Product &incoming, QString *error)
{
    Product p = incoming;
    p.source = QStringLiteral("platform");
    return write(p, true, error); // the host's notes stay
}

bool ProductStore::write(Product &p, bool keepNotes, QString *error)
{
    if (p.updatedAtMs == 0)
        p.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<QSqlQuery> &slot = keepNotes ? m_upsertKeepNotes : m_upsert;
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db.db());
        slot->prepare(QStringLiteral(
            "INSERT INTO products (code, title, selling_points, category, origin, certifications, list_price_fen, "
            "live_price_fen, stock, unit, image_urls, link_url, notes, source, updated_at, deleted) "
            // An empty QString binds as NULL: text columns take '' instead.
            "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, coalesce(?, ''), "
            "?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET title = excluded.title, selling_points = excluded.selling_points, "
            "category = excluded.category, origin = excluded.origin, certifications = excluded.certifications, "
            "list_price_fen = excluded.list_price_fen, live_price_fen = excluded.live_price_fen, stock = excluded.stock, "
            "unit = excluded.unit, image_urls = excluded.image_urls, link_url = excluded.link_url, %1"
            "source = excluded.source, updated_at = excluded.updated_at, deleted = excluded.deleted "
            "RETURNING id, notes")
                          .arg(keepNotes ? QString() : QStringLiteral("notes = excluded.notes, ")));
    }
    QSqlQuery &q = *slot;
    QJsonArray images;
    for (const QString &url : std::as_const(p.imageUrls))
        images.append(url);
    const QVariant values[] = {p.code, p.title, p.sellingPoints, p.category, p.origin,
                               p.certifications.join(QLatin1Char(';')), p.listPriceFen, p.livePriceFen, p.stock, p.unit,
                               QString::fromUtf8(QJsonDocument(images).toJson(QJsonDocument::Compact)), p.linkUrl,
                               p.notes, p.source, p.updatedAtMs, p.deleted ? 1 : 0};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    p.id = {q.value(0).toLongLong()};
    p.notes = q.value(1).toString();
    q.finish();
    return m_index.update(p, error);
}

bool ProductStore::setNotes(ProductId id, const QString &notes, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE products SET notes = ? WHERE id = ?"));
    q.addBindValue(notes);
    q.addBindValue(id.value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ProductStore::markDeleted(const QString &code, QString *error)
{
    std::optional<Product> p = byCode(code);
    if (!p)
        return true;
    p->deleted = true;
    p->updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    return upsert(*p, error);
}

} // namespace lj::catalog
