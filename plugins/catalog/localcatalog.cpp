#include "localcatalog.h"

#include "catalogsync.h"
#include "imagecache.h"
#include "importer.h"
#include "productstore.h"
#include "provinceclient.h"
#include "showstore.h"

#include <QDate>
#include <QFileInfo>
#include <QPointer>
#include <QUrl>

namespace lj::catalog {

/// The catalog's worker: its own connection to catalog.db, on its own thread.
class CatalogWorker final : public QObject {
public:
    explicit CatalogWorker(QString path) : m_path(std::move(path)) {}
    ~CatalogWorker() override { m_db.close(); }

    /// Opened on first use, on the worker's thread.
    CatalogDb &db()
    {
        QString error;
        if (!m_db.isOpen() && !m_db.open(m_path, &error))
            qWarning("catalog worker: %s", qPrintable(error));
        return m_db;
    }

private:
    QString m_path;
    CatalogDb m_db;
};

LocalCatalog::LocalCatalog(const QString &dbPath, TokenReader readToken, const QString &imageCacheDir,
                           QObject *parent)
    : QObject(parent), m_path(dbPath), m_readToken(std::move(readToken))
{
    if (!m_db.open(dbPath, &m_error))
        qWarning("catalog: %s", qPrintable(m_error));
    if (!imageCacheDir.isEmpty()) {
        m_images = std::make_unique<ImageCache>(imageCacheDir);
        connect(m_images.get(), &ImageCache::ready, this, &LocalCatalog::changed);
    }
    m_worker = new CatalogWorker(dbPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("catalog worker"));
    m_thread.start();
}

LocalCatalog::~LocalCatalog()
{
    stopWorker();
    m_db.close();
}

void LocalCatalog::stopWorker()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void LocalCatalog::onWorker(QObject *context, std::function<std::function<void()>(CatalogDb &db)> work)
{
    if (!m_thread.isRunning())
        return;
    QPointer<QObject> guard(context);
    QPointer<LocalCatalog> self(this);
    CatalogWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, work = std::move(work), guard, self] {
        std::function<void()> reply = work(worker->db());
        // Back on the Qt thread; dropped if the asker (or the catalog) is gone by then.
        if (self)
            QMetaObject::invokeMethod(self.data(), [guard, reply = std::move(reply)] {
                if (guard)
                    reply();
            });
    });
}

std::optional<Product> LocalCatalog::product(const QString &code)
{
    return isOpen() ? ProductStore(m_db).byCode(code) : std::nullopt;
}

int LocalCatalog::productCount()
{
    return isOpen() ? ProductStore(m_db).count() : 0;
}

QString LocalCatalog::imageFile(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.isLocalFile())
        return parsed.toLocalFile();
    if (QFileInfo(url).isAbsolute())
        return url;
    return m_images ? m_images->file(url) : QString();
}

void LocalCatalog::search(const QString &text, int limit, QObject *context,
                          std::function<void(const QList<Product> &)> done)
{
    onWorker(context, [text, limit, done = std::move(done)](CatalogDb &db) -> std::function<void()> {
        QList<Product> found;
        if (db.isOpen()) {
            SearchQuery query;
            query.text = text;
            query.limit = limit;
            found = ProductStore(db).search(query);
        }
        return [done, found] { done(found); };
    });
}

ImportResult LocalCatalog::importProducts(const QByteArray &bytes, const QString &fileName, ImportMode mode, QString *report)
{
    ImportResult result;
    if (!isOpen())
        result.error = m_error;
    else
        result = ProductImporter::importFile(m_db, bytes, fileName, mode);
    if (report)
        *report = ProductImporter::report(result, mode);
    if (result.applied)
        Q_EMIT changed();
    return result;
}

QList<Rundown> LocalCatalog::rundowns()
{
    return isOpen() ? ShowStore(m_db).rundowns() : QList<Rundown>();
}

std::optional<Rundown> LocalCatalog::rundown(qint64 id)
{
    return isOpen() ? ShowStore(m_db).rundown(id) : std::nullopt;
}

qint64 LocalCatalog::todaysRundown()
{
    const QList<Rundown> all = rundowns();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const Rundown &r : all)
        if (r.showDate == today)
            return r.id;
    return all.isEmpty() ? 0 : all.first().id;
}

bool LocalCatalog::saveRundown(Rundown &rundown, QString *error)
{
    if (!isOpen()) {
        *error = m_error;
        return false;
    }
    if (!ShowStore(m_db).saveRundown(rundown, error))
        return false;
    Q_EMIT changed();
    return true;
}

qint64 LocalCatalog::runningShow()
{
    return isOpen() ? ShowStore(m_db).runningShow() : 0;
}

qint64 LocalCatalog::lastShow()
{
    return isOpen() ? ShowStore(m_db).lastShow() : 0;
}

std::optional<Show> LocalCatalog::show(qint64 id)
{
    return isOpen() ? ShowStore(m_db).show(id) : std::nullopt;
}

QList<Show> LocalCatalog::shows(int limit)
{
    return isOpen() ? ShowStore(m_db).shows(limit) : QList<Show>();
}

qint64 LocalCatalog::startShow(const QString &title, qint64 rundownId, ShowKind kind, QString *error)
{
    if (!isOpen()) {
        *error = m_error;
        return 0;
    }
    return ShowStore(m_db).startShow(title, rundownId, {}, error, kind);
}

bool LocalCatalog::endShow(qint64 id, QString *error)
{
    if (!isOpen()) {
        *error = m_error;
        return false;
    }
    return ShowStore(m_db).endShow(id, error);
}

bool LocalCatalog::explain(qint64 show, const QString &productCode, QString *error)
{
    if (!isOpen()) {
        *error = m_error;
        return false;
    }
    return ShowStore(m_db).explain(show, productCode, error);
}

QList<std::tuple<QString, qint64, qint64>> LocalCatalog::explanations(qint64 show)
{
    return isOpen() ? ShowStore(m_db).explanations(show) : QList<std::tuple<QString, qint64, qint64>>();
}

QList<Order> LocalCatalog::orders(qint64 show, qint64 afterSeq)
{
    return isOpen() ? ShowStore(m_db).orders(show, afterSeq) : QList<Order>();
}

ShowTotals LocalCatalog::totals(qint64 show)
{
    return isOpen() ? ShowStore(m_db).totals(show) : ShowTotals();
}

bool LocalCatalog::recordRehearsalOrder(qint64 show, const Order &order, QString *error)
{
    if (!isOpen()) {
        *error = m_error;
        return false;
    }
    ShowStore shows(m_db);
    const std::optional<Show> record = shows.show(show);
    if (!record || record->kind != ShowKind::Rehearsal) {
        *error = tr("Made-up orders are kept only in a rehearsal's record.");
        return false;
    }
    return shows.addOrder(show, order, error) || error->isEmpty(); // a repeat is not an error
}

bool LocalCatalog::setTalkTimes(qint64 show, const QHash<QString, double> &secondsByProduct, QString *error)
{
    if (!isOpen()) {
        *error = m_error;
        return false;
    }
    return ShowStore(m_db).setTalkTimes(show, secondsByProduct, error);
}

QHash<QString, double> LocalCatalog::talkTimes(qint64 show)
{
    return isOpen() ? ShowStore(m_db).talkTimes(show) : QHash<QString, double>();
}

bool LocalCatalog::hasPlatform()
{
    return isOpen() && !platformAddress(m_db).isEmpty();
}

SyncState LocalCatalog::syncState()
{
    if (!isOpen())
        return {};
    return {platformAddress(m_db), lastProductSyncMs(m_db)};
}

void LocalCatalog::pullOrders(qint64 show, QObject *context, std::function<void(bool, const QString &)> done)
{
    // A live ticker retries at its next round rather than waiting long inside one.
    onPlatform(context, 8000, [show](CatalogSync &sync) { return sync.pullOrders(show); }, std::move(done));
}

void LocalCatalog::reportShow(qint64 show, QObject *context, std::function<void(bool, const QString &)> done)
{
    // Refused here as well as in CatalogSync: a rehearsal never reaches the network.
    const std::optional<Show> record = isOpen() ? ShowStore(m_db).show(show) : std::nullopt;
    if (record && record->kind == ShowKind::Rehearsal) {
        done(false, tr("A rehearsal is never reported to the platform."));
        return;
    }
    onPlatform(context, 15000, [show](CatalogSync &sync) { return sync.uploadReport(show); }, std::move(done));
}

void LocalCatalog::onPlatform(QObject *context, int timeoutMs, PlatformCall call, std::function<void(bool, const QString &)> done)
{
    const QString server = isOpen() ? platformAddress(m_db) : QString();
    if (server.isEmpty()) {
        done(false, tr("No platform address is set (Settings → Catalog)."));
        return;
    }
    if (!m_tokenRead && m_readToken) {
        // Read first, call when the keychain has answered (the caller's
        // context must still be there then).
        QPointer<LocalCatalog> self(this);
        QPointer<QObject> asker(context);
        m_readToken([self, asker, timeoutMs, call = std::move(call), done = std::move(done)](const QString &token) mutable {
            if (!self || !asker)
                return;
            self->m_token = token;
            self->m_tokenRead = true;
            self->onPlatform(asker, timeoutMs, std::move(call), std::move(done));
        });
        return;
    }
    m_tokenRead = true;
    QPointer<LocalCatalog> self(this);
    const std::atomic_bool *cancel = &m_cancel;
    onWorker(context, [server, token = m_token, cancel, self, timeoutMs, call = std::move(call),
                       done = std::move(done)](CatalogDb &db) -> std::function<void()> {
        SyncResult result;
        if (!db.isOpen()) {
            result.message = tr("The catalog could not be opened.");
        } else {
            const std::unique_ptr<ProvinceClient> client = platformClient(db, server, token, cancel);
            client->setTimeoutMs(timeoutMs);
            client->setBackoffScale(0.1);
            CatalogSync sync(db, *client);
            result = call(sync);
        }
        return [self, done, result] {
            if (!result.ok && self) // perhaps a refused token that the host has entered anew since
                self->m_tokenRead = false;
            done(result.ok, result.message);
        };
    });
}

QMetaObject::Connection LocalCatalog::onChanged(QObject *context, std::function<void()> changed)
{
    return connect(this, &LocalCatalog::changed, context, std::move(changed));
}

} // namespace lj::catalog
