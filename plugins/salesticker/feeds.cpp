#include "feeds.h"

#include "filefeed.h"
#include "manualfeed.h"
#include "platformfeed.h"
#include "simulatedfeed.h"
#include "tickerhub.h"

namespace lj::ticker {

std::unique_ptr<SalesFeed> createFeed(const QString &kind, const QString &path, double ordersPerMinute, TickerHub *hub)
{
    if (kind == QLatin1String("file"))
        return path.isEmpty() ? nullptr : std::make_unique<FileFeed>(path);
    if (kind == QLatin1String("simulated")) {
        auto feed = std::make_unique<SimulatedFeed>(ordersPerMinute);
        // A rehearsal sells today's goods; without a rundown, the demo's.
        if (const QList<SimulatedFeed::Item> goods = hub ? hub->rehearsalGoods() : QList<SimulatedFeed::Item>(); !goods.isEmpty())
            feed->setItems(goods);
        return feed;
    }
    if (kind == QLatin1String("manual"))
        return std::make_unique<ManualFeed>(hub ? &hub->manual() : nullptr);
    if (kind == QLatin1String("platform"))
        return std::make_unique<PlatformFeed>(hub ? hub->catalog() : nullptr);
    return nullptr;
}

} // namespace lj::ticker
