#include "core/networkpresets.h"

namespace lj {

QList<NetworkPreset> NetworkPreset::all()
{
    return {
        {QStringLiteral("broadband"), tr("Studio broadband (720p, 30 fps, 2500 kbps)"), 1280, 720, 30, 2500, 2},
        {QStringLiteral("field4g"), tr("田间 4G: field or farm on a phone's 4G (720p, 30 fps, 1200 kbps)"), 1280, 720, 30, 1200, 2},
        {QStringLiteral("weak"), tr("弱网: weak network (540p, 25 fps, 800 kbps)"), 960, 540, 25, 800, 2},
    };
}

NetworkPreset NetworkPreset::byId(const QString &id)
{
    for (const NetworkPreset &p : all())
        if (p.id == id)
            return p;
    return {QString(), QString()};
}

void NetworkPreset::applyTo(VideoSettings &video, OutputSettings &output) const
{
    if (id.isEmpty())
        return;
    video.outputWidth = outputWidth;
    video.outputHeight = outputHeight;
    video.fpsNumerator = fps;
    video.fpsDenominator = 1;
    output.videoBitrateKbps = videoBitrateKbps;
    output.keyframeIntervalSec = keyframeIntervalSec;
}

QString NetworkPreset::matching(const VideoSettings &video, const OutputSettings &output)
{
    for (const NetworkPreset &p : all())
        if (video.outputWidth == p.outputWidth && video.outputHeight == p.outputHeight && qFuzzyCompare(video.fps(), double(p.fps)) &&
            output.videoBitrateKbps == p.videoBitrateKbps && output.keyframeIntervalSec == p.keyframeIntervalSec)
            return p.id;
    return {};
}

} // namespace lj
