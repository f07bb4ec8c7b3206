#pragma once

// 响度均衡: a libobs audio filter bringing a voice to a target loudness
// (LoudnessLeveler). The last stage but one of the studio's voice chain:
// noise suppression, compressor, this, limiter.

#include "loudnessleveler.h"

#include "core/loudnessmeter.h"

#include <obs.h>

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace lj::looks {

class LoudnessFilter final {
    Q_DECLARE_TR_FUNCTIONS(lj::looks::LoudnessFilter)
public:
    static constexpr const char *kTypeId = "lj_loudness_filter";
    static obs_source_info info();
    /// Settings: the target (LUFS; the key every loudness target is saved under) and the most it raises (dB).
    static constexpr const char *kTarget = LoudnessMeter::kTargetKey;
    static constexpr const char *kMaxBoost = "max_boost_db";

private:
    explicit LoudnessFilter(obs_data_t *settings);
    void update(obs_data_t *settings);
    obs_audio_data *filter(obs_audio_data *audio);

    std::mutex m_lock; // update() runs on the UI thread, filter() on the audio thread
    std::unique_ptr<LoudnessLeveler> m_leveler;
};

} // namespace lj::looks
