#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstring>

namespace lj {

namespace {


} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Longjiang Live Studio: go live on several platforms at once, with your products on screen."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption room(QStringList{QStringLiteral("profile"), QStringLiteral("room")},
                                  tr("Open the studio room NAME (created if it does not exist)."),
                                  tr("NAME"));
    const QCommandLineOption portable(QStringLiteral("portable"),
                                      tr("Keep all settings and rooms in a \"config\" folder beside the program."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run the room's scenes without a window (needs an X display such as Xvfb)."));
    const QCommandLineOption record(QStringLiteral("record"),
                                    tr("Record the program output to PATH (.mp4 or .mkv)."), tr("PATH"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("Stop after SECONDS and exit."), tr("SECONDS"));
    const QCommandLineOption goLive(QStringLiteral("go-live"),
                                    tr("Start pushing to every enabled platform of the room; the exit "
                                       "status says whether all of them went live."));
    const QCommandLineOption preflight(QStringLiteral("preflight"),
                                       tr("Check the room before going live (keys, push addresses, network, camera, "
                                          "microphone, disk, rundown), print one line per check and exit: 0 when "
                                          "nothing failed, 5 when something did. Runs without a window."));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            tr("Make a room that does not exist yet from a template: studio (直播间), field "
                                               "(田间地头), factory (工厂车间 / 仓库) or classroom (课堂)."),
                                            tr("ID"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the coaching report (复盘报告) of a show from its RECORDING: products planned "
                                       "against explained, talk time, silences, loudness, orders. Needs --out. Runs "
                                       "without a window."),
                                    tr("RECORDING"));
    const QCommandLineOption clips(QStringLiteral("clips"),
                                   tr("Cut a show's RECORDING into one clip per product explained (直播切片), named "
                                      "with order, product and length, into the folder --out names. Fast cuts copy from "
                                      "the keyframe before each explanation. Runs without a window."),
                                   tr("RECORDING"));
    const QCommandLineOption portrait(QStringLiteral("portrait"),
                                      tr("With --clips: 9:16 portrait clips (the centre of a landscape recording, the "
                                         "product card kept on screen)."));
    const QCommandLineOption exact(QStringLiteral("exact"),
                                   tr("With --clips: re-encode, so each clip starts and ends on its explanation's frame."));
    const QCommandLineOption show(QStringLiteral("show"),
                                  tr("With --report or --clips: the show record the recording belongs to (by default, "
                                     "the show that ran while it was recorded)."),
                                  tr("ID"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("With --report: the report's file; .html, .pdf or .json by its name. With --clips: "
                                    "the folder the clips go to."),
                                 tr("FILE"));
    const QCommandLineOption remote(QStringLiteral("remote-control"),
                                    tr("Let controllers (obs-websocket 5: Companion, Stream Deck, the base console) steer this "
                                       "studio on 127.0.0.1 at PORT. The password comes from the keychain, or from "
                                       "LJ_REMOTE_PASSWORD when set."),
                                    tr("PORT"));
    const QCommandLineOption maxDropped(QStringLiteral("max-dropped"),
                                        tr("With --go-live: the share of its frames a platform may drop (default 10). "
                                           "Each platform's share and final bitrate are printed at the end; one above "
                                           "it makes the exit status 4."),
                                        tr("PERCENT"));
    parser.addOptions({help, version, room, portable, headless, record, duration, goLive, preflight, templateOption, report,
                       clips, portrait, exact, show, out, remote, maxDropped});

    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    result.helpText = parser.helpText();
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.room = parser.value(room);
    result.portable = parser.isSet(portable);
    result.headless = parser.isSet(headless);
    result.recordPath = parser.value(record);
    result.goLive = parser.isSet(goLive);
    result.preflight = parser.isSet(preflight);
    result.templateId = parser.value(templateOption);
    if (result.preflight)
        result.headless = true; // a check, not a show: no window
    if (parser.isSet(remote)) {
        bool ok = false;
        result.remoteControlPort = parser.value(remote).toInt(&ok);
        if (!ok || result.remoteControlPort < 1 || result.remoteControlPort > 65535) {
            result.action = Action::Error;
            result.error = tr("--remote-control needs a port number between 1 and 65535.");
            return result;
        }
    }
    result.reportRecording = parser.value(report);
    result.clipsRecording = parser.value(clips);
    result.reportOut = parser.value(out);
    result.clipsPortrait = parser.isSet(portrait);
    result.clipsExact = parser.isSet(exact);
    if ((parser.isSet(portrait) || parser.isSet(exact)) && !parser.isSet(clips)) {
        result.action = Action::Error;
        result.error = tr("--portrait and --exact go with --clips.");
        return result;
    }
    if (parser.isSet(report) && parser.isSet(clips)) {
        result.action = Action::Error;
        result.error = tr("--report and --clips cannot be asked for at once.");
        return result;
    }
    if (parser.isSet(clips)) {
        if (result.reportOut.isEmpty()) {
            result.action = Action::Error;
            result.error = tr("--clips needs --out with the folder the clips go to.");
            return result;
        }
    }
    if (parser.isSet(report) || parser.isSet(clips)) {
        result.headless = true; // a file, not a show: no window
        const QString suffix = QFileInfo(result.reportOut).suffix().toLower();
        if (parser.isSet(report) &&
            (result.reportOut.isEmpty() || !QStringList{QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json")}.contains(suffix))) {
            result.action = Action::Error;
            result.error = tr("--report needs --out with a file name ending in .html, .pdf or .json.");
            return result;
        }
        if (parser.isSet(show)) {
            bool ok = false;
            result.reportShow = parser.value(show).toLongLong(&ok);
            if (!ok || result.reportShow <= 0) {
                result.action = Action::Error;
                result.error = tr("--show needs the number of a show record.");
                return result;
            }
        }
    } else if (parser.isSet(show) || parser.isSet(out)) {
        result.action = Action::Error;
        result.error = tr("--show and --out go with --report or --clips.");
        return result;
    }
    if (parser.isSet(duration)) {
        bool ok = false;
        result.durationSec = parser.value(duration).toInt(&ok);
        if (!ok || result.durationSec <= 0 || result.durationSec > 24 * 3600) {
            result.action = Action::Error;
            result.error = tr("--duration needs a whole number of seconds between 1 and 86400.");
            return result;
        }
    }
    if (parser.isSet(maxDropped)) {
        bool ok = false;
        result.maxDroppedPercent = parser.value(maxDropped).toDouble(&ok);
        if (!ok || result.maxDroppedPercent < 0 || result.maxDroppedPercent > 100 || !result.goLive) {
            result.action = Action::Error;
            result.error = tr("--max-dropped needs --go-live and a percentage between 0 and 100.");
            return result;
        }
    }
    if (!result.recordPath.isEmpty()) {
        const QString suffix = QFileInfo(result.recordPath).suffix().toLower();
        if (suffix != QLatin1String("mp4") && suffix != QLatin1String("mkv")) {
            result.action = Action::Error;
            result.error = tr("--record needs a file name ending in .mp4 or .mkv.");
            return result;
        }
    }
    return result;
}

bool CommandLine::wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless", "--preflight", "--report", "--clips", "--help", "-h", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace lj
