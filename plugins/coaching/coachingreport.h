#pragma once

// The coaching report (复盘报告) of one show or rehearsal: what the show
// record (products explained, the plan, orders) and the recording's sound
// say together, with a few suggestions in plain words.

#include "audioanalysis.h"
#include "catalogtypes.h"
#include "pushservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <tuple>

namespace lj::coaching {

/// What the show record holds, as the catalog gives it.
struct ShowFacts {
    qint64 showId = 0;                    ///< 0: no show record (a report of the sound alone)
    bool rehearsal = false;
    QString title;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;                 ///< 0: still running (the report ends at the recording's end)
    qint64 recordingStartedAtMs = 0;      ///< where the recording's second 0 falls on the show's clock
    QList<catalog::RundownItem> plan;     ///< planned minutes per product
    QHash<QString, QString> titles;       ///< product code → title
    QList<std::tuple<QString, qint64, qint64>> explanations; ///< (code, start ms, end ms or 0), in order
    QList<catalog::Order> orders;
    QList<push::PushHealthSample> health;  ///< each platform's push, sampled while the recording ran
};

/// How one platform's push did during the show.
struct PlatformReport {
    QString id;
    QString name;
    double averageKbps = 0;  ///< while live
    int droppedFrames = 0;   ///< since the push started
    int totalFrames = 0;
    int reconnects = 0;
    double liveShare = 0;    ///< of the samples, how many found it live (0..1)
    QList<std::pair<double, double>> kbps; ///< (second on the recording, kbps)
};

struct ProductReport {
    enum class Timing { OnTime, Short, Long };
    QString code;
    QString title;
    double startSec = 0;      ///< on the recording (-1: planned, never explained)
    double plannedSeconds = 0;
    double actualSeconds = 0;
    double talkSeconds = 0;
    double segmentsPerMinute = 0; ///< speaking pace
    int orders = 0;
    catalog::Fen salesFen = 0;
    Timing timing = Timing::OnTime;
};

struct CoachingReport {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::CoachingReport)
public:
    /// Loudness a host's voice should have on a live platform (LUFS), and the
    /// band around it that counts as good.
    static constexpr double kTargetLufs = -18.0;
    static constexpr double kToleranceLu = 5.0;

    QString title;
    qint64 showId = 0;
    bool rehearsal = false;
    QString recording;             ///< the file the sound was measured on
    qint64 startedAtMs = 0;        ///< the recording's second 0 on the wall clock
    QString placement;             ///< how the show was placed on the recording, in plain words
    double durationSec = 0;
    QList<ProductReport> products; ///< in the order they were explained
    AudioAnalysis audio;
    QList<int> ordersPerMinute;    ///< minute 0 starts with the recording
    QList<PlatformReport> platforms; ///< the stream's health per platform, in the order they were first seen
    QStringList suggestions;       ///< three to five, most useful first

    static CoachingReport build(const ShowFacts &show, const AudioAnalysis &audio);
    enum class Loudness { TooQuiet, Good, TooLoud };
    /// The voice against kTargetLufs ± kToleranceLu (nothing audible: too quiet).
    Loudness loudness() const;
    /// The same in the UI's language, and as a word for programs ("too-quiet", "good", "too-loud").
    QString loudnessVerdict() const;
    QString loudnessName() const;
    /// For other programs: silences, loudness, products, orders per minute, suggestions.
    QJsonObject toJson() const;

private:
    void suggest();
};

} // namespace lj::coaching
