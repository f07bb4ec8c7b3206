#pragma once

#include "catalogdb.h"
#include "provinceclient.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace lj::catalog {

struct SyncResult {
    bool ok = false;
    QString message;   ///< plain words when not ok
    int pages = 0;
    int applied = 0;   ///< products created or changed
    int deleted = 0;
    bool restartedFromScratch = false;
};

/// One value of the sync_state table (empty: not set).
QString syncState(CatalogDb &db, const QString &key);
bool setSyncState(CatalogDb &db, const QString &key, const QString &value, QString *error);
/// The platform's address as the host set it (Settings → Catalog); empty: none.
QString platformAddress(CatalogDb &db);
bool setPlatformAddress(CatalogDb &db, const QString &address, QString *error);
/// The host accepted that the token goes unencrypted to this plain http://
/// address on this network (a classroom server); only that exact address.
bool plainHttpAccepted(CatalogDb &db, const QString &address);
bool setPlainHttpAccepted(CatalogDb &db, const QString &address, QString *error);
/// A client for the catalog's platform at `address`: its API under
/// /api/v1, and plain http only where the host accepted it for that address.
std::unique_ptr<ProvinceClient> platformClient(CatalogDb &db, const QString &address, const QString &token,
                                               const std::atomic_bool *cancel);
/// When products last came down from the platform completely (0: never).
qint64 lastProductSyncMs(CatalogDb &db);

/// The catalog's side of docs/province-api.md: product deltas by cursor (each
/// page and its cursor in one transaction), show reports, orders.
class CatalogSync final {
    Q_DECLARE_TR_FUNCTIONS(lj::catalog::CatalogSync)
public:
    using Progress = std::function<void(int applied, int pages)>;
    static constexpr int kPageSize = 1000;

    CatalogSync(CatalogDb &db, ProvinceClient &client) : m_db(db), m_client(client) {}

    /// Pulls every change since the stored cursor. On any failure nothing of
    /// the failed page is written and the cursor stays where it was.
    SyncResult syncProducts(const Progress &progress = {});
    /// Sends a show's report; safe to repeat (idempotent by the show's uid).
    SyncResult uploadReport(qint64 showId);
    /// Fetches orders after the last one stored; returns how many were new.
    SyncResult pullOrders(qint64 showId);

    QString cursor();
    qint64 lastSyncMs();

private:
    QString state(const QString &key);
    bool setState(const QString &key, const QString &value, QString *error);

    CatalogDb &m_db;
    ProvinceClient &m_client;
};

} // namespace lj::catalog
