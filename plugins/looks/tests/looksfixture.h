#pragma once

// What the looks tests share: libobs on a small canvas of its own, and a
// recording of the program by the studio's recorder.
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/recorder.h"
#include "core/videosettings.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace looksfixture {

/// Starts libobs at width x height with the studio's settings under `configRoot`.
inline bool startObs(lj::ObsRuntime &runtime, const QString &configRoot, int width, int height, QString *error)
{
    lj::StudioPaths::setConfigRoot(configRoot);
    lj::VideoSettings video;
    video.baseWidth = video.outputWidth = width;
    video.baseHeight = video.outputHeight = height;
    return runtime.start(video, QStringLiteral("zh-CN"), error);
}

/// Records the program to `path` for `ms` milliseconds; false with the reason when it could not.
inline bool recordProgram(const QString &path, int ms, int videoKbps, QString *error)
{
    lj::Recorder recorder;
    lj::OutputSettings settings;
    settings.videoBitrateKbps = videoKbps;
    if (!recorder.start(path, settings, error))
        return false;
    QSignalSpy stopped(&recorder, &lj::Recorder::stopped);
    QTest::qWait(ms);
    recorder.stop();
    if (!stopped.wait(20000)) {
        *error = QStringLiteral("the recording did not stop");
        return false;
    }
    return true;
}

} // namespace looksfixture
