#pragma once

// The catalog plugin's service: what other plugins may ask of the catalog.
// Declare {"id": "catalog"} in your plugin's dependencies and take it with
// context.service<lj::catalog::CatalogService>() in dependenciesReady().

#include "catalogtypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <tuple>

namespace lj::catalog {

/// Products, rundowns, show records and orders of the studio's one catalog
/// (catalog.db, opened by the catalog plugin only). Called on the Qt thread.
/// Small lookups answer at once; searches and platform calls run on the
/// catalog's worker thread and answer through a callback on the caller's
/// thread (dropped if `context` is gone by then).
class CatalogService {
public:
    static constexpr const char *kServiceId = "lj.catalog.CatalogService/3";

    virtual ~CatalogService() = default;

    /// False when catalog.db could not be opened (lastError() says why).
    virtual bool isOpen() const = 0;
    virtual QString lastError() const = 0;

    // Products.
    virtual std::optional<Product> product(const QString &code) = 0;
    virtual int productCount() = 0;
    /// A product picture as a local file: `url` itself when local, else the
    /// cached copy, or empty while it is being fetched (onChanged follows).
    virtual QString imageFile(const QString &url) = 0;
    /// Products whose code, title, selling points or origin contain `text`.
    virtual void search(const QString &text, int limit, QObject *context,
                        std::function<void(const QList<Product> &found)> done) = 0;
    /// Imports a product spreadsheet (CSV, UTF-8 or GBK as spreadsheet tools
    /// save it) or the catalog's JSON export (a `fileName` ending in .json),
    /// in one transaction. `report`: what happened, in plain words.
    virtual ImportResult importProducts(const QByteArray &bytes, const QString &fileName, ImportMode mode, QString *report) = 0;

    // Rundowns (排品).
    virtual QList<Rundown> rundowns() = 0;
    virtual std::optional<Rundown> rundown(qint64 id) = 0;
    /// Today's rundown if there is one, else the newest (0: none).
    virtual qint64 todaysRundown() = 0;
    virtual bool saveRundown(Rundown &rundown, QString *error) = 0;

    // Show records.
    /// The show started last and not ended (0: none).
    virtual qint64 runningShow() = 0;
    /// The show started last, running or ended (0: none).
    virtual qint64 lastShow() = 0;
    virtual std::optional<Show> show(qint64 id) = 0;
    /// The newest `limit` shows, newest first.
    virtual QList<Show> shows(int limit) = 0;
    virtual qint64 startShow(const QString &title, qint64 rundownId, ShowKind kind, QString *error) = 0;
    virtual bool endShow(qint64 id, QString *error) = 0;
    /// Closes the running explanation and starts one for `productCode`.
    virtual bool explain(qint64 show, const QString &productCode, QString *error) = 0;
    /// (product code, start ms, end ms or 0), in order.
    virtual QList<std::tuple<QString, qint64, qint64>> explanations(qint64 show) = 0;
    /// The show's orders after sequence number `afterSeq`, in order.
    virtual QList<Order> orders(qint64 show, qint64 afterSeq = 0) = 0;
    virtual ShowTotals totals(qint64 show) = 0;
    /// Keeps a made-up order (simulated for a rehearsal) in the rehearsal's
    /// record, so its coaching report shows when orders came. Refused for a
    /// public show: its orders come from the platform only.
    virtual bool recordRehearsalOrder(qint64 show, const Order &order, QString *error) = 0;
    /// How long the host spoke while explaining each product (seconds, by
    /// product code), measured from the show's recording; replaces any before.
    virtual bool setTalkTimes(qint64 show, const QHash<QString, double> &secondsByProduct, QString *error) = 0;
    virtual QHash<QString, double> talkTimes(qint64 show) = 0;

    // The 龙江好货 platform.
    /// True when a platform address is set (Settings → Catalog).
    virtual bool hasPlatform() = 0;
    virtual SyncState syncState() = 0;
    /// Fetches the show's new orders from the platform into the show record,
    /// with the token from the keychain (read again after a refusal).
    /// `done(ok, message)`: message in plain words when not ok.
    virtual void pullOrders(qint64 show, QObject *context, std::function<void(bool ok, const QString &message)> done) = 0;

    /// Sends the ended show's report (times, totals, per product: talk time
    /// and sales) to the platform, once; sending it again is harmless. A
    /// rehearsal is never sent: `done(false, why)`.
    virtual void reportShow(qint64 show, QObject *context, std::function<void(bool ok, const QString &message)> done) = 0;

    /// Calls `changed` (on `context`'s thread, while it lives) whenever
    /// products or rundowns change: a sync, an import, the host's edits.
    virtual QMetaObject::Connection onChanged(QObject *context, std::function<void()> changed) = 0;
};

} // namespace lj::catalog
