#include "headlessrunner.h"

#include "core/recorder.h"
#include "core/studio.h"

#include <QCoreApplication>
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

HeadlessRunner::HeadlessRunner(Studio &studio, QString recordPath, int durationSec, QObject *parent)
    : QObject(parent), m_studio(studio), m_recordPath(std::move(recordPath)), m_durationSec(durationSec)
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
    Recorder &recorder = m_studio.recorder();
    if (!m_recordPath.isEmpty()) {
        connect(&recorder, &Recorder::stopped, this, [](const QString &error) {
            if (!error.isEmpty()) {
                printLine(error);
                QCoreApplication::exit(RecordFailed);
            } else {
                QCoreApplication::exit(Ok);
            }
        });
        QString error;
        if (!recorder.start(m_recordPath, m_studio.room().output, &error)) {
            printLine(error);
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(RecordFailed); });
            return;
        }
        printLine(tr("Recording room \"%1\" to %2").arg(m_studio.room().name, recorder.path()));
    } else {
        printLine(tr("Room \"%1\" is running without a window. Press Ctrl+C to stop.")
                      .arg(m_studio.room().name));
    }
    if (m_durationSec > 0)
        QTimer::singleShot(m_durationSec * 1000, this, &HeadlessRunner::finish);
}

void HeadlessRunner::finish()
{
    Recorder &recorder = m_studio.recorder();
    if (recorder.isActive())
        recorder.stop(); // exits once the file is finalised
    else
        QCoreApplication::exit(Ok);
}

} // namespace lj
