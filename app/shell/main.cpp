#include "commandline.h"
#include "headlessrunner.h"
#include "mainwindow.h"

#include "core/logging.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/pluginmanager.h"
#include "core/studio.h"
#include "core/uilanguage.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <csignal>
#include <cstdlib>
#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    fprintf(stream, "%s\n", qPrintable(text));
}

} // namespace

/// The whole life of the studio, with the QApplication inside: when this
/// returns, libobs has shut down, the log is closed and Qt is gone.
int runStudio(int argc, char **argv)
{
    // Without a window (headless, --help, no display over SSH) Qt must not try
    // to open an X connection of its own; libobs opens the one it needs.
    const bool noWindow = lj::CommandLine::wantsNoWindow(argc, argv);
    const bool haveDisplay = !qEnvironmentVariableIsEmpty("DISPLAY");
    if ((noWindow || !haveDisplay) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("longjiang-studio"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Longjiang Live Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LJ_VERSION));
    QApplication::setOrganizationName(QStringLiteral("longjiang"));

    // The portable flag decides where settings (and so the language) live.
    const bool portable = QApplication::arguments().contains(QStringLiteral("--portable"));
    lj::StudioPaths::init(portable);
    lj::installUiLanguage();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Longjiang Live Studio"));

    const lj::CommandLine cli = lj::CommandLine::parse(QApplication::arguments());
    switch (cli.action) {
    case lj::CommandLine::Action::ShowHelp:
        print(stdout, cli.helpText);
        return 0;
    case lj::CommandLine::Action::ShowVersion:
        print(stdout, QStringLiteral("longjiang-studio " LJ_VERSION));
        return 0;
    case lj::CommandLine::Action::Error:
        print(stderr, cli.error);
        print(stderr, QApplication::translate("main", "Run longjiang-studio --help for the options."));
        return lj::HeadlessRunner::UsageError;
    case lj::CommandLine::Action::Run:
        break;
    }
    if (!cli.headless && !haveDisplay) {
        print(stderr, QApplication::translate(
                          "main", "No display found (DISPLAY is not set), so no window can open.\n"
                                  "Over SSH, use \"ssh -X\" for a window, or run without one:\n"
                                  "  xvfb-run -a longjiang-studio --headless --record demo.mp4 --duration 10"));
        return lj::HeadlessRunner::StartFailed;
    }
    if (!cli.recordPath.isEmpty() && !cli.headless) {
        print(stderr, QApplication::translate("main", "--record is only for --headless runs."));
        return lj::HeadlessRunner::UsageError;
    }

    QString error;
    if (!lj::StudioLog::start(lj::StudioPaths::logsDir(), &error))
        print(stderr, QApplication::translate("main", "Cannot open a log file: %1").arg(error));
    qInfo("Longjiang Live Studio %s, config in %s%s", LJ_VERSION,
          qPrintable(lj::StudioPaths::configRoot()), portable ? " (portable)" : "");

    int code = 0;
    {
        lj::Studio studio;
        lj::StudioOptions options;
        options.room = cli.room;
        options.headless = cli.headless;
        options.templateId = cli.templateId;
        if (cli.remoteControlPort > 0)
            options.pluginArguments.insert(QStringLiteral("remote-control"), cli.remoteControlPort);
        if (!studio.start(options, &error)) {
            print(stderr, QApplication::translate("main", "The studio cannot start: %1").arg(error));
            if (!cli.headless)
                QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
            lj::StudioLog::stop();
            return lj::HeadlessRunner::StartFailed;
        }
        for (const QString &warning : studio.startupWarnings())
            print(stderr, warning);
        // Asked for remote control, a room without it is not what was wanted (a port in use...).
        if (cli.remoteControlPort > 0 && !studio.plugins().loadedIds().contains(QStringLiteral("remotecontrol"))) {
            print(stderr, QApplication::translate("main", "Remote control could not start (see above)."));
            studio.stop();
            lj::StudioLog::stop();
            return lj::HeadlessRunner::StartFailed;
        }

        if (cli.headless) {
            lj::HeadlessRunner runner(studio, {cli.recordPath, cli.durationSec, cli.goLive, cli.preflight,
                                               {cli.reportRecording, cli.reportShow, cli.reportOut},
                                               {cli.clipsRecording, cli.reportShow, cli.reportOut, cli.clipsPortrait, cli.clipsExact},
                                               cli.maxDroppedPercent});
            runner.start();
            code = QApplication::exec();
        } else {
            lj::MainWindow window(studio);
            window.show();
            if (cli.goLive)
                window.goLive();
            if (cli.durationSec > 0)
                QTimer::singleShot(cli.durationSec * 1000, &window, &QWidget::close);
            code = QApplication::exec();
        }
        studio.stop();
    }
    const long leaks = lj::ObsRuntime::liveAllocations();
    if (leaks > 0)
        qWarning("%ld libobs allocations leaked", leaks);
    lj::StudioLog::stop();
    return code;
}

int main(int argc, char **argv)
{
    // libobs' recording output writes to its muxer process through a pipe;
    // when that process dies (a full disk), the next write would kill the
    // studio with SIGPIPE and end the live show. Ignored, the write fails and
    // the recording stops with a message, as in OBS's own frontend.
    std::signal(SIGPIPE, SIG_IGN);

    const int code = runStudio(argc, argv);

    // Leave without running the libraries' static destructors. Debian's
    // libobs obs-ffmpeg module links libsrt (OpenSSL) while FFmpeg's
    // libavformat links libsrt-gnutls: two copies of SRT in one process whose
    // identical symbols interpose, so both copies register a destructor for
    // the one PacketFilter registry (a static std::map) that SRT pushes used.
    // At exit() the second destructor runs on a destroyed map: SIGSEGV after a
    // clean shutdown, exit status 139 instead of the studio's own. Everything
    // that matters is already done here — pushes and recordings stopped and
    // their files closed, libobs shut down, rooms saved, the log closed — so
    // flush what stdio still holds and end the process with the studio's code.
    std::fflush(nullptr);
    std::_Exit(code);
}
