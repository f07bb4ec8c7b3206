#include "core/roomtemplates.h"

#include "core/demoroom.h"
#include "core/lookpresets.h"
#include "core/obsptr.h"
#include "core/paths.h"
#include "core/scenecollection.h"
#include "core/videosettings.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lj {

namespace {

const QStringList kOrder = {QStringLiteral("studio"), QStringLiteral("field"), QStringLiteral("factory"), QStringLiteral("classroom")};

QJsonObject readTemplate(const QString &id)
{
    QFile file(RoomTemplates::dir() + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString localized(const QJsonValue &value, const QString &locale)
{
    const QJsonObject o = value.toObject();
    return o.value(locale).toString(o.value(QStringLiteral("en")).toString());
}

long long obsColor(const QColor &c)
{
    return 0xFF000000LL | (static_cast<long long>(c.blue()) << 16) | (static_cast<long long>(c.green()) << 8) | c.red();
}

void placeAt(obs_sceneitem_t *item, const QJsonArray &pos, const VideoSettings &video)
{
    if (!item || pos.size() < 2)
        return;
    const vec2 at = {{{float(pos[0].toDouble() * video.baseWidth), float(pos[1].toDouble() * video.baseHeight)}}};
    obs_sceneitem_set_pos(item, &at);
}

/// Fits the item into the rectangle (fractions of the canvas), keeping its shape.
void fitInto(obs_sceneitem_t *item, const QJsonArray &rect, const VideoSettings &video)
{
    if (!item || rect.size() < 4)
        return;
    obs_transform_info info = {};
    obs_sceneitem_get_info(item, &info);
    info.pos = {{{float(rect[0].toDouble() * video.baseWidth), float(rect[1].toDouble() * video.baseHeight)}}};
    info.bounds = {{{float(rect[2].toDouble() * video.baseWidth), float(rect[3].toDouble() * video.baseHeight)}}};
    info.bounds_type = OBS_BOUNDS_SCALE_OUTER; // fill the place; the canvas edge crops what spills over
    info.bounds_alignment = OBS_ALIGN_CENTER;
    obs_sceneitem_set_info(item, &info);
}

/// The first video4linux device (what libobs' camera source opens), or empty.
/// (libobs' own device list needs a source to exist: its properties
/// callback crashes without one.)
QString firstCamera()
{
    const QStringList devices = QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System, QDir::Name);
    return devices.isEmpty() ? QString() : QStringLiteral("/dev/") + devices.first();
}

} // namespace

QString RoomTemplates::dir()
{
    return StudioPaths::dataFile(QStringLiteral("templates"));
}

QList<RoomTemplateInfo> RoomTemplates::list(const QString &locale)
{
    QList<RoomTemplateInfo> result;
    for (const QString &id : kOrder) {
        const QJsonObject t = readTemplate(id);
        if (t.isEmpty())
            continue;
        result << RoomTemplateInfo{id, localized(t.value(QStringLiteral("name")), locale),
                                   localized(t.value(QStringLiteral("description")), locale),
                                   dir() + QLatin1Char('/') + t.value(QStringLiteral("thumbnail")).toString()};
    }
    return result;
}

QString RoomTemplates::networkPreset(const QString &id)
{
    return readTemplate(id).value(QStringLiteral("networkPreset")).toString();
}

RoomTemplates::Looks RoomTemplates::looks(const QString &id)
{
    const QJsonObject looks = readTemplate(id).value(QStringLiteral("looks")).toObject();
    return {looks.value(QStringLiteral("camera")).toString(), looks.value(QStringLiteral("microphone")).toString()};
}

obs_scene_t *RoomTemplates::apply(const QString &id, SceneCollection &scenes, const VideoSettings &video, QString *error)
{
    const QJsonObject t = readTemplate(id);
    if (t.isEmpty()) {
        *error = tr("There is no room template \"%1\".").arg(id);
        return nullptr;
    }
    obs_scene_t *scene = scenes.addScene(tr("Live Room"));
    QStringList missing, notes;

    OBSDataAutoRelease background = obs_data_create();
    obs_data_set_int(background, "color", obsColor(QColor(t.value(QStringLiteral("background")).toString(QStringLiteral("#123A6B")))));
    obs_data_set_int(background, "width", video.baseWidth);
    obs_data_set_int(background, "height", video.baseHeight);
    scenes.addSource(scene, "color_source_v3", tr("Background"), background);

    for (const QJsonValue &v : t.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString kind = item.value(QStringLiteral("kind")).toString();
        const QString name = item.value(QStringLiteral("name")).toString();
        const QJsonArray pos = item.value(QStringLiteral("pos")).toArray();
        if (kind == QLatin1String("camera")) {
            const QString device = firstCamera();
            OBSDataAutoRelease settings = obs_data_create();
            obs_sceneitem_t *added = nullptr;
            if (!device.isEmpty()) {
                obs_data_set_string(settings, "device_id", device.toUtf8().constData());
                added = scenes.addSource(scene, "v4l2_input", name, settings);
            } else {
                // No camera on this machine: the demo clip holds the place until the host picks one.
                obs_data_set_bool(settings, "is_local_file", true);
                obs_data_set_string(settings, "local_file", StudioPaths::dataFile(QStringLiteral("demo/product-clip.mp4")).toUtf8().constData());
                obs_data_set_bool(settings, "looping", true);
                obs_data_set_bool(settings, "hw_decode", false);
                added = scenes.addSource(scene, "ffmpeg_source", name, settings);
            }
            fitInto(added, item.value(QStringLiteral("rect")).toArray(), video);
            const QString look = t.value(QStringLiteral("looks")).toObject().value(QStringLiteral("camera")).toString();
            QString problem, note;
            if (added && !look.isEmpty() &&
                !LookPresets::applyToCamera(look, obs_sceneitem_get_source(added), scenes, scene, {}, &problem, &note))
                notes << problem;
            if (!note.isEmpty())
                notes << note;
        } else if (kind == QLatin1String("title")) {
            OBSDataAutoRelease font = SceneCollection::cjkFont(item.value(QStringLiteral("size")).toInt(DemoRoom::kTitleFontSize), true);
            OBSDataAutoRelease text = obs_data_create();
            obs_data_set_string(text, "text", item.value(QStringLiteral("text")).toString().toUtf8().constData());
            obs_data_set_obj(text, "font", font);
            obs_data_set_int(text, "color1", 0xFFFFFFFF);
            obs_data_set_int(text, "color2", 0xFFFFFFFF);
            placeAt(scenes.addSource(scene, "text_ft2_source_v2", name, text), pos, video);
        } else if (kind == QLatin1String("logo")) {
            OBSDataAutoRelease logo = obs_data_create();
            obs_data_set_string(logo, "file", StudioPaths::dataFile(QStringLiteral("demo/logo.png")).toUtf8().constData());
            placeAt(scenes.addSource(scene, "image_source", name, logo), pos, video);
        } else if (kind == QLatin1String("source")) {
            const QByteArray type = item.value(QStringLiteral("type")).toString().toUtf8();
            if (!obs_source_get_display_name(type.constData())) {
                missing << QString::fromUtf8(type);
                continue;
            }
            OBSDataAutoRelease settings = obs_data_create_from_json(
                QJsonDocument(item.value(QStringLiteral("settings")).toObject()).toJson(QJsonDocument::Compact).constData());
            if (item.value(QStringLiteral("fullWidth")).toBool())
                obs_data_set_int(settings, "width", video.baseWidth);
            placeAt(scenes.addSource(scene, type.constData(), name, settings), pos, video);
        }
    }
    if (!missing.isEmpty())
        notes.prepend(tr("The template uses sources no loaded plugin offers: %1").arg(missing.join(QStringLiteral(", "))));
    *error = notes.join(QLatin1Char('\n'));
    scenes.setCurrentIndex(scenes.indexOf(QString::fromUtf8(obs_source_get_name(obs_scene_get_source(scene)))));
    return scene;
}

} // namespace lj
