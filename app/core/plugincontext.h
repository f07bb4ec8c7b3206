#pragma once

#include "core/export.h"
#include "core/pluginregistry.h"
#include "core/secretstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace lj {

class GoLive;
class PortraitCanvas;
struct MicrophoneLevel;
class LiveService;
class Recorder;
class Studio;
struct RoomProfile;

/// One plugin's view of the studio. Each plugin gets its own context: what it
/// registers is tagged with its id (and withdrawn with it), and it sees only
/// the narrow parts of the studio it needs — its own secrets, its own room
/// settings, hotkeys, the scenes, the room's video and output settings — and
/// the services of the plugins it declared as dependencies. No globals, no
/// service locator, no Studio.
class LJ_CORE_EXPORT PluginContext final : public QObject {
    Q_OBJECT
public:
    /// `dependencies`: the plugin ids its metadata names; only their services
    /// are handed out. Tests may make a context for a plugin's classes alone.
    PluginContext(Studio &studio, const QString &pluginId, const QStringList &dependencies = {});
    ~PluginContext() override;

    QString pluginId() const { return m_pluginId; }

    // --- What the studio offers a plugin.
    /// The UI language ("zh_CN", "en").
    QString locale() const;
    bool isHeadless() const;
    /// The room on air: name, video and output settings (read-only).
    const RoomProfile &room() const;
    /// Between 开播 and 下播 (onAirChanged tells of changes).
    bool isOnAir() const;
    /// 开播 / 下播 as the host's button does it (check, every platform, backup recording).
    GoLive &goLive();
    /// The studio's recorder (one recording at a time: the backup recording is one).
    Recorder &recorder();
    /// The room's portrait (9:16) canvas, for pushes to the phone platforms.
    PortraitCanvas &portrait();
    /// A command-line option meant for plugins (StudioOptions::pluginArguments); invalid when not given.
    QVariant argument(const QString &name) const;
    /// This plugin's settings of the current room (room.json, never secrets).
    QJsonObject roomData() const;
    bool setRoomData(const QJsonObject &data, QString *error);
    SceneCollection &scenes();
    /// The keychain, under this plugin's own namespace ("<plugin id>/<key>"):
    /// a plugin cannot reach another plugin's secrets.
    SecretStore &secrets() { return m_secrets; }
    /// Makes a new room from a template (resources/data/templates) and puts it on air.
    bool createRoomFromTemplate(const QString &name, const QString &templateId, QString *error);
    /// The folder the studio keeps its data in (the user's config, or the portable folder).
    QString configDir() const;
    /// The plugin's logging category ("plugin.<id>"): `qCWarning(context.log()) << ...`
    /// lands in the studio's log file with the plugin named, secrets masked.
    const QLoggingCategory &log() const { return *m_log; }

    // --- Contributions, withdrawn with the plugin.
    void addDock(DockContribution dock);
    void addAction(ActionContribution action);
    void addSettingsPage(SettingsPageContribution page);
    /// Registers a libobs source type. `owner` is the plugin state its
    /// sources reach through sourceTypeOwner() (obs_source_info::type_data).
    void addSourceType(obs_source_info info, void *owner = nullptr);
    /// Registers what `--go-live` and the Go Live controls start (not owned).
    void addLiveService(LiveService *service);
    void addDemoContent(DemoContribution contribution);
    /// What the plugin puts on a room's portrait scene when it is first made.
    void addPortraitContent(PortraitContribution contribution);
    /// A check run before every go-live (开播检查) and by `--preflight`.
    void addPreflightCheck(PreflightCheck check);
    /// A compact panel for the host layout (主播模式).
    void addHostPanel(HostPanelContribution panel);
    /// What `--report` runs: a show's report from its recording.
    void addReportWriter(ReportWriter writer);
    /// What `--clips` runs: a show's clips from its recording.
    void addClipsWriter(ClipsWriter writer);
    /// A request remote controllers may send (the "longjiang" vendor's), answered by this plugin.
    void addRemoteRequest(const QString &type, std::function<RemoteReply(const QJsonObject &data)> handle);
    /// The remote requests every plugin offers (for the remote-control plugin).
    std::vector<RemoteRequestContribution> remoteRequests() const;
    /// A named action bound to keys (libobs hotkeys: work while unfocused).
    bool addHotkey(const QString &name, const QString &description, std::function<void()> onPressed);
    /// Every named action of the studio and its plugins, and running one as its keys would.
    QStringList hotkeyNames() const;
    bool triggerHotkey(const QString &name);
    /// The rooms of this studio (the current one is room().name).
    QStringList roomNames() const;
    /// What the microphones of the scene on air heard lately.
    QList<MicrophoneLevel> microphones() const;

    // --- Services.
    /// Offers `service` (not owned) to the plugins that depend on this one.
    /// `T` declares `static constexpr const char *kServiceId`.
    template <typename T>
    void exportService(T *service)
    {
        exportService(QByteArray(T::kServiceId), static_cast<void *>(service));
    }
    /// The service of a plugin named in this plugin's dependencies, from
    /// dependenciesReady() on. Null otherwise; the reason is recorded and
    /// the plugin fails to load with it.
    template <typename T>
    T *service()
    {
        return static_cast<T *>(service(QByteArray(T::kServiceId)));
    }
    void exportService(const QByteArray &id, void *service);
    void *service(const QByteArray &id);
    /// Why a service request was refused (empty: none was).
    QStringList serviceErrors() const { return m_serviceErrors; }

Q_SIGNALS:
    /// Another room is on air now (its settings, scenes and plugin data).
    void roomChanged();
    /// The room's settings (video, output, overlay language) are new: they
    /// were edited, or another room went on air (after roomChanged).
    void roomSettingsChanged();
    /// The studio began recording the program to `path` (a show's backup
    /// recording, or one the host started); the file's second 0 was at
    /// `startedAtMs` on the wall clock.
    void recordingStarted(const QString &path, qint64 startedAtMs);
    /// That recording ended (`error` empty: normally).
    void recordingStopped(const QString &path, const QString &error);
    /// A show went on air (开播) or off it (下播, or the studio closing while live).
    void onAirChanged(bool onAir);

private:
    friend class PluginManager; // opens the services once the dependencies are ready
    Studio &m_studio;
    PluginRegistry &m_registry;
    QString m_pluginId;
    QStringList m_dependencies;
    SecretStore m_secrets;
    QByteArray m_logName; ///< outlives the category that points into it
    std::unique_ptr<QLoggingCategory> m_log;
    QStringList m_serviceErrors;
    bool m_servicesOpen = false;
    QString m_recording; ///< the recording running now (its stop is told with its path)
};

} // namespace lj
