#pragma once

#include "core/export.h"

#include <obs.h>

#include <QCoreApplication>
#include <QString>

namespace lj {

class SceneCollection;
struct VideoSettings;

/// The scene a first run opens: a background, a Chinese title, a looping
/// product clip and the room's logo, so a new host sees a living scene at once.
class LJ_CORE_EXPORT DemoRoom final {
    Q_DECLARE_TR_FUNCTIONS(lj::DemoRoom)
public:
    /// The title's text; tests look for its glyphs in the output.
    static QString title();
    /// The demo room's goods (the catalog's JSON form): what plugins show and
    /// sell in it.
    static QString catalogFile();
    /// The background colour as 0xRRGGBB.
    static constexpr unsigned kBackgroundRgb = 0x123A6B;
    static constexpr int kTitleFontSize = 64;
    static constexpr int kTitleX = 48;
    static constexpr int kTitleY = 36;

    /// Adds the demo scene to `scenes`, puts it on program and returns it.
    static obs_scene_t *populate(SceneCollection &scenes, const VideoSettings &video);
};

} // namespace lj
