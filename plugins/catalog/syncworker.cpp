#include "syncworker.h"

#include <QMetaObject>

namespace lj::catalog {

SyncRunner::SyncRunner(QObject *parent) : QObject(parent) {}

SyncRunner::~SyncRunner()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncRunner::start(const QString &dbPath, const QString &serverUrl, const QString &token)
{
    if (m_thread.isRunning())
        return;
    m_cancel = false;
    m_thread.start();
    // The work runs as a queued call inside the worker thread's event loop.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(context, [this, context, dbPath, serverUrl, token] {
        CatalogDb db;
        QString error;
        SyncResult result;
        if (!db.open(dbPath, &error)) {
            result.message = error;
        } else {
            const std::unique_ptr<ProvinceClient> client = platformClient(db, serverUrl, token, &m_cancel);
            CatalogSync sync(db, *client);
            result = sync.syncProducts([this](int applied, int pages) { Q_EMIT progress(applied, pages); });
        }
        Q_EMIT finished(result.ok, result.message, result.applied, result.deleted);
        delete context;
        m_thread.quit();
    });
}

} // namespace lj::catalog
