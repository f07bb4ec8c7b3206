#pragma once

// What the province platform's pages hold (docs/province-api.md), read into
// the catalog's types. No network and no database: the sync uses these, and
// the fuzz tests drive them with any bytes.

#include "catalogtypes.h"

#include <QJsonValue>
#include <QString>

namespace lj::catalog::api {

/// One item of a products page into `p`; `tombstone`: the platform deleted it.
/// Empty when fine, else the field that is not what the API documents.
QString readProduct(const QJsonValue &value, Product *p, bool *tombstone);

/// One order of a show's orders page into `order`. Empty when fine, else the
/// field that is not what the API documents.
QString readOrder(const QJsonValue &value, Order *order);

} // namespace lj::catalog::api
