#include "linkbudget.h"

#include <algorithm>
#include <limits>

namespace lj::push {

namespace {
constexpr qint64 kRelapseWithinMs = 60000; ///< a pause this soon after a resume was a resume too early
constexpr qint64 kLongestResumeWaitMs = 160000;
} // namespace

int LinkBudget::floorFor(int outputHeight)
{
    if (outputHeight >= 1080)
        return 1000;
    if (outputHeight >= 720)
        return 600;
    if (outputHeight >= 540)
        return 400;
    return 300;
}

void LinkBudget::reset(const Settings &settings, qint64 nowMs)
{
    m_settings = settings;
    m_settings.floorKbps = std::min(settings.floorKbps, settings.ceilingKbps);
    m_bitrate = settings.ceilingKbps;
    m_capacity = 0;
    m_lastCongestion = 0;
    m_fillingSeconds = 0;
    m_fullSeconds = 0;
    m_lastLowerMs = -1;
    m_lastRaiseMs = -1;
    m_lastQueueMs = -1;
    m_probes = 0;
    m_cleanSinceMs = nowMs;
    m_resumeWaitMs = kResumeWaitMs;
    m_lastPauseMs = -1;
    m_lastResumeMs = -1;
}

LinkDecision LinkBudget::step(const QVector<LinkSample> &live, const QStringList &paused, qint64 nowMs)
{
    LinkDecision d;
    d.bitrateKbps = m_bitrate;
    if (live.isEmpty())
        return d;
    double carried = 0, congestion = 0;
    int dropped = 0;
    for (const LinkSample &s : live) {
        carried += s.kbps;
        congestion = std::max(congestion, s.congestion);
        dropped += s.droppedDelta;
    }
    const int pushes = int(live.size());
    // A buffer that is already shrinking after a cut needs no second cut.
    const bool draining = congestion < m_lastCongestion - 0.05;
    // A buffer starting to fill: no raising, though it is not congestion yet;
    // filling second after second, it is (the link carries less than is sent).
    const bool filling = congestion > kCongested / 2 && congestion > m_lastCongestion;
    m_fillingSeconds = filling ? m_fillingSeconds + 1 : 0;
    // A keyframe fills the queues for a moment and they drain within the
    // second where the link has room: only a queue that stays full is congestion.
    m_fullSeconds = congestion >= kCongested && !draining ? m_fullSeconds + 1 : 0;
    const bool congested = dropped > 0 || m_fullSeconds >= kFullSeconds || m_fillingSeconds >= kFillingSeconds;
    m_lastCongestion = congestion;
    if (congestion >= kQuiet)
        m_lastQueueMs = nowMs;
    const auto setBitrate = [&](int kbps) {
        kbps = std::clamp(kbps, m_settings.floorKbps, m_settings.ceilingKbps);
        d.bitrateChanged = kbps != m_bitrate;
        m_bitrate = d.bitrateKbps = kbps;
    };

    if (congested) {
        m_cleanSinceMs = nowMs;
        if (m_lastLowerMs >= 0 && nowMs - m_lastLowerMs < kLowerEveryMs)
            return d;
        m_lastLowerMs = nowMs;
        m_capacity = carried;
        m_probes = 0;
        const double perPush = carried / pushes - m_settings.audioKbps;
        // At most halved at once: what a link carried while its connections
        // were still starting (or a push just resumed) reads low.
        int wanted = std::max(int(std::min(m_bitrate * kMargin, perPush * kMargin)), int(m_bitrate * kDeepestCut));
        // A push pauses only when the floor itself did not fit.
        if (wanted < m_settings.floorKbps && pushes > 1 && m_bitrate <= m_settings.floorKbps) {
            // Not every push fits at the floor: the last listed that is not
            // the main platform makes room for the others.
            auto victim = std::find_if(live.rbegin(), live.rend(), [](const LinkSample &s) { return !s.main; });
            d.pause << (victim != live.rend() ? victim->id : live.last().id);
            if (m_lastResumeMs >= 0 && nowMs - m_lastResumeMs < kRelapseWithinMs)
                m_resumeWaitMs = std::min(m_resumeWaitMs * 2, kLongestResumeWaitMs);
            m_lastPauseMs = nowMs;
            // The others share what the link carried — and never more than
            // all of them together sent, whatever one second's reading says
            // (a queue draining in it reads as a link carrying more).
            const double sent = double(m_bitrate + m_settings.audioKbps) * pushes;
            wanted = int((std::min(carried, sent) / (pushes - 1) - m_settings.audioKbps) * kMargin);
        }
        setBitrate(wanted);
        return d;
    }

    if (nowMs - m_cleanSinceMs < kCleanBeforeRaiseMs || filling)
        return d;
    // A paused push comes back when the link has been clean long enough and
    // every push, one more included, still gets the floor.
    if (!paused.isEmpty() && nowMs - m_cleanSinceMs >= m_resumeWaitMs &&
        (m_lastPauseMs < 0 || nowMs - m_lastPauseMs >= m_resumeWaitMs)) {
        const double total = double(m_bitrate + m_settings.audioKbps) * pushes;
        const int shared = int(total / (pushes + 1)) - m_settings.audioKbps;
        if (shared >= m_settings.floorKbps * 1.2) {
            d.resume << paused.last(); // paused last = the most important of them
            m_lastResumeMs = nowMs;
            m_cleanSinceMs = nowMs;
            setBitrate(shared);
            return d;
        }
    }
    // Up to what the link carried when it last congested, in steps. Beyond
    // it (the link may have grown) only after a longer clean spell, and each
    // step only when the queues stayed quiet since the one before: an empty
    // queue at 95 % of a link tells nothing, a link a few percent over its
    // rate shows first as a queue that no longer empties, and another step on
    // top of that is what drops frames. Half steps first; once a few went
    // through, the link has grown and full steps bring the picture back.
    const double known = m_capacity > 0 ? (m_capacity / pushes - m_settings.audioKbps) * 0.95 : m_settings.ceilingKbps;
    const qint64 sinceLower = m_lastLowerMs >= 0 ? nowMs - m_lastLowerMs : std::numeric_limits<qint64>::max();
    const bool beyond = m_bitrate >= int(known);
    if (m_bitrate >= m_settings.ceilingKbps || (m_lastRaiseMs >= 0 && nowMs - m_lastRaiseMs < kRaiseEveryMs))
        return d;
    const bool quiet = m_lastQueueMs < 0 || nowMs - m_lastQueueMs >= kRaiseEveryMs;
    if (beyond && (sinceLower < kNearCongestionWaitMs || !quiet))
        return d;
    const bool halfStep = beyond && m_probes < kHalfSteps;
    int next = std::max(m_bitrate + 50, int(m_bitrate * (1 + (halfStep ? kRaiseStep / 2 : kRaiseStep))));
    if (beyond)
        ++m_probes;
    else
        next = std::min(next, int(known));
    m_lastRaiseMs = nowMs;
    setBitrate(next);
    return d;
}

} // namespace lj::push
