// The portrait canvas's cost: CPU of the demo room pushed landscape only
// (1280x720) against landscape + portrait (720x1280, its own view, scene and
// encoder) pushed together, in alternating rounds of one run, to the nginx
// RTMP ingest of scripts/test-services.sh (scripts/bench.sh).
// Goal: both canvases cost at most 1.9 times landscape alone.
//
//   bench_canvases [FRAMES] [ROUNDS]   (default 300 frames, 3 rounds)
#include "pushround.h"

#include "core/plugincontext.h"
#include "core/portraitcanvas.h"
#include "core/roomprofile.h"
#include "core/studio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

using namespace lj::push;

namespace {

bench::Sample round(PushManager &manager, bool withPortrait, quint32 frames)
{
    QList<PushTarget> targets;
    for (const bool portrait : {false, true}) {
        if (portrait && !withPortrait)
            continue;
        PushTarget t;
        t.name = portrait ? QStringLiteral("bench-portrait") : QStringLiteral("bench-landscape");
        t.portrait = portrait;
        targets << t;
    }
    return bench::pushRound(manager, targets, frames, 60);
}

} // namespace

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 300);
    QApplication app(argc, argv);
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    if (qEnvironmentVariableIsEmpty("LJ_RTMP_URL")) {
        fprintf(stderr, "needs LJ_RTMP_URL (run through scripts/bench.sh)\n");
        return 1;
    }
    qputenv("LJ_PLUGIN_PATH", session.dir.filePath(QStringLiteral("none")).toUtf8());
    int code = 0;
    {
        lj::Studio studio;
        QString error;
        if (!studio.start({QStringLiteral("bench")}, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        lj::RoomProfile room = studio.room();
        room.portrait.width = 720;
        room.portrait.height = 1280;
        studio.updateRoom(room, &error);
        {
            lj::PluginContext context(studio, QStringLiteral("pushmanager"));
            PushManager manager(context);
            printf("Demo room, x264 veryfast %d kbps per canvas, pushed to nginx-rtmp on 127.0.0.1; %u frames per round, "
                   "rounds alternated\n",
                   room.output.videoBitrateKbps, session.frames);
            bench::printHeader();
            QList<double> ratios;
            for (int r = 0; r < rounds; ++r) {
                // Alternate which goes first, so a machine warming up favours neither.
                bench::Sample alone, both;
                for (const bool portraitFirst : {r % 2 == 1, r % 2 == 0}) {
                    if (portraitFirst) {
                        both = round(manager, true, session.frames);
                        bench::printRow(qPrintable(QStringLiteral("round %1: landscape + portrait").arg(r + 1)), both);
                    } else {
                        alone = round(manager, false, session.frames);
                        bench::printRow(qPrintable(QStringLiteral("round %1: landscape alone").arg(r + 1)), alone);
                    }
                }
                if (alone.cpuPer300() > 0)
                    ratios << both.cpuPer300() / alone.cpuPer300();
            }
            std::sort(ratios.begin(), ratios.end());
            if (ratios.isEmpty()) {
                code = 1;
            } else {
                QStringList each;
                for (double r : ratios)
                    each << QString::number(r, 'f', 3);
                printf("\nlandscape + portrait / landscape alone, CPU per frame: median %.3f (rounds: %s)  (goal: at most 1.9)\n",
                       ratios[ratios.size() / 2], qPrintable(each.join(QStringLiteral(", "))));
                code = ratios[ratios.size() / 2] <= 1.9 ? 0 : 2;
            }
        }
        studio.stop();
    }
    return code;
}
