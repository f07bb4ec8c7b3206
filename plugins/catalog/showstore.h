#pragma once

#include "catalogdb.h"
#include "catalogtypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace lj::catalog {

/// Rundowns, and the record of each show: when it ran, which products were
/// explained when, and the orders it received.
class ShowStore final {
public:
    explicit ShowStore(CatalogDb &db) : m_db(db) {}

    QList<Rundown> rundowns() const;
    std::optional<Rundown> rundown(qint64 id) const;
    /// Inserts (id 0) or replaces a rundown and its items; sets `rundown.id`.
    bool saveRundown(Rundown &rundown, QString *error);
    bool removeRundown(qint64 id, QString *error);
    /// A copy for another day: same products and minutes.
    std::optional<Rundown> duplicateRundown(qint64 id, const QString &name, const QString &showDate, QString *error);

    /// Starts a show record; returns its id (0 on failure).
    qint64 startShow(const QString &title, qint64 rundownId, const QStringList &targets, QString *error,
                     ShowKind kind = ShowKind::Live);
    bool endShow(qint64 showId, QString *error);
    /// Closes the running explanation (if any) and starts one for `productCode`.
    bool explain(qint64 showId, const QString &productCode, QString *error);
    /// Stores an order once: true if it was new.
    bool addOrder(qint64 showId, const Order &order, QString *error);
    ShowTotals totals(qint64 showId) const;
    QString showUid(qint64 showId) const;
    std::optional<Show> show(qint64 showId) const;
    /// The newest `limit` shows, newest first.
    QList<Show> shows(int limit) const;
    /// Talk time per product code (seconds); replaces what was stored.
    bool setTalkTimes(qint64 showId, const QHash<QString, double> &seconds, QString *error);
    QHash<QString, double> talkTimes(qint64 showId) const;
    /// Orders, items and sales per product code, for the platform's report.
    QHash<QString, ShowTotals> productTotals(qint64 showId) const;
    bool markReported(qint64 showId, QString *error);
    /// The highest order sequence number stored for the show (0 if none).
    qint64 lastOrderSeq(qint64 showId) const;
    /// The show's orders after sequence number `afterSeq`, in order.
    QList<Order> orders(qint64 showId, qint64 afterSeq = 0) const;
    /// The show that was started last and has not ended (0 if none).
    qint64 runningShow() const;
    /// The show that was started last, running or ended (0 if none).
    qint64 lastShow() const;
    /// (product code, start ms, end ms or 0) in order.
    QList<std::tuple<QString, qint64, qint64>> explanations(qint64 showId) const;

private:
    CatalogDb &m_db;
};

} // namespace lj::catalog
