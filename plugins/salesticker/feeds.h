#pragma once

#include "salesfeed.h"

#include <memory>

namespace lj::ticker {

/// The feed a ticker's settings name: "manual", "platform", "file" (with its
/// path) or "simulated" (with its pace). Null for an unknown kind.
std::unique_ptr<SalesFeed> createFeed(const QString &kind, const QString &path, double ordersPerMinute);

} // namespace lj::ticker
