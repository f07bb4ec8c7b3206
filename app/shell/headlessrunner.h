#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace lj {

class Studio;

/// Runs a room without a window: records and/or runs for a while, or until
/// SIGINT/SIGTERM, then stops cleanly. The exit code tells what happened.
class HeadlessRunner final : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, StartFailed = 1, UsageError = 2, RecordFailed = 3 };

    HeadlessRunner(Studio &studio, QString recordPath, int durationSec, QObject *parent = nullptr);
    /// Starts the work; the application's exit code is set when it is done.
    void start();

private:
    void finish();
    void installSignalHandlers();

    Studio &m_studio;
    QString m_recordPath;
    int m_durationSec;
    QSocketNotifier *m_signalNotifier = nullptr;
};

} // namespace lj
