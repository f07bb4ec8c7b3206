#pragma once

// What a show's sound says about the host: where the host spoke and fell
// silent, how loud it was, where it clipped. Read from the show's recording
// (any file FFmpeg opens), for the coaching report (复盘报告).

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <cmath>
#include <optional>

namespace lj::coaching {

struct Silence {
    double start = 0;    ///< seconds from the start of the recording
    double duration = 0; ///< seconds
};

struct VoicedSegment {
    double start = 0;
    double end = 0;
};

struct AudioAnalysis {
    double durationSec = 0;
    double integratedLufs = -HUGE_VAL; ///< EBU R 128 integrated loudness (-inf: nothing audible)
    double rangeLu = 0;                ///< EBU R 128 loudness range
    double samplePeakDbfs = -HUGE_VAL;
    QList<double> clippingAt;          ///< where samples hit full scale: one moment per stretch of clipping
    QList<Silence> silences;           ///< pauses at least AnalysisOptions::minSilenceSec long
    QList<VoicedSegment> voiced;       ///< speech, with the short gaps between words bridged

    /// Seconds of speech between `from` and `to` (a product's explanation).
    double talkSeconds(double from, double to) const;
    /// Voiced segments that start between `from` and `to`, per minute: the pace.
    double segmentsPerMinute(double from, double to) const;
};

struct AnalysisOptions {
    double minSilenceSec = 5.0; ///< shorter pauses are breaths and thinking, not silences
    double frameSec = 0.03;     ///< the voice-activity window
    double bridgeSec = 0.35;    ///< gaps between words shorter than this are speech
    const std::atomic_bool *cancel = nullptr; ///< set: the analysis stops early and gives nothing
};

class AudioAnalyzer final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::AudioAnalyzer)
public:
    /// Decodes the first audio stream of `path` and analyses it. Nothing when
    /// the file has no readable audio (`error` says why, in plain words).
    static std::optional<AudioAnalysis> analyze(const QString &path, const AnalysisOptions &options, QString *error);
};

} // namespace lj::coaching
