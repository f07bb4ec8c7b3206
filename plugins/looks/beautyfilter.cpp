#include "beautyfilter.h"

#include "beautyeffect.h"

#include <QByteArray>

#include <algorithm>

namespace lj::looks {

BeautyFilter::BeautyFilter(obs_data_t *settings, obs_source_t *context) : m_context(context)
{
    obs_enter_graphics();
    char *errors = nullptr;
    m_effect = gs_effect_create(kBeautyEffect, "lj_beauty.effect", &errors);
    if (!m_effect)
        blog(LOG_ERROR, "the beauty filter's effect did not compile: %s", errors ? errors : "(no message)");
    bfree(errors);
    if (m_effect) {
        m_texel = gs_effect_get_param_by_name(m_effect, "texel");
        m_radius = gs_effect_get_param_by_name(m_effect, "radius");
        m_smooth = gs_effect_get_param_by_name(m_effect, "smooth_amount");
        m_rangeSigma = gs_effect_get_param_by_name(m_effect, "range_sigma");
        m_whiten = gs_effect_get_param_by_name(m_effect, "whiten");
        m_rosy = gs_effect_get_param_by_name(m_effect, "rosy");
        m_sharpen = gs_effect_get_param_by_name(m_effect, "sharpen");
        m_split = gs_effect_get_param_by_name(m_effect, "split");
    }
    obs_leave_graphics();
    update(settings);
}

BeautyFilter::~BeautyFilter()
{
    obs_enter_graphics();
    gs_effect_destroy(m_effect);
    obs_leave_graphics();
}

void BeautyFilter::update(obs_data_t *settings)
{
    const auto amount = [settings](const char *key) { return float(std::clamp<long long>(obs_data_get_int(settings, key), 0, 100)) / 100.0f; };
    m_smoothAmount = amount(kSmooth);
    m_whitenAmount = amount(kWhiten);
    m_rosyAmount = amount(kRosy);
    m_sharpenAmount = amount(kSharpen);
    m_splitView = obs_data_get_bool(settings, kSplit);
}

void BeautyFilter::render()
{
    obs_source_t *target = obs_filter_get_target(m_context);
    const uint32_t width = obs_source_get_base_width(target), height = obs_source_get_base_height(target);
    const bool nothing = m_smoothAmount <= 0 && m_whitenAmount <= 0 && m_rosyAmount <= 0 && m_sharpenAmount <= 0;
    // Nothing to do (every slider at 0), or nothing to do it with: the picture passes untouched.
    if (!m_effect || nothing || width == 0 || height == 0 ||
        !obs_source_process_filter_begin(m_context, GS_RGBA, OBS_ALLOW_DIRECT_RENDERING)) {
        obs_source_skip_video_filter(m_context);
        return;
    }
    vec2 texel;
    vec2_set(&texel, 1.0f / float(width), 1.0f / float(height));
    gs_effect_set_vec2(m_texel, &texel);
    // The same skin is the same number of pixels wide at 720p as a third of them at 1080p... scale with the picture.
    const float scale = std::max(0.5f, float(height) / 720.0f);
    gs_effect_set_float(m_radius, (1.5f + 3.5f * m_smoothAmount) * scale);
    gs_effect_set_float(m_smooth, std::min(1.0f, m_smoothAmount * 1.6f));
    gs_effect_set_float(m_rangeSigma, 0.05f + 0.12f * m_smoothAmount);
    gs_effect_set_float(m_whiten, m_whitenAmount);
    gs_effect_set_float(m_rosy, m_rosyAmount);
    gs_effect_set_float(m_sharpen, m_sharpenAmount);
    gs_effect_set_float(m_split, m_splitView ? 1.0f : 0.0f);
    obs_source_process_filter_end(m_context, m_effect, width, height);
}

obs_source_info BeautyFilter::info()
{
    obs_source_info info = {};
    info.id = kTypeId;
    info.type = OBS_SOURCE_TYPE_FILTER;
    info.output_flags = OBS_SOURCE_VIDEO;
    info.get_name = [](void *) {
        static const QByteArray name = tr("Beauty (美颜)").toUtf8();
        return name.constData();
    };
    info.create = [](obs_data_t *settings, obs_source_t *source) -> void * { return new BeautyFilter(settings, source); };
    info.destroy = [](void *data) { delete static_cast<BeautyFilter *>(data); };
    info.update = [](void *data, obs_data_t *settings) { static_cast<BeautyFilter *>(data)->update(settings); };
    info.video_render = [](void *data, gs_effect_t *) { static_cast<BeautyFilter *>(data)->render(); };
    info.get_defaults = [](obs_data_t *settings) {
        obs_data_set_default_int(settings, kSmooth, 50);
        obs_data_set_default_int(settings, kWhiten, 20);
        obs_data_set_default_int(settings, kRosy, 0);
        obs_data_set_default_int(settings, kSharpen, 0);
        obs_data_set_default_bool(settings, kSplit, false);
    };
    info.get_properties = [](void *) {
        obs_properties_t *props = obs_properties_create();
        obs_properties_add_int_slider(props, kSmooth, tr("Smooth skin (磨皮)").toUtf8().constData(), 0, 100, 1);
        obs_properties_add_int_slider(props, kWhiten, tr("Brighten skin (美白)").toUtf8().constData(), 0, 100, 1);
        obs_properties_add_int_slider(props, kRosy, tr("Rosy tint (红润)").toUtf8().constData(), 0, 100, 1);
        obs_properties_add_int_slider(props, kSharpen, tr("Sharpen details (锐化)").toUtf8().constData(), 0, 100, 1);
        obs_properties_add_bool(props, kSplit, tr("Compare: the left half as it was").toUtf8().constData());
        return props;
    };
    return info;
}

} // namespace lj::looks
