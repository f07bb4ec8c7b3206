#include "platformfeed.h"

#include "catalogservice.h"

namespace lj::ticker {

PlatformFeed::PlatformFeed(catalog::CatalogService *catalog, int intervalMs, QObject *parent)
    : SalesFeed(parent), m_catalog(catalog)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PlatformFeed::poll);
}

PlatformFeed::~PlatformFeed() = default;

void PlatformFeed::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    poll();
}

void PlatformFeed::poll()
{
    if (m_waiting)
        return;
    if (!m_catalog) {
        report(tr("Platform orders are not available (the catalog plugin is not loaded)."));
        return Q_EMIT polled();
    }
    const qint64 show = m_catalog->runningShow();
    if (show == 0) {
        report(tr("No show is running: start one in the \"Now explaining\" dock to see its orders."));
        return Q_EMIT polled();
    }
    if (show != m_show) {
        m_show = show;
        m_lastSeq = 0;
    }
    if (!m_catalog->hasPlatform()) {
        deliver(show);
        return Q_EMIT polled();
    }
    m_waiting = true;
    m_catalog->pullOrders(show, this, [this, show](bool ok, const QString &message) {
        m_waiting = false;
        report(ok ? QString() : tr("Orders could not be fetched from the platform: %1").arg(message));
        deliver(show);
        Q_EMIT polled();
    });
}

void PlatformFeed::deliver(qint64 show)
{
    for (const catalog::Order &order : m_catalog->orders(show, m_lastSeq)) {
        SaleEvent e;
        e.id = order.orderId;
        e.seq = order.seq;
        e.timeMs = order.orderedAtMs;
        e.productCode = order.productCode;
        const std::optional<catalog::Product> product = m_catalog->product(order.productCode);
        e.productTitle = product ? product->title : order.productCode;
        e.quantity = order.quantity;
        e.amountFen = order.amountFen;
        e.buyer = order.buyer;
        e.city = order.city;
        m_lastSeq = qMax(m_lastSeq, order.seq);
        Q_EMIT received(e);
    }
}

void PlatformFeed::report(const QString &problem)
{
    if (problem == m_lastProblem)
        return;
    m_lastProblem = problem;
    if (!problem.isEmpty())
        Q_EMIT this->problem(0, problem);
}

} // namespace lj::ticker
