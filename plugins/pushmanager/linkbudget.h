#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace lj::push {

/// One second of one push on the shared encoder, as the link budget sees it.
struct LinkSample {
    QString id;
    bool main = false;        ///< the host's main platform: paused last
    double kbps = 0;          ///< bytes the link took in the last second (video + audio)
    int droppedDelta = 0;     ///< frames dropped in the last second
    double congestion = 0;    ///< libobs' send-buffer fill: 1 = frames are being dropped
};

/// What the link budget decided after one second.
struct LinkDecision {
    int bitrateKbps = 0;      ///< the shared encoder's video bitrate from now on
    QStringList pause;        ///< pushes to pause (the link cannot carry them at the floor)
    QStringList resume;       ///< paused pushes the link can carry again
    bool bitrateChanged = false;
};

/// One budget for every push that shares the room's encoder: they all go up
/// the same uplink, so the sum of them must fit in what it carries.
///
/// Once a second it is given what each push sent, its send-buffer fill and
/// its dropped frames. When the buffer grows or frames drop, it lowers the
/// shared bitrate at once to what the link carried (with a margin); once the
/// link has been clean for a while it raises it again in steps, never above
/// the room's setting. Past what the link carried when it last congested, every
/// step is a probe, made only when the queues stayed quiet since the one
/// before (a link just over its rate shows it there first): half steps, then
/// full ones once a few went through (the link has grown).
/// Below the floor where the picture falls apart it pauses the pushes that
/// are not the main platform, last listed first, and resumes them one at a
/// time when the link has room for one more at the floor.
///
/// Pure arithmetic on the samples (no libobs): the push manager applies the
/// decisions, the unit test drives it with made-up links.
class LinkBudget final {
public:
    struct Settings {
        int ceilingKbps = 2500; ///< the room's video bitrate: never above it
        int floorKbps = 600;    ///< below it the picture collapses
        int audioKbps = 128;    ///< per push, on top of the video
    };
    /// How quickly it reacts (tests and the benchmark use the defaults).
    static constexpr double kCongested = 0.5;       ///< send buffer at half the drop threshold
    static constexpr int kFillingSeconds = 3;       ///< a queue growing this many seconds in a row is congestion
    static constexpr int kFullSeconds = 2;          ///< a queue half full this many seconds in a row is (one second: a keyframe's burst)
    static constexpr double kMargin = 0.85;         ///< of what the link carried
    static constexpr double kDeepestCut = 0.5;      ///< one cut at most halves the bitrate
    static constexpr qint64 kLowerEveryMs = 2000;   ///< a lowered bitrate needs time to drain the buffer
    static constexpr qint64 kCleanBeforeRaiseMs = 5000;
    static constexpr qint64 kRaiseEveryMs = 2000;
    static constexpr double kRaiseStep = 0.10;      ///< of the current bitrate
    static constexpr qint64 kNearCongestionWaitMs = 15000; ///< clean before probing above what the link carried
    static constexpr double kQuiet = 0.05;          ///< above what the link carried, a raise needs the queues under this for kRaiseEveryMs
    static constexpr int kHalfSteps = 3;            ///< above it, this many half steps before full ones (the link has grown)
    static constexpr qint64 kResumeWaitMs = 20000;  ///< clean before a paused push comes back (doubles after each relapse)

    /// Starts a show (or a new set of pushes) at the room's bitrate.
    void reset(const Settings &settings, qint64 nowMs);
    /// One second of the live pushes on the shared encoder; `paused` are
    /// the ones this budget paused earlier (in the order they were paused).
    LinkDecision step(const QVector<LinkSample> &live, const QStringList &paused, qint64 nowMs);

    int bitrateKbps() const { return m_bitrate; }
    const Settings &settings() const { return m_settings; }
    /// What the link was last seen to carry when congested (kbps for every push together); 0 if never.
    double capacityKbps() const { return m_capacity; }
    /// The bitrate is below the room's because the link could not carry it.
    bool isReduced() const { return m_bitrate < m_settings.ceilingKbps; }
    /// The lowest useful bitrate for a picture of this height.
    static int floorFor(int outputHeight);

private:
    Settings m_settings;
    int m_bitrate = 0;
    double m_capacity = 0;
    double m_lastCongestion = 0;
    int m_fillingSeconds = 0;
    int m_fullSeconds = 0;
    qint64 m_lastLowerMs = -1;
    qint64 m_lastRaiseMs = -1;
    qint64 m_lastQueueMs = -1; ///< the last second a queue reached kQuiet
    int m_probes = 0;          ///< raises past what the link carried since the last cut
    qint64 m_cleanSinceMs = 0;
    qint64 m_resumeWaitMs = kResumeWaitMs;
    qint64 m_lastPauseMs = -1;
    qint64 m_lastResumeMs = -1;
};

} // namespace lj::push
