#include "core/studiochecks.h"

#include "core/microphonewatch.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QStorageInfo>

#include <cmath>

namespace lj {

namespace {

using Level = PreflightResult::Level;

bool isCamera(const char *id)
{
    return qstrcmp(id, "v4l2_input") == 0;
}

/// Sources that stand in for a camera: a phone or capture card as a media
/// stream, a video file, a picture, a screen.
bool isCameraStandIn(const char *id)
{
    for (const char *kind : {"ffmpeg_source", "image_source", "xshm_input", "xcomposite_input"})
        if (qstrcmp(id, kind) == 0)
            return true;
    return false;
}

/// The sources of the scene on air (items of nested scenes included).
QList<obs_source_t *> sceneSources(obs_scene_t *scene)
{
    QList<obs_source_t *> sources;
    if (!scene)
        return sources;
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *data) {
            auto *list = static_cast<QList<obs_source_t *> *>(data);
            if (obs_sceneitem_visible(item))
                *list << obs_sceneitem_get_source(item);
            return true;
        },
        &sources);
    return sources;
}

QString sourceName(obs_source_t *source)
{
    return QString::fromUtf8(obs_source_get_name(source));
}

} // namespace

StudioChecks::StudioChecks(const RoomProfile &room, SceneCollection &scenes, const MicrophoneWatch &microphones, QObject *parent)
    : QObject(parent), m_room(room), m_scenes(scenes), m_microphones(microphones)
{
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &StudioChecks::sample);
    m_sampler.start();
    sample();
}

void StudioChecks::sample()
{
    if (!obs_initialized())
        return;
    video_t *video = obs_get_video();
    m_frames.push_back({QDateTime::currentMSecsSinceEpoch(), obs_get_lagged_frames(),
                        video ? video_output_get_skipped_frames(video) : 0});
    while (m_frames.size() > size_t(kWindowSec + 1))
        m_frames.pop_front();
}

QList<PreflightResult> StudioChecks::run(const PreflightOptions &options)
{
    QList<PreflightResult> results;
    results << disk(options) << performance();
    results << camera();
    results << microphone();
    return results;
}

PreflightResult StudioChecks::disk(const PreflightOptions &options) const
{
    const QString check = tr("Disk space");
    const QString fix = QStringLiteral("settings:room");
    if (!m_room.output.backupRecording)
        return {Level::Pass, check, tr("No backup recording is made in this room."), QString()};
    const QString folder = m_room.output.effectiveFolder();
    QDir().mkpath(folder);
    const QStorageInfo storage(folder);
    const qint64 needed = m_room.output.recordingBytes(qint64(options.plannedMinutes) * 60);
    const QLocale locale;
    if (!storage.isValid() || !storage.isReady())
        return {Level::Fail, check, tr("The recording folder %1 cannot be used.").arg(QDir::toNativeSeparators(folder)), fix};
    const qint64 free = storage.bytesAvailable();
    const QString figures = tr("%1 free in %2; a %3-minute backup recording needs about %4.")
                                .arg(locale.formattedDataSize(free), QDir::toNativeSeparators(folder))
                                .arg(options.plannedMinutes)
                                .arg(locale.formattedDataSize(needed));
    if (free < needed)
        return {Level::Fail, check, tr("Not enough space: %1").arg(figures), fix};
    if (free < 2 * needed)
        return {Level::Warning, check, tr("Little space left: %1").arg(figures), fix};
    return {Level::Pass, check, figures, QString()};
}

PreflightResult StudioChecks::performance() const
{
    const QString check = tr("Computer speed");
    if (m_frames.size() < 2)
        return {Level::Pass, check, tr("Not measured yet."), QString()};
    const Frames &first = m_frames.front(), &last = m_frames.back();
    const quint32 lagged = last.lagged - first.lagged, skipped = last.skipped - first.skipped;
    const int seconds = int(qMax<qint64>(1, (last.atMs - first.atMs + 500) / 1000));
    if (lagged + skipped == 0)
        return {Level::Pass, check, tr("No frame was lost in the last %1 s.").arg(seconds), QString()};
    return {Level::Warning, check,
            tr("The computer could not keep up: %1 frames late and %2 frames not encoded in the last %3 s. "
               "Close other programs, or lower the frame rate or the size in the room's settings.")
                .arg(lagged)
                .arg(skipped)
                .arg(seconds),
            QStringLiteral("settings:room")};
}

QList<PreflightResult> StudioChecks::camera() const
{
    const QString check = tr("Camera");
    QList<PreflightResult> results;
    QStringList standIns;
    for (obs_source_t *source : sceneSources(m_scenes.currentScene())) {
        const char *id = obs_source_get_id(source);
        if (isCamera(id)) {
            if (obs_source_get_width(source) > 0)
                results << PreflightResult{Level::Pass, check, tr("\"%1\" delivers a picture.").arg(sourceName(source)), QString()};
            else
                results << PreflightResult{Level::Fail, check,
                                           tr("\"%1\" delivers no picture: is the camera plugged in and not used by another program?")
                                               .arg(sourceName(source)),
                                           QStringLiteral("dock:sourcesDock")};
        } else if (isCameraStandIn(id) && obs_source_get_width(source) > 0) {
            standIns << sourceName(source);
        }
    }
    if (!results.isEmpty())
        return results;
    if (!standIns.isEmpty())
        return {{Level::Pass, check, tr("No camera; the picture comes from %1.").arg(standIns.join(QStringLiteral(", "))), QString()}};
    return {{Level::Warning, check, tr("The scene has no camera and no picture of its own: add a camera, a phone, a video or a picture."),
             QStringLiteral("dock:sourcesDock")}};
}

QList<PreflightResult> StudioChecks::microphone() const
{
    const QString check = tr("Microphone");
    QList<PreflightResult> results;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const MicrophoneLevel &mic : m_microphones.levels()) {
        if (mic.muted)
            results << PreflightResult{Level::Warning, check, tr("\"%1\" is muted.").arg(mic.name), QStringLiteral("dock:mixerDock")};
        else if (mic.lastDataMs < now - kWindowSec * 1000)
            results << PreflightResult{Level::Fail, check, tr("\"%1\" delivers no sound: is the microphone plugged in?").arg(mic.name),
                                       QStringLiteral("dock:mixerDock")};
        else if (mic.lastSoundMs < now - kWindowSec * 1000)
            results << PreflightResult{Level::Warning, check,
                                       tr("\"%1\" heard nothing in the last %2 s: say something, or check it is the right microphone.")
                                           .arg(mic.name)
                                           .arg(kWindowSec),
                                       QStringLiteral("dock:mixerDock")};
        else
            results << PreflightResult{Level::Pass, check, tr("\"%1\" hears you.").arg(mic.name), QString()};
    }
    if (results.isEmpty())
        results << PreflightResult{Level::Warning, check, tr("The scene has no microphone: viewers will hear only the videos' sound."),
                                   QStringLiteral("dock:sourcesDock")};
    return results;
}

} // namespace lj
