#pragma once

#include "salesfeed.h"

#include <QTimer>

namespace lj::catalog {
class CatalogService;
}

namespace lj::ticker {

/// Orders of the running show from the 龙江好货 platform, through the
/// catalog's service: every few seconds the catalog fetches new orders into
/// the show record on its worker thread (so none is lost), and the ones not
/// shown yet are delivered. Without a platform address it shows what the
/// show record already holds.
class PlatformFeed final : public SalesFeed {
    Q_OBJECT
public:
    /// `catalog` null: the catalog plugin is not loaded (reported on start).
    explicit PlatformFeed(catalog::CatalogService *catalog, int intervalMs = 5000, QObject *parent = nullptr);
    ~PlatformFeed() override;
    void start() override;

Q_SIGNALS:
    /// After every round, so callers can wait for one.
    void polled();

private:
    void poll();
    /// Delivers the show's orders not shown yet.
    void deliver(qint64 show);
    /// A problem is reported once, not every round; an empty one clears it.
    void report(const QString &problem);

    catalog::CatalogService *m_catalog;
    QTimer m_timer;
    bool m_waiting = false; ///< a round's platform call is under way
    qint64 m_show = 0;
    qint64 m_lastSeq = 0;
    QString m_lastProblem;
};

} // namespace lj::ticker
