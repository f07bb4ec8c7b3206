#include "tickerstate.h"

#include <algorithm>

namespace lj::ticker {

namespace {

/// Orders by the feed's sequence when both have one, else by time; equal keys keep arrival order.
bool before(const SaleEvent &a, const SaleEvent &b)
{
    if (a.seq > 0 && b.seq > 0)
        return a.seq < b.seq;
    if (a.timeMs > 0 && b.timeMs > 0)
        return a.timeMs < b.timeMs;
    return false;
}

} // namespace

bool TickerState::add(const SaleEvent &event)
{
    if (m_seen.contains(event.id))
        return false;
    m_seen.insert(event.id);
    if (event.kind == SaleEvent::Kind::Order) {
        ++m_orders;
        m_items += event.quantity;
        m_salesFen += event.amountFen;
    }
    const auto at = std::upper_bound(m_recent.begin(), m_recent.end(), event, before);
    m_recent.insert(at, event);
    while (m_recent.size() > m_keep)
        m_recent.removeFirst();
    return true;
}

} // namespace lj::ticker
