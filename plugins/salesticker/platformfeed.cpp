#include "platformfeed.h"

#include "catalogdb.h"
#include "catalogsync.h"
#include "productstore.h"
#include "provinceclient.h"
#include "showstore.h"

#include "core/paths.h"

#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace lj::ticker {

namespace {

std::function<QString()> &tokenReader()
{
    static std::function<QString()> reader;
    return reader;
}

QString readToken()
{
    return tokenReader() ? tokenReader()() : QString();
}

} // namespace

/// Lives on the feed's thread with its own database connection.
class PlatformPoller final : public QObject {
public:
    PlatformPoller(PlatformFeed *feed, QString dbPath, QString token, int intervalMs, const std::atomic_bool *cancel)
        : m_feed(feed), m_dbPath(std::move(dbPath)), m_token(std::move(token)), m_cancel(cancel)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &PlatformPoller::poll);
    }
    ~PlatformPoller() override { m_db.close(); }

    void setToken(const QString &token) { m_token = token; }

    void begin()
    {
        m_timer.start();
        poll();
    }

    void poll()
    {
        QString error;
        if (!m_db.isOpen() && !m_db.open(m_dbPath, &error)) {
            report(error);
            return Q_EMIT m_feed->polled();
        }
        catalog::ShowStore shows(m_db);
        const qint64 show = shows.runningShow();
        if (show == 0) {
            report(PlatformFeed::tr("No show is running: start one in the \"Now explaining\" dock to see its orders."));
            return Q_EMIT m_feed->polled();
        }
        if (show != m_show) {
            m_show = show;
            m_lastSeq = 0;
        }
        const QString server = serverUrl();
        if (!server.isEmpty()) {
            catalog::ProvinceClient client(QUrl(server + QStringLiteral("/api/v1")), m_token, m_cancel);
            // A live ticker retries at its next round rather than waiting long inside one.
            client.setTimeoutMs(8000);
            client.setBackoffScale(0.1);
            catalog::CatalogSync sync(m_db, client);
            const catalog::SyncResult result = sync.pullOrders(show);
            report(result.ok ? QString() : PlatformFeed::tr("Orders could not be fetched from the platform: %1").arg(result.message));
            if (!result.ok) // perhaps a refused token that the host has entered anew since
                QMetaObject::invokeMethod(m_feed, [feed = m_feed] { feed->refreshToken(); });
        }
        const catalog::ProductStore products(m_db);
        for (const catalog::Order &order : shows.orders(show, m_lastSeq)) {
            SaleEvent e;
            e.id = order.orderId;
            e.seq = order.seq;
            e.timeMs = order.orderedAtMs;
            e.productCode = order.productCode;
            const std::optional<catalog::Product> product = products.byCode(order.productCode);
            e.productTitle = product ? product->title : order.productCode;
            e.quantity = order.quantity;
            e.amountFen = order.amountFen;
            e.buyer = order.buyer;
            e.city = order.city;
            m_lastSeq = qMax(m_lastSeq, order.seq);
            Q_EMIT m_feed->received(e);
        }
        Q_EMIT m_feed->polled();
    }

private:
    QString serverUrl()
    {
        QSqlQuery q(m_db.db());
        q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'server_url'"));
        return q.next() ? q.value(0).toString().trimmed() : QString();
    }

    /// A problem is reported once, not every round; an empty one clears it.
    void report(const QString &problem)
    {
        if (problem == m_lastProblem)
            return;
        m_lastProblem = problem;
        if (!problem.isEmpty())
            Q_EMIT m_feed->problem(0, problem);
    }

    PlatformFeed *m_feed;
    QString m_dbPath;
    QString m_token;
    catalog::CatalogDb m_db;
    QTimer m_timer{this}; // a child, so it moves to the feed's thread too
    const std::atomic_bool *m_cancel;
    qint64 m_show = 0;
    qint64 m_lastSeq = 0;
    QString m_lastProblem;
};

void PlatformFeed::setTokenReader(std::function<QString()> reader)
{
    tokenReader() = std::move(reader);
}

PlatformFeed::PlatformFeed(const QString &dbPath, int intervalMs, QObject *parent)
    : SalesFeed(parent), m_dbPath(dbPath.isEmpty() ? StudioPaths::configRoot() + QStringLiteral("/catalog.db") : dbPath),
      m_intervalMs(intervalMs)
{
}

PlatformFeed::~PlatformFeed()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void PlatformFeed::start()
{
    if (m_thread.isRunning())
        return;
    m_token = readToken();
    m_poller = new PlatformPoller(this, m_dbPath, m_token, m_intervalMs, &m_cancel);
    m_poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_poller, &PlatformPoller::begin);
}

void PlatformFeed::refreshToken()
{
    const QString token = readToken();
    if (token == m_token || !m_poller)
        return;
    m_token = token;
    PlatformPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, token] { poller->setToken(token); });
}

} // namespace lj::ticker
