#pragma once

#include "core/export.h"
#include "core/videosettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lj {

/// Encoding settings for the uplink a room has: a host on a farm's 4G link
/// picks "田间 4G" instead of learning what a bitrate is. A preset fills the
/// room's output size, frame rate, bitrate and keyframe interval; the room
/// keeps them as its own settings (nothing refers to the preset later).
struct LJ_CORE_EXPORT NetworkPreset {
    Q_DECLARE_TR_FUNCTIONS(lj::NetworkPreset)
public:
    QString id;   ///< "broadband", "field4g", "weak"
    QString name; ///< in the UI language
    int outputWidth = 1280;
    int outputHeight = 720;
    int fps = 30;
    int videoBitrateKbps = 2500;
    int keyframeIntervalSec = 2;

    static QList<NetworkPreset> all();
    /// The preset with `id`; an empty id when there is none.
    static NetworkPreset byId(const QString &id);
    /// The output (not the canvas: the scenes keep their layout) and the encoding of `video` / `output`.
    void applyTo(VideoSettings &video, OutputSettings &output) const;
    /// The preset `video` and `output` match now; empty when none (the host's own settings).
    static QString matching(const VideoSettings &video, const OutputSettings &output);
};

} // namespace lj
