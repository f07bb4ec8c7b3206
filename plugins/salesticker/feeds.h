#pragma once

#include "salesfeed.h"

#include <memory>

namespace lj::ticker {

class TickerHub;

/// The feed a ticker's settings name: "manual", "platform", "file" (with its
/// path) or "simulated" (with its pace). Null for an unknown kind. `hub` (the
/// plugin's, null when it is gone) has the manual entries and the catalog.
std::unique_ptr<SalesFeed> createFeed(const QString &kind, const QString &path, double ordersPerMinute, TickerHub *hub);

} // namespace lj::ticker
