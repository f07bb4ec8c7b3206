#include "roomalerts.h"

#include "core/microphonewatch.h"

#include <algorithm>
#include <cmath>

namespace lj::console {

QList<Alert> RoomAlerts::unreachable(const QString &why, bool wrongPassword)
{
    m_counters.clear(); // counters start again with the next session
    if (wrongPassword)
        m_current = {{AlertKind::WrongPassword, {}, tr("Wrong password: the room refused the console. Edit the room and enter its password."), true}};
    else
        m_current = {{AlertKind::Offline, {}, tr("Offline: %1").arg(why), true}};
    return m_current;
}

double RoomAlerts::droppedShare(const QString &subject, qint64 atMs, qint64 dropped, qint64 total)
{
    m_counters.push_back({subject, atMs, dropped, total});
    // The oldest sample of this subject still inside the window.
    const Counter *oldest = nullptr;
    for (const Counter &c : m_counters)
        if (c.subject == subject && atMs - c.atMs <= m_limits.droppedWindowMs) {
            oldest = &c;
            break;
        }
    if (!oldest || total <= oldest->total || dropped < oldest->dropped)
        return 0; // nothing sent in the window, or the counters restarted
    return double(dropped - oldest->dropped) / double(total - oldest->total);
}

QList<Alert> RoomAlerts::update(const RoomStatus &status)
{
    QList<Alert> alerts;
    const qint64 now = status.atMs;
    while (!m_counters.empty() && now - m_counters.front().atMs > 2 * m_limits.droppedWindowMs)
        m_counters.pop_front();

    for (const PlatformStatus &p : status.platforms) {
        if (p.state == QLatin1String("reconnecting"))
            alerts << Alert{AlertKind::Reconnecting, p.name,
                            p.lastError.isEmpty() ? tr("%1 lost its connection and is reconnecting.").arg(p.name)
                                                  : tr("%1 lost its connection and is reconnecting: %2").arg(p.name, p.lastError),
                            true};
        else if (p.state == QLatin1String("failed"))
            alerts << Alert{AlertKind::Failed, p.name, tr("%1 stopped: %2").arg(p.name, p.lastError), true};
        else if (p.state == QLatin1String("paused"))
            alerts << Alert{AlertKind::Paused, p.name,
                            tr("%1 is paused: the room's network cannot carry every platform (it resumes by itself).").arg(p.name), false};
        if (p.state == QLatin1String("live") && p.bitrateKbps > 0 && p.bitrateKbps < status.videoBitrateKbps)
            alerts << Alert{AlertKind::WeakLink, p.name,
                            tr("%1: the room's network is weak; the studio lowered the quality to %2 kbps (set: %3 kbps).")
                                .arg(p.name)
                                .arg(p.bitrateKbps)
                                .arg(status.videoBitrateKbps),
                            false};
        if (p.state == QLatin1String("live") || p.state == QLatin1String("reconnecting")) {
            const double share = droppedShare(p.name, now, p.droppedFrames, p.totalFrames);
            if (share >= m_limits.droppedShare)
                alerts << Alert{AlertKind::DroppedFrames, p.name,
                                tr("%1 dropped %2% of its frames in the last %3 s: the network cannot carry it.")
                                    .arg(p.name)
                                    .arg(share * 100, 0, 'f', 1)
                                    .arg(m_limits.droppedWindowMs / 1000),
                                false};
        }
    }
    if (status.live || status.onAir) {
        const double share = droppedShare(QString(), now, status.encoderSkippedFrames, status.encoderTotalFrames);
        if (share >= m_limits.droppedShare)
            alerts << Alert{AlertKind::DroppedFrames, {},
                            tr("The studio PC cannot keep up: %1% of the frames were not encoded in the last %2 s.")
                                .arg(share * 100, 0, 'f', 1)
                                .arg(m_limits.droppedWindowMs / 1000),
                            false};
        if (status.micPresent && status.micMuted)
            alerts << Alert{AlertKind::Muted, status.micName, tr("The microphone \"%1\" is muted while live.").arg(status.micName), true};
        else if (status.micPresent && status.micSilentSeconds >= m_limits.silentSeconds)
            alerts << Alert{AlertKind::Silent, status.micName,
                            tr("The microphone \"%1\" has heard nothing for %2 s while live.")
                                .arg(status.micName)
                                .arg(qint64(std::floor(status.micSilentSeconds))),
                            true};
        else if (status.micPresent && status.micRecentPeakDb >= m_limits.clippingPeakDb)
            alerts << Alert{AlertKind::TooLoud, status.micName,
                            tr("The microphone \"%1\" is too loud: its voice distorts. Turn its gain down.").arg(status.micName), false};
        else if (status.micPresent && status.micRecentPeakDb < m_limits.quietPeakDb && status.micRecentPeakDb > MicrophoneWatch::kSilenceDb)
            alerts << Alert{AlertKind::TooQuiet, status.micName,
                            tr("The microphone \"%1\" is too quiet (peaks at %2 dBFS): speak closer to it or raise its gain.")
                                .arg(status.micName)
                                .arg(qRound(status.micRecentPeakDb)),
                            false};
    }
    if (status.recordingMinutesLeft >= 0 && status.recordingMinutesLeft < m_limits.lowDiskMinutes)
        alerts << Alert{AlertKind::LowDisk, {},
                        tr("The disk is nearly full: about %1 minutes of recording left (%2 MB free).")
                            .arg(qint64(status.recordingMinutesLeft))
                            .arg(qint64(status.diskFreeMb)),
                        status.recordingMinutesLeft < 5};
    m_current = alerts;
    return alerts;
}

} // namespace lj::console
