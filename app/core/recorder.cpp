#include "core/recorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <limits>

namespace lj {

namespace {

QString diskFullMessage()
{
    return QCoreApplication::translate("lj::Recorder", "The disk is full: the recording stopped. What was recorded until now is kept.");
}

QString stopCodeMessage(int code, const QString &lastError)
{
    switch (code) {
    case OBS_OUTPUT_SUCCESS:
        return {};
    case OBS_OUTPUT_NO_SPACE:
        return diskFullMessage();
    case OBS_OUTPUT_ENCODE_ERROR:
        return QCoreApplication::translate("lj::Recorder", "The encoder failed; the recording stopped.");
    default:
        return lastError.isEmpty() ? QCoreApplication::translate("lj::Recorder", "The recording stopped because of an error (code %1).").arg(code)
                                   : QCoreApplication::translate("lj::Recorder", "The recording stopped: %1").arg(lastError);
    }
}

} // namespace

Recorder::Recorder(QObject *parent) : QObject(parent)
{
    m_diskWatch.setInterval(2000);
    connect(&m_diskWatch, &QTimer::timeout, this, &Recorder::watchDisk);
}

Recorder::~Recorder()
{
    forceStop();
}

void Recorder::forceStop()
{
    m_stopRequested = true;
    if (isActive())
        obs_output_force_stop(m_output);
    release();
}

QString Recorder::newFilePath(const OutputSettings &settings, const QString &roomName)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_hh-mm-ss"));
    return settings.effectiveFolder() + QLatin1Char('/') + roomName + QLatin1Char('_') + stamp +
           QLatin1Char('.') + settings.recordFormat;
}

bool Recorder::start(const QString &path, const OutputSettings &settings, QString *error)
{
    if (isActive()) {
        *error = tr("A recording is already running.");
        return false;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()) || !QFileInfo(info.absolutePath()).isWritable()) {
        *error = tr("Cannot write to the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    release();
    m_encoders = EncoderPair::create(settings, QStringLiteral("recording"), error);
    if (!m_encoders.isValid())
        return false;

    OBSDataAutoRelease outputSettings = obs_data_create();
    obs_data_set_string(outputSettings, "path", info.absoluteFilePath().toUtf8().constData());
    // A plain MP4 is unreadable until its index is written at the end; a
    // fragmented one is readable up to its last complete fragment (one per
    // keyframe), so a full disk or a crash loses seconds, not the show.
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("mov") || suffix == QLatin1String("m4v"))
        obs_data_set_string(outputSettings, "muxer_settings", "movflags=frag_keyframe+empty_moov+default_base_moof");
    m_output = obs_output_create("ffmpeg_muxer", "recording", outputSettings, nullptr);
    if (!m_output) {
        *error = tr("The recording output could not be created.");
        release();
        return false;
    }
    obs_output_set_video_encoder(m_output, m_encoders.video);
    obs_output_set_audio_encoder(m_output, m_encoders.audio, 0);
    m_stopSignal.Connect(
        obs_output_get_signal_handler(m_output), "stop",
        [](void *param, calldata_t *data) {
            auto *self = static_cast<Recorder *>(param);
            const int code = int(calldata_int(data, "code"));
            obs_output_t *output = static_cast<obs_output_t *>(calldata_ptr(data, "output"));
            const char *last = output ? obs_output_get_last_error(output) : nullptr;
            const QString lastError = last ? QString::fromUtf8(last) : QString();
            invokeOnQt(self, [self, code, lastError] { self->onOutputStopped(code, lastError); });
        },
        this);

    // Capture begins on a libobs thread, possibly a little after start().
    m_capturing = false;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch(); // until capture says when it began
    m_startSignal.Connect(
        obs_output_get_signal_handler(m_output), "start",
        [](void *param, calldata_t *) {
            auto *self = static_cast<Recorder *>(param);
            self->m_startFrame = obs_get_total_frames();
            self->m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
            self->m_capturing = true;
        },
        this);

    if (!obs_output_start(m_output)) {
        const char *last = obs_output_get_last_error(m_output);
        *error = tr("The recording could not start: %1")
                     .arg(last ? QString::fromUtf8(last) : tr("unknown error"));
        release();
        return false;
    }
    m_path = info.absoluteFilePath();
    m_settings = settings;
    m_stopRequested = false;
    m_diskFull = false;
    m_lastSize = -1;
    m_warnedDisk = false;
    m_diskWatch.start();
    // The first look once start() has returned, so whoever started the
    // recording (开播, the headless runner) hears a disk already low.
    QTimer::singleShot(0, this, &Recorder::watchDisk);
    m_clock.start();
    qInfo("recording started: %s", qPrintable(m_path));
    Q_EMIT started();
    return true;
}

void Recorder::stop()
{
    m_stopRequested = true;
    if (isActive())
        obs_output_stop(m_output);
}

bool Recorder::isActive() const
{
    return m_output && obs_output_active(m_output);
}

qint64 Recorder::elapsedMs() const
{
    return isActive() ? m_clock.elapsed() : 0;
}

int Recorder::frames() const
{
    return isActive() && m_capturing ? int(obs_get_total_frames() - m_startFrame) : 0;
}

qint64 Recorder::secondsLeftOnDisk() const
{
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    const qint64 perSecond = qMax<qint64>(1, m_settings.recordingBytes(1));
    return disk.isValid() ? disk.bytesAvailable() / perSecond : std::numeric_limits<qint64>::max();
}

void Recorder::watchDisk()
{
    if (m_path.isEmpty() || !isActive())
        return;
    const qint64 seconds = secondsLeftOnDisk();
    // Full: no room for another second and the file stopped growing. libobs'
    // muxer process may go on failing every write without a word, so the
    // recorder stops the output itself and says why.
    const qint64 size = QFileInfo(m_path).size();
    if (seconds < 1 && size == m_lastSize && !m_diskFull) {
        m_diskFull = true;
        qWarning("recording: the disk is full, stopping %s", qPrintable(m_path));
        obs_output_stop(m_output);
        return;
    }
    m_lastSize = size;
    if (m_warnedDisk || seconds >= qint64(kLowDiskMinutes) * 60)
        return;
    m_warnedDisk = true;
    const int minutes = int(seconds / 60);
    const QString message =
        tr("The disk of %1 has room for only about %2 more minutes of recording. Free some space, or the recording will stop.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()))
            .arg(minutes);
    qInfo("%s", qPrintable(message));
    Q_EMIT diskRunningOut(minutes, message);
}

void Recorder::onOutputStopped(int code, const QString &lastError)
{
    // libobs' muxer reports a write that failed for lack of space as a
    // generic error, or (when its process is gone first) as a plain stop
    // nobody asked for; a disk with (nearly) nothing left says what happened.
    const bool failed = code != OBS_OUTPUT_SUCCESS || !m_stopRequested || m_diskFull;
    QString message = stopCodeMessage(code, lastError);
    if (failed && code != OBS_OUTPUT_NO_SPACE && (m_diskFull || secondsLeftOnDisk() < 2))
        message = diskFullMessage();
    else if (failed && message.isEmpty())
        message = tr("The recording stopped by itself; the file holds what was recorded until then.");
    qInfo("recording stopped (code %d): %s", code, qPrintable(m_path));
    release();
    Q_EMIT stopped(message);
}

void Recorder::release()
{
    m_diskWatch.stop();
    m_stopSignal.Disconnect();
    m_startSignal.Disconnect();
    m_capturing = false;
    m_output = nullptr;
    m_encoders = {};
}

} // namespace lj
