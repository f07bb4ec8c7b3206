#include "catalogsync.h"
#include "apiparse.h"

#include "productstore.h"
#include "showstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace lj::catalog {

QString syncState(CatalogDb &db, const QString &key)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool setSyncState(CatalogDb &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return run(q, error);
}

QString platformAddress(CatalogDb &db)
{
    return syncState(db, QStringLiteral("server_url")).trimmed();
}

bool setPlatformAddress(CatalogDb &db, const QString &address, QString *error)
{
    return setSyncState(db, QStringLiteral("server_url"), address, error);
}

bool plainHttpAccepted(CatalogDb &db, const QString &address)
{
    return !address.isEmpty() && syncState(db, QStringLiteral("plain_http_accepted")) == address;
}

bool setPlainHttpAccepted(CatalogDb &db, const QString &address, QString *error)
{
    return setSyncState(db, QStringLiteral("plain_http_accepted"), address, error);
}

std::unique_ptr<ProvinceClient> platformClient(CatalogDb &db, const QString &address, const QString &token,
                                               const std::atomic_bool *cancel)
{
    auto client = std::make_unique<ProvinceClient>(QUrl(address + QStringLiteral("/api/v1")), token, cancel);
    client->allowPlainHttpOnThisNetwork(plainHttpAccepted(db, address));
    return client;
}

namespace {

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString driftMessage(const QString &field)
{
    return CatalogSync::tr("The platform's data format has changed (field \"%1\"); the catalog was not changed. "
                           "Update the studio.")
        .arg(field);
}

} // namespace

QString CatalogSync::state(const QString &key)
{
    return syncState(m_db, key);
}

bool CatalogSync::setState(const QString &key, const QString &value, QString *error)
{
    return setSyncState(m_db, key, value, error);
}

QString CatalogSync::cursor()
{
    return state(QStringLiteral("products_cursor"));
}

qint64 CatalogSync::lastSyncMs()
{
    return lastProductSyncMs(m_db);
}

qint64 lastProductSyncMs(CatalogDb &db)
{
    return syncState(db, QStringLiteral("products_synced_at")).toLongLong();
}

SyncResult CatalogSync::syncProducts(const Progress &progress)
{
    SyncResult result;
    ProductStore store(m_db);
    QString cursor = this->cursor();
    for (;;) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
        const ApiResponse response = m_client.get(QStringLiteral("/products/changes"), query);
        if (response.kind == ApiResponse::Kind::CursorExpired && !result.restartedFromScratch) {
            result.restartedFromScratch = true;
            cursor.clear();
            continue;
        }
        if (!response.ok()) {
            result.message = response.message;
            return result;
        }
        const QJsonObject &body = response.body;
        // Schema drift: refuse the whole page before writing anything.
        QString drift;
        if (body.value(QStringLiteral("api_version")).toInt() != 1)
            drift = QStringLiteral("api_version");
        else if (!body.value(QStringLiteral("items")).isArray())
            drift = QStringLiteral("items");
        else if (!body.value(QStringLiteral("next_cursor")).isString())
            drift = QStringLiteral("next_cursor");
        else if (!body.value(QStringLiteral("has_more")).isBool())
            drift = QStringLiteral("has_more");
        QList<std::pair<Product, bool>> items;
        for (const QJsonValue &v : body.value(QStringLiteral("items")).toArray()) {
            if (!drift.isEmpty())
                break;
            Product p;
            bool tombstone = false;
            drift = api::readProduct(v, &p, &tombstone);
            items << std::pair{p, tombstone};
        }
        if (!drift.isEmpty()) {
            result.message = driftMessage(drift);
            return result;
        }

        SqlTransaction tx(m_db.db());
        QString error;
        for (const auto &[product, tombstone] : std::as_const(items)) {
            bool ok = true;
            if (tombstone) {
                const std::optional<Product> existing = store.byCode(product.code);
                if (existing && existing->source == QLatin1String("platform") && !existing->deleted) {
                    ok = store.markDeleted(product.code, &error);
                    ++result.deleted;
                }
            } else {
                ok = store.applyFromPlatform(product, &error);
                ++result.applied;
            }
            if (!ok) {
                result.message = tr("The catalog could not be written: %1").arg(error);
                return result;
            }
        }
        const QString next = body.value(QStringLiteral("next_cursor")).toString();
        if (!setState(QStringLiteral("products_cursor"), next, &error) ||
            !setState(QStringLiteral("products_synced_at"), QString::number(QDateTime::currentMSecsSinceEpoch()), &error) ||
            !tx.commit()) {
            result.message = tr("The catalog could not be written: %1").arg(error.isEmpty() ? m_db.db().lastError().text() : error);
            return result;
        }
        cursor = next;
        ++result.pages;
        if (progress)
            progress(result.applied + result.deleted, result.pages);
        if (!body.value(QStringLiteral("has_more")).toBool())
            break;
    }
    result.ok = true;
    return result;
}

SyncResult CatalogSync::uploadReport(qint64 showId)
{
    SyncResult result;
    ShowStore shows(m_db);
    const std::optional<Show> show = shows.show(showId);
    if (!show) {
        result.message = tr("There is no such show.");
        return result;
    }
    if (show->kind == ShowKind::Rehearsal) {
        result.message = tr("A rehearsal is never reported to the platform.");
        return result;
    }
    if (show->endedAtMs == 0) {
        result.message = tr("The show is still running: it is reported once it has ended.");
        return result;
    }
    const QString &uid = show->uid;
    QJsonArray explanations;
    for (const auto &[code, start, end] : shows.explanations(showId))
        explanations.append(QJsonObject{{QStringLiteral("code"), code},
                                        {QStringLiteral("started_at"), iso(start)},
                                        {QStringLiteral("ended_at"), iso(end)}});
    const ShowTotals totals = shows.totals(showId);
    // Per product: talk time (when the recording was analysed) and sales.
    const QHash<QString, double> talk = shows.talkTimes(showId);
    const QHash<QString, ShowTotals> sold = shows.productTotals(showId);
    QStringList codes = talk.keys() + sold.keys();
    for (const auto &[code, start, end] : shows.explanations(showId))
        codes << code;
    codes.removeDuplicates();
    codes.sort();
    QJsonArray products;
    for (const QString &code : std::as_const(codes)) {
        const ShowTotals t = sold.value(code);
        QJsonObject p{{QStringLiteral("code"), code},
                      {QStringLiteral("orders"), t.orders},
                      {QStringLiteral("items"), t.items},
                      {QStringLiteral("sales_fen"), t.salesFen}};
        if (talk.contains(code))
            p.insert(QStringLiteral("talk_seconds"), std::round(talk.value(code) * 10.0) / 10.0);
        products.append(p);
    }
    const QJsonObject report{
        {QStringLiteral("show_uid"), uid},
        {QStringLiteral("title"), show->title},
        {QStringLiteral("started_at"), iso(show->startedAtMs)},
        {QStringLiteral("ended_at"), iso(show->endedAtMs)},
        {QStringLiteral("targets"), QJsonArray::fromStringList(show->targets)},
        {QStringLiteral("explanations"), explanations},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("orders"), totals.orders},
                                               {QStringLiteral("items"), totals.items},
                                               {QStringLiteral("sales_fen"), totals.salesFen}}},
        {QStringLiteral("products"), products}};
    const ApiResponse response = m_client.post(QStringLiteral("/shows/") + uid + QStringLiteral("/report"), report, uid.toUtf8());
    if (!response.ok()) {
        result.message = response.message;
        return result;
    }
    QString error;
    if (!shows.markReported(showId, &error))
        qWarning("show %lld reported but not marked: %s", showId, qPrintable(error));
    result.ok = true;
    return result;
}

SyncResult CatalogSync::pullOrders(qint64 showId)
{
    SyncResult result;
    ShowStore shows(m_db);
    const QString uid = shows.showUid(showId);
    if (uid.isEmpty()) {
        result.message = tr("There is no such show.");
        return result;
    }
    const qint64 after = shows.lastOrderSeq(showId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    const ApiResponse response = m_client.get(QStringLiteral("/shows/") + uid + QStringLiteral("/orders"), query);
    if (!response.ok()) {
        result.message = response.message;
        return result;
    }
    const QJsonValue list = response.body.value(QStringLiteral("orders"));
    if (!list.isArray()) {
        result.message = driftMessage(QStringLiteral("orders"));
        return result;
    }
    SqlTransaction tx(m_db.db());
    for (const QJsonValue &v : list.toArray()) {
        Order order;
        if (const QString drift = api::readOrder(v, &order); !drift.isEmpty()) {
            result.message = driftMessage(drift);
            return result;
        }
        QString error;
        const bool isNew = shows.addOrder(showId, order, &error);
        if (!error.isEmpty()) {
            result.message = error;
            return result;
        }
        result.applied += isNew;
    }
    result.ok = tx.commit();
    return result;
}

} // namespace lj::catalog
