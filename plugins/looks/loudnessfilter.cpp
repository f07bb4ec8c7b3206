#include "loudnessfilter.h"

#include <QByteArray>

namespace lj::looks {

LoudnessFilter::LoudnessFilter(obs_data_t *settings)
{
    audio_t *audio = obs_get_audio();
    m_leveler = std::make_unique<LoudnessLeveler>(audio_output_get_sample_rate(audio), unsigned(audio_output_get_channels(audio)));
    update(settings);
}

void LoudnessFilter::update(obs_data_t *settings)
{
    const std::lock_guard lock(m_lock);
    m_leveler->setTarget(obs_data_get_double(settings, kTarget));
    m_leveler->setMaxBoost(obs_data_get_double(settings, kMaxBoost));
}

obs_audio_data *LoudnessFilter::filter(obs_audio_data *audio)
{
    const std::lock_guard lock(m_lock);
    m_leveler->process(reinterpret_cast<float *const *>(audio->data), audio->frames);
    return audio;
}

obs_source_info LoudnessFilter::info()
{
    obs_source_info info = {};
    info.id = kTypeId;
    info.type = OBS_SOURCE_TYPE_FILTER;
    info.output_flags = OBS_SOURCE_AUDIO;
    info.get_name = [](void *) {
        static const QByteArray name = tr("Loudness to target (响度均衡)").toUtf8();
        return name.constData();
    };
    info.create = [](obs_data_t *settings, obs_source_t *) -> void * { return new LoudnessFilter(settings); };
    info.destroy = [](void *data) { delete static_cast<LoudnessFilter *>(data); };
    info.update = [](void *data, obs_data_t *settings) { static_cast<LoudnessFilter *>(data)->update(settings); };
    info.filter_audio = [](void *data, obs_audio_data *audio) { return static_cast<LoudnessFilter *>(data)->filter(audio); };
    info.get_defaults = [](obs_data_t *settings) {
        obs_data_set_default_double(settings, kTarget, LoudnessMeter::kDefaultTargetLufs);
        obs_data_set_default_double(settings, kMaxBoost, 20.0);
    };
    info.get_properties = [](void *) {
        obs_properties_t *props = obs_properties_create();
        obs_property_t *target = obs_properties_add_float_slider(props, kTarget, tr("Target loudness").toUtf8().constData(), -30.0, -10.0, 0.5);
        obs_property_float_set_suffix(target, " LUFS");
        obs_property_t *boost = obs_properties_add_float_slider(props, kMaxBoost, tr("Raise a quiet voice by at most").toUtf8().constData(), 0.0, 30.0, 1.0);
        obs_property_float_set_suffix(boost, " dB");
        return props;
    };
    return info;
}

} // namespace lj::looks
