// Scenes: the room's scene list, the program scene, a scene's items; the
// studio cuts between scenes (one fixed "Cut" transition).
#include "requests.h"
#include "requestutil.h"

#include "core/plugincontext.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"

#include <obs.h>

#include <QJsonArray>

#include <functional>

namespace lj::remote {

void Requests::addScenes()
{
    add("GetSceneList", [this](const QJsonObject &, const Done &done) { done({Status::Success, {}, sceneList()}); });
    add("GetCurrentProgramScene", [this](const QJsonObject &, const Done &done) {
        SceneCollection &scenes = m_context.scenes();
        const QString name = scenes.sceneName(scenes.currentIndex());
        done({Status::Success, {}, {{QStringLiteral("currentProgramSceneName"), name}, {QStringLiteral("sceneName"), name}}});
    });
    // The scene named in the request, or the answer why there is none.
    const auto withScene = [this](const QJsonObject &data, const Done &done, const std::function<void(int index)> &act) {
        const QString name = data.value(QStringLiteral("sceneName")).toString();
        if (name.isEmpty())
            return done(missing("sceneName"));
        const int index = m_context.scenes().indexOf(name);
        if (index < 0)
            return done({Status::ResourceNotFound, QStringLiteral("No scene named %1").arg(name), {}});
        act(index);
    };
    add("SetCurrentProgramScene", [this, withScene](const QJsonObject &data, const Done &done) {
        withScene(data, done, [this, &done](int index) {
            m_context.scenes().setCurrentIndex(index);
            done({});
        });
    });
    add("GetSceneItemList", [this, withScene](const QJsonObject &data, const Done &done) {
        withScene(data, done, [this, &done](int index) { sceneItems(index, done); });
    });
    // One collection per room: its scenes.
    add("GetSceneCollectionList", [this](const QJsonObject &, const Done &done) {
        done({Status::Success, {},
              {{QStringLiteral("currentSceneCollectionName"), m_context.room().name},
               {QStringLiteral("sceneCollections"), QJsonArray{m_context.room().name}}}});
    });
    add("GetSceneTransitionList", [](const QJsonObject &, const Done &done) {
        done({Status::Success, {},
              {{QStringLiteral("currentSceneTransitionName"), QStringLiteral("Cut")},
               {QStringLiteral("currentSceneTransitionKind"), QStringLiteral("cut_transition")},
               {QStringLiteral("transitions"), QJsonArray{QJsonObject{{QStringLiteral("transitionName"), QStringLiteral("Cut")},
                                                                      {QStringLiteral("transitionKind"), QStringLiteral("cut_transition")},
                                                                      {QStringLiteral("transitionFixed"), true},
                                                                      {QStringLiteral("transitionConfigurable"), false}}}}}});
    });
    add("GetCurrentSceneTransition", [](const QJsonObject &, const Done &done) {
        done({Status::Success, {},
              {{QStringLiteral("transitionName"), QStringLiteral("Cut")},
               {QStringLiteral("transitionKind"), QStringLiteral("cut_transition")},
               {QStringLiteral("transitionFixed"), true},
               {QStringLiteral("transitionDuration"), QJsonValue()},
               {QStringLiteral("transitionConfigurable"), false},
               {QStringLiteral("transitionSettings"), QJsonValue()}}});
    });
    add("GetVideoSettings", [this](const QJsonObject &, const Done &done) {
        const VideoSettings &v = m_context.room().video;
        done({Status::Success, {},
              {{QStringLiteral("fpsNumerator"), v.fpsNumerator},
               {QStringLiteral("fpsDenominator"), v.fpsDenominator},
               {QStringLiteral("baseWidth"), v.baseWidth},
               {QStringLiteral("baseHeight"), v.baseHeight},
               {QStringLiteral("outputWidth"), v.outputWidth},
               {QStringLiteral("outputHeight"), v.outputHeight}}});
    });
}

void Requests::sceneItems(int index, const Done &done) const
{
    QJsonArray items;
    obs_scene_enum_items(
        m_context.scenes().scene(index),
        [](obs_scene_t *, obs_sceneitem_t *item, void *list) {
            obs_source_t *source = obs_sceneitem_get_source(item);
            auto *array = static_cast<QJsonArray *>(list);
            array->append(QJsonObject{{QStringLiteral("sceneItemId"), double(obs_sceneitem_get_id(item))},
                                      {QStringLiteral("sceneItemIndex"), array->size()},
                                      {QStringLiteral("sourceName"), QString::fromUtf8(obs_source_get_name(source))},
                                      {QStringLiteral("sourceType"), QStringLiteral("OBS_SOURCE_TYPE_INPUT")},
                                      {QStringLiteral("inputKind"), QString::fromUtf8(obs_source_get_id(source))},
                                      {QStringLiteral("isGroup"), false},
                                      {QStringLiteral("sceneItemEnabled"), obs_sceneitem_visible(item)},
                                      {QStringLiteral("sceneItemLocked"), obs_sceneitem_locked(item)}});
            return true;
        },
        &items);
    done({Status::Success, {}, {{QStringLiteral("sceneItems"), items}}});
}

QJsonObject Requests::sceneList() const
{
    SceneCollection &scenes = m_context.scenes();
    QJsonArray list;
    // As obs-websocket lists them: the bottom scene first, sceneIndex counting from it.
    for (int i = scenes.count() - 1; i >= 0; --i)
        list.append(QJsonObject{{QStringLiteral("sceneIndex"), scenes.count() - 1 - i},
                                {QStringLiteral("sceneName"), scenes.sceneName(i)}});
    const int current = scenes.currentIndex();
    return {{QStringLiteral("currentProgramSceneName"), scenes.sceneName(current)},
            {QStringLiteral("currentPreviewSceneName"), QJsonValue()},
            {QStringLiteral("scenes"), list}};
}

} // namespace lj::remote
