#pragma once

#include "core/export.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace lj {

/// How one destination of a live service is doing, as the host's platform chips show it.
struct LiveTargetStatus {
    /// Paused: the uplink cannot carry it now; it comes back by itself.
    enum class State { Idle, Connecting, Live, Reconnecting, Failed, Paused };
    QString id;
    QString name;   ///< as the host named it: 抖音, 快手...
    State state = State::Idle;
    QString reason; ///< plain words when failed, reconnecting, paused or lowered for a weak network
    int droppedFrames = 0; ///< since it went live
    int totalFrames = 0;
    int bitrateKbps = 0;   ///< the video bitrate it is sent at now
};

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
    /// Every enabled destination and its state (statusChanged() tells of changes).
    virtual QList<LiveTargetStatus> targetStatus() const { return {}; }
    /// What the host should know about the uplink now ("the network is weak:
    /// quality lowered to 1000 kbps"), in plain words; empty when all is well.
    virtual QString linkNotice() const { return {}; }

Q_SIGNALS:
    /// `report` has one plain-words line per target.
    void goLiveFinished(bool allLive, const QStringList &report);
    void stopped();
    void statusChanged();
};

} // namespace lj
