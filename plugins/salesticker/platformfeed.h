#pragma once

#include "salesfeed.h"

#include <QThread>

#include <atomic>
#include <functional>

namespace lj::ticker {

class PlatformPoller;

/// Orders of the running show from the 龙江好货 platform, through the
/// catalog's sync client: every few seconds, on a worker thread, new orders
/// are fetched into the catalog's show record (so none is lost) and the ones
/// not shown yet are delivered. Without a platform address it shows what the
/// show record already holds.
class PlatformFeed final : public SalesFeed {
    Q_OBJECT
public:
    /// How the feed reaches the platform's token (the keychain, read on the Qt
    /// thread): when the feed starts, and again after a round that failed, so
    /// a token entered anew is picked up without restarting the ticker.
    static void setTokenReader(std::function<QString()> reader);

    /// `dbPath` empty: the studio's catalog.
    explicit PlatformFeed(const QString &dbPath = {}, int intervalMs = 5000, QObject *parent = nullptr);
    ~PlatformFeed() override;
    void start() override;

Q_SIGNALS:
    /// After every round, so callers can wait for one.
    void polled();

private:
    friend class PlatformPoller;
    /// On the Qt thread: reads the token again and hands a changed one to the poller.
    void refreshToken();

    QString m_dbPath;
    QString m_token;
    PlatformPoller *m_poller = nullptr; ///< lives on m_thread until it finishes
    int m_intervalMs;
    std::atomic_bool m_cancel = false;
    QThread m_thread;
};

} // namespace lj::ticker
