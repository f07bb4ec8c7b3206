#include "core/portraitcanvas.h"

#include "core/pluginregistry.h"
#include "core/scenecollection.h"

#include <media-io/video-io.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace lj {

PortraitCanvas::PortraitCanvas(SceneCollection &scenes, PluginRegistry &registry, QObject *parent)
    : QObject(parent), m_scenes(scenes), m_registry(registry)
{
    // The scene it shows may be replaced (a room loaded): follow it.
    connect(&m_scenes, &SceneCollection::portraitSceneChanged, this, [this] {
        if (m_view)
            obs_view_set_source(m_view, 0, m_scenes.portraitSource());
    });
}

PortraitCanvas::~PortraitCanvas()
{
    stop();
}

bool PortraitCanvas::require(const QString &who, bool needed, QString *error)
{
    if (needed) {
        m_needs.insert(who);
        if (m_video)
            return true;
        if (start(error))
            return true;
        m_needs.remove(who);
        return false;
    }
    m_needs.remove(who);
    if (m_needs.isEmpty())
        stop();
    return true;
}

void PortraitCanvas::setSettings(const PortraitSettings &settings)
{
    m_settings = settings;
}

void PortraitCanvas::shutdown()
{
    m_needs.clear();
    stop();
}

void PortraitCanvas::render() const
{
    QMutexLocker lock(&m_drawnMutex);
    if (m_drawn)
        obs_view_render(m_drawn);
}

bool PortraitCanvas::start(QString *error)
{
    obs_video_info ovi = {};
    if (!obs_get_video_info(&ovi)) {
        if (error)
            *error = QCoreApplication::translate("lj::PortraitCanvas", "The portrait canvas needs the studio's video running.");
        return false;
    }
    // The plugins' overlays for a phone's frame, made once with the scene.
    QStringList pluginTypes = m_registry.sourceTypes();
    obs_scene_t *scene = m_scenes.ensurePortraitScene(size(), pluginTypes, [this](obs_scene_t *portrait) {
        for (const PortraitContribution &add : m_registry.portraitContent())
            add(m_scenes, portrait, size());
    });
    if (!scene) {
        if (error)
            *error = QCoreApplication::translate("lj::PortraitCanvas", "The portrait scene could not be made.");
        return false;
    }
    m_view = obs_view_create();
    obs_view_set_source(m_view, 0, m_scenes.portraitSource());
    ovi.base_width = ovi.output_width = uint32_t(m_settings.width);
    ovi.base_height = ovi.output_height = uint32_t(m_settings.height);
    m_video = obs_view_add2(m_view, &ovi);
    m_runningSize = QSize(m_settings.width, m_settings.height);
    if (!m_video) {
        obs_view_set_source(m_view, 0, nullptr);
        obs_view_destroy(m_view);
        m_view = nullptr;
        if (error)
            *error = QCoreApplication::translate("lj::PortraitCanvas", "libobs could not start the portrait canvas (%1×%2).")
                         .arg(m_settings.width)
                         .arg(m_settings.height);
        return false;
    }
    {
        QMutexLocker lock(&m_drawnMutex);
        m_drawn = m_view;
    }
    qInfo("portrait canvas started: %dx%d", m_settings.width, m_settings.height);
    Q_EMIT activeChanged(true);
    return true;
}

void PortraitCanvas::stop()
{
    if (!m_view)
        return;
    Q_EMIT aboutToStop();
    // libobs frees the canvas's video output with the view: every encoder on
    // it must have let go first (an output ends its capture on a thread of
    // its own, a moment after it says it stopped).
    QElapsedTimer waited;
    waited.start();
    while (video_output_active(m_video) && waited.elapsed() < 10000)
        QThread::msleep(10);
    if (video_output_active(m_video))
        qWarning("the portrait canvas stops while an encoder still uses it");
    {
        QMutexLocker lock(&m_drawnMutex); // no preview draws it from now on
        m_drawn = nullptr;
    }
    obs_view_remove(m_view);
    obs_view_set_source(m_view, 0, nullptr);
    obs_view_destroy(m_view);
    m_view = nullptr;
    m_video = nullptr;
    qInfo("portrait canvas stopped");
    Q_EMIT activeChanged(false);
}

} // namespace lj
