#pragma once

#include "core/export.h"
#include "core/obsptr.h"
#include "core/videosettings.h"

#include <QList>
#include <QString>

#include <utility>

namespace lj {

/// A video + audio encoder pair bound to libobs' main mix. One pair can feed
/// any number of outputs (recording and every push target): encode once.
struct LJ_CORE_EXPORT EncoderPair {
    OBSEncoderAutoRelease video;
    OBSEncoderAutoRelease audio;

    /// `name` keeps encoders of different owners apart in the log. `video`:
    /// the canvas to encode (null: the main, landscape one).
    static EncoderPair create(const OutputSettings &settings, const QString &name,
                              QString *error, video_t *video = nullptr);
    bool isValid() const { return video && audio; }

    /// H.264 encoders this libobs offers (x264, and hardware ones such as
    /// VA-API or NVENC when their drivers are present): id and display name.
    static QList<std::pair<QString, QString>> availableVideoEncoders();
};

} // namespace lj
