#pragma once

#include "pushoutput.h"
#include "healthlog.h"
#include "linkbudget.h"
#include "baserelay.h"
#include "pushtarget.h"
#include "uplinkprobe.h"

#include "pushservice.h"

#include "core/encoders.h"
#include "core/liveservice.h"

#include <QHash>
#include <QTimer>
#include <QVector>

#include <map>
#include <memory>

namespace lj {
class PluginContext;
}

namespace lj::push {

/// The room's push targets and their outputs. All targets on the shared
/// encoder pair get the same packets: encode once, push to many. Keys come
/// from the keychain (the plugin's namespace) and are kept in memory only.
class PushManager final : public LiveService, public PushService {
    Q_OBJECT
public:
    /// `context`: the push manager plugin's (its room data, its secrets).
    explicit PushManager(PluginContext &context, QObject *parent = nullptr);
    ~PushManager() override;

    // Targets (saved with the room, without keys).
    const QVector<PushTarget> &targets() const { return m_targets; }
    int indexOf(const QString &id) const;
    /// Adds or replaces a target; a non-empty key (and SRT passphrase) is stored in the keychain.
    void saveTarget(const PushTarget &target, const QString &key, const QString &passphrase = {});
    void removeTarget(const QString &id);
    /// Loads the room's targets (after a room switch).
    void reload();

    /// Uses `key` for this session only (no keychain), then starts if waiting.
    void provideKey(const QString &id, const QString &key);
    /// The key, if it is in memory (read from the keychain or provided).
    QString cachedKey(const QString &id) const { return m_keys.value(id); }
    /// Reads every target's key (keychain) and calls `done` with the ones found.
    void collectKeys(const std::function<void(QMap<QString, QString>)> &done);

    // Control.
    void start(const QString &id);
    void stop(const QString &id);
    void startAll();
    /// Rehearsal (彩排): only classroom targets are pushed to; otherwise only
    /// public ones. Changing it does not stop pushes already running.
    void setRehearsal(bool rehearsal);
    bool isRehearsal() const { return m_rehearsal; }
    /// Whether `target` is pushed to by goLive() and startAll() now: in a
    /// rehearsal the classroom targets; in a show the public ones, or only the
    /// base relay when one is enabled (it sends the show on to the others).
    bool takesPart(const PushTarget &target) const;
    /// The enabled base relay of a public show, or null.
    const PushTarget *relay() const;
    /// A public platform the base relay sends the show on to (not pushed to by the studio).
    bool relayedByBase(const PushTarget &target) const;
    /// The relay's configuration and view.
    BaseRelay &baseRelay() { return m_baseRelay; }
    /// The room's name (the relay's configuration names it).
    QString roomName() const;
    void stopAll();
    void reconnectNow(const QString &id);

    PushHealth health(const QString &id) const override;
    /// The encoder of a running target (shared ones are the same pointer).
    obs_encoder_t *videoEncoder(const QString &id) const;
    /// What the host should know about the uplink, in plain words: the
    /// bitrate lowered to fit it, platforms paused; empty when all is well.
    QString uploadWarning() const { return m_uploadWarning; }
    /// The link budget of the pushes that share the room's encoder.
    const LinkBudget &linkBudget() const { return m_budget; }
    /// The pushes the link budget paused, first paused first.
    const QStringList &pausedTargets() const { return m_paused; }

    // LiveService and PushService
    void goLive() override;
    void stopLive() override;
    bool isLive() const override;
    QList<LiveTargetStatus> targetStatus() const override;
    QString linkNotice() const override { return m_uploadWarning; }
    // PushService
    QList<PushTargetInfo> targetList() const override;
    QString addTarget(const QString &name, const QString &platform, const QString &pushUrl, QString *error) override;
    QMetaObject::Connection onStateChanged(QObject *context, std::function<void(const QString &)> changed) override;
    QList<PushHealthSample> healthHistory(qint64 fromMs, qint64 toMs) const override;
    void startTarget(const QString &targetId) override { start(targetId); }
    void stopTarget(const QString &targetId) override { stop(targetId); }
    /// How often a running push's health is written to the log.
    static constexpr int kHealthLogEverySec = 2;

Q_SIGNALS:
    void targetsChanged();
    void healthChanged(const QString &id);
    /// healthChanged(id), or targetsChanged with an empty id (PushService).
    void stateChanged(const QString &id);
    /// No keychain: the UI should ask the host for this target's key.
    void keyNeeded(const QString &id, const QString &reason);
    void uploadWarningChanged(const QString &warning);
    /// A key could not be saved in the keychain: it is kept for this session only.
    void keychainProblem(const QString &message);

private:
    void startWithKey(const PushTarget &target, const QString &key);
    /// The key is known: reads the SRT passphrase first when the target has one.
    void startWithSecrets(const PushTarget &target, const QString &key);
    void fail(const QString &id, const QString &message);
    void onFinished(const QString &id);
    void sampleAll();
    /// One second of the link budget: the shared encoder's bitrate, pauses, resumes.
    void budgetLink(const QVector<LinkSample> &shared);
    /// One second of a push on the shared encoder: what the link carried
    /// (bytes written less the kernel's send-queue growth) and how full the
    /// queues are (libobs' and the kernel's).
    LinkSample linkSample(const QString &id, const PushOutput &output, bool main, int droppedDelta, const QList<UplinkProbe::Socket> &sockets);
    void setUploadWarning(const QString &warning);
    /// Drops the shared encoders no push uses any more, and the portrait
    /// canvas once no push is on it.
    void releaseIdle();
    void checkGoLive();
    void persist();

    PluginContext &m_context;
    QVector<PushTarget> m_targets;
    QHash<QString, QString> m_keys;
    QHash<QString, QString> m_passphrases; ///< SRT passphrases read from the keychain (memory only)
    std::map<QString, std::unique_ptr<PushOutput>> m_outputs;
    QHash<QString, PushHealth> m_finalHealth; ///< how targets without a running output ended
    EncoderPair m_shared;         ///< the landscape canvas's pushes share it
    EncoderPair m_sharedPortrait; ///< the portrait canvas's pushes share it
    bool m_holdsPortrait = false; ///< a push needs the portrait canvas running
    QTimer m_sampler;
    HealthLog m_healthLog;
    int m_samplesSinceLog = 0;
    QString m_uploadWarning;
    LinkBudget m_budget;
    QStringList m_paused; ///< paused by the link budget, first paused first
    QHash<QString, quint64> m_queued; ///< each running push's bytes in the kernel's send queue a second ago
    BaseRelay m_baseRelay;
    QStringList m_goLivePending; ///< ids a goLive() still waits for
    bool m_goLiveActive = false;
    bool m_stopping = false;
    bool m_rehearsal = false;
};

} // namespace lj::push
