#include "core/studio.h"

#include "core/appsettings.h"
#include "core/demoroom.h"
#include "core/golive.h"
#include "core/hotkeys.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/pluginmanager.h"
#include "core/pluginregistry.h"
#include "core/portraitcanvas.h"
#include "core/recorder.h"
#include "core/roomtemplates.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/microphonewatch.h"
#include "core/networkpresets.h"
#include "core/studiochecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QFile>

namespace lj {

Studio::Studio(QObject *parent)
    : QObject(parent),
      m_settings(std::make_unique<AppSettings>(StudioPaths::settingsFile())),
      m_runtime(std::make_unique<ObsRuntime>()),
      m_rooms(std::make_unique<ProfileManager>(StudioPaths::profilesDir())),
      m_scenes(std::make_unique<SceneCollection>()),
      m_secrets(std::make_unique<SecretStore>()),
      m_hotkeys(std::make_unique<HotkeyManager>()),
      m_registry(std::make_unique<PluginRegistry>(*m_hotkeys)),
      m_plugins(std::make_unique<PluginManager>()),
      m_recorder(std::make_unique<Recorder>()),
      m_portrait(std::make_unique<PortraitCanvas>(*m_scenes, *m_registry))
{
    m_goLive = std::make_unique<GoLive>(*this);
}

Studio::~Studio()
{
    stop();
}

bool Studio::start(const StudioOptions &options, QString *error)
{
    m_options = options;
    QString name = options.room.isEmpty() ? m_settings->currentRoom() : options.room;
    if (name.isEmpty() || (!m_rooms->exists(name) && options.room.isEmpty()))
        name = m_rooms->names().value(0);
    if (name.isEmpty())
        name = tr("Demo Room");
    if (!m_rooms->exists(name)) {
        const QString problem = ProfileManager::checkName(name);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (!m_rooms->create(name, error) || !applyTemplateSettings(name, options.templateId, error))
            return false;
        m_pendingTemplate = options.templateId;
    }
    m_roomLock = lockRoom(name, error);
    if (!m_roomLock)
        return false;
    std::optional<RoomProfile> room = m_rooms->load(name, error);
    if (!room)
        return false;
    m_room = *room;

    const QString locale = m_settings->effectiveLocale() == QLatin1String("zh_CN")
                               ? QStringLiteral("zh-CN")
                               : QStringLiteral("en-US");
    if (!m_runtime->start(m_room.video, locale, error))
        return false;
    HotkeyManager::setWorkInBackground(!options.headless);
    m_hotkeys->loadBindings(m_room.hotkeys);

    // Plugins come before scenes: scenes may use the source types they register.
    m_plugins->discover(StudioPaths::pluginDirs());
    m_plugins->setDisabled(m_settings->disabledPlugins());
    m_plugins->loadAll(*this);
    m_warnings << m_plugins->problems();

    loadScenes();
    m_portrait->setSettings(m_room.portrait);
    m_settings->setCurrentRoom(m_room.name);
    m_settings->sync();

    // The studio's own part of the check before going live.
    m_microphones = std::make_unique<MicrophoneWatch>(*m_scenes);
    m_microphones->sample();
    m_checks = std::make_unique<StudioChecks>(m_room, *m_scenes, *m_microphones);
    m_ownContext = std::make_unique<PluginContext>(*this, QStringLiteral("studio"));
    StudioChecks *checks = m_checks.get();
    m_ownContext->addPreflightCheck([checks](const PreflightOptions &options, std::function<void(QList<PreflightResult>)> done) {
        done(checks->run(options));
    });
    return true;
}

void Studio::loadScenes()
{
    const QString file = m_rooms->scenesFile(m_room.name);
    if (!QFile::exists(file) && !m_pendingTemplate.isEmpty()) {
        QString problem;
        const obs_scene_t *scene = RoomTemplates::apply(m_pendingTemplate, *m_scenes, m_room.video, &problem);
        m_pendingTemplate.clear();
        if (!problem.isEmpty())
            m_warnings << problem;
        if (scene)
            return;
    }
    if (!QFile::exists(file)) {
        populateDemo();
        return;
    }
    QString problem;
    if (m_scenes->loadFromFile(file, &problem) && m_scenes->count() > 0) {
        for (const QString &missing : m_scenes->missingTypes())
            m_warnings << tr("%1 needs a module this studio does not have. It is kept in the room as it was, and works "
                             "again where the module is installed.")
                              .arg(missing);
        return;
    }
    // Keep the damaged file for the technician; never overwrite it silently.
    const QString kept = file + QStringLiteral(".damaged-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QFile::rename(file, kept);
    m_warnings << tr("The scenes of room \"%1\" could not be read (%2). The file was kept as %3 "
                     "and the demo scene was opened instead.")
                      .arg(m_room.name, problem.isEmpty() ? tr("no scenes in it") : problem, kept);
    qWarning("%s", qPrintable(m_warnings.last()));
    populateDemo();
}

void Studio::populateDemo()
{
    obs_scene_t *scene = DemoRoom::populate(*m_scenes, m_room.video);
    for (const DemoContribution &add : m_registry->demoContent())
        add(*m_scenes, scene, m_room.video);
}

bool Studio::saveRoom(QString *error)
{
    if (!m_runtime->isStarted() || m_room.name.isEmpty())
        return true;
    m_room.hotkeys = m_hotkeys->saveBindings();
    return m_rooms->save(m_room, error) &&
           m_scenes->saveToFile(m_rooms->scenesFile(m_room.name), error);
}

QJsonObject Studio::pluginData(const QString &pluginId) const
{
    return m_room.pluginData.value(pluginId).toObject();
}

bool Studio::setPluginData(const QString &pluginId, const QJsonObject &data, QString *error)
{
    m_room.pluginData.insert(pluginId, data);
    return m_rooms->save(m_room, error);
}

std::unique_ptr<QLockFile> Studio::lockRoom(const QString &name, QString *error) const
{
    const QString dir = StudioPaths::configRoot() + QStringLiteral("/locks");
    QDir().mkpath(dir);
    auto lock = std::make_unique<QLockFile>(dir + QLatin1Char('/') + name + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    *error = tr("The room \"%1\" is already open in another studio (process %2). Close it there, or open another room.").arg(name).arg(pid);
    return nullptr;
}

bool Studio::openRoom(const QString &name, QString *error)
{
    std::unique_ptr<QLockFile> lock = lockRoom(name, error);
    if (!lock)
        return false;
    std::optional<RoomProfile> room = m_rooms->load(name, error);
    if (!room)
        return false;
    m_portrait->shutdown(); // its scene and its size are the old room's
    if (!m_runtime->resetVideo(room->video, error))
        return false;
    m_scenes->clear();
    m_room = *room;
    m_roomLock = std::move(lock); // the room left behind is free for another process
    m_hotkeys->loadBindings(m_room.hotkeys);
    loadScenes();
    m_portrait->setSettings(m_room.portrait);
    m_settings->setCurrentRoom(m_room.name);
    m_settings->sync();
    Q_EMIT roomChanged();
    return true;
}

bool Studio::switchRoom(const QString &name, QString *error)
{
    if (name == m_room.name)
        return true;
    if (m_recorder->isActive()) {
        *error = tr("Stop the recording before switching rooms.");
        return false;
    }
    if (!m_rooms->exists(name)) {
        *error = tr("There is no room named \"%1\".").arg(name);
        return false;
    }
    if (!saveRoom(error))
        return false;
    return openRoom(name, error);
}

bool Studio::createRoomFromTemplate(const QString &name, const QString &templateId, QString *error)
{
    if (!m_rooms->create(name, error) || !applyTemplateSettings(name, templateId, error))
        return false;
    m_pendingTemplate = templateId;
    const bool opened = switchRoom(name, error);
    m_pendingTemplate.clear();
    return opened;
}

bool Studio::applyTemplateSettings(const QString &name, const QString &templateId, QString *error)
{
    const NetworkPreset preset = NetworkPreset::byId(RoomTemplates::networkPreset(templateId));
    if (templateId.isEmpty() || preset.id.isEmpty())
        return true;
    std::optional<RoomProfile> room = m_rooms->load(name, error);
    if (!room)
        return false;
    preset.applyTo(room->video, room->output);
    return m_rooms->save(*room, error);
}

bool Studio::renameRoom(const QString &from, const QString &to, QString *error)
{
    const bool current = from == m_room.name;
    // Neither name may be in use by another studio.
    const std::unique_ptr<QLockFile> other = current ? nullptr : lockRoom(from, error);
    if (!current && !other)
        return false;
    std::unique_ptr<QLockFile> renamed = lockRoom(to, error);
    if (!renamed)
        return false;
    if (current && !saveRoom(error))
        return false;
    if (!m_rooms->rename(from, to, error))
        return false;
    if (current) {
        m_roomLock = std::move(renamed);
        m_room.name = to;
        m_settings->setCurrentRoom(to);
        m_settings->sync();
        Q_EMIT roomChanged();
    }
    return true;
}

bool Studio::updateRoom(const RoomProfile &profile, QString *error)
{
    if (!(profile.video == m_room.video))
        m_portrait->shutdown(); // libobs resets every canvas with the main one
    if (!m_runtime->resetVideo(profile.video, error))
        return false;
    m_portrait->setSettings(profile.portrait);
    const QString name = m_room.name;
    m_room = profile;
    m_room.name = name;
    const bool saved = saveRoom(error);
    Q_EMIT roomSettingsChanged();
    return saved;
}

void Studio::stop()
{
    if (!m_runtime->isStarted())
        return;
    QString error;
    // Live work first, while every source is still there: pushes end with a
    // proper unpublish, the recording with its last frames and its index.
    setOnAir(false); // the show ends with the studio
    m_plugins->aboutToShutdown();
    stopRecording();
    m_registry->withdraw(QStringLiteral("studio"));
    m_ownContext.reset();
    m_checks.reset();
    m_microphones.reset(); // its meters go before the sources they listen to
    m_portrait->shutdown();
    if (!saveRoom(&error))
        qWarning("could not save the room: %s", qPrintable(error));
    // Sources go before the plugin state they show. Plugin sources free their
    // Qt halves with deleteLater (libobs may destroy them off the Qt thread).
    m_scenes->clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_plugins->shutdownAll();
    m_hotkeys->clear();
    // Whatever the plugins still freed late must go before libobs does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_runtime->shutdown();
    m_roomLock.reset(); // the room is free for another studio
}

void Studio::setOnAir(bool onAir)
{
    if (onAir == m_onAir)
        return;
    m_onAir = onAir;
    qInfo(onAir ? "on air" : "off air");
    Q_EMIT onAirChanged(onAir);
}

void Studio::stopRecording()
{
    if (!m_recorder->isActive())
        return;
    QEventLoop loop;
    connect(m_recorder.get(), &Recorder::stopped, &loop, &QEventLoop::quit);
    QTimer::singleShot(PluginManager::kShutdownTimeoutMs, &loop, &QEventLoop::quit);
    m_recorder->stop();
    if (m_recorder->isActive())
        loop.exec();
    if (m_recorder->isActive()) {
        qWarning("the recording did not stop in time; it is cut off now");
        m_recorder->forceStop();
    }
}

} // namespace lj
