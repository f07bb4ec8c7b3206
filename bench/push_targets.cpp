// CPU per frame of the demo room pushed to 1 target, to 4 targets sharing one
// encoder, and to 4 targets with their own encoders, side by side in one run,
// against the nginx RTMP ingest of scripts/test-services.sh (scripts/bench.sh).
#include "pushround.h"

#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/studio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

using namespace lj::push;

namespace {

bench::Sample runScenario(PushManager &manager, int targets, bool ownEncoders, quint32 frames)
{
    QList<PushTarget> list;
    for (int i = 0; i < targets; ++i) {
        PushTarget t;
        t.name = QStringLiteral("bench-%1").arg(i);
        t.ownEncoder = ownEncoders;
        list << t;
    }
    return bench::pushRound(manager, list, frames, 30);
}

} // namespace

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 300);
    QApplication app(argc, argv);
    const quint32 frames = session.frames;
    if (qEnvironmentVariableIsEmpty("LJ_RTMP_URL")) {
        fprintf(stderr, "needs LJ_RTMP_URL (run through scripts/bench.sh)\n");
        return 1;
    }
    const QTemporaryDir &dir = session.dir;
    qputenv("LJ_PLUGIN_PATH", dir.filePath(QStringLiteral("none")).toUtf8());
    int code = 0;
    {
        lj::Studio studio;
        QString error;
        if (!studio.start({QStringLiteral("bench")}, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        {
            lj::PluginContext context(studio, QStringLiteral("pushmanager"));
            PushManager manager(context);
            printf("Demo room pushed to nginx-rtmp on 127.0.0.1, x264 veryfast 2500 kbps, %u frames per scenario\n", frames);
            bench::printHeader();
            const bench::Sample one = runScenario(manager, 1, false, frames);
            bench::printRow("1 target", one);
            const bench::Sample shared = runScenario(manager, 4, false, frames);
            bench::printRow("4 targets, one shared encoder", shared);
            const bench::Sample own = runScenario(manager, 4, true, frames);
            bench::printRow("4 targets, own encoders", own);
            if (one.cpuPer300() > 0) {
                printf("\n4 shared / 1 target: %.3f  (goal: at most 1.05)\n", shared.cpuPer300() / one.cpuPer300());
                printf("4 own    / 1 target: %.3f\n", own.cpuPer300() / one.cpuPer300());
            } else {
                code = 1;
            }
        }
        studio.stop();
    }
    return code;
}
