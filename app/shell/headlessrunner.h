#pragma once

#include "core/pluginregistry.h"

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace lj {

class Studio;

/// Runs a room without a window: records and/or goes live, for a while or
/// until SIGINT/SIGTERM, then stops everything cleanly. The exit code tells
/// what happened.
class HeadlessRunner final : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, StartFailed = 1, UsageError = 2, RecordFailed = 3, LiveFailed = 4, PreflightFailed = 5, ReportFailed = 6, ClipsFailed = 7 };
    /// How long `--preflight` watches the room before checking (frames kept up, microphone heard).
    static constexpr int kPreflightWatchMs = 3000;

    struct Options {
        QString recordPath;
        int durationSec = 0;
        bool goLive = false;
        bool preflight = false;
        ReportRequest report; ///< a recording set: write its report, then exit
        ClipsRequest clips;   ///< a recording set: cut its clips, then exit
        double maxDroppedPercent = 10; ///< with goLive: a platform that dropped more fails the run
    };

    HeadlessRunner(Studio &studio, Options options, QObject *parent = nullptr);
    /// Starts the work; the application exits with the code when it is done.
    void start();

private:
    void startLive();
    void runPreflight();
    void writeReport();
    void writeClips();
    void finish();
    /// With --go-live, before stopping: each platform's dropped frames and
    /// bitrate; one that dropped more than allowed fails the run.
    void reportPlatforms();
    void stopped();
    void installSignalHandlers();

    Studio &m_studio;
    Options m_options;
    int m_code = Ok;
    int m_pendingLive = 0;
    int m_pendingStops = 0;
    bool m_finishing = false;
    QString m_linkNotice; ///< the uplink's state last printed
    QSocketNotifier *m_signalNotifier = nullptr;
};

} // namespace lj
