#pragma once

#include "core/export.h"
#include "core/obsptr.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lj {

class SceneCollection;

/// One click for a room's camera and microphone: a preset is the filters it
/// puts on them (libobs' obs-filters and the looks plugin's 美颜 and 响度均衡).
struct LookPreset {
    QString id;
    QString name;        ///< in the UI language
    QString description; ///< in the UI language: what it does, in the host's words
    bool camera = false;     ///< it has filters for a camera
    bool microphone = false; ///< it has filters for a microphone
    bool background = false; ///< it puts a background (a picture or a video) behind the camera
};

/// What a preset needs beyond its filters (绿幕抠像: the background and what to crop).
struct LookOptions {
    QString background; ///< a picture or a video file shown where the green was
    int cropLeft = 0, cropTop = 0, cropRight = 0, cropBottom = 0; ///< pixels cut off the camera's edges
};

/// The presets, and putting one on a source. A preset's filters carry its id
/// (in their settings, kPresetKey), so applying another preset replaces them
/// and leaves the host's own filters where they are.
class LJ_CORE_EXPORT LookPresets final {
    Q_DECLARE_TR_FUNCTIONS(lj::LookPresets)
public:
    static constexpr const char *kIndoor = "indoor";           // 室内主播
    static constexpr const char *kGreenScreen = "greenscreen"; // 绿幕抠像
    static constexpr const char *kOutdoor = "outdoor";         // 户外田间
    static constexpr const char *kVoice = "voice";             // 人声清晰
    static constexpr const char *kPresetKey = "lj_preset";
    /// The source a green-screen background is (one per scene; applying again changes its file).
    static QString backgroundName();

    static QList<LookPreset> list();
    static std::optional<LookPreset> byId(const QString &id);

    /// Puts the preset's camera filters on `camera` (replacing an earlier
    /// preset's). 绿幕抠像 also puts `options.background` behind the camera
    /// in `scene`, filling the canvas. Filters whose module is not loaded are
    /// left out and named in `note`; false (with the reason in `error`) when
    /// nothing could be done.
    static bool applyToCamera(const QString &id, obs_source_t *camera, SceneCollection &scenes, obs_scene_t *scene,
                              const LookOptions &options, QString *error, QString *note = nullptr);
    /// The same for a microphone (the preset's audio filters).
    static bool applyToMicrophone(const QString &id, obs_source_t *microphone, QString *error, QString *note = nullptr);
    /// Takes every preset's filters off `source` (the host's own stay).
    static void clear(obs_source_t *source);
    /// Whether `source` is a background 绿幕抠像 put behind a camera.
    static bool isBackground(obs_source_t *source);
    /// The preset whose filters `source` carries (empty: none).
    static QString appliedTo(obs_source_t *source);
};

} // namespace lj
