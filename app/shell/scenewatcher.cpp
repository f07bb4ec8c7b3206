#include "scenewatcher.h"

#include "core/scenecollection.h"

namespace lj {

SceneWatcher::SceneWatcher(SceneCollection &scenes, QObject *parent) : QObject(parent), m_scenes(scenes)
{
    connect(&scenes, &SceneCollection::currentChanged, this, &SceneWatcher::watchCurrent);
    connect(&scenes, &SceneCollection::itemsChanged, this, &SceneWatcher::changed);
    connect(&scenes, &SceneCollection::portraitSceneChanged, this, &SceneWatcher::watchCurrent);
    watchCurrent();
}

void SceneWatcher::setPortrait(bool portrait)
{
    m_portrait = portrait;
    watchCurrent();
}

void SceneWatcher::watchCurrent()
{
    for (OBSSignal &signal : m_signals)
        signal.Disconnect();
    if (obs_scene_t *scene = m_portrait ? m_scenes.portraitScene() : m_scenes.currentScene()) {
        signal_handler_t *handler = obs_source_get_signal_handler(obs_scene_get_source(scene));
        const char *names[] = {"item_add", "item_remove", "reorder"};
        for (int i = 0; i < 3; ++i) {
            m_signals[i].Connect(
                handler, names[i],
                [](void *data, calldata_t *) {
                    auto *self = static_cast<SceneWatcher *>(data);
                    invokeOnQt(self, [self] { Q_EMIT self->changed(); });
                },
                this);
        }
    }
    Q_EMIT changed();
}

} // namespace lj
