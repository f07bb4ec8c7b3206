#pragma once

#include "catalogdb.h"
#include "catalogsync.h"
#include "catalogservice.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace lj::catalog {

class CatalogWorker;
class ImageCache;

/// The catalog service over the studio's catalog.db: the one place that
/// file is opened. The Qt thread has its own connection for small lookups;
/// searches and platform calls run on a worker thread with another.
class LocalCatalog final : public QObject, public CatalogService {
    Q_OBJECT
public:
    /// Reads the platform token (from the keychain) and answers later, on the
    /// Qt thread, through the callback; never with a nested event loop, since
    /// pulls start from sources and timers that must not be re-entered.
    using TokenReader = std::function<void(std::function<void(const QString &token)> answer)>;

    /// `readToken` is called when the token is first needed and again after a refused call.
    LocalCatalog(const QString &dbPath, TokenReader readToken, const QString &imageCacheDir = {}, QObject *parent = nullptr);
    ~LocalCatalog() override;

    /// The Qt thread's connection, for the catalog plugin's own panels.
    CatalogDb &db() { return m_db; }
    QString path() const { return m_path; }
    /// Tells every listener that products or rundowns changed.
    void notifyChanged() { Q_EMIT changed(); }
    /// Cancels platform calls in flight and waits for the worker.
    void stopWorker();

    // CatalogService
    bool isOpen() const override { return m_db.isOpen(); }
    QString lastError() const override { return m_error; }
    std::optional<Product> product(const QString &code) override;
    int productCount() override;
    QString imageFile(const QString &url) override;
    void search(const QString &text, int limit, QObject *context,
                std::function<void(const QList<Product> &)> done) override;
    ImportResult importProducts(const QByteArray &bytes, const QString &fileName, ImportMode mode, QString *report) override;
    QList<Rundown> rundowns() override;
    std::optional<Rundown> rundown(qint64 id) override;
    qint64 todaysRundown() override;
    bool saveRundown(Rundown &rundown, QString *error) override;
    qint64 runningShow() override;
    qint64 lastShow() override;
    std::optional<Show> show(qint64 id) override;
    QList<Show> shows(int limit) override;
    qint64 startShow(const QString &title, qint64 rundownId, ShowKind kind, QString *error) override;
    bool endShow(qint64 id, QString *error) override;
    bool explain(qint64 show, const QString &productCode, QString *error) override;
    QList<std::tuple<QString, qint64, qint64>> explanations(qint64 show) override;
    QList<Order> orders(qint64 show, qint64 afterSeq) override;
    ShowTotals totals(qint64 show) override;
    bool recordRehearsalOrder(qint64 show, const Order &order, QString *error) override;
    bool setTalkTimes(qint64 show, const QHash<QString, double> &secondsByProduct, QString *error) override;
    QHash<QString, double> talkTimes(qint64 show) override;
    bool hasPlatform() override;
    SyncState syncState() override;
    void pullOrders(qint64 show, QObject *context, std::function<void(bool, const QString &)> done) override;
    void reportShow(qint64 show, QObject *context, std::function<void(bool, const QString &)> done) override;
    QMetaObject::Connection onChanged(QObject *context, std::function<void()> changed) override;

Q_SIGNALS:
    void changed();

private:
    /// Runs `work` on the worker thread, then `reply` on `context`'s thread.
    void onWorker(QObject *context, std::function<std::function<void()>(CatalogDb &db)> work);
    /// Runs `call` against the platform on the worker thread, with the token
    /// read from the keychain first; `done` on `context`'s thread.
    using PlatformCall = std::function<SyncResult(CatalogSync &sync)>;
    void onPlatform(QObject *context, int timeoutMs, PlatformCall call, std::function<void(bool, const QString &)> done);

    QString m_path;
    QString m_error;
    CatalogDb m_db;
    TokenReader m_readToken;
    QString m_token;
    bool m_tokenRead = false;
    std::unique_ptr<ImageCache> m_images;
    QThread m_thread;
    CatalogWorker *m_worker = nullptr; ///< lives on m_thread
    std::atomic_bool m_cancel = false;
};

} // namespace lj::catalog
