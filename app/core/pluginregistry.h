#pragma once

#include "core/export.h"
#include "core/preflight.h"

#include <obs.h>

#include <QByteArray>
#include <QList>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QAction;
class QWidget;

namespace lj {

class HotkeyManager;
class LiveService;
class SceneCollection;
class SettingsPage;
struct VideoSettings;

/// A dock a plugin adds to the main window (created only when there is a window).
struct DockContribution {
    QString id;    ///< stable, used to save the window layout
    QString title; ///< translated
    std::function<QWidget *(QWidget *parent)> create;
    QString owner; ///< the plugin's id (set by the context)
};

/// A menu action a plugin adds. `menu` is one of "file", "view", "tools", "help".
struct ActionContribution {
    QString menu;
    std::function<QAction *(QObject *parent)> create;
    QString owner;
    /// Triggered once by the window on the studio's very first start (the guide).
    bool onFirstStart = false;
};

/// A page a plugin adds to the settings dialog.
struct SettingsPageContribution {
    QString id;
    QString title;
    std::function<SettingsPage *(QWidget *parent)> create;
    QString owner;
};

/// What a plugin adds to the built-in demo room when it is made (first run,
/// or a room whose scenes could not be read): sources in its one scene.
using DemoContribution = std::function<void(SceneCollection &scenes, obs_scene_t *scene, const VideoSettings &video)>;

/// What a plugin adds to a room's portrait (9:16) scene when it is first
/// made: its overlays laid out for the phone platforms' apps, on a canvas of `size`.
using PortraitContribution = std::function<void(SceneCollection &scenes, obs_scene_t *portrait, QSize size)>;

/// A compact panel a plugin adds to the host layout (主播模式), beside the
/// preview and the go-live button: the current product, today's sales...
struct HostPanelContribution {
    QString id;
    int order = 50; ///< lower first
    std::function<QWidget *(QWidget *parent)> create;
    QString owner;
};

/// What `longjiang-studio --report` asks for: the report of a show from its recording.
struct ReportRequest {
    QString recording; ///< the show's recording (any file FFmpeg reads)
    qint64 showId = 0; ///< 0: the show that ran while the recording was made
    QString out;       ///< the report's file: .html, .pdf or .json
};
/// Writes a show's report (the coaching plugin offers one). False with the
/// reason in plain words.
using ReportWriter = std::function<bool(const ReportRequest &request, QString *error)>;

/// What `longjiang-studio --clips` asks for: one clip per product explained (直播切片).
struct ClipsRequest {
    QString recording; ///< the show's recording
    qint64 showId = 0; ///< 0: the show that ran while the recording was made
    QString outDir;    ///< where the clips go (made if missing)
    bool portrait = false; ///< 9:16 clips from a landscape recording
    bool exact = false;    ///< re-encoded, cut on the frame (else stream copy from the keyframe before)
};
/// Cuts the clips (the coaching plugin offers it), telling `print` a line per
/// clip. False with the reason in plain words when not every clip was made.
using ClipsWriter = std::function<bool(const ClipsRequest &request, const std::function<void(const QString &line)> &print, QString *error)>;

/// What a plugin answers a remote controller (the base console, a trainer's
/// classroom): a request of the "longjiang" vendor beside the remote-control
/// plugin's own. Called on the Qt thread.
struct RemoteReply {
    bool ok = true;
    QString error;     ///< plain words, when not ok
    QJsonObject data;  ///< the answer
};
struct RemoteRequestContribution {
    QString type; ///< e.g. "GetRundown"
    std::function<RemoteReply(const QJsonObject &data)> handle;
};

/// Where a libobs source type's callbacks find the plugin state behind it
/// (obs_source_info::type_data). The owner is cleared when the plugin's
/// contributions are withdrawn: libobs cannot unregister a type, so a source
/// made later finds no owner and stays empty instead of reaching freed state.
struct SourceTypeSlot {
    void *owner = nullptr;
};

/// Everything the loaded plugins have contributed, tagged with who
/// contributed it, and the services they export. The shell reads it; a
/// plugin reaches it only through its own PluginContext.
class LJ_CORE_EXPORT PluginRegistry final : public QObject {
    Q_OBJECT
public:
    explicit PluginRegistry(HotkeyManager &hotkeys, QObject *parent = nullptr);
    ~PluginRegistry() override;

    std::vector<DockContribution> docks() const;
    std::vector<ActionContribution> actions() const;
    std::vector<SettingsPageContribution> settingsPages() const;
    QStringList sourceTypes() const;
    std::vector<LiveService *> liveServices() const;
    std::vector<DemoContribution> demoContent() const;
    std::vector<PortraitContribution> portraitContent() const;
    std::vector<PreflightCheck> preflightChecks() const;
    /// Host panels, by their order.
    std::vector<HostPanelContribution> hostPanels() const;
    std::vector<ReportWriter> reportWriters() const;
    std::vector<ClipsWriter> clipsWriters() const;
    std::vector<RemoteRequestContribution> remoteRequests() const;

    /// How many contributions of every kind (services included) `owner` has.
    int count(const QString &owner) const;
    /// Removes everything `owner` contributed, newest first: the widgets and
    /// actions made from its factories are deleted, its hotkeys unregistered,
    /// its source types lose their owner, its services go. Returns how many.
    int withdraw(const QString &owner);
    /// Every contribution withdrawn since the registry was made.
    int withdrawnTotal() const { return m_withdrawnTotal; }

    /// Who exports service `id` (empty: nobody).
    QString serviceOwner(const QByteArray &id) const;
    void *serviceObject(const QByteArray &id) const;

Q_SIGNALS:
    /// After `owner`'s contributions were withdrawn (`count` of them).
    void withdrawn(const QString &owner, int count);

private:
    friend class PluginContext;
    struct Entry {
        enum class Kind { Dock, Action, SettingsPage, SourceType, LiveService, DemoContent, PortraitContent, Hotkey, Service, Preflight, HostPanel, Report, Clips, RemoteRequest };
        Kind kind;
        QString owner;
        QString name; ///< id, hotkey name, source type or service id
        DockContribution dock;
        ActionContribution action;
        SettingsPageContribution page;
        SourceTypeSlot *slot = nullptr;
        LiveService *live = nullptr;
        DemoContribution demo;
        PortraitContribution portrait;
        PreflightCheck check;
        HostPanelContribution hostPanel;
        ReportWriter report;
        ClipsWriter clips;
        RemoteRequestContribution remote;
        void *service = nullptr;
        std::shared_ptr<QList<QPointer<QObject>>> made; ///< what its factory created
    };
    void add(Entry entry);
    /// `field` of every entry of `kind`, in registration order.
    template <typename T>
    std::vector<T> collect(Entry::Kind kind, T Entry::*field) const;
    /// Wraps a factory so whatever it creates is deleted on withdrawal.
    template <typename R, typename A>
    std::function<R *(A *)> tracked(std::function<R *(A *)> create, const std::shared_ptr<QList<QPointer<QObject>>> &made);
    SourceTypeSlot *newSlot(void *owner);
    const Entry *serviceEntry(const QByteArray &id) const;

    HotkeyManager &m_hotkeys;
    std::vector<Entry> m_entries;
    std::vector<std::unique_ptr<SourceTypeSlot>> m_slots; ///< kept while libobs may call back
    int m_withdrawnTotal = 0;
};

} // namespace lj
