#pragma once

#include "core/export.h"
#include "core/obsptr.h"
#include "core/videosettings.h"

#include <QString>

namespace lj {

/// A video + audio encoder pair bound to libobs' main mix. One pair can feed
/// any number of outputs (recording and every push target): encode once.
struct LJ_CORE_EXPORT EncoderPair {
    OBSEncoderAutoRelease video;
    OBSEncoderAutoRelease audio;

    /// `name` keeps encoders of different owners apart in the log.
    static EncoderPair create(const OutputSettings &settings, const QString &name,
                              QString *error);
    bool isValid() const { return video && audio; }
};

} // namespace lj
