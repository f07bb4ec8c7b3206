#include "core/loudnessmeter.h"

#include "core/microphonewatch.h"

#include <ebur128.h>

#include <QLabel>

#include <algorithm>
#include <cmath>

namespace lj {

namespace {
/// The target the first enabled filter of `source` declaring one brings it to, if any.
std::optional<double> declaredTarget(obs_source_t *source)
{
    std::optional<double> found;
    obs_source_enum_filters(
        source,
        [](obs_source_t *, obs_source_t *filter, void *param) {
            auto *found = static_cast<std::optional<double> *>(param);
            if (*found || !obs_source_enabled(filter))
                return;
            OBSDataAutoRelease settings = obs_source_get_settings(filter);
            if (obs_data_has_user_value(settings, LoudnessMeter::kTargetKey) ||
                obs_data_has_default_value(settings, LoudnessMeter::kTargetKey))
                *found = obs_data_get_double(settings, LoudnessMeter::kTargetKey);
        },
        &found);
    return found;
}
} // namespace

LoudnessMeter::Verdict LoudnessMeter::verdict(double lufs, double target)
{
    if (!std::isfinite(lufs) || lufs < kSilenceLufs)
        return Verdict::Silent;
    if (lufs < target - kGoodRangeLu)
        return Verdict::TooQuiet;
    if (lufs > target + kGoodRangeLu)
        return Verdict::TooLoud;
    return Verdict::Good;
}

QString LoudnessMeter::describe(double lufs, double target)
{
    const QString figure = std::isfinite(lufs) ? QString::number(lufs, 'f', 1) : QStringLiteral("—");
    QString said;
    switch (verdict(lufs, target)) {
    case Verdict::Silent:
        said = tr("silent");
        break;
    case Verdict::TooQuiet:
        said = tr("too quiet");
        break;
    case Verdict::Good:
        said = tr("good");
        break;
    case Verdict::TooLoud:
        said = tr("too loud");
        break;
    }
    return tr("%1 LUFS · %2 (target %3)").arg(figure, said, QString::number(target, 'f', 0));
}

QString LoudnessMeter::styleSheet(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Good:
        return QStringLiteral("color: #2e9d4a;");
    case Verdict::TooQuiet:
    case Verdict::TooLoud:
        return QStringLiteral("color: #d9822b; font-weight: bold;");
    case Verdict::Silent:
        break;
    }
    return {};
}

void LoudnessMeter::show(QLabel *label, double lufs, double target, const QString &format)
{
    const Verdict said = verdict(lufs, target);
    label->setText(format.arg(describe(lufs, target)));
    label->setStyleSheet(styleSheet(said));
    label->setProperty("verdict", int(said));
}

QString LoudnessMeter::explanation()
{
    return tr("Short-term loudness (EBU R 128, the last 3 seconds) against the target: a voice between %1 LU under and over it is good.")
        .arg(kGoodRangeLu);
}

double LoudnessMeter::targetOf(obs_source_t *source)
{
    return declaredTarget(source).value_or(kDefaultTargetLufs);
}

std::optional<double> LoudnessMeter::voiceTarget(obs_source_t *source)
{
    const std::optional<double> declared = declaredTarget(source);
    if (!declared && MicrophoneWatch::isMicrophone(obs_source_get_id(source)))
        return kDefaultTargetLufs;
    return declared;
}

LoudnessMeter::LoudnessMeter(obs_source_t *source)
    : m_source(source), m_channels(std::max<unsigned>(1, unsigned(audio_output_get_channels(obs_get_audio()))))
{
    m_state = ebur128_init(m_channels, audio_output_get_sample_rate(obs_get_audio()), EBUR128_MODE_S);
    if (m_state)
        obs_source_add_audio_capture_callback(m_source, onAudio, this);
}

LoudnessMeter::~LoudnessMeter()
{
    // After this returns the audio thread no longer calls into this object.
    if (m_state) {
        obs_source_remove_audio_capture_callback(m_source, onAudio, this);
        ebur128_destroy(&m_state);
    }
}

void LoudnessMeter::onAudio(void *param, obs_source_t *source, const audio_data *audio, bool muted)
{
    auto *self = static_cast<LoudnessMeter *>(param);
    const float volume = muted ? 0.0f : obs_source_get_volume(source);
    const std::lock_guard lock(self->m_lock);
    self->m_interleaved.resize(size_t(audio->frames) * self->m_channels);
    for (unsigned c = 0; c < self->m_channels; ++c) {
        const auto *plane = reinterpret_cast<const float *>(audio->data[c]);
        for (uint32_t i = 0; i < audio->frames; ++i)
            self->m_interleaved[size_t(i) * self->m_channels + c] = plane ? plane[i] * volume : 0.0f;
    }
    ebur128_add_frames_float(self->m_state, self->m_interleaved.data(), audio->frames);
}

double LoudnessMeter::shortTerm() const
{
    const std::lock_guard lock(m_lock);
    double lufs = -INFINITY;
    if (!m_state || ebur128_loudness_shortterm(m_state, &lufs) != EBUR128_SUCCESS)
        return -INFINITY;
    return lufs;
}

} // namespace lj
