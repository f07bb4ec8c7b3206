#include "core/videosettings.h"

#include <QStandardPaths>

namespace lj {

bool VideoSettings::isValid() const
{
    auto sizeOk = [](int v) { return v >= 16 && v <= 8192 && v % 2 == 0; };
    return sizeOk(baseWidth) && sizeOk(baseHeight) && sizeOk(outputWidth) &&
           sizeOk(outputHeight) && fpsNumerator > 0 && fpsDenominator > 0 &&
           fps() >= 1.0 && fps() <= 120.0;
}

QJsonObject VideoSettings::toJson() const
{
    return {{QStringLiteral("baseWidth"), baseWidth},
            {QStringLiteral("baseHeight"), baseHeight},
            {QStringLiteral("outputWidth"), outputWidth},
            {QStringLiteral("outputHeight"), outputHeight},
            {QStringLiteral("fpsNumerator"), fpsNumerator},
            {QStringLiteral("fpsDenominator"), fpsDenominator}};
}

VideoSettings VideoSettings::fromJson(const QJsonObject &o)
{
    VideoSettings v;
    v.baseWidth = o.value(QStringLiteral("baseWidth")).toInt(v.baseWidth);
    v.baseHeight = o.value(QStringLiteral("baseHeight")).toInt(v.baseHeight);
    v.outputWidth = o.value(QStringLiteral("outputWidth")).toInt(v.outputWidth);
    v.outputHeight = o.value(QStringLiteral("outputHeight")).toInt(v.outputHeight);
    v.fpsNumerator = o.value(QStringLiteral("fpsNumerator")).toInt(v.fpsNumerator);
    v.fpsDenominator = o.value(QStringLiteral("fpsDenominator")).toInt(v.fpsDenominator);
    return v.isValid() ? v : VideoSettings{};
}

bool PortraitSettings::isValid() const
{
    return width >= 16 && height > width && width <= 4096 && height <= 8192 && width % 2 == 0 && height % 2 == 0;
}

QJsonObject PortraitSettings::toJson() const
{
    return {{QStringLiteral("width"), width}, {QStringLiteral("height"), height}};
}

PortraitSettings PortraitSettings::fromJson(const QJsonObject &o)
{
    PortraitSettings p;
    p.width = o.value(QStringLiteral("width")).toInt(p.width);
    p.height = o.value(QStringLiteral("height")).toInt(p.height);
    return p.isValid() ? p : PortraitSettings{};
}

QString OutputSettings::effectiveFolder() const
{
    if (!folder.isEmpty())
        return folder;
    const QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    return movies.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                            : movies;
}

QJsonObject OutputSettings::toJson() const
{
    return {{QStringLiteral("folder"), folder},
            {QStringLiteral("recordFormat"), recordFormat},
            {QStringLiteral("videoBitrateKbps"), videoBitrateKbps},
            {QStringLiteral("audioBitrateKbps"), audioBitrateKbps},
            {QStringLiteral("x264Preset"), x264Preset},
            {QStringLiteral("videoEncoder"), videoEncoder},
            {QStringLiteral("keyframeIntervalSec"), keyframeIntervalSec},
            {QStringLiteral("backupRecording"), backupRecording},
            {QStringLiteral("plannedMinutes"), plannedMinutes},
            {QStringLiteral("overlayLanguage"), overlayLanguage},
            {QStringLiteral("adaptiveBitrate"), adaptiveBitrate}};
}

OutputSettings OutputSettings::fromJson(const QJsonObject &o)
{
    OutputSettings s;
    s.folder = o.value(QStringLiteral("folder")).toString();
    const QString format = o.value(QStringLiteral("recordFormat")).toString(s.recordFormat);
    s.recordFormat = format == QLatin1String("mkv") ? format : QStringLiteral("mp4");
    s.videoBitrateKbps =
        qBound(200, o.value(QStringLiteral("videoBitrateKbps")).toInt(s.videoBitrateKbps), 50000);
    s.audioBitrateKbps =
        qBound(64, o.value(QStringLiteral("audioBitrateKbps")).toInt(s.audioBitrateKbps), 320);
    s.x264Preset = o.value(QStringLiteral("x264Preset")).toString(s.x264Preset);
    s.videoEncoder = o.value(QStringLiteral("videoEncoder")).toString(s.videoEncoder);
    s.keyframeIntervalSec =
        qBound(1, o.value(QStringLiteral("keyframeIntervalSec")).toInt(s.keyframeIntervalSec), 10);
    s.backupRecording = o.value(QStringLiteral("backupRecording")).toBool(s.backupRecording);
    s.adaptiveBitrate = o.value(QStringLiteral("adaptiveBitrate")).toBool(s.adaptiveBitrate);
    s.plannedMinutes = qBound(1, o.value(QStringLiteral("plannedMinutes")).toInt(s.plannedMinutes), 24 * 60);
    s.overlayLanguage = o.value(QStringLiteral("overlayLanguage")).toString() == QLatin1String("en") ? QStringLiteral("en")
                                                                                                     : QStringLiteral("zh_CN");
    return s;
}

} // namespace lj
