#pragma once

#include "core/encoders.h"
#include "core/export.h"
#include "core/obsptr.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>

namespace lj {

/// Records the program output to an MP4 or MKV file with libobs' muxer.
/// MP4 is written in fragments, so a recording cut short (a full disk, a
/// crash) stays playable up to its last fragment. While recording it watches
/// the free space of the disk against the bitrate.
class LJ_CORE_EXPORT Recorder final : public QObject {
    Q_OBJECT
public:
    /// Warned when the disk has room for less than this much more recording.
    static constexpr int kLowDiskMinutes = 10;

    explicit Recorder(QObject *parent = nullptr);
    ~Recorder() override;

    /// A file name in `folder` for a recording started now.
    static QString newFilePath(const OutputSettings &settings, const QString &roomName);

    bool start(const QString &path, const OutputSettings &settings, QString *error);
    /// Asynchronous: `stopped` follows once the file is finalised.
    void stop();
    /// Stops at once, without waiting for buffered frames (shutdown).
    void forceStop();
    bool isActive() const;
    QString path() const { return m_path; }
    qint64 elapsedMs() const;
    /// When the file's second 0 was, on the wall clock (ms since the epoch; 0: not recording).
    /// Coaching reports place a show's product changes on the recording with it.
    qint64 startedAtMs() const { return isActive() ? m_startedAtMs.load() : 0; }
    /// Frames composed since the recording started; the file holds these
    /// (frames still inside the encoder are flushed into it on stop).
    int frames() const;

Q_SIGNALS:
    void started();
    /// `error` is empty when the recording ended normally.
    void stopped(const QString &error);
    /// The disk has room for only about `minutes` more of this recording
    /// (once per recording); `message` says so in plain words.
    void diskRunningOut(int minutes, const QString &message);

private:
    void onOutputStopped(int code, const QString &lastError);
    void release();
    /// Seconds of recording the disk still has room for.
    qint64 secondsLeftOnDisk() const;
    void watchDisk();

    EncoderPair m_encoders;
    OBSOutputAutoRelease m_output;
    OBSSignal m_stopSignal;
    QString m_path;
    QElapsedTimer m_clock;
    OutputSettings m_settings;
    QTimer m_diskWatch;
    bool m_warnedDisk = false;
    bool m_stopRequested = false; ///< a stop nobody asked for is a failure
    bool m_diskFull = false;      ///< the recorder stopped the output for a full disk
    qint64 m_lastSize = -1;       ///< the file's size at the last look
    OBSSignal m_startSignal;
    std::atomic<quint32> m_startFrame = 0; ///< composed-frame count when capture began
    std::atomic_bool m_capturing = false;
    std::atomic<qint64> m_startedAtMs = 0; ///< wall clock when capture began
};

} // namespace lj
