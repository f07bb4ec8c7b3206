#include "core/scenecollection.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace lj {

namespace {

QJsonObject toJson(obs_data_t *data)
{
    return QJsonDocument::fromJson(QByteArray(obs_data_get_json(data))).object();
}

OBSDataAutoRelease fromJson(const QJsonObject &object)
{
    return obs_data_create_from_json(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}

} // namespace

SceneCollection::SceneCollection(QObject *parent) : QObject(parent) {}

SceneCollection::~SceneCollection()
{
    clear();
}

obs_scene_t *SceneCollection::scene(int index) const
{
    return index >= 0 && index < count() ? m_scenes[size_t(index)].Get() : nullptr;
}

obs_source_t *SceneCollection::sceneSource(int index) const
{
    obs_scene_t *s = scene(index);
    return s ? obs_scene_get_source(s) : nullptr;
}

obs_source_t *SceneCollection::portraitSource() const
{
    return m_portrait ? obs_scene_get_source(m_portrait) : nullptr;
}

obs_scene_t *SceneCollection::ensurePortraitScene(QSize size, const QStringList &ownPortrait,
                                                  const std::function<void(obs_scene_t *portrait)> &overlays)
{
    if (m_portrait)
        return m_portrait;
    OBSSceneAutoRelease made = obs_scene_create(uniqueSourceName(tr("Portrait")).toUtf8().constData());
    if (!made)
        return nullptr;
    m_portrait = made.Get();
    obs_video_info ovi = {};
    obs_get_video_info(&ovi);
    struct Walk {
        obs_scene_t *portrait;
        QSize size;
        QSizeF landscape;
        const QStringList *skip;
    } walk{m_portrait, size, QSizeF(ovi.base_width, ovi.base_height), &ownPortrait};
    if (obs_scene_t *program = currentScene()) {
        obs_scene_enum_items(
            program,
            [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
                auto *w = static_cast<Walk *>(param);
                obs_source_t *source = obs_sceneitem_get_source(item);
                if (w->skip->contains(QString::fromUtf8(obs_source_get_id(source))))
                    return true; // the plugin lays its own out for portrait
                obs_sceneitem_t *copy = obs_scene_add(w->portrait, source);
                if (!copy)
                    return true;
                obs_sceneitem_set_visible(copy, obs_sceneitem_visible(item));
                const float width = float(obs_source_get_width(source));
                const float height = float(obs_source_get_height(source));
                vec2 scale;
                obs_sceneitem_get_scale(item, &scale);
                const bool filling = width * scale.x >= w->landscape.width() * 0.6 && height * scale.y >= w->landscape.height() * 0.6;
                if (filling) {
                    // A camera or background: covers the phone's frame, its centre kept.
                    vec2 bounds = {{{float(w->size.width()), float(w->size.height())}}};
                    vec2 origin = {{{0.0f, 0.0f}}};
                    obs_sceneitem_set_bounds_type(copy, OBS_BOUNDS_SCALE_OUTER);
                    obs_sceneitem_set_bounds_alignment(copy, OBS_ALIGN_CENTER);
                    obs_sceneitem_set_bounds(copy, &bounds);
                    obs_sceneitem_set_pos(copy, &origin);
                } else {
                    // A logo or a caption: its size, at the same relative place.
                    vec2 pos;
                    obs_sceneitem_get_pos(item, &pos);
                    const float fit = std::min(1.0f, float(w->size.width()) * 0.9f / std::max(1.0f, width * scale.x));
                    vec2 scaled = {{{scale.x * fit, scale.y * fit}}};
                    vec2 moved = {{{float(pos.x / w->landscape.width() * w->size.width()) * fit,
                                    float(pos.y / w->landscape.height() * w->size.height())}}};
                    obs_sceneitem_set_scale(copy, &scaled);
                    obs_sceneitem_set_pos(copy, &moved);
                }
                return true;
            },
            &walk);
    }
    if (overlays)
        overlays(m_portrait);
    Q_EMIT portraitSceneChanged();
    return m_portrait;
}

QString SceneCollection::sceneName(int index) const
{
    obs_source_t *source = sceneSource(index);
    return source ? QString::fromUtf8(obs_source_get_name(source)) : QString();
}

int SceneCollection::indexOf(const QString &name) const
{
    for (int i = 0; i < count(); ++i) {
        if (sceneName(i) == name)
            return i;
    }
    return -1;
}

QString SceneCollection::uniqueFilterName(obs_source_t *source, const QString &base)
{
    QString name = base;
    for (int n = 2;; ++n) {
        OBSSourceAutoRelease existing = obs_source_get_filter_by_name(source, name.toUtf8().constData());
        if (!existing)
            return name;
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

QString SceneCollection::uniqueSourceName(const QString &base)
{
    QString name = base;
    for (int n = 2;; ++n) {
        OBSSourceAutoRelease existing = obs_get_source_by_name(name.toUtf8().constData());
        if (!existing)
            return name;
        name = base + QLatin1Char(' ') + QString::number(n);
    }
}

obs_scene_t *SceneCollection::addScene(const QString &name)
{
    OBSSceneAutoRelease created = obs_scene_create(uniqueSourceName(name).toUtf8().constData());
    m_scenes.emplace_back(created.Get());
    Q_EMIT scenesChanged();
    if (m_current < 0)
        setCurrentIndex(0);
    return m_scenes.back();
}

bool SceneCollection::renameScene(int index, const QString &name, QString *error)
{
    obs_source_t *source = sceneSource(index);
    const QString trimmed = name.trimmed();
    if (!source || trimmed.isEmpty()) {
        if (error)
            *error = tr("A scene needs a name.");
        return false;
    }
    if (trimmed == sceneName(index))
        return true;
    OBSSourceAutoRelease existing = obs_get_source_by_name(trimmed.toUtf8().constData());
    if (existing) {
        if (error)
            *error = tr("The name \"%1\" is already used by a scene or source.").arg(trimmed);
        return false;
    }
    obs_source_set_name(source, trimmed.toUtf8().constData());
    Q_EMIT scenesChanged();
    return true;
}

void SceneCollection::removeScene(int index)
{
    if (!scene(index))
        return;
    obs_source_remove(sceneSource(index));
    m_scenes.erase(m_scenes.begin() + index);
    int current = m_current;
    if (index < current || current >= count())
        --current;
    m_current = -1;
    Q_EMIT scenesChanged();
    setCurrentIndex(count() > 0 ? qMax(current, 0) : -1);
}

void SceneCollection::moveScene(int from, int to)
{
    if (!scene(from) || to < 0 || to >= count() || from == to)
        return;
    const obs_scene_t *currentScene = scene(m_current);
    OBSScene moving = m_scenes[size_t(from)];
    m_scenes.erase(m_scenes.begin() + from);
    m_scenes.insert(m_scenes.begin() + to, moving);
    for (int i = 0; i < count(); ++i) {
        if (scene(i) == currentScene)
            m_current = i;
    }
    Q_EMIT scenesChanged();
}

void SceneCollection::setCurrentIndex(int index)
{
    const int valid = scene(index) ? index : -1;
    obs_set_output_source(0, sceneSource(valid));
    if (valid == m_current)
        return;
    m_current = valid;
    Q_EMIT currentChanged(m_current);
}

OBSDataAutoRelease SceneCollection::cjkFont(int size, bool bold)
{
    OBSDataAutoRelease font = obs_data_create();
    obs_data_set_string(font, "face", "Noto Sans CJK SC");
    obs_data_set_string(font, "style", bold ? "Bold" : "Regular");
    obs_data_set_int(font, "size", size);
    obs_data_set_int(font, "flags", bold ? OBS_FONT_BOLD : 0);
    return font;
}

OBSDataAutoRelease SceneCollection::defaultSettings(const char *typeId)
{
    if (qstrcmp(typeId, "text_ft2_source_v2") != 0)
        return nullptr;
    OBSDataAutoRelease settings = obs_data_create();
    OBSDataAutoRelease font = cjkFont(72);
    obs_data_set_obj(settings, "font", font);
    return settings;
}

obs_sceneitem_t *SceneCollection::addSource(obs_scene_t *scene, const char *typeId,
                                            const QString &name, obs_data_t *settings)
{
    if (!scene)
        return nullptr;
    OBSDataAutoRelease defaults = settings ? nullptr : defaultSettings(typeId);
    OBSSourceAutoRelease source = obs_source_create(
        typeId, uniqueSourceName(name).toUtf8().constData(), settings ? settings : defaults.Get(), nullptr);
    if (!source)
        return nullptr;
    obs_sceneitem_t *item = obs_scene_add(scene, source);
    Q_EMIT itemsChanged(scene);
    return item;
}

QJsonObject SceneCollection::save() const
{
    QJsonArray order;
    for (int i = 0; i < count(); ++i)
        order.append(sceneName(i));
    OBSDataArrayAutoRelease sources = obs_save_sources();
    OBSDataAutoRelease wrapper = obs_data_create();
    obs_data_set_array(wrapper, "sources", sources);
    QJsonObject result;
    result.insert(QStringLiteral("formatVersion"), 1);
    result.insert(QStringLiteral("sceneOrder"), order);
    result.insert(QStringLiteral("currentScene"), sceneName(m_current));
    if (m_portrait)
        result.insert(QStringLiteral("portraitScene"), QString::fromUtf8(obs_source_get_name(portraitSource())));
    // Sorted by name: libobs lists sources in creation order, which a load
    // changes; a stable order makes saves comparable and diffs readable.
    QJsonArray saved = toJson(wrapper).value(QStringLiteral("sources")).toArray();
    std::vector<QJsonValue> sorted(saved.begin(), saved.end());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[QStringLiteral("name")].toString() < b[QStringLiteral("name")].toString();
    });
    QJsonArray ordered;
    for (const QJsonValue &v : sorted)
        ordered.append(v);
    result.insert(QStringLiteral("sources"), ordered);
    return result;
}

bool SceneCollection::load(const QJsonObject &collection, QString *error)
{
    clear();
    const QJsonValue sourcesValue = collection.value(QStringLiteral("sources"));
    if (!sourcesValue.isArray()) {
        if (error)
            *error = tr("The scene file has no sources list.");
        return false;
    }
    OBSDataAutoRelease wrapper = fromJson({{QStringLiteral("sources"), sourcesValue}});
    OBSDataArrayAutoRelease sources = obs_data_get_array(wrapper, "sources");
    // obs_load_sources drops its own references when done: keep the scenes
    // alive by taking a reference as each one is loaded.
    std::vector<OBSScene> loaded;
    obs_load_sources(
        sources,
        [](void *param, obs_source_t *source) {
            if (obs_scene_t *scene = obs_scene_from_source(source))
                static_cast<std::vector<OBSScene> *>(param)->emplace_back(scene);
        },
        &loaded);

    // Scenes in the saved order first, then any scene the order list missed.
    QStringList order;
    for (const QJsonValue &v : collection.value(QStringLiteral("sceneOrder")).toArray())
        order << v.toString();
    auto rank = [&order](const OBSScene &scene) {
        const qsizetype i = order.indexOf(QString::fromUtf8(obs_source_get_name(obs_scene_get_source(scene))));
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(loaded.begin(), loaded.end(),
                     [&rank](const OBSScene &a, const OBSScene &b) { return rank(a) < rank(b); });
    // The portrait canvas's scene is kept apart from the landscape ones.
    const QString portrait = collection.value(QStringLiteral("portraitScene")).toString();
    for (auto it = loaded.begin(); !portrait.isEmpty() && it != loaded.end(); ++it) {
        if (QString::fromUtf8(obs_source_get_name(obs_scene_get_source(*it))) == portrait) {
            m_portrait = *it;
            loaded.erase(it);
            break;
        }
    }
    m_scenes = std::move(loaded);
    findMissingTypes();
    Q_EMIT scenesChanged();
    Q_EMIT portraitSceneChanged();
    const int current = indexOf(collection.value(QStringLiteral("currentScene")).toString());
    setCurrentIndex(current >= 0 ? current : (count() > 0 ? 0 : -1));
    return true;
}

void SceneCollection::findMissingTypes()
{
    m_missing.clear();
    const auto known = [](obs_source_t *source) { return obs_source_get_display_name(obs_source_get_id(source)) != nullptr; };
    struct Walk {
        QStringList *missing;
        bool (*known)(obs_source_t *);
    } walk{&m_missing, +known};
    obs_enum_all_sources(
        [](void *param, obs_source_t *source) {
            auto *w = static_cast<Walk *>(param);
            if (obs_source_get_type(source) == OBS_SOURCE_TYPE_FILTER || obs_filter_get_parent(source))
                return true; // met through its source below (a filter of unknown type does not know it is one)
            const QString name = QString::fromUtf8(obs_source_get_name(source));
            if (!w->known(source))
                *w->missing << QStringLiteral("%1 (%2)").arg(name, QString::fromUtf8(obs_source_get_id(source)));
            obs_source_enum_filters(
                source,
                [](obs_source_t *parent, obs_source_t *filter, void *param) {
                    auto *w = static_cast<Walk *>(param);
                    if (!w->known(filter))
                        *w->missing << tr("%1 on %2 (%3)")
                                          .arg(QString::fromUtf8(obs_source_get_name(filter)), QString::fromUtf8(obs_source_get_name(parent)),
                                               QString::fromUtf8(obs_source_get_id(filter)));
                },
                w);
            return true;
        },
        &walk);
}

void SceneCollection::clear()
{
    m_current = -1;
    if (!obs_initialized()) {
        m_scenes.clear();
        m_portrait = nullptr;
        return;
    }
    obs_set_output_source(0, nullptr);
    for (const OBSScene &scene : m_scenes)
        obs_source_remove(obs_scene_get_source(scene));
    m_scenes.clear();
    m_missing.clear();
    if (m_portrait) {
        obs_source_remove(portraitSource());
        m_portrait = nullptr;
        Q_EMIT portraitSceneChanged();
    }
    // Sources not in any of our scenes (orphans from a load) go too.
    obs_enum_sources(
        [](void *, obs_source_t *source) {
            obs_source_remove(source);
            return true;
        },
        nullptr);
    // libobs destroys sources on a task thread; make clear() complete, so a
    // room loaded next never meets the names of the old one.
    obs_wait_for_destroy_queue();
    Q_EMIT scenesChanged();
    Q_EMIT currentChanged(-1);
}

bool SceneCollection::saveToFile(const QString &path, QString *error) const
{
    return writeJsonAtomically(path, save(), error);
}

bool SceneCollection::loadFromFile(const QString &path, QString *error)
{
    QString readError;
    const QJsonObject json = readJsonFile(path, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    return load(json, error);
}

} // namespace lj
