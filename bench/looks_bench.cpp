// What 美颜 costs: CPU per frame of a 720p camera (a video file played by
// libobs' media source, looping) composed bare, with 美颜 at strength 50, and
// with libobs' colour correction + sharpness filters, in alternating rounds
// of one run; the CPU of Mesa's software rasterizer (what a graphics card
// does where there is one) is shown apart. Goal: 美颜 costs at most twice
// what colour correction + sharpness cost (each over the bare camera).
//
//   bench_looks [FRAMES] [ROUNDS]   (default 300 frames, 3 rounds)
#include "benchutil.h"

#include "beautyfilter.h"

#include "core/obsptr.h"
#include "core/obsruntime.h"

#include <QApplication>
#include <QProcess>

#include <algorithm>

using namespace lj;

namespace {

enum class Look { Bare, Beauty, Correction };

void setLook(obs_source_t *camera, Look look)
{
    // Off with whatever was there.
    std::vector<OBSSource> filters;
    obs_source_enum_filters(
        camera, [](obs_source_t *, obs_source_t *filter, void *param) { static_cast<std::vector<OBSSource> *>(param)->emplace_back(filter); },
        &filters);
    for (const OBSSource &f : filters)
        obs_source_filter_remove(camera, f);
    if (look == Look::Beauty) {
        OBSDataAutoRelease s = obs_data_create();
        obs_data_set_int(s, looks::BeautyFilter::kSmooth, 50);
        OBSSourceAutoRelease beauty = obs_source_create_private(looks::BeautyFilter::kTypeId, "beauty", s);
        obs_source_filter_add(camera, beauty);
    } else if (look == Look::Correction) {
        OBSDataAutoRelease c = obs_data_create();
        obs_data_set_double(c, "brightness", 0.05);
        obs_data_set_double(c, "contrast", 0.1);
        OBSSourceAutoRelease correction = obs_source_create_private("color_filter_v2", "correction", c);
        OBSDataAutoRelease k = obs_data_create();
        obs_data_set_double(k, "sharpness", 0.2);
        OBSSourceAutoRelease sharpness = obs_source_create_private("sharpness_filter_v2", "sharpness", k);
        obs_source_filter_add(camera, correction);
        obs_source_filter_add(camera, sharpness);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 300);
    QApplication app(argc, argv);
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const QString clip = session.dir.filePath(QStringLiteral("camera.mp4"));
    {
        // A 720p "camera": moving detail, 10 s, looped.
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                QStringLiteral("-i"), QStringLiteral("testsrc2=size=1280x720:rate=30"), QStringLiteral("-t"),
                                                QStringLiteral("10"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                                                QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip});
        if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0) {
            fprintf(stderr, "ffmpeg could not make the camera clip\n");
            return 1;
        }
    }
    ObsRuntime runtime;
    if (!bench::startObs(runtime, QStringLiteral("zh-CN")))
        return 1;
    const obs_source_info info = looks::BeautyFilter::info();
    obs_register_source(&info);
    OBSDataAutoRelease media = obs_data_create();
    obs_data_set_string(media, "local_file", clip.toUtf8().constData());
    obs_data_set_bool(media, "looping", true);
    OBSSourceAutoRelease camera = obs_source_create("ffmpeg_source", "camera", media, nullptr);
    OBSSceneAutoRelease scene = obs_scene_create("bench");
    obs_scene_add(scene, camera);
    obs_set_output_source(0, obs_scene_get_source(scene));
    bench::waitUntil([&] { return obs_source_get_width(camera) > 0; }, 10000);

    printf("A 720p30 camera (video file), composed at 1280x720; %u frames a scenario, rounds alternated\n", session.frames);
    printf("%-34s %7s %14s %13s %8s %14s\n", "scenario", "frames", "CPU s/300 fr", "of one core", "lagged", "raster s/300");
    QList<double> ratios;
    for (int r = 0; r < rounds; ++r) {
        QList<Look> order{Look::Bare, Look::Beauty, Look::Correction};
        std::rotate(order.begin(), order.begin() + (r % 3), order.end());
        double cost[3] = {};
        for (const Look look : order) {
            setLook(camera, look);
            bench::measure(30, obs_get_total_frames); // settle
            const bench::Sample s = bench::measure(session.frames, obs_get_total_frames);
            const char *name = look == Look::Bare ? "bare camera" : look == Look::Beauty ? "美颜 at 50" : "colour correction + sharpness";
            printf("%-34s %7u %14.3f %12.1f%% %8u %14.3f\n", qPrintable(QStringLiteral("round %1: %2").arg(r + 1).arg(QString::fromUtf8(name))),
                   s.frames, s.cpuPer300(), s.coreShare() * 100.0, s.lagged, s.frames ? s.rasterizerSeconds * 300.0 / s.frames : 0.0);
            cost[int(look)] = s.cpuPer300();
        }
        const double beauty = cost[int(Look::Beauty)] - cost[int(Look::Bare)];
        const double correction = cost[int(Look::Correction)] - cost[int(Look::Bare)];
        printf("round %d: 美颜 adds %.3f s, colour correction + sharpness add %.3f s per 300 frames\n", r + 1, beauty, correction);
        if (correction > 0)
            ratios << beauty / correction;
    }
    obs_set_output_source(0, nullptr);
    setLook(camera, Look::Bare);
    camera = nullptr;
    scene = nullptr;
    runtime.shutdown();
    std::sort(ratios.begin(), ratios.end());
    if (ratios.isEmpty()) {
        printf("\nthe filters' cost could not be told from the noise\n");
        return 1;
    }
    printf("\n美颜 / (colour correction + sharpness), added CPU per frame: median %.2f over %lld rounds (goal: at most 2)\n",
           ratios[ratios.size() / 2], qsizetype(ratios.size()));
    return ratios[ratios.size() / 2] <= 2.0 ? 0 : 2;
}
