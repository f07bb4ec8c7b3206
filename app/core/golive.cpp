#include "core/golive.h"

#include "core/liveservice.h"
#include "core/pluginregistry.h"
#include "core/recorder.h"
#include "core/studio.h"

namespace lj {

GoLive::GoLive(Studio &studio, QObject *parent)
    : QObject(parent), m_studio(studio), m_preflight(studio.pluginRegistry())
{
    connect(&m_preflight, &Preflight::finished, this, &GoLive::onChecked);
}

GoLive::~GoLive() = default;

void GoLive::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GoLive::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Checking);
    m_preflight.run(PreflightOptions::forShow(m_studio.room().output));
}

void GoLive::onChecked(const QList<PreflightResult> &results)
{
    if (m_state != State::Checking)
        return;
    m_lastCheck = results;
    Q_EMIT checked(results);
    if (!Preflight::passed(results)) {
        setState(State::Idle);
        Q_EMIT blocked(results);
        return;
    }
    if (Preflight::hasWarnings(results)) {
        setState(State::WaitingForHost);
        Q_EMIT warningsToConfirm(results);
        return;
    }
    proceed();
}

void GoLive::proceed()
{
    if (m_state != State::Checking && m_state != State::WaitingForHost)
        return;
    m_live.start();
    setState(State::Live);
    m_studio.setOnAir(true); // the show record starts before the first platform connects
    for (LiveService *service : m_studio.pluginRegistry().liveServices())
        service->goLive();
    const OutputSettings &output = m_studio.room().output;
    m_backupPath.clear();
    // A rehearsal is always recorded: the coaching report is made from it.
    if ((output.backupRecording || m_studio.room().rehearsal) && !m_studio.recorder().isActive()) {
        const QString path = Recorder::newFilePath(output, m_studio.room().name);
        QString error;
        if (m_studio.recorder().start(path, output, &error)) {
            m_backupPath = path;
            watchBackup();
        } else
            Q_EMIT problem(tr("The backup recording could not start: %1. The show goes on without it.").arg(error));
    }
}

void GoLive::watchBackup()
{
    Recorder &recorder = m_studio.recorder();
    // Once per show: a failed backup recording leaves the platforms live.
    m_backupWatch.emplace_back(connect(&recorder, &Recorder::stopped, this, [this](const QString &error) {
        if (!error.isEmpty() && m_state == State::Live)
            Q_EMIT problem(tr("%1 The live show goes on.").arg(error));
    }));
    m_backupWatch.emplace_back(connect(&recorder, &Recorder::diskRunningOut, this, [this](int, const QString &message) {
        if (m_state == State::Live)
            Q_EMIT problem(message);
    }));
}

void GoLive::cancel()
{
    if (m_state == State::WaitingForHost)
        setState(State::Idle);
}

void GoLive::stop()
{
    if (m_state != State::Live)
        return;
    setState(State::Stopping);
    m_pendingStops = 1; // released below, once every stop has been asked for
    for (LiveService *service : m_studio.pluginRegistry().liveServices()) {
        ++m_pendingStops;
        connect(service, &LiveService::stopped, this, &GoLive::onStopped, Qt::SingleShotConnection);
        service->stopLive();
    }
    Recorder &recorder = m_studio.recorder();
    if (!m_backupPath.isEmpty() && recorder.isActive()) {
        ++m_pendingStops;
        connect(&recorder, &Recorder::stopped, this, &GoLive::onStopped, Qt::SingleShotConnection);
        recorder.stop();
    }
    onStopped();
}

void GoLive::onStopped()
{
    if (m_state != State::Stopping || --m_pendingStops > 0)
        return;
    m_live.invalidate();
    for (const QMetaObject::Connection &c : m_backupWatch)
        disconnect(c);
    m_backupWatch.clear();
    m_studio.setOnAir(false);
    setState(State::Idle);
    Q_EMIT stopped();
}

qint64 GoLive::elapsedMs() const
{
    return m_state == State::Live && m_live.isValid() ? m_live.elapsed() : 0;
}

} // namespace lj
