// The link budget on a weak uplink, measured side by side: the real studio
// pushes 720p30 at 2500 kbps for 40 s from a network namespace whose
// loopback tc shapes to 1.2 Mbit/s, alternately with the automatic
// adaptation on and off. Printed per run and on average: the share of
// frames dropped (the studio's count) over the whole run and its last 20 s,
// and what arrived at the ingest (nginx's recording, ffprobe): kbit/s and
// video frames per second over the last 20 s. Needs root (ip netns, tc).
//   bench_weaklink [rounds]   (default 2: on, off, on, off)
#include "shapedrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace lj::test;

namespace {

constexpr int kSeconds = 40;
constexpr int kLinkKbit = 1200;

struct Figures {
    double droppedAll = 0, droppedLate = 0, arrivedKbps = 0, arrivedFps = 0;
};

bool runOnce(bool adaptive, const QString &dir, QStringList *keys, Figures *f)
{
    ShapedLink link;
    const QString ingest = dir + QStringLiteral("/ingest-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    if (!link.create() || !link.shape(kLinkKbit) || !link.startIngest(ingest)) {
        fprintf(stderr, "shaped link: %s\n", qPrintable(link.error()));
        return false;
    }
    const QString key = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    const QString config = makeFieldRoom(dir, {{QStringLiteral("抖音"), key}}, adaptive, keys);
    QProcess studio;
    startFieldStudio(studio, link, config, kSeconds, {QStringLiteral("--max-dropped"), QStringLiteral("100")});
    if (!studio.waitForStarted(10000) || !studio.waitForFinished((kSeconds + 60) * 1000) || studio.exitCode() != 0) {
        fprintf(stderr, "the studio failed: %s\n", studio.readAllStandardError().right(2000).constData());
        return false;
    }
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const QList<HealthSample> log = healthLog(config);
    f->droppedAll = droppedShare(log, QStringLiteral("抖音"), 0, end);
    f->droppedLate = droppedShare(log, QStringLiteral("抖音"), end - 22000, end);
    link.stopIngest();
    const Arrived all = arrived(ingest + QLatin1Char('/') + key + QStringLiteral(".flv"), 0, 1e9);
    const Arrived late = arrived(ingest + QLatin1Char('/') + key + QStringLiteral(".flv"), all.seconds - 22, all.seconds - 2);
    f->arrivedKbps = late.kbps;
    f->arrivedFps = late.videoFrames / 20.0;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (::geteuid() != 0) {
        fprintf(stderr, "bench_weaklink makes network namespaces: run it as root\n");
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("LJ_STUDIO_BIN"))
        qputenv("LJ_STUDIO_BIN", LJ_STUDIO_BIN);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 2;
    QTemporaryDir dir;
    QStringList keys;
    Figures sum[2];
    printf("%d kbit/s link, 720p30 at 2500 kbps, %d s per run; last 20 s: dropped (studio), arrived kbit/s and fps (ingest)\n", kLinkKbit,
           kSeconds);
    for (int r = 0; r < rounds; ++r) {
        for (const bool adaptive : {true, false}) {
            Figures f;
            if (!runOnce(adaptive, dir.path(), &keys, &f))
                return 1;
            Figures &s = sum[adaptive ? 0 : 1];
            s.droppedAll += f.droppedAll / rounds;
            s.droppedLate += f.droppedLate / rounds;
            s.arrivedKbps += f.arrivedKbps / rounds;
            s.arrivedFps += f.arrivedFps / rounds;
            printf("round %d %-13s dropped %5.1f %% (whole run %5.1f %%), arrived %5.0f kbit/s, %4.1f fps\n", r + 1,
                   adaptive ? "adaptive" : "fixed 2500", f.droppedLate * 100, f.droppedAll * 100, f.arrivedKbps, f.arrivedFps);
            fflush(stdout);
        }
    }
    for (const bool adaptive : {true, false}) {
        const Figures &s = sum[adaptive ? 0 : 1];
        printf("average %-11s dropped %5.1f %% (whole run %5.1f %%), arrived %5.0f kbit/s, %4.1f fps\n", adaptive ? "adaptive" : "fixed 2500",
               s.droppedLate * 100, s.droppedAll * 100, s.arrivedKbps, s.arrivedFps);
    }
    lj::SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    for (const QString &key : std::as_const(keys))
        secrets.removeSync(key);
    return 0;
}
