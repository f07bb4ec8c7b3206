#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

namespace lj {

/// What the command line asks for. Parsing never exits the process: main()
/// decides, so the same parser is testable.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(lj::CommandLine)
public:
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString room;
    bool portable = false;
    bool headless = false;
    bool goLive = false;
    bool preflight = false;
    QString templateId; ///< with --room: a new room is made from this template
    QString reportRecording; ///< --report: write the coaching report of this recording, then exit
    qint64 reportShow = 0;   ///< --show: the show it belongs to (0: the one that ran while it was recorded)
    QString reportOut;       ///< --out: .html, .pdf or .json (with --clips: the clips' folder)
    QString clipsRecording;  ///< --clips: cut this recording into one clip per product explained, then exit
    bool clipsPortrait = false; ///< --portrait: 9:16 clips
    bool clipsExact = false;    ///< --exact: re-encoded, cut on the frame
    int remoteControlPort = 0; ///< --remote-control: obs-websocket 5 on 127.0.0.1 at this port (0: off)
    QString recordPath;
    int durationSec = 0; ///< 0: until closed or signalled
    /// --max-dropped: with --go-live, a platform that dropped more of its frames fails the run (exit 4).
    double maxDroppedPercent = 10;
    QString helpText;
    QString error;

    static CommandLine parse(const QStringList &arguments);
    /// True if argv asks for no window (decided before the application object exists).
    static bool wantsNoWindow(int argc, char **argv);
};

} // namespace lj
