#pragma once

#include "core/export.h"
#include "core/obsptr.h"

#include <QCoreApplication>
#include <QString>

#include <ebur128.h>

#include <mutex>
#include <optional>
#include <vector>

class QLabel;

namespace lj {

/// The short-term loudness (EBU R 128, 3 s, libebur128) of what a source
/// delivers — after its filters, at its volume — for the mixer's "too quiet /
/// good / too loud" beside each microphone. The audio thread only feeds the
/// measurement; whoever shows it asks for the figure.
class LJ_CORE_EXPORT LoudnessMeter final {
    Q_DECLARE_TR_FUNCTIONS(lj::LoudnessMeter)
public:
    /// The loudness a voice is brought to when nothing else is said (LUFS).
    static constexpr double kDefaultTargetLufs = -16.0;
    /// The settings key under which a filter declares the loudness it brings a source to.
    static constexpr const char *kTargetKey = "target_lufs";
    /// How far from the target still counts as good (LU).
    static constexpr double kGoodRangeLu = 4.0;
    /// Quieter than this is silence (LUFS).
    static constexpr double kSilenceLufs = -50.0;

    enum class Verdict { Silent, TooQuiet, Good, TooLoud };
    static Verdict verdict(double lufs, double target);
    /// What a meter says of `lufs` against `target`, in the host's words ("-17.2 LUFS · good (target -16)").
    static QString describe(double lufs, double target);
    /// Why that is good or not, for a tooltip.
    static QString explanation();
    /// Shows that verdict on `label`: the text (describe() in place of `format`'s %1), its
    /// colour, and the verdict itself as the label's "verdict" property.
    static void show(QLabel *label, double lufs, double target, const QString &format = QStringLiteral("%1"));
    /// The target `source` is measured against: that of its first enabled
    /// filter declaring one (kTargetKey), else kDefaultTargetLufs.
    static double targetOf(obs_source_t *source);
    /// The target a source's loudness is shown against, or none when it is not
    /// shown: a microphone (targetOf), or another source a filter levels.
    static std::optional<double> voiceTarget(obs_source_t *source);

    explicit LoudnessMeter(obs_source_t *source);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter &) = delete;
    LoudnessMeter &operator=(const LoudnessMeter &) = delete;

    /// Short-term loudness now (LUFS; -inf in silence or before 3 s of sound).
    double shortTerm() const;

private:
    /// How a label showing that verdict looks (green when good, orange and bold when not).
    static QString styleSheet(Verdict verdict);
    static void onAudio(void *param, obs_source_t *source, const audio_data *audio, bool muted);
    OBSSource m_source;
    unsigned m_channels;
    mutable std::mutex m_lock;
    ebur128_state *m_state = nullptr;
    std::vector<float> m_interleaved;
};

} // namespace lj
