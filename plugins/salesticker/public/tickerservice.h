#pragma once

// The live-sales ticker's service: its feeds and the totals on the video.
// Declare {"id": "salesticker"} in your plugin's dependencies and take it
// with context.service<lj::ticker::TickerService>() in dependenciesReady().

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace lj::ticker {

/// What one ticker on the scenes shows.
struct TickerTotals {
    QString feed;           ///< "manual", "platform", "file" or "simulated"
    bool rehearsal = false; ///< made-up orders (labelled so on the video)
    int orders = 0;
    int items = 0;
    qint64 salesFen = 0;
};

/// Called on the Qt thread.
class TickerService {
public:
    static constexpr const char *kServiceId = "lj.ticker.TickerService/1";

    virtual ~TickerService() = default;

    /// The kinds of feed a ticker can show.
    virtual QStringList feedKinds() const = 0;
    /// An order taken by phone or in the room, for every ticker on manual entry.
    virtual void addManualOrder(const QString &productTitle, int quantity, qint64 amountFen, const QString &buyer,
                                const QString &city) = 0;
    /// A short alert ("已售罄") for every ticker on manual entry; phone numbers are masked.
    virtual void addAlert(const QString &text) = 0;
    /// One entry per ticker source that exists, in the order they were made.
    virtual QList<TickerTotals> totals() const = 0;
    /// Calls `changed` (while `context` lives) when any ticker's totals change.
    virtual QMetaObject::Connection onTotalsChanged(QObject *context, std::function<void()> changed) = 0;
};

} // namespace lj::ticker
