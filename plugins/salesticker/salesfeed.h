#pragma once

#include "saleevent.h"

#include <QObject>

namespace lj::ticker {

/// Where sales events come from. Every feed — the province platform's order
/// events, a file another program appends to, the host's manual entry, a
/// simulation for rehearsals — delivers through these two signals; the ticker
/// does not know which one it listens to.
class SalesFeed : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SalesFeed() override = default;

    /// Starts delivering (events already there come first).
    virtual void start() = 0;

Q_SIGNALS:
    void received(const lj::ticker::SaleEvent &event);
    /// Something was skipped or went wrong; `line` is 0 where there are no lines.
    /// The feed goes on after reporting.
    void problem(int line, const QString &reason);
};

} // namespace lj::ticker
