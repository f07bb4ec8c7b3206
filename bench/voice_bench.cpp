// What the voice chain costs: a voice (espeak-ng speech with pink noise,
// looped by libobs' media source) mixed bare, with 人声清晰 (RNNoise,
// compressor, 响度均衡, limiter) and with 响度均衡 alone, in alternating
// rounds of one run: the CPU the process spends per second of sound. Then
// the leveler by itself, outside libobs: how many times faster than real
// time it levels 48 kHz stereo.
//
//   bench_voice [FRAMES] [ROUNDS]   (default 300 video frames = 10 s a scenario, 3 rounds)
#include "benchutil.h"

#include "loudnessfilter.h"
#include "loudnessleveler.h"

#include "core/lookpresets.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"

#include <QApplication>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <random>
#include <vector>

using namespace lj;

namespace {

enum class Chain { Bare, Voice, Leveler };

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

void setChain(obs_source_t *voice, Chain chain)
{
    QString error;
    if (chain == Chain::Voice)
        LookPresets::applyToMicrophone(QString::fromLatin1(LookPresets::kVoice), voice, &error);
    if (chain == Chain::Leveler) {
        OBSSourceAutoRelease leveler = obs_source_create_private(looks::LoudnessFilter::kTypeId, "leveler", nullptr);
        obs_source_filter_add(voice, leveler);
    }
}

void clearAll(obs_source_t *voice)
{
    std::vector<OBSSource> filters;
    obs_source_enum_filters(
        voice, [](obs_source_t *, obs_source_t *f, void *p) { static_cast<std::vector<OBSSource> *>(p)->emplace_back(f); }, &filters);
    for (const OBSSource &f : filters)
        obs_source_filter_remove(voice, f);
}

double threadCpu()
{
    timespec ts = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 300);
    QApplication app(argc, argv);
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;

    // The leveler alone: 10 minutes of speech-like noise bursts, 48 kHz stereo, in libobs' 1024-frame chunks.
    {
        constexpr unsigned rate = 48000;
        constexpr std::size_t chunk = 1024, seconds = 600;
        looks::LoudnessLeveler leveler(rate, 2);
        std::mt19937 random(3);
        std::normal_distribution<float> noise(0.0f, 0.05f);
        std::vector<float> left(chunk), right(chunk);
        double busy = 0;
        for (std::size_t done = 0; done < seconds * rate; done += chunk) {
            const float envelope = std::fmod(double(done) / rate, 3.0) < 2.0 ? 1.0f : 0.02f;
            for (std::size_t i = 0; i < chunk; ++i)
                left[i] = right[i] = envelope * noise(random);
            float *planes[] = {left.data(), right.data()};
            const double start = threadCpu();
            leveler.process(planes, chunk);
            busy += threadCpu() - start;
        }
        printf("响度均衡 alone: %zu s of 48 kHz stereo levelled in %.3f CPU s: %.0fx real time (%.2f%% of one core)\n\n", seconds, busy,
               double(seconds) / busy, busy / double(seconds) * 100.0);
    }

    const QString speech = session.dir.filePath(QStringLiteral("speech.wav")), padded = session.dir.filePath(QStringLiteral("padded.wav"));
    const QString noise = session.dir.filePath(QStringLiteral("noise.wav")), voice = session.dir.filePath(QStringLiteral("voice.wav"));
    if (!run(QStringLiteral("espeak-ng"), {QStringLiteral("-w"), speech, QStringLiteral("Rice from Wuchang, honey from Raohe, black fungus from Dongning: order now, stock is running low.")}) ||
        !run(QStringLiteral("sox"), {speech, QStringLiteral("-r"), QStringLiteral("48000"), padded, QStringLiteral("pad"), QStringLiteral("0"), QStringLiteral("2"),
                                     QStringLiteral("gain"), QStringLiteral("-n"), QStringLiteral("-12")}) ||
        !run(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("48000"), QStringLiteral("-c"), QStringLiteral("1"), noise,
                                     QStringLiteral("synth"), QStringLiteral("8"), QStringLiteral("pinknoise"), QStringLiteral("vol"), QStringLiteral("0.03")}) ||
        !run(QStringLiteral("sox"), {QStringLiteral("-m"), QStringLiteral("-v"), QStringLiteral("1"), padded, QStringLiteral("-v"), QStringLiteral("1"), noise, voice})) {
        fprintf(stderr, "espeak-ng and sox could not make the voice\n");
        return 1;
    }
    ObsRuntime runtime;
    if (!bench::startObs(runtime, QStringLiteral("zh-CN")))
        return 1;
    const obs_source_info leveler = looks::LoudnessFilter::info();
    obs_register_source(&leveler);
    OBSDataAutoRelease media = obs_data_create();
    obs_data_set_string(media, "local_file", voice.toUtf8().constData());
    obs_data_set_bool(media, "looping", true);
    OBSSourceAutoRelease source = obs_source_create("ffmpeg_source", "voice", media, nullptr);
    OBSSceneAutoRelease scene = obs_scene_create("bench");
    obs_scene_add(scene, source);
    obs_set_output_source(0, obs_scene_get_source(scene));

    printf("A voice (media file, looped) mixed by libobs at 48 kHz; %u video frames (%.0f s) a scenario, rounds alternated\n", session.frames,
           session.frames / 30.0);
    printf("%-34s %7s %14s %13s\n", "scenario", "frames", "CPU s/300 fr", "of one core");
    QList<double> chainShares, levelerShares;
    for (int r = 0; r < rounds; ++r) {
        QList<Chain> order{Chain::Bare, Chain::Voice, Chain::Leveler};
        std::rotate(order.begin(), order.begin() + (r % 3), order.end());
        double share[3] = {};
        for (const Chain chain : order) {
            clearAll(source);
            setChain(source, chain);
            bench::measure(30, obs_get_total_frames); // settle
            const bench::Sample s = bench::measure(session.frames, obs_get_total_frames);
            const char *name = chain == Chain::Bare ? "bare voice" : chain == Chain::Voice ? "人声清晰 (the voice chain)" : "响度均衡 alone";
            printf("%-34s %7u %14.3f %12.1f%%\n", qPrintable(QStringLiteral("round %1: %2").arg(r + 1).arg(QString::fromUtf8(name))), s.frames,
                   s.cpuPer300(), s.coreShare() * 100.0);
            share[int(chain)] = s.coreShare();
        }
        chainShares << (share[int(Chain::Voice)] - share[int(Chain::Bare)]) * 100.0;
        levelerShares << (share[int(Chain::Leveler)] - share[int(Chain::Bare)]) * 100.0;
    }
    obs_set_output_source(0, nullptr);
    clearAll(source);
    source = nullptr;
    scene = nullptr;
    runtime.shutdown();
    std::sort(chainShares.begin(), chainShares.end());
    std::sort(levelerShares.begin(), levelerShares.end());
    printf("\nadded, median of %d rounds: the voice chain %.2f%% of one core, 响度均衡 alone %.2f%%\n", rounds, chainShares[chainShares.size() / 2],
           levelerShares[levelerShares.size() / 2]);
    return 0;
}
