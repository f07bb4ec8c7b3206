#include "feeds.h"

#include "filefeed.h"
#include "manualfeed.h"
#include "platformfeed.h"
#include "simulatedfeed.h"

namespace lj::ticker {

std::unique_ptr<SalesFeed> createFeed(const QString &kind, const QString &path, double ordersPerMinute)
{
    if (kind == QLatin1String("file"))
        return path.isEmpty() ? nullptr : std::make_unique<FileFeed>(path);
    if (kind == QLatin1String("simulated"))
        return std::make_unique<SimulatedFeed>(ordersPerMinute);
    if (kind == QLatin1String("manual"))
        return std::make_unique<ManualFeed>();
    if (kind == QLatin1String("platform"))
        return std::make_unique<PlatformFeed>();
    return nullptr;
}

} // namespace lj::ticker
