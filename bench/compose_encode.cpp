// CPU cost of the demo room: composing alone, then composing and encoding
// (x264 veryfast, 2500 kbps, 1280x720@30) to a file. The baseline that
// overlays and pushes are measured against. Needs an X display (Xvfb).
#include "benchutil.h"

#include "core/demoroom.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/recorder.h"
#include "core/scenecollection.h"

#include <QGuiApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 300);
    QGuiApplication app(argc, argv);
    const quint32 frames = session.frames;
    const QTemporaryDir &dir = session.dir;

    lj::ObsRuntime runtime;
    if (!bench::startObs(runtime, QStringLiteral("en-US")))
        return 1;
    QString error;
    int code = 0;
    {
        lj::SceneCollection scenes;
        lj::DemoRoom::populate(scenes, runtime.video());
        // Let the media clip open and the pipeline settle.
        bench::measure(30, obs_get_total_frames);

        printf("Demo room, %dx%d @ %.0f fps, %u frames per scenario\n", runtime.video().baseWidth,
               runtime.video().baseHeight, runtime.video().fps(), frames);
        bench::printHeader();
        bench::printRow("compose only", bench::measure(frames, obs_get_total_frames));

        lj::Recorder recorder;
        lj::OutputSettings output;
        if (!recorder.start(dir.filePath(QStringLiteral("bench.mp4")), output, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            code = 1;
        } else {
            obs_output_t *out = obs_get_output_by_name("recording");
            auto outputFrames = [out] { return quint32(obs_output_get_total_frames(out)); };
            bench::measure(30, outputFrames);
            bench::printRow("compose + encode (x264 veryfast)", bench::measure(frames, outputFrames));
            obs_output_release(out);
            recorder.forceStop();
        }
        scenes.clear();
    }
    runtime.shutdown();
    return code;
}
