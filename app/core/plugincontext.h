#pragma once

#include "core/export.h"

#include <obs.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QAction;
class QObject;
class QWidget;

namespace lj {

class LiveService;
class Studio;
class SettingsPage;
class SceneCollection;
struct VideoSettings;

/// A dock a plugin adds to the main window (created only when there is a window).
struct DockContribution {
    QString id;    ///< stable, used to save the window layout
    QString title; ///< translated
    std::function<QWidget *(QWidget *parent)> create;
};

/// A menu action a plugin adds. `menu` is one of "file", "view", "tools", "help".
struct ActionContribution {
    QString menu;
    std::function<QAction *(QObject *parent)> create;
};

/// A page a plugin adds to the settings dialog.
struct SettingsPageContribution {
    QString id;
    QString title;
    std::function<SettingsPage *(QWidget *parent)> create;
};

/// What a plugin adds to the built-in demo room when it is made (first run,
/// or a room whose scenes could not be read): sources in its one scene.
using DemoContribution = std::function<void(SceneCollection &scenes, obs_scene_t *scene, const VideoSettings &video)>;

/// What plugins contribute through, and what they may use: the studio's
/// services and typed registration points. No globals, no service locator.
class LJ_CORE_EXPORT PluginContext final {
public:
    explicit PluginContext(Studio &studio);

    Studio &studio() const { return m_studio; }
    /// The id of the plugin being initialised (contributions are tagged with it).
    QString currentPlugin() const { return m_currentPlugin; }
    void setCurrentPlugin(const QString &id) { m_currentPlugin = id; }

    void addDock(DockContribution dock);
    void addAction(ActionContribution action);
    void addSettingsPage(SettingsPageContribution page);
    /// Registers a libobs source type, so it can be added to scenes like any source.
    void addSourceType(const obs_source_info &info);
    /// Registers what `--go-live` and the Go Live controls start (not owned).
    void addLiveService(LiveService *service);
    void addDemoContent(DemoContribution contribution);

    const std::vector<DockContribution> &docks() const { return m_docks; }
    const std::vector<ActionContribution> &actions() const { return m_actions; }
    const std::vector<SettingsPageContribution> &settingsPages() const { return m_pages; }
    QStringList sourceTypes() const { return m_sourceTypes; }
    const std::vector<LiveService *> &liveServices() const { return m_liveServices; }
    const std::vector<DemoContribution> &demoContent() const { return m_demoContent; }

private:
    Studio &m_studio;
    QString m_currentPlugin;
    std::vector<DockContribution> m_docks;
    std::vector<ActionContribution> m_actions;
    std::vector<SettingsPageContribution> m_pages;
    QStringList m_sourceTypes;
    std::vector<LiveService *> m_liveServices;
    std::vector<DemoContribution> m_demoContent;
};

} // namespace lj
