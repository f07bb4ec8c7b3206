#include "showstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace lj::catalog {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QList<Rundown> ShowStore::rundowns() const
{
    QList<Rundown> result;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT id FROM rundowns ORDER BY show_date DESC, id DESC"));
    while (q.next()) {
        if (std::optional<Rundown> r = rundown(q.value(0).toLongLong()))
            result << *r;
    }
    return result;
}

std::optional<Rundown> ShowStore::rundown(qint64 id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT name, show_date FROM rundowns WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Rundown r;
    r.id = id;
    r.name = q.value(0).toString();
    r.showDate = q.value(1).toString();
    QSqlQuery items(m_db.db());
    items.prepare(QStringLiteral("SELECT product_code, planned_minutes FROM rundown_items WHERE rundown_id = ? ORDER BY position"));
    items.addBindValue(id);
    items.exec();
    while (items.next())
        r.items << RundownItem{items.value(0).toString(), items.value(1).toInt()};
    return r;
}

bool ShowStore::saveRundown(Rundown &r, QString *error)
{
    SqlTransaction tx(m_db.db());
    QSqlQuery q(m_db.db());
    if (r.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO rundowns (name, show_date, created_at) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(r.name);
        q.addBindValue(r.showDate);
        q.addBindValue(now());
        if (!run(q, error) || !q.next())
            return false;
        r.id = q.value(0).toLongLong();
        q.finish();
    } else {
        q.prepare(QStringLiteral("UPDATE rundowns SET name = ?, show_date = ? WHERE id = ?"));
        q.addBindValue(r.name);
        q.addBindValue(r.showDate);
        q.addBindValue(r.id);
        if (!run(q, error))
            return false;
    }
    QSqlQuery clear(m_db.db());
    clear.prepare(QStringLiteral("DELETE FROM rundown_items WHERE rundown_id = ?"));
    clear.addBindValue(r.id);
    if (!run(clear, error))
        return false;
    QSqlQuery insert(m_db.db());
    insert.prepare(QStringLiteral("INSERT INTO rundown_items (rundown_id, position, product_code, planned_minutes) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < r.items.size(); ++i) {
        insert.bindValue(0, r.id);
        insert.bindValue(1, i);
        insert.bindValue(2, r.items[i].productCode);
        insert.bindValue(3, r.items[i].plannedMinutes);
        if (!run(insert, error))
            return false;
    }
    return tx.commit();
}

bool ShowStore::removeRundown(qint64 id, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM rundowns WHERE id = ?"));
    q.addBindValue(id);
    return run(q, error);
}

std::optional<Rundown> ShowStore::duplicateRundown(qint64 id, const QString &name, const QString &showDate, QString *error)
{
    std::optional<Rundown> copy = rundown(id);
    if (!copy)
        return std::nullopt;
    copy->id = 0;
    copy->name = name;
    copy->showDate = showDate;
    if (!saveRundown(*copy, error))
        return std::nullopt;
    return copy;
}

qint64 ShowStore::startShow(const QString &title, qint64 rundownId, const QStringList &targets, QString *error, ShowKind kind)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO shows (uid, rundown_id, title, started_at, targets, rehearsal) VALUES (?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(rundownId > 0 ? QVariant(rundownId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(title);
    q.addBindValue(now());
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(targets)).toJson(QJsonDocument::Compact)));
    q.addBindValue(kind == ShowKind::Rehearsal ? 1 : 0);
    if (!run(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool ShowStore::endShow(qint64 showId, QString *error)
{
    SqlTransaction tx(m_db.db());
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE show_explanations SET ended_at = ? WHERE show_id = ? AND ended_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(showId);
    QSqlQuery end(m_db.db());
    end.prepare(QStringLiteral("UPDATE shows SET ended_at = ? WHERE id = ? AND ended_at IS NULL"));
    end.addBindValue(now());
    end.addBindValue(showId);
    return run(q, error) && run(end, error) && tx.commit();
}

bool ShowStore::explain(qint64 showId, const QString &productCode, QString *error)
{
    SqlTransaction tx(m_db.db());
    const qint64 t = now();
    QSqlQuery close(m_db.db());
    close.prepare(QStringLiteral("UPDATE show_explanations SET ended_at = ? WHERE show_id = ? AND ended_at IS NULL"));
    close.addBindValue(t);
    close.addBindValue(showId);
    QSqlQuery open(m_db.db());
    open.prepare(QStringLiteral("INSERT INTO show_explanations (show_id, product_code, started_at) VALUES (?, ?, ?)"));
    open.addBindValue(showId);
    open.addBindValue(productCode);
    open.addBindValue(t);
    return run(close, error) && run(open, error) && tx.commit();
}

bool ShowStore::addOrder(qint64 showId, const Order &o, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO orders (show_id, order_id, seq, product_code, quantity, amount_fen, "
                             "buyer, city, ordered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(showId), QVariant(o.orderId), QVariant(o.seq), QVariant(o.productCode),
                              QVariant(o.quantity), QVariant(o.amountFen), QVariant(o.buyer), QVariant(o.city),
                              QVariant(o.orderedAtMs)})
        q.addBindValue(v);
    if (!run(q, error))
        return false;
    return q.numRowsAffected() > 0;
}

ShowTotals ShowStore::totals(qint64 showId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(quantity), 0), coalesce(sum(amount_fen), 0) FROM orders WHERE show_id = ?"));
    q.addBindValue(showId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong()};
}

QString ShowStore::showUid(qint64 showId) const
{
    const std::optional<Show> s = show(showId);
    return s ? s->uid : QString();
}

namespace {

const char kShowColumns[] = "id, uid, title, started_at, coalesce(ended_at, 0), targets, coalesce(rundown_id, 0), rehearsal, "
                            "coalesce(reported_at, 0) FROM shows";

Show showFrom(const QSqlQuery &q)
{
    Show show{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
              q.value(4).toLongLong(), q.value(6).toLongLong(), {}};
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        show.targets << t.toString();
    show.kind = q.value(7).toInt() != 0 ? ShowKind::Rehearsal : ShowKind::Live;
    show.reportedAtMs = q.value(8).toLongLong();
    return show;
}

} // namespace

std::optional<Show> ShowStore::show(qint64 showId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 WHERE id = ?").arg(QLatin1String(kShowColumns)));
    q.addBindValue(showId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return showFrom(q);
}

QList<Show> ShowStore::shows(int limit) const
{
    QList<Show> result;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 ORDER BY started_at DESC, id DESC LIMIT ?").arg(QLatin1String(kShowColumns)));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        result << showFrom(q);
    return result;
}

bool ShowStore::setTalkTimes(qint64 showId, const QHash<QString, double> &seconds, QString *error)
{
    SqlTransaction tx(m_db.db());
    QSqlQuery clear(m_db.db());
    clear.prepare(QStringLiteral("DELETE FROM show_talk WHERE show_id = ?"));
    clear.addBindValue(showId);
    if (!run(clear, error))
        return false;
    for (auto it = seconds.cbegin(); it != seconds.cend(); ++it) {
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("INSERT INTO show_talk (show_id, product_code, talk_ms) VALUES (?, ?, ?)"));
        q.addBindValue(showId);
        q.addBindValue(it.key());
        q.addBindValue(qint64(std::llround(std::max(0.0, it.value()) * 1000.0)));
        if (!run(q, error))
            return false;
    }
    return tx.commit();
}

QHash<QString, double> ShowStore::talkTimes(qint64 showId) const
{
    QHash<QString, double> result;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT product_code, talk_ms FROM show_talk WHERE show_id = ?"));
    q.addBindValue(showId);
    q.exec();
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong() / 1000.0);
    return result;
}

QHash<QString, ShowTotals> ShowStore::productTotals(qint64 showId) const
{
    QHash<QString, ShowTotals> result;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT product_code, count(*), sum(quantity), sum(amount_fen) FROM orders WHERE show_id = ? "
                             "GROUP BY product_code"));
    q.addBindValue(showId);
    q.exec();
    while (q.next())
        result.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong()});
    return result;
}

bool ShowStore::markReported(qint64 showId, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE shows SET reported_at = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(showId);
    return run(q, error);
}

qint64 ShowStore::lastOrderSeq(qint64 showId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM orders WHERE show_id = ?"));
    q.addBindValue(showId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Order> ShowStore::orders(qint64 showId, qint64 afterSeq) const
{
    QList<Order> result;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT order_id, seq, product_code, quantity, amount_fen, buyer, city, ordered_at FROM orders "
                             "WHERE show_id = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(showId);
    q.addBindValue(afterSeq);
    q.exec();
    while (q.next())
        result << Order{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()};
    return result;
}

qint64 ShowStore::runningShow() const
{
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT id FROM shows WHERE ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ShowStore::lastShow() const
{
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT id FROM shows ORDER BY started_at DESC, id DESC LIMIT 1"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<std::tuple<QString, qint64, qint64>> ShowStore::explanations(qint64 showId) const
{
    QList<std::tuple<QString, qint64, qint64>> result;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT product_code, started_at, coalesce(ended_at, 0) FROM show_explanations "
                             "WHERE show_id = ? ORDER BY rowid"));
    q.addBindValue(showId);
    q.exec();
    while (q.next())
        result << std::tuple{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return result;
}

} // namespace lj::catalog
