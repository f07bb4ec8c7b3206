#include "core/demoroom.h"

#include "core/obsptr.h"
#include "core/paths.h"
#include "core/scenecollection.h"
#include "core/videosettings.h"

#include <QCoreApplication>

namespace lj {

namespace {


/// libobs colours are 0xAABBGGRR.
long long obsColor(unsigned rgb)
{
    const unsigned r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    return 0xFF000000LL | (b << 16) | (g << 8) | r;
}

void place(obs_sceneitem_t *item, float x, float y, float scale = 1.0f)
{
    if (!item)
        return;
    const vec2 pos = {{{x, y}}};
    const vec2 factor = {{{scale, scale}}};
    obs_sceneitem_set_pos(item, &pos);
    obs_sceneitem_set_scale(item, &factor);
}

} // namespace

QString DemoRoom::title()
{
    // Kept free of spaces and punctuation: every character is a CJK glyph.
    return QStringLiteral("龙江好货直播间");
}

QString DemoRoom::catalogFile()
{
    return StudioPaths::dataFile(QStringLiteral("demo/catalog.json"));
}

obs_scene_t *DemoRoom::populate(SceneCollection &scenes, const VideoSettings &video)
{
    obs_scene_t *scene = scenes.addScene(tr("Live Room"));
    const float w = float(video.baseWidth), h = float(video.baseHeight);

    OBSDataAutoRelease background = obs_data_create();
    obs_data_set_int(background, "color", obsColor(kBackgroundRgb));
    obs_data_set_int(background, "width", video.baseWidth);
    obs_data_set_int(background, "height", video.baseHeight);
    scenes.addSource(scene, "color_source_v3", tr("Background"), background);

    OBSDataAutoRelease clip = obs_data_create();
    obs_data_set_bool(clip, "is_local_file", true);
    obs_data_set_string(clip, "local_file",
                        StudioPaths::dataFile(QStringLiteral("demo/product-clip.mp4")).toUtf8().constData());
    obs_data_set_bool(clip, "looping", true);
    obs_data_set_bool(clip, "restart_on_activate", false);
    // Playing the clip must not depend on an audio device.
    obs_data_set_bool(clip, "hw_decode", false);
    place(scenes.addSource(scene, "ffmpeg_source", tr("Product clip"), clip), w * 0.53f,
          h * 0.22f, (w * 0.43f) / 640.0f);

    OBSDataAutoRelease logo = obs_data_create();
    obs_data_set_string(logo, "file",
                        StudioPaths::dataFile(QStringLiteral("demo/logo.png")).toUtf8().constData());
    // Top right: the bottom of the picture belongs to the shelf and the ticker.
    place(scenes.addSource(scene, "image_source", tr("Logo"), logo), w - 240.0f - float(kTitleX), float(kTitleY));

    OBSDataAutoRelease font = SceneCollection::cjkFont(kTitleFontSize, true);
    OBSDataAutoRelease text = obs_data_create();
    obs_data_set_string(text, "text", title().toUtf8().constData());
    obs_data_set_obj(text, "font", font);
    obs_data_set_int(text, "color1", 0xFFFFFFFF);
    obs_data_set_int(text, "color2", 0xFFFFFFFF);
    place(scenes.addSource(scene, "text_ft2_source_v2", tr("Title"), text), kTitleX, kTitleY);

    scenes.setCurrentIndex(scenes.indexOf(QString::fromUtf8(obs_source_get_name(obs_scene_get_source(scene)))));
    return scene;
}

} // namespace lj
