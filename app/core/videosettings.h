#pragma once

#include "core/export.h"

#include <QJsonObject>
#include <QString>

namespace lj {

/// The canvas a room composes on and the size it encodes at.
struct LJ_CORE_EXPORT VideoSettings {
    int baseWidth = 1280;
    int baseHeight = 720;
    int outputWidth = 1280;
    int outputHeight = 720;
    int fpsNumerator = 30;
    int fpsDenominator = 1;

    bool isValid() const;
    double fps() const { return double(fpsNumerator) / fpsDenominator; }
    QJsonObject toJson() const;
    static VideoSettings fromJson(const QJsonObject &object);
    bool operator==(const VideoSettings &) const = default;
};

/// The room's second canvas, 9:16 for the phone platforms (抖音, 快手, 视频号),
/// composed beside the landscape one from a scene of its own.
struct LJ_CORE_EXPORT PortraitSettings {
    int width = 1080;
    int height = 1920;

    bool isValid() const;
    QJsonObject toJson() const;
    static PortraitSettings fromJson(const QJsonObject &object);
    bool operator==(const PortraitSettings &) const = default;
};

/// How a room records and encodes.
struct LJ_CORE_EXPORT OutputSettings {
    QString folder;                           ///< empty: the user's Videos folder
    QString recordFormat = QStringLiteral("mp4"); ///< "mp4" or "mkv"
    int videoBitrateKbps = 2500;
    int audioBitrateKbps = 160;
    QString x264Preset = QStringLiteral("veryfast");
    QString videoEncoder = QStringLiteral("obs_x264"); ///< a libobs H.264 encoder id (hardware ones when present)
    int keyframeIntervalSec = 2; ///< platforms require 1-2 s; probes need it too
    bool backupRecording = true;  ///< record every show while live (开播 starts it, 下播 stops it)
    int plannedMinutes = 120;     ///< how long a show runs, for the checks before going live
    QString overlayLanguage = QStringLiteral("zh_CN"); ///< what the overlays on the video speak: "zh_CN" or "en"
    /// Lower the pushes' bitrate when the uplink cannot carry it (and raise
    /// it again when it can), never above videoBitrateKbps.
    bool adaptiveBitrate = true;

    QString effectiveFolder() const;
    /// Bytes a recording of `seconds` takes at these bitrates, with 10 % to spare.
    qint64 recordingBytes(qint64 seconds) const
    {
        return qint64(videoBitrateKbps + audioBitrateKbps) * 1000 / 8 * seconds * 11 / 10;
    }
    QJsonObject toJson() const;
    static OutputSettings fromJson(const QJsonObject &object);
    bool operator==(const OutputSettings &) const = default;
};

} // namespace lj
