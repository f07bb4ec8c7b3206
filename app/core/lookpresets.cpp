#include "core/lookpresets.h"

#include "core/loudnessmeter.h"
#include "core/scenecollection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <vector>

namespace lj {

namespace {

struct FilterSpec {
    const char *type;
    QString name;
    QJsonObject settings;
};

/// Noise suppression (RNNoise), a compressor, the voice to the target loudness, a limiter.
QList<FilterSpec> voiceChain()
{
    return {
        {"noise_suppress_filter_v2", LookPresets::tr("Noise suppression"), {{QStringLiteral("method"), QStringLiteral("rnnoise")}}},
        {"compressor_filter", LookPresets::tr("Compressor"),
         {{QStringLiteral("ratio"), 3.0}, {QStringLiteral("threshold"), -24.0}, {QStringLiteral("attack_time"), 6},
          {QStringLiteral("release_time"), 60}, {QStringLiteral("output_gain"), 0.0}}},
        {"lj_loudness_filter", LookPresets::tr("Loudness"),
         {{QString::fromLatin1(LoudnessMeter::kTargetKey), LoudnessMeter::kDefaultTargetLufs}, {QStringLiteral("max_boost_db"), 20.0}}},
        {"limiter_filter", LookPresets::tr("Limiter"), {{QStringLiteral("threshold"), -2.0}, {QStringLiteral("release_time"), 60}}},
    };
}

QList<FilterSpec> cameraFilters(const QString &id, const LookOptions &options)
{
    if (id == QLatin1String(LookPresets::kIndoor))
        return {{"lj_beauty_filter", LookPresets::tr("Beauty"),
                 {{QStringLiteral("smooth"), 50}, {QStringLiteral("whiten"), 20}, {QStringLiteral("rosy"), 10}}},
                {"color_filter_v2", LookPresets::tr("Colour"),
                 {{QStringLiteral("contrast"), 0.08}, {QStringLiteral("saturation"), 0.12}, {QStringLiteral("gamma"), -0.05}}}};
    if (id == QLatin1String(LookPresets::kGreenScreen))
        return {{"crop_filter", LookPresets::tr("Crop"),
                 {{QStringLiteral("relative"), true}, {QStringLiteral("left"), options.cropLeft}, {QStringLiteral("top"), options.cropTop},
                  {QStringLiteral("right"), options.cropRight}, {QStringLiteral("bottom"), options.cropBottom}}},
                {"chroma_key_filter_v2", LookPresets::tr("Green screen key"),
                 {{QStringLiteral("key_color_type"), QStringLiteral("green")}, {QStringLiteral("similarity"), 400},
                  {QStringLiteral("smoothness"), 80}, {QStringLiteral("spill"), 120}}}};
    if (id == QLatin1String(LookPresets::kOutdoor))
        return {{"color_filter_v2", LookPresets::tr("Daylight"),
                 {{QStringLiteral("brightness"), -0.05}, {QStringLiteral("contrast"), 0.15}, {QStringLiteral("saturation"), 0.1},
                  {QStringLiteral("gamma"), 0.1}}}};
    return {};
}

QList<FilterSpec> microphoneFilters(const QString &id)
{
    if (id == QLatin1String(LookPresets::kVoice))
        return voiceChain();
    if (id == QLatin1String(LookPresets::kOutdoor)) {
        // Wind is low rumble: the lowest band down, what is left between words shut out.
        QList<FilterSpec> chain = {{"basic_eq_filter", LookPresets::tr("Wind cut"),
                                    {{QStringLiteral("low"), -15.0}, {QStringLiteral("mid"), 0.0}, {QStringLiteral("high"), 0.0}}}};
        QList<FilterSpec> voice = voiceChain();
        chain << voice.takeFirst(); // noise suppression first, then the gate on what it left
        chain << FilterSpec{"noise_gate_filter", LookPresets::tr("Wind noise gate"),
                            {{QStringLiteral("open_threshold"), -45.0}, {QStringLiteral("close_threshold"), -55.0},
                             {QStringLiteral("attack_time"), 25}, {QStringLiteral("hold_time"), 200}, {QStringLiteral("release_time"), 150}}};
        return chain << voice;
    }
    return {};
}

QString presetOf(obs_source_t *source)
{
    OBSDataAutoRelease settings = obs_source_get_settings(source);
    return QString::fromUtf8(obs_data_get_string(settings, LookPresets::kPresetKey));
}

/// Adds the filters to `source` in order (libobs applies them in the order they were added).
bool addFilters(obs_source_t *source, const QString &id, const QList<FilterSpec> &filters, QString *error, QString *note)
{
    QStringList missing;
    int added = 0;
    for (const FilterSpec &spec : filters) {
        if (!obs_source_get_display_name(spec.type)) {
            missing << spec.name;
            continue;
        }
        QJsonObject json = spec.settings;
        json.insert(QString::fromLatin1(LookPresets::kPresetKey), id);
        OBSDataAutoRelease settings = obs_data_create_from_json(QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
        const QString name = SceneCollection::uniqueFilterName(source, spec.name);
        OBSSourceAutoRelease filter = obs_source_create(spec.type, name.toUtf8().constData(), settings, nullptr);
        if (!filter) {
            missing << spec.name;
            continue;
        }
        obs_source_filter_add(source, filter);
        ++added;
    }
    if (!missing.isEmpty() && note)
        *note = LookPresets::tr("Left out, as this studio lacks their module: %1").arg(missing.join(QStringLiteral(", ")));
    if (added == 0 && !filters.isEmpty()) {
        if (error)
            *error = LookPresets::tr("None of the preset's filters could be added: %1").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

/// The green-screen background items of `scene`.
std::vector<obs_sceneitem_t *> backgrounds(obs_scene_t *scene)
{
    std::vector<obs_sceneitem_t *> found;
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            if (LookPresets::isBackground(obs_sceneitem_get_source(item)))
                static_cast<std::vector<obs_sceneitem_t *> *>(param)->push_back(item);
            return true;
        },
        &found);
    return found;
}

obs_sceneitem_t *itemOf(obs_scene_t *scene, obs_source_t *source)
{
    std::pair<obs_source_t *, obs_sceneitem_t *> search{source, nullptr};
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            auto *s = static_cast<std::pair<obs_source_t *, obs_sceneitem_t *> *>(param);
            if (obs_sceneitem_get_source(item) == s->first)
                s->second = item;
            return !s->second;
        },
        &search);
    return search.second;
}

/// Puts `file` behind the camera in `scene`, filling the canvas.
bool placeBackground(SceneCollection &scenes, obs_scene_t *scene, obs_source_t *camera, const QString &file, QString *error)
{
    for (obs_sceneitem_t *old : backgrounds(scene))
        obs_sceneitem_remove(old);
    const bool video = QMimeDatabase().mimeTypeForFile(file).name().startsWith(QLatin1String("video/"));
    QJsonObject json{{QString::fromLatin1(LookPresets::kPresetKey), QString::fromLatin1(LookPresets::kGreenScreen)}};
    if (video) {
        json.insert(QStringLiteral("is_local_file"), true);
        json.insert(QStringLiteral("local_file"), file);
        json.insert(QStringLiteral("looping"), true);
        json.insert(QStringLiteral("hw_decode"), false);
    } else {
        json.insert(QStringLiteral("file"), file);
    }
    OBSDataAutoRelease settings = obs_data_create_from_json(QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    obs_sceneitem_t *item = scenes.addSource(scene, video ? "ffmpeg_source" : "image_source", LookPresets::backgroundName(), settings);
    if (!item) {
        *error = LookPresets::tr("The background \"%1\" could not be added.").arg(file);
        return false;
    }
    obs_video_info ovi = {};
    obs_get_video_info(&ovi);
    obs_transform_info info = {};
    obs_sceneitem_get_info(item, &info);
    info.pos = {};
    info.bounds = {{{float(ovi.base_width), float(ovi.base_height)}}};
    info.bounds_type = OBS_BOUNDS_SCALE_OUTER;
    info.bounds_alignment = OBS_ALIGN_CENTER;
    info.alignment = OBS_ALIGN_LEFT | OBS_ALIGN_TOP;
    obs_sceneitem_set_info(item, &info);
    // Right behind the camera: what is behind it (the room's background) stays behind both.
    if (obs_sceneitem_t *cameraItem = itemOf(scene, camera))
        obs_sceneitem_set_order_position(item, obs_sceneitem_get_order_position(cameraItem));
    return true;
}

} // namespace

QString LookPresets::backgroundName()
{
    return tr("Green screen background");
}

QList<LookPreset> LookPresets::list()
{
    return {
        {QString::fromLatin1(kIndoor), tr("Indoor host (室内主播)"),
         tr("美颜 (smoother, brighter skin) and a little more colour and contrast."), true, false, false},
        {QString::fromLatin1(kGreenScreen), tr("Green screen (绿幕抠像)"),
         tr("The green cloth behind you becomes a picture or a video of your choice; green reflections on you are taken out."),
         true, false, true},
        {QString::fromLatin1(kOutdoor), tr("Outdoors in the field (户外田间)"),
         tr("Daylight: a little darker with more contrast. The microphone: wind rumble cut and shut out between words, "
            "the voice clear and even."),
         true, true, false},
        {QString::fromLatin1(kVoice), tr("Clear voice (人声清晰)"),
         tr("Background noise taken out, loud and soft parts evened, the voice brought to a steady loudness (%1 LUFS) "
            "and never clipped.")
             .arg(LoudnessMeter::kDefaultTargetLufs),
         false, true, false},
    };
}

std::optional<LookPreset> LookPresets::byId(const QString &id)
{
    for (const LookPreset &p : list())
        if (p.id == id)
            return p;
    return std::nullopt;
}

void LookPresets::clear(obs_source_t *source)
{
    std::vector<OBSSource> ours;
    obs_source_enum_filters(
        source,
        [](obs_source_t *, obs_source_t *filter, void *param) {
            if (!presetOf(filter).isEmpty())
                static_cast<std::vector<OBSSource> *>(param)->emplace_back(filter);
        },
        &ours);
    for (const OBSSource &filter : ours)
        obs_source_filter_remove(source, filter);
}

bool LookPresets::isBackground(obs_source_t *source)
{
    return obs_source_get_type(source) == OBS_SOURCE_TYPE_INPUT && presetOf(source) == QLatin1String(kGreenScreen);
}

QString LookPresets::appliedTo(obs_source_t *source)
{
    QString found;
    obs_source_enum_filters(
        source,
        [](obs_source_t *, obs_source_t *filter, void *param) {
            auto *found = static_cast<QString *>(param);
            if (found->isEmpty())
                *found = presetOf(filter);
        },
        &found);
    return found;
}

bool LookPresets::applyToCamera(const QString &id, obs_source_t *camera, SceneCollection &scenes, obs_scene_t *scene,
                                const LookOptions &options, QString *error, QString *note)
{
    const std::optional<LookPreset> preset = byId(id);
    if (!preset || !preset->camera || !camera) {
        *error = tr("\"%1\" is not a preset for a camera.").arg(id);
        return false;
    }
    clear(camera);
    if (!addFilters(camera, id, cameraFilters(id, options), error, note))
        return false;
    if (!scene)
        return true;
    if (!preset->background) {
        for (obs_sceneitem_t *old : backgrounds(scene))
            obs_sceneitem_remove(old);
        return true;
    }
    if (options.background.isEmpty()) {
        if (note)
            *note = tr("No background was chosen: the room's own background shows where the green was.");
        return true;
    }
    return placeBackground(scenes, scene, camera, options.background, error);
}

bool LookPresets::applyToMicrophone(const QString &id, obs_source_t *microphone, QString *error, QString *note)
{
    const std::optional<LookPreset> preset = byId(id);
    if (!preset || !preset->microphone || !microphone) {
        *error = tr("\"%1\" is not a preset for a microphone.").arg(id);
        return false;
    }
    clear(microphone);
    return addFilters(microphone, id, microphoneFilters(id), error, note);
}

} // namespace lj
