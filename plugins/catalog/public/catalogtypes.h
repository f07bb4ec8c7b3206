#pragma once

// The catalog's data as other plugins see it (through CatalogService).

#include "core/money.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QList>
#include <QStringList>

namespace lj::catalog {

/// A product's row id in the local catalog (not the platform's code).
struct ProductId {
    qint64 value = 0;
    bool isValid() const { return value > 0; }
    bool operator==(const ProductId &) const = default;
};

/// Money is exact: integer fen (0.01 yuan), never floating point.
using Fen = qint64;

/// Bounds on what the catalog takes from any source (a spreadsheet, the
/// platform, a sales feed): generous for real shops, far inside an int.
inline constexpr int kMaxStock = 100'000'000;
inline constexpr int kMaxOrderQuantity = 1'000'000;

struct Product {
    ProductId id;
    QString code;          ///< the platform's product code; unique
    QString title;
    QString sellingPoints;
    QString category;
    QString origin;        ///< e.g. 五常, 五大连池, 东宁
    QStringList certifications; ///< e.g. 地理标志, 绿色食品, 有机
    Fen listPriceFen = 0;
    Fen livePriceFen = 0;
    int stock = 0;
    QString unit;
    QStringList imageUrls;
    QString linkUrl;
    QString notes;         ///< the host's own; never overwritten by a sync
    QString source = QStringLiteral("local"); ///< "local" or "platform"
    qint64 updatedAtMs = 0;
    bool deleted = false;

    bool operator==(const Product &) const = default;
};

/// How an import treats a file with bad rows.
enum class ImportMode {
    AllOrNothing, ///< any bad row: nothing is written, every problem is reported
    TakeGoodRows, ///< good rows are written, bad ones reported
};

struct ImportProblem {
    int line = 0; ///< 1-based line of the file where the row starts
    QString reason;
};

/// What an import of a product spreadsheet (or JSON export) did.
struct ImportResult {
    int imported = 0;
    QList<ImportProblem> problems;
    QString encoding;     ///< "UTF-8" or "GB18030"
    QString error;        ///< the file as a whole could not be read
    bool applied = false; ///< anything was written
    QStringList codes;    ///< the product codes written, in the file's order
};

struct RundownItem {
    QString productCode;
    int plannedMinutes = 5;
    bool operator==(const RundownItem &) const = default;
};

/// A show's plan (排品): which products, in which order, for how long.
struct Rundown {
    qint64 id = 0;
    QString name;
    QString showDate; ///< yyyy-MM-dd
    QList<RundownItem> items;

    /// Today's plan of these products in this order, `minutes` each (not saved yet).
    static Rundown today(const QString &name, const QStringList &codes, int minutes = 5)
    {
        Rundown r;
        r.name = name;
        r.showDate = QDate::currentDate().toString(Qt::ISODate);
        for (const QString &code : codes)
            r.items << RundownItem{code, minutes};
        return r;
    }
};

struct Order {
    QString orderId; ///< the platform's; duplicates are ignored
    qint64 seq = 0;
    QString productCode;
    int quantity = 1;
    Fen amountFen = 0;
    QString buyer; ///< as received; masked before it is shown
    QString city;
    qint64 orderedAtMs = 0;
};

/// A show for the public, or a rehearsal (彩排): made-up orders, never
/// reported to the province platform.
enum class ShowKind { Live, Rehearsal };

/// One show's record header.
struct Show {
    qint64 id = 0;
    QString uid; ///< stable across machines; the report's idempotency key
    QString title;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0; ///< 0 while running
    qint64 rundownId = 0;
    QStringList targets;
    ShowKind kind = ShowKind::Live;
    qint64 reportedAtMs = 0; ///< 0: not reported to the platform (yet)
};

struct ShowTotals {
    int orders = 0;
    int items = 0;
    Fen salesFen = 0;
};

/// Where the catalog stands with the 龙江好货 platform.
struct SyncState {
    QString platformAddress; ///< empty: no platform set (Settings → Catalog)
    qint64 lastProductSyncMs = 0; ///< 0: products never synced
};

} // namespace lj::catalog

Q_DECLARE_METATYPE(lj::catalog::Product)
