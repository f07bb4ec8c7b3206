#include "headlessrunner.h"

#include "core/liveservice.h"
#include "core/obsruntime.h"
#include "core/pluginregistry.h"
#include "core/preflight.h"
#include "core/recorder.h"
#include "core/studio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace lj {

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[1], &byte, 1);
}

void printLine(const QString &text)
{
    fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

HeadlessRunner::HeadlessRunner(Studio &studio, Options options, QObject *parent)
    : QObject(parent), m_studio(studio), m_options(std::move(options))
{
}

void HeadlessRunner::installSignalHandlers()
{
    // The self-pipe trick: the handler only writes a byte; Qt's loop does the rest.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[0], &byte, 1);
        printLine(tr("Stopping…"));
        finish();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void HeadlessRunner::start()
{
    installSignalHandlers();
    if (!m_options.report.recording.isEmpty()) {
        QTimer::singleShot(0, this, &HeadlessRunner::writeReport);
        return;
    }
    if (!m_options.clips.recording.isEmpty()) {
        QTimer::singleShot(0, this, &HeadlessRunner::writeClips);
        return;
    }
    if (m_options.preflight) {
        // The machine and the microphone are judged on the last seconds: watch first.
        QTimer::singleShot(kPreflightWatchMs, this, &HeadlessRunner::runPreflight);
        return;
    }
    Recorder &recorder = m_studio.recorder();
    if (!m_options.recordPath.isEmpty()) {
        connect(&recorder, &Recorder::stopped, this, [this](const QString &error) {
            if (!error.isEmpty()) {
                printLine(error);
                m_code = RecordFailed;
            }
            if (m_finishing)
                stopped();
            else if (m_options.goLive && !error.isEmpty())
                printLine(tr("The live show goes on without the recording."));
            else
                finish(); // the recording ended by itself: nothing left to wait for
        });
        connect(&recorder, &Recorder::diskRunningOut, this, [this](int, const QString &message) { printLine(message); });
        QString error;
        if (!recorder.start(m_options.recordPath, m_studio.room().output, &error)) {
            printLine(error);
            m_code = RecordFailed;
            QTimer::singleShot(0, this, &HeadlessRunner::finish);
            return;
        }
        printLine(tr("Recording room \"%1\" to %2").arg(m_studio.room().name, recorder.path()));
    }
    if (m_options.goLive)
        startLive();
    if (m_options.recordPath.isEmpty() && !m_options.goLive)
        printLine(tr("Room \"%1\" is running without a window. Press Ctrl+C to stop.").arg(m_studio.room().name));
    if (m_options.durationSec <= 0)
        return;
    if (!recorder.isActive()) {
        QTimer::singleShot(m_options.durationSec * 1000, this, &HeadlessRunner::finish);
        return;
    }
    // A recording of S seconds holds S seconds of frames, however long the
    // encoder took to start: count frames, not wall-clock time.
    // A recording that failed (a full disk) while live: the show runs its time.
    const int wanted = qRound(m_options.durationSec * m_studio.runtime().video().fps());
    QElapsedTimer clock;
    clock.start();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, wanted, clock] {
        const Recorder &recorder = m_studio.recorder();
        if (recorder.isActive() ? recorder.frames() >= wanted : clock.elapsed() >= m_options.durationSec * 1000LL) {
            poll->stop();
            finish();
        }
    });
    poll->start(10);
    // Also end by the clock if frames stall (a stuck encoder), with room to spare.
    QTimer::singleShot(m_options.durationSec * 3000 + 10000, this, &HeadlessRunner::finish);
}

void HeadlessRunner::writeReport()
{
    const std::vector<ReportWriter> writers = m_studio.pluginRegistry().reportWriters();
    if (writers.empty()) {
        printLine(tr("No report can be written: the coaching plugin is not loaded."));
        QCoreApplication::exit(ReportFailed);
        return;
    }
    QString error;
    if (!writers.front()(m_options.report, &error)) {
        printLine(error);
        QCoreApplication::exit(ReportFailed);
        return;
    }
    printLine(tr("Report written to %1").arg(m_options.report.out));
    QCoreApplication::exit(Ok);
}

void HeadlessRunner::writeClips()
{
    const std::vector<ClipsWriter> writers = m_studio.pluginRegistry().clipsWriters();
    if (writers.empty()) {
        printLine(tr("No clips can be cut: the coaching plugin is not loaded."));
        QCoreApplication::exit(ClipsFailed);
        return;
    }
    QString error;
    const bool ok = writers.front()(m_options.clips, [](const QString &line) { printLine(line); }, &error);
    if (!ok)
        printLine(error);
    QCoreApplication::exit(ok ? Ok : ClipsFailed);
}

void HeadlessRunner::runPreflight()
{
    auto *preflight = new Preflight(m_studio.pluginRegistry(), this);
    connect(preflight, &Preflight::finished, this, [](const QList<PreflightResult> &results) {
        for (const PreflightResult &r : results) {
            fprintf(stdout, "%s\n", qPrintable(Preflight::line(r)));
        }
        const bool passed = Preflight::passed(results);
        fprintf(stdout, "%s\n", qPrintable(passed ? tr("Ready to go live.") : tr("Not ready to go live: fix what failed first.")));
        fflush(stdout);
        QCoreApplication::exit(passed ? Ok : PreflightFailed);
    });
    preflight->run(PreflightOptions::forShow(m_studio.room().output));
}

void HeadlessRunner::startLive()
{
    const std::vector<LiveService *> services = m_studio.pluginRegistry().liveServices();
    if (services.empty()) {
        printLine(tr("Cannot go live: no push plugin is loaded (see Settings → Plugins)."));
        m_code = LiveFailed;
        QTimer::singleShot(0, this, &HeadlessRunner::finish);
        return;
    }
    m_pendingLive = int(services.size());
    m_studio.setOnAir(true);
    for (LiveService *service : services) {
        // What the host would read in the window's banner: the link's state as it changes.
        connect(service, &LiveService::statusChanged, this, [this, service] {
            const QString notice = service->linkNotice();
            if (notice == m_linkNotice)
                return;
            if (!notice.isEmpty())
                printLine(notice);
            else if (!m_linkNotice.isEmpty())
                printLine(tr("The network carries the show at full quality again."));
            m_linkNotice = notice;
        });
        connect(service, &LiveService::goLiveFinished, this, [this](bool allLive, const QStringList &report) {
            for (const QString &line : report)
                printLine(line);
            if (!allLive)
                m_code = LiveFailed;
            if (--m_pendingLive == 0)
                printLine(m_code == LiveFailed ? tr("Not every platform went live.")
                                               : tr("Live on every platform."));
        });
        service->goLive();
    }
}

void HeadlessRunner::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_options.goLive)
        reportPlatforms();
    Recorder &recorder = m_studio.recorder();
    if (recorder.isActive())
        ++m_pendingStops;
    for (LiveService *service : m_studio.pluginRegistry().liveServices()) {
        if (service->isLive()) {
            ++m_pendingStops;
            connect(service, &LiveService::stopped, this, &HeadlessRunner::stopped, Qt::SingleShotConnection);
        }
    }
    if (m_pendingLive > 0 && m_options.goLive)
        m_code = LiveFailed; // stopped before every target had even answered
    if (m_pendingStops == 0) {
        m_studio.setOnAir(false);
        QCoreApplication::exit(m_code);
        return;
    }
    if (recorder.isActive())
        recorder.stop();
    for (LiveService *service : m_studio.pluginRegistry().liveServices()) {
        if (service->isLive())
            service->stopLive();
    }
}

void HeadlessRunner::reportPlatforms()
{
    for (LiveService *service : m_studio.pluginRegistry().liveServices()) {
        if (const QString notice = service->linkNotice(); !notice.isEmpty())
            printLine(notice);
        for (const LiveTargetStatus &t : service->targetStatus()) {
            if (t.totalFrames == 0 && !t.reason.isEmpty()) { // not pushed by this studio (a relay sends it on), or never started
                printLine(tr("%1: %2").arg(t.name, t.reason));
                continue;
            }
            const double share = t.totalFrames > 0 ? 100.0 * t.droppedFrames / t.totalFrames : 0;
            printLine(tr("%1: dropped %2% of its frames (%3 of %4), video bitrate at the end %5 kbps")
                          .arg(t.name)
                          .arg(share, 0, 'f', 1)
                          .arg(t.droppedFrames)
                          .arg(t.totalFrames)
                          .arg(t.bitrateKbps));
            if (share > m_options.maxDroppedPercent) {
                printLine(tr("%1 dropped more than %2% of its frames: the network could not carry it.")
                              .arg(t.name)
                              .arg(m_options.maxDroppedPercent));
                m_code = LiveFailed;
            }
        }
    }
}

void HeadlessRunner::stopped()
{
    if (--m_pendingStops > 0)
        return;
    m_studio.setOnAir(false);
    QCoreApplication::exit(m_code);
}

} // namespace lj
