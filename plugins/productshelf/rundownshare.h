#pragma once

// A rundown passed between studios: a trainer's room sends its rundown, with
// its products, to every student's room (the "longjiang" vendor's
// GetRundown / SetRundown, through remote control).

#include "catalogservice.h"

#include "core/pluginregistry.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lj::shelf {

class ShelfController;

class RundownShare final {
    Q_DECLARE_TR_FUNCTIONS(lj::shelf::RundownShare)
public:
    RundownShare(catalog::CatalogService &catalog, ShelfController &shelf) : m_catalog(catalog), m_shelf(shelf) {}

    /// The shelf's rundown: {"name", "products": [the catalog's JSON fields + "planned_minutes"]}.
    RemoteReply current();
    /// Imports the products (all or nothing), saves the rundown as today's and puts it on the shelf.
    RemoteReply apply(const QJsonObject &rundown);

private:
    catalog::CatalogService &m_catalog;
    ShelfController &m_shelf;
};

} // namespace lj::shelf
