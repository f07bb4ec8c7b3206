#include "loudnessleveler.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lj::looks {

namespace {
constexpr double kBlockSeconds = 0.1;   // how often the gain is reconsidered
constexpr double kAbsoluteGate = -60.0; // quieter than this is never speech
constexpr double kAboveFloor = 8.0;     // speech stands this far above the noise floor
constexpr double kTooLoud = 1.0;        // this far over the target, any sound lowers the gain
constexpr double kFloorRise = 0.1;      // dB per block the floor creeps up (1 dB/s)
constexpr std::size_t kSpeechRing = 60; // blocks of speech the loudness is taken over (6 s)
constexpr std::size_t kSettling = 20;   // the first blocks of speech move the gain faster
constexpr double kFastStep = 2.0;       // dB per block while settling (20 dB/s)
constexpr double kSlowStep = 0.3;       // dB per block after (3 dB/s)
} // namespace

LoudnessLeveler::LoudnessLeveler(unsigned sampleRate, unsigned channels)
    : m_rate(std::max(1u, sampleRate)), m_channels(std::clamp(channels, 1u, 8u)),
      m_meter(ebur128_init(m_channels, m_rate, EBUR128_MODE_M)), m_speech(kSpeechRing, 0.0)
{
}

LoudnessLeveler::~LoudnessLeveler()
{
    if (m_meter)
        ebur128_destroy(&m_meter);
}

double LoudnessLeveler::speechLoudness() const
{
    const std::size_t n = std::min(m_speechBlocks, kSpeechRing);
    if (n == 0)
        return -INFINITY;
    const double power = std::accumulate(m_speech.begin(), m_speech.begin() + long(n), 0.0) / double(n);
    return 10.0 * std::log10(power);
}

void LoudnessLeveler::evaluate()
{
    double momentary = -INFINITY;
    if (ebur128_loudness_momentary(m_meter, &momentary) != EBUR128_SUCCESS || !std::isfinite(momentary))
        return;
    m_floor = momentary < m_floor ? momentary : m_floor + kFloorRise;
    if (momentary < kAbsoluteGate)
        return;
    const bool speech = momentary >= m_floor + kAboveFloor;
    // Until a pause shows where the floor is, a voice far too loud still
    // counts — for lowering only: raising on what may be noise would pump it.
    const bool tooLoud = momentary + m_gain > m_target + kTooLoud;
    if (!speech && !tooLoud)
        return; // a pause, or noise: the gain holds
    m_speech[m_speechNext] = std::pow(10.0, momentary / 10.0);
    m_speechNext = (m_speechNext + 1) % kSpeechRing;
    ++m_speechBlocks;
    double wanted = std::clamp(m_target - speechLoudness(), -kMaxCutDb, m_maxBoost);
    if (!speech)
        wanted = std::min(wanted, m_gain);
    const double step = m_speechBlocks <= kSettling ? kFastStep : kSlowStep;
    m_gain += std::clamp(wanted - m_gain, -step, step);
}

void LoudnessLeveler::process(float *const *planes, std::size_t frames)
{
    if (!m_meter || frames == 0)
        return;
    m_interleaved.resize(frames * m_channels);
    for (std::size_t i = 0; i < frames; ++i)
        for (unsigned c = 0; c < m_channels; ++c)
            m_interleaved[i * m_channels + c] = planes[c][i];
    ebur128_add_frames_float(m_meter, m_interleaved.data(), frames);
    m_sinceEvaluation += frames;
    const auto block = std::size_t(kBlockSeconds * m_rate);
    while (m_sinceEvaluation >= block) {
        m_sinceEvaluation -= block;
        evaluate();
    }
    // Ramp from where the last chunk ended to the gain now: no clicks.
    const double from = std::pow(10.0, m_appliedGain / 20.0), to = std::pow(10.0, m_gain / 20.0);
    for (unsigned c = 0; c < m_channels; ++c) {
        float *plane = planes[c];
        for (std::size_t i = 0; i < frames; ++i)
            plane[i] = float(plane[i] * (from + (to - from) * double(i + 1) / double(frames)));
    }
    m_appliedGain = m_gain;
}

} // namespace lj::looks
