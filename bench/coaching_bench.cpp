// Coaching report: analysis time of a one-hour show recording.
// Builds an hour of Mandarin speech (espeak-ng) with pauses of 1 to 12 s,
// encodes it as the studio records (AAC 48 kHz stereo in MP4), then times
// AudioAnalyzer (decode + EBU R 128 + voice activity) against FFmpeg's own
// ebur128 pass over the same file, side by side. Goal: ≤ 20 s on 2 cores.
// Then times the report itself for that hour (20 products, 600 orders, three
// platforms' push health every 2 s): the figures, the HTML and the PDF with
// their charts.
#include "audioanalysis.h"
#include "coachingreport.h"
#include "reportdocument.h"
#include "speechwav.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// espeak-ng's 16-bit mono samples of one sentence (empty when it cannot speak).
speechwav::Pcm speech(const QString &dir, const QString &text)
{
    const QString wav = dir + QStringLiteral("/s.wav");
    speechwav::Pcm pcm;
    if (!run(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-w"), wav, text}) ||
        !speechwav::readWav(wav, &pcm))
        return {};
    return pcm;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the charts are drawn without a window
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QStringList sentences = {QStringLiteral("欢迎来到龙江好货直播间，今天给大家带来五常大米。"),
                                   QStringLiteral("这款大米是当季新米，软糯香甜，产地直发，五公斤装。"),
                                   QStringLiteral("接下来看看东宁黑木耳，小碗耳，肉厚无根，泡发率高。"),
                                   QStringLiteral("饶河黑蜂椴树蜜，库存不多，喜欢的朋友抓紧下单。")};
    QList<speechwav::Pcm> chunks;
    for (const QString &s : sentences) {
        chunks << speech(dir.path(), s);
        if (chunks.last().samples.isEmpty()) {
            fprintf(stderr, "espeak-ng is needed (scripts/deps.sh test)\n");
            return 1;
        }
    }
    // One hour: sentences with pauses of 1, 3, 6 and 12 s in turn.
    const double pauses[] = {1, 3, 6, 12};
    speechwav::Pcm hour;
    hour.rate = chunks.first().rate;
    const qsizetype total = qsizetype(3600) * hour.rate;
    int silencesOver5 = 0;
    for (int i = 0; hour.samples.size() < total; ++i) {
        hour.samples += chunks[i % chunks.size()].samples;
        const double pause = pauses[i % 4];
        silencesOver5 += pause >= 5;
        hour.samples += QVector<qint16>(qsizetype(pause * hour.rate), 0);
    }
    hour.samples.resize(total);
    const QString wav = dir.filePath(QStringLiteral("hour.wav"));
    if (!speechwav::writeWav(wav, hour))
        return 1;
    const QString recording = dir.filePath(QStringLiteral("hour.mp4"));
    if (!run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), wav, QStringLiteral("-ar"),
                                        QStringLiteral("48000"), QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-c:a"),
                                        QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("160k"), recording})) {
        fprintf(stderr, "ffmpeg could not encode the hour\n");
        return 1;
    }

    QList<qint64> ours, ffmpeg;
    lj::coaching::AudioAnalysis result;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        QString error;
        const auto a = lj::coaching::AudioAnalyzer::analyze(recording, {}, &error);
        ours << t.elapsed();
        if (!a) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        result = *a;
        t.restart();
        run(QStringLiteral("ffmpeg"), {QStringLiteral("-nostats"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), recording,
                                       QStringLiteral("-af"), QStringLiteral("ebur128"), QStringLiteral("-f"), QStringLiteral("null"),
                                       QStringLiteral("-")});
        ffmpeg << t.elapsed();
    }
    std::sort(ours.begin(), ours.end());
    std::sort(ffmpeg.begin(), ffmpeg.end());
    printf("one-hour recording (%.0f s of AAC 48 kHz stereo), 3 rounds, median:\n", result.durationSec);
    printf("  coaching analysis (decode + EBU R 128 + voice activity): %.2f s  (%.0fx real time; goal <= 20 s)\n", ours[1] / 1000.0,
           result.durationSec / (ours[1] / 1000.0));
    printf("  FFmpeg ebur128 pass alone, same file:                   %.2f s  (ratio %.2f)\n", ffmpeg[1] / 1000.0,
           double(ours[1]) / double(qMax<qint64>(1, ffmpeg[1])));
    printf("  found %lld silences of 5 s or more (%d placed), %.1f LUFS, %.0f min of talk\n", qlonglong(result.silences.size()), silencesOver5,
           result.integratedLufs, result.talkSeconds(0, result.durationSec) / 60.0);

    // The report of that hour: 20 products of 3 minutes, 600 orders, three platforms.
    lj::coaching::ShowFacts show;
    show.showId = 1;
    show.title = QStringLiteral("五常大米专场");
    const qint64 t0 = 1'700'000'000'000;
    show.startedAtMs = show.recordingStartedAtMs = t0;
    show.endedAtMs = t0 + 3600'000;
    for (int i = 0; i < 20; ++i) {
        const QString code = QStringLiteral("LJ%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        show.plan << lj::catalog::RundownItem{code, 3};
        show.titles.insert(code, QStringLiteral("龙江好货 %1 号").arg(i + 1));
        show.explanations << std::tuple{code, t0 + i * 180'000, t0 + (i + 1) * 180'000};
    }
    for (int i = 0; i < 600; ++i)
        show.orders << lj::catalog::Order{QStringLiteral("o-%1").arg(i), i + 1, show.plan[i % 20].productCode, 1, 5990, QString(), QString(),
                                          t0 + i * 6000};
    for (qint64 at = t0; at < show.endedAtMs; at += 2000)
        for (const char *name : {"抖音", "快手", "视频号"})
            show.health << lj::push::PushHealthSample{at, QString::fromUtf8(name), QString::fromUtf8(name), lj::push::PushState::Live,
                                                      2400.0 + double(at % 7) * 10.0, 0, int((at - t0) / 33), 0};
    QElapsedTimer t;
    t.start();
    const lj::coaching::CoachingReport report = lj::coaching::CoachingReport::build(show, result);
    const qint64 figuresMs = t.restart();
    const lj::coaching::ReportDocument document(report);
    QString error;
    const bool html = document.write(dir.filePath(QStringLiteral("report.html")), &error);
    const qint64 htmlMs = t.restart();
    const bool pdf = document.write(dir.filePath(QStringLiteral("report.pdf")), &error);
    const qint64 pdfMs = t.elapsed();
    if (!html || !pdf) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printf("the report of that hour (20 products, 600 orders, 3 platforms sampled every 2 s):\n");
    printf("  figures %lld ms, HTML with charts %lld ms (%lld KB), PDF %lld ms (%lld KB)\n", qlonglong(figuresMs), qlonglong(htmlMs),
           qlonglong(QFileInfo(dir.filePath(QStringLiteral("report.html"))).size() / 1024), qlonglong(pdfMs),
           qlonglong(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() / 1024));
    return 0;
}
