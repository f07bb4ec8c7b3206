#pragma once

#include "core/export.h"
#include "core/preflight.h"

#include <QElapsedTimer>
#include <QObject>

#include <vector>

namespace lj {

class Studio;

/// One click to go live (开播) and one to end the show (下播): the check
/// before going live, then every live service (every enabled platform) and a
/// backup recording of the show in the room's recording folder. A platform
/// that fails does not stop the others.
class LJ_CORE_EXPORT GoLive final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Checking, WaitingForHost, Live, Stopping };
    Q_ENUM(State)

    explicit GoLive(Studio &studio, QObject *parent = nullptr);
    ~GoLive() override;

    State state() const { return m_state; }
    /// 开播: checks first. A failed check stops it (`blocked`); warnings are
    /// put to the host once (`warningsToConfirm`, then proceed() or cancel()).
    void start();
    /// Goes live although the check warned (the host said so).
    void proceed();
    void cancel();
    /// 下播: stops every platform and the backup recording.
    void stop();

    /// Since the first platform was asked to go live (0 when not live).
    qint64 elapsedMs() const;
    /// The backup recording of the running (or last) show; empty if none.
    QString backupPath() const { return m_backupPath; }
    QList<PreflightResult> lastCheck() const { return m_lastCheck; }

Q_SIGNALS:
    void stateChanged(lj::GoLive::State state);
    void checked(const QList<lj::PreflightResult> &results);
    void blocked(const QList<lj::PreflightResult> &results);
    void warningsToConfirm(const QList<lj::PreflightResult> &results);
    /// Something went wrong that does not stop the show (the backup recording...).
    void problem(const QString &message);
    /// Every platform and the recording have stopped.
    void stopped();

private:
    void setState(State state);
    void onChecked(const QList<PreflightResult> &results);
    void onStopped();
    /// Tells the host when the backup recording fails or its disk runs low.
    void watchBackup();

    Studio &m_studio;
    Preflight m_preflight;
    State m_state = State::Idle;
    QList<PreflightResult> m_lastCheck;
    QString m_backupPath;
    QElapsedTimer m_live;
    int m_pendingStops = 0;
    std::vector<QMetaObject::Connection> m_backupWatch;
};

} // namespace lj
