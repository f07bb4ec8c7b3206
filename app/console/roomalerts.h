#pragma once

// What needs the technician in one room, worked out from its statuses over
// time: the room unreachable, a platform reconnecting or failed, the
// microphone silent or muted while live, frames dropped, the disk running out.

#include "roomstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <deque>

namespace lj::console {

enum class AlertKind { Offline, WrongPassword, Reconnecting, Failed, Silent, Muted, TooQuiet, TooLoud, DroppedFrames, LowDisk, Paused, WeakLink };

struct Alert {
    AlertKind kind = AlertKind::Offline;
    QString subject; ///< the platform or microphone it is about; empty for the room
    QString text;    ///< plain words, in the user's language
    bool critical = true; ///< red (the show is hurt now) or orange (it soon will be)

    /// The same alert at two moments has the same key (its text may change: seconds, figures).
    QString key() const { return QString::number(int(kind)) + QLatin1Char('/') + subject; }
};

struct AlertLimits {
    double silentSeconds = 10;     ///< a live room's microphone quieter than the studio's silence level this long
    double droppedShare = 0.02;    ///< frames a push (or the encoder) lost in the window
    qint64 droppedWindowMs = 10000;
    double lowDiskMinutes = 30;    ///< recording time left on the room's disk
    double quietPeakDb = -30;      ///< a live voice whose peaks stay under this is too quiet (above the silence level)
    double clippingPeakDb = -1;    ///< peaks this close to full scale distort
};

class RoomAlerts final {
    Q_DECLARE_TR_FUNCTIONS(lj::console::RoomAlerts)
public:
    explicit RoomAlerts(AlertLimits limits = {}) : m_limits(limits) {}

    /// The alerts of a room that answered with `status`.
    QList<Alert> update(const RoomStatus &status);
    /// The alerts of a room that cannot be reached (`why` in plain words).
    QList<Alert> unreachable(const QString &why, bool wrongPassword);
    QList<Alert> current() const { return m_current; }
    const AlertLimits &limits() const { return m_limits; }

private:
    /// The share of frames lost by `subject` over the window, from its running counters.
    double droppedShare(const QString &subject, qint64 atMs, qint64 dropped, qint64 total);

    struct Counter {
        QString subject;
        qint64 atMs;
        qint64 dropped;
        qint64 total;
    };
    AlertLimits m_limits;
    std::deque<Counter> m_counters;
    QList<Alert> m_current;
};

} // namespace lj::console
