#pragma once

#include "core/export.h"

#include <obs.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lj {

class SceneCollection;
struct VideoSettings;

/// What a room template offers, for the guide and "New room from template".
struct RoomTemplateInfo {
    QString id;
    QString name;        ///< in the UI language
    QString description; ///< in the UI language
    QString thumbnail;   ///< a picture of the room, a file path
};

/// Room templates are data (`<data>/templates/<id>.json`): a background, a
/// place for the camera, and places for the title, the logo and any source a
/// plugin registers (the product shelf, the sales ticker), in fractions of
/// the canvas so they fit any size. Without a camera the demo clip stands in
/// for it until the host picks one. The camera wears the template's look
/// (LookPresets); the guide puts its voice preset on the microphone it adds.
class LJ_CORE_EXPORT RoomTemplates final {
    Q_DECLARE_TR_FUNCTIONS(lj::RoomTemplates)
public:
    static QString dir();
    /// Every template, in a stable order (desk studio first).
    static QList<RoomTemplateInfo> list(const QString &locale);
    /// Adds the template's scene to `scenes` and puts it on program. A source
    /// type no loaded plugin registers is left out (and said in `error`).
    static obs_scene_t *apply(const QString &id, SceneCollection &scenes, const VideoSettings &video, QString *error);
    /// The network preset a room from this template starts with (NetworkPreset ids; empty: the defaults).
    static QString networkPreset(const QString &id);
    /// The looks presets (LookPresets ids) its camera and microphone wear (empty: none).
    struct Looks {
        QString camera, microphone;
    };
    static Looks looks(const QString &id);
};

} // namespace lj
