#pragma once

#include "catalogsync.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace lj::catalog {

/// Runs a product sync off the UI thread, on its own database connection.
class SyncRunner final : public QObject {
    Q_OBJECT
public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    void start(const QString &dbPath, const QString &serverUrl, const QString &token);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void progress(int applied, int pages);
    void finished(bool ok, const QString &message, int applied, int deleted);

private:
    QThread m_thread;
    std::atomic_bool m_cancel = false;
};

} // namespace lj::catalog
