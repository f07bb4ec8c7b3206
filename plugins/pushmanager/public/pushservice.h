#pragma once

// The push manager's service: the room's push targets, how each is doing,
// and going live on all of them. Declare {"id": "pushmanager"} in your
// plugin's dependencies and take it with
// context.service<lj::push::PushService>() in dependenciesReady().

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <functional>

namespace lj::push {

/// Paused: the uplink could not carry every push at the lowest useful
/// bitrate, so this one waits and comes back by itself when it can.
enum class PushState { Idle, Connecting, Live, Reconnecting, Failed, Paused };

/// How one push is doing, as the dock and the go-live report show it.
struct PushHealth {
    PushState state = PushState::Idle;
    QDateTime liveSince;       ///< invalid unless live
    double kbpsLastSecond = 0;
    double kbpsLastMinute = 0;
    int droppedFrames = 0;
    int totalFrames = 0;
    quint64 bytesSent = 0;
    QString lastError;          ///< plain words; kept after recovery until the next start
    QDateTime nextRetry;        ///< when reconnecting
    int retries = 0;
    int bitrateKbps = 0;        ///< the video bitrate its encoder runs at now (0: not running)
};

/// How one push was doing at one moment (kept for the coaching report).
struct PushHealthSample {
    qint64 atMs = 0;
    QString targetId;
    QString name;
    PushState state = PushState::Idle;
    double kbps = 0;       ///< over the last second
    int droppedFrames = 0; ///< since the push started
    int totalFrames = 0;
    int retries = 0;       ///< reconnects since the push started
    int bitrateKbps = 0;   ///< the video bitrate it was encoded at (lowered on a weak link)
};

/// A push target as other plugins see it (never with its key).
struct PushTargetInfo {
    QString id;
    QString name;     ///< as the host named it, e.g. 抖音
    QString platform; ///< douyin, kuaishou, taobao, channels, bilibili, jd, xiaohongshu, rtmp, srt
    bool enabled = true;
};

/// Called on the Qt thread.
class PushService {
public:
    static constexpr const char *kServiceId = "lj.push.PushService/2";

    virtual ~PushService() = default;

    virtual QList<PushTargetInfo> targetList() const = 0;
    virtual PushHealth health(const QString &targetId) const = 0;
    /// Adds a target from the push URL the platform's console gives (server
    /// and key in one, or the server alone); the key goes to the keychain.
    /// Returns the new target's id, or empty with the reason in plain words.
    virtual QString addTarget(const QString &name, const QString &platform, const QString &pushUrl, QString *error) = 0;
    /// Starts every enabled target; each fails or goes live on its own.
    virtual void goLive() = 0;
    /// Stops every target cleanly.
    virtual void stopLive() = 0;
    /// One platform alone (a technician's remote, the dock): starts or stops
    /// that target; the others go on. A rehearsal refuses a public target.
    virtual void startTarget(const QString &targetId) = 0;
    virtual void stopTarget(const QString &targetId) = 0;
    virtual bool isLive() const = 0;
    /// Every push's health, sampled every few seconds while it ran between
    /// the two times (wall clock, ms), oldest first — a show's, for its report.
    virtual QList<PushHealthSample> healthHistory(qint64 fromMs, qint64 toMs) const = 0;
    /// Calls `changed(targetId)` (while `context` lives) when a target's
    /// health changes; an empty id when the list of targets changed.
    virtual QMetaObject::Connection onStateChanged(QObject *context, std::function<void(const QString &targetId)> changed) = 0;
};

} // namespace lj::push
