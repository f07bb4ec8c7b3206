#pragma once

#include "core/export.h"
#include "core/videosettings.h"

#include <obs.h>

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>

namespace lj {

class PluginRegistry;
class SceneCollection;

/// The room's portrait (9:16) canvas: the portrait scene composed by a
/// libobs view into a video output of its own (obs_view_add2, libobs 29),
/// beside the landscape canvas. It runs only while something needs it — a
/// push on it, the technician's preview — so a room without portrait
/// platforms costs nothing.
class LJ_CORE_EXPORT PortraitCanvas final : public QObject {
    Q_OBJECT
public:
    PortraitCanvas(SceneCollection &scenes, PluginRegistry &registry, QObject *parent = nullptr);
    ~PortraitCanvas() override;

    /// `who` needs the canvas from now on (false: no longer). False, with the
    /// reason in plain words, when it cannot run.
    bool require(const QString &who, bool needed, QString *error = nullptr);
    bool isActive() const { return m_video != nullptr; }
    /// Its video output, for encoders (null while it is not running).
    video_t *video() const { return m_video; }
    /// Draws the portrait scene (a preview; graphics thread, ortho set by the caller).
    void render() const;
    /// Its size: the running one, else the room's setting.
    QSize size() const { return m_video ? m_runningSize : QSize(m_settings.width, m_settings.height); }
    PortraitSettings settings() const { return m_settings; }
    /// The room's settings: a new size takes effect the next time the canvas
    /// starts (the encoders of a running one are bound to its size).
    void setSettings(const PortraitSettings &settings);
    /// Stops it whoever needed it (a room switch, the studio closing):
    /// aboutToStop tells the encoders on it to let go first.
    void shutdown();

Q_SIGNALS:
    void activeChanged(bool active);
    /// The canvas stops next: outputs and encoders on video() must stop now.
    void aboutToStop();

private:
    bool start(QString *error);
    void stop();

    SceneCollection &m_scenes;
    PluginRegistry &m_registry;
    PortraitSettings m_settings;
    QSet<QString> m_needs;
    /// Previews draw the view on the graphics thread, which holds libobs'
    /// own locks meanwhile: this one guards only m_drawn, never a libobs call.
    mutable QMutex m_drawnMutex;
    obs_view_t *m_drawn = nullptr;
    obs_view_t *m_view = nullptr;
    video_t *m_video = nullptr;
    QSize m_runningSize;
};

} // namespace lj
