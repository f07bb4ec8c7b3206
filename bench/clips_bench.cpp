// 直播切片 from a one-hour recording: 20 clips by stream copy (goal: ≤ 10 s
// in all), and, for scale, the chapter pass the studio makes over the whole
// file after every show. The hour is a minute of 720p30 at 2500 kbps with
// 2 s keyframes (as the studio records: fragmented MP4, H.264 with B-frames,
// AAC), repeated 60 times by stream copy. Rounds alternate the two file
// orders so the disk cache favours neither.
//
//   bench_clips [ROUNDS]   (default 3)
#include "chapterwriter.h"
#include "clipcutter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lj;
using namespace lj::coaching;

namespace {

bool ffmpeg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} + args);
    return p.waitForFinished(-1) && p.exitCode() == 0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QTemporaryDir dir;
    const QString minute = dir.filePath(QStringLiteral("minute.mp4"));
    const QString hour = dir.filePath(QStringLiteral("hour.mp4"));
    std::printf("making a one-hour 720p30 recording (2500 kbps, 2 s keyframes)...\n");
    std::fflush(stdout);
    if (!ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=1280x720:rate=30"),
                 QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
                 QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                 QStringLiteral("ultrafast"), QStringLiteral("-b:v"), QStringLiteral("2500k"), QStringLiteral("-g"), QStringLiteral("60"),
                 QStringLiteral("-keyint_min"), QStringLiteral("60"), QStringLiteral("-sc_threshold"), QStringLiteral("0"),
                 QStringLiteral("-bf"), QStringLiteral("2"), QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
                 QStringLiteral("160k"), minute})) {
        std::fprintf(stderr, "ffmpeg could not make the minute\n");
        return 1;
    }
    QFile list(dir.filePath(QStringLiteral("list.txt")));
    if (!list.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < 60; ++i)
        list.write("file 'minute.mp4'\n");
    list.close();
    if (!ffmpeg({QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"), QStringLiteral("0"), QStringLiteral("-i"),
                 list.fileName(), QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-movflags"),
                 QStringLiteral("frag_keyframe+empty_moov+default_base_moof"), hour})) {
        std::fprintf(stderr, "ffmpeg could not make the hour\n");
        return 1;
    }
    std::printf("recording: %.0f MB\n", QFileInfo(hour).size() / 1e6);

    // 20 explanations of 2-4 minutes spread over the hour (at odd seconds, so
    // every cut has to seek back to a keyframe).
    QList<ClipSpec> specs;
    for (int i = 0; i < 20; ++i) {
        const qint64 start = qint64(i) * 180'000 + 7'300;
        const qint64 length = 120'000 + (i % 5) * 25'000;
        specs.append({i + 1, QStringLiteral("P%1").arg(i + 1), QStringLiteral("P%1").arg(i + 1), start, start + length,
                      ClipPlan::fileName(i + 1, QStringLiteral("商品%1").arg(i + 1), length), {}});
    }
    QList<double> copySec, chapterSec;
    for (int round = 0; round < rounds; ++round) {
        for (int step = 0; step < 2; ++step) {
            const bool clipsFirst = round % 2 == 0;
            if ((step == 0) == clipsFirst) {
                const QString out = dir.filePath(QStringLiteral("clips-%1").arg(round));
                QElapsedTimer clock;
                clock.start();
                ClipCutter cutter(hour);
                const QList<ClipOutcome> outcomes = cutter.cutAll(specs, out, {}, {});
                const double seconds = clock.elapsed() / 1000.0;
                const int made = int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ClipOutcome &o) { return !o.file.isEmpty(); }));
                qint64 bytes = 0;
                for (const ClipOutcome &o : outcomes)
                    bytes += QFileInfo(o.file).size();
                std::printf("round %d: 20 clips by stream copy: %.2f s (%d made, %.0f MB written)\n", round + 1, seconds, made, bytes / 1e6);
                copySec << seconds;
                QDir(out).removeRecursively();
            } else {
                QList<Chapter> chapters;
                for (const ClipSpec &s : specs)
                    chapters.append({s.startMs, s.productCode});
                QElapsedTimer clock;
                clock.start();
                QString error;
                const bool ok = ChapterWriter::write(hour, chapters, &error);
                const double seconds = clock.elapsed() / 1000.0;
                std::printf("round %d: chapters into the hour (stream copy of the whole file): %.2f s%s\n", round + 1, seconds,
                            ok ? "" : qPrintable(QStringLiteral(" FAILED: ") + error));
                chapterSec << seconds;
            }
            std::fflush(stdout);
        }
    }
    std::printf("\nmedian of %d rounds: 20 clips %.2f s (goal <= 10 s); chapter pass %.2f s\n", rounds, median(copySec), median(chapterSec));
    return median(copySec) <= 10.0 ? 0 : 2;
}
