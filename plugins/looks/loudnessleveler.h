#pragma once

// Gain to a target loudness for a voice: measures the speech it is given
// (EBU R 128 momentary loudness, libebur128), gated so pauses and noise do
// not count, and moves a gain slowly towards the one that brings that speech
// to the target. The gain holds in pauses (background noise is never pumped
// up) and is bounded. No libobs here: the filter feeds it libobs' audio.

#include <ebur128.h>

#include <cstddef>
#include <vector>

namespace lj::looks {

class LoudnessLeveler final {
public:
    LoudnessLeveler(unsigned sampleRate, unsigned channels);
    ~LoudnessLeveler();
    LoudnessLeveler(const LoudnessLeveler &) = delete;
    LoudnessLeveler &operator=(const LoudnessLeveler &) = delete;

    void setTarget(double lufs) { m_target = lufs; }
    /// The most the voice is raised (dB); it is lowered by at most kMaxCutDb.
    void setMaxBoost(double db) { m_maxBoost = db; }
    static constexpr double kMaxCutDb = 20.0;

    /// Levels `frames` samples of each channel's plane in place.
    void process(float *const *planes, std::size_t frames);

    /// The gain applied now (dB).
    double gainDb() const { return m_gain; }
    /// The loudness of the speech heard lately, before the gain (LUFS; -inf before any).
    double speechLoudness() const;

private:
    void evaluate();

    unsigned m_rate, m_channels;
    ebur128_state *m_meter = nullptr;
    std::vector<float> m_interleaved;
    std::size_t m_sinceEvaluation = 0;
    double m_target = -16.0, m_maxBoost = 20.0;
    double m_gain = 0.0;       ///< dB, where the gain is going
    double m_appliedGain = 0.0; ///< dB, where the last chunk ended
    double m_floor = 0.0;      ///< the quietest the input was lately (LUFS; from the first block on)
    std::vector<double> m_speech; ///< the last speech blocks' power (ring)
    std::size_t m_speechNext = 0;
    std::size_t m_speechBlocks = 0; ///< how many speech blocks were ever heard
};

} // namespace lj::looks
