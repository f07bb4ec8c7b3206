#pragma once

#include "core/export.h"

#include <QObject>
#include <QStringList>

namespace lj {

/// Something that takes the room live (pushes to platforms). Plugins register
/// one through PluginContext; the window's controls and `--go-live` drive it.
class LJ_CORE_EXPORT LiveService : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts every enabled target. `goLiveFinished` follows once each target
    /// is live or has failed.
    virtual void goLive() = 0;
    /// Stops every target; `stopped` follows once all have stopped.
    virtual void stopLive() = 0;
    virtual bool isLive() const = 0;

Q_SIGNALS:
    /// `report` has one plain-words line per target.
    void goLiveFinished(bool allLive, const QStringList &report);
    void stopped();
};

} // namespace lj
