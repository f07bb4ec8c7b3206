#pragma once

#include "saleevent.h"

#include <QList>
#include <QSet>

namespace lj::ticker {

/// What the ticker knows: the latest events in order, and running totals.
/// Repeated events (same id) are ignored; late ones take their place by
/// sequence number (or time) instead of jumping to the front.
class TickerState final {
public:
    explicit TickerState(int keep = 12) : m_keep(keep) {}

    /// False if the event was seen before.
    bool add(const SaleEvent &event);
    /// Newest last.
    const QList<SaleEvent> &recent() const { return m_recent; }
    int orders() const { return m_orders; }
    int items() const { return m_items; }
    qint64 salesFen() const { return m_salesFen; }

private:
    int m_keep;
    QSet<QString> m_seen;
    QList<SaleEvent> m_recent;
    int m_orders = 0;
    int m_items = 0;
    qint64 m_salesFen = 0;
};

} // namespace lj::ticker
