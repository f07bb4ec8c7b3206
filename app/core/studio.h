#pragma once

#include "core/export.h"
#include "core/roomprofile.h"

#include <QJsonObject>
#include <QLockFile>
#include <QVariantMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace lj {

class AppSettings;
class GoLive;
class HotkeyManager;
class ObsRuntime;
class PluginContext;
class PluginManager;
class PluginRegistry;
class PortraitCanvas;
class Recorder;
class SceneCollection;
class SecretStore;
class MicrophoneWatch;
class StudioChecks;

struct StudioOptions {
    QString room;     ///< empty: the last used room (or the demo room on a first run)
    bool headless = false;
    QString templateId; ///< a room that does not exist yet is made from this template (resources/data/templates)
    /// Options of the command line meant for plugins ("remote-control" → port), by name.
    QVariantMap pluginArguments;
};

/// One studio session: the room on air, libobs, plugins and services, started
/// and stopped in the one order that is safe. The window and the headless
/// runner both drive this; neither owns libobs state of its own.
class LJ_CORE_EXPORT Studio final : public QObject {
    Q_OBJECT
public:
    explicit Studio(QObject *parent = nullptr);
    ~Studio() override;

    /// Paths and the log must be set up before. On failure the reason is in plain words.
    bool start(const StudioOptions &options, QString *error);
    /// Stops live work cleanly (plugins' pushes, the recording), saves the
    /// room, lets the sources go, shuts plugins down (withdrawing what they
    /// contributed), releases every libobs reference and stops libobs.
    void stop();

    bool isHeadless() const { return m_options.headless; }
    QVariant pluginArgument(const QString &name) const { return m_options.pluginArguments.value(name); }
    /// Problems met on start that did not stop it (damaged files, skipped plugins).
    QStringList startupWarnings() const { return m_warnings; }

    AppSettings &settings() { return *m_settings; }
    ObsRuntime &runtime() { return *m_runtime; }
    ProfileManager &rooms() { return *m_rooms; }
    SceneCollection &scenes() { return *m_scenes; }
    PluginManager &plugins() { return *m_plugins; }
    /// What the loaded plugins contribute (docks, actions, live services...).
    PluginRegistry &pluginRegistry() { return *m_registry; }
    SecretStore &secrets() { return *m_secrets; }
    HotkeyManager &hotkeys() { return *m_hotkeys; }
    Recorder &recorder() { return *m_recorder; }
    /// The room's portrait (9:16) canvas beside the landscape one.
    PortraitCanvas &portrait() { return *m_portrait; }
    /// 开播 / 下播 of this studio: the window's button, a remote controller.
    GoLive &goLive() { return *m_goLive; }
    /// What the microphones of the scene on air heard lately (null before start()).
    const MicrophoneWatch *microphones() const { return m_microphones.get(); }

    const RoomProfile &room() const { return m_room; }
    /// Saves the current room's scenes, then opens `name` (video reset, scenes loaded).
    bool switchRoom(const QString &name, QString *error);
    /// Makes a new room from a template and opens it.
    bool createRoomFromTemplate(const QString &name, const QString &templateId, QString *error);
    /// Renames a room; the current room keeps running under its new name.
    bool renameRoom(const QString &from, const QString &to, QString *error);
    /// Stores changed settings of the current room and applies its video settings.
    bool updateRoom(const RoomProfile &profile, QString *error);
    /// A plugin's per-room settings (stored in room.json, never secrets).
    QJsonObject pluginData(const QString &pluginId) const;
    bool setPluginData(const QString &pluginId, const QJsonObject &data, QString *error);
    /// Writes the room (hotkeys included) and its scenes to disk.
    bool saveRoom(QString *error = nullptr);

    /// A show is on air (开播 until 下播), whoever started it: the window's
    /// go-live button or `--go-live`. Plugins hear it (PluginContext::onAirChanged).
    bool isOnAir() const { return m_onAir; }
    void setOnAir(bool onAir);

Q_SIGNALS:
    void roomChanged();
    /// The room's settings changed (updateRoom), the room stays the same.
    void roomSettingsChanged();
    void onAirChanged(bool onAir);

private:
    bool openRoom(const QString &name, QString *error);
    /// A room is open in one studio process at a time: this one holds its lock
    /// (in the config folder's locks/, released when the room closes or the
    /// process dies). Null with the reason when another process has it.
    std::unique_ptr<QLockFile> lockRoom(const QString &name, QString *error) const;
    void loadScenes();
    /// A new room from a template starts with the template's network preset (田间 4G for the field).
    bool applyTemplateSettings(const QString &name, const QString &templateId, QString *error);
    /// The demo room, with what plugins add to it.
    void populateDemo();
    /// Stops the recording with its last frames (bounded in time).
    void stopRecording();

    StudioOptions m_options;
    bool m_onAir = false;
    QString m_pendingTemplate; ///< the next room without scenes is made from this template
    RoomProfile m_room;
    std::unique_ptr<QLockFile> m_roomLock;
    QStringList m_warnings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ObsRuntime> m_runtime;
    std::unique_ptr<ProfileManager> m_rooms;
    std::unique_ptr<SceneCollection> m_scenes;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HotkeyManager> m_hotkeys;
    std::unique_ptr<PluginRegistry> m_registry; ///< outlives the plugin manager
    std::unique_ptr<PluginManager> m_plugins;
    std::unique_ptr<Recorder> m_recorder;
    std::unique_ptr<PortraitCanvas> m_portrait;
    std::unique_ptr<GoLive> m_goLive; ///< made once the registry is there
    std::unique_ptr<PluginContext> m_ownContext; ///< the studio's own checks, registered like a plugin's
    std::unique_ptr<MicrophoneWatch> m_microphones;
    std::unique_ptr<StudioChecks> m_checks;
};

} // namespace lj
