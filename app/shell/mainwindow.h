#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QToolButton;

namespace lj {

class FiltersPanel;
class GoLive;
class HostBar;
class MixerPanel;
class PreviewWidget;
class PropertyEditor;
class RecordPanel;
class ScenesPanel;
class SourcesPanel;
class Studio;
class WindowLayout;

/// The studio window: preview in the middle, docks around it. It only arranges
/// the panels; each panel owns its own behaviour.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Studio &studio, QWidget *parent = nullptr);

    PreviewWidget *preview() const { return m_preview; }
    /// The portrait canvas beside the landscape preview (while it runs).
    PreviewWidget *portraitPreview() const { return m_portraitPreview; }
    /// Shows and edits the portrait (9:16) canvas in the preview and the
    /// sources panel (false: the landscape one). False when it cannot run.
    bool editPortrait(bool portrait);
    ScenesPanel *scenesPanel() const { return m_scenes; }
    SourcesPanel *sourcesPanel() const { return m_sources; }
    FiltersPanel *filtersPanel() const { return m_filters; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    RecordPanel *recordPanel() const { return m_record; }
    HostBar *hostBar() const { return m_hostBar; }
    WindowLayout *windowLayout() const { return m_layout; }
    GoLive *goLiveControl() const { return m_goLive; }

    void openSettings();
    /// Starts every live service (the push targets of the room).
    void goLive();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *panel,
                          Qt::DockWidgetArea area);
    void buildMenus();
    void rebuildRoomsMenu();
    void updateTitle();
    void updateStatus();
    void newRoom();
    void duplicateRoom();
    void renameRoom();
    void deleteRoom();
    void showStartupWarnings();
    /// Opens the place a check before going live points to ("dock:<id>", "settings:<id>").
    void openFix(const QString &where);
    void applyRoomLayout();
    /// The side preview of the portrait canvas: shown while it runs and the main preview shows landscape.
    void updateCanvasViews();

    Studio &m_studio;
    PreviewWidget *m_preview;
    PreviewWidget *m_portraitPreview;
    QWidget *m_canvasBar;
    QToolButton *m_landscapeButton;
    QToolButton *m_portraitButton;
    ScenesPanel *m_scenes;
    SourcesPanel *m_sources;
    FiltersPanel *m_filters;
    PropertyEditor *m_properties;
    MixerPanel *m_mixer;
    RecordPanel *m_record;
    GoLive *m_goLive;
    HostBar *m_hostBar;
    WindowLayout *m_layout;
    QToolButton *m_layoutToggle;
    QMenu *m_roomsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_status;
    QLabel *m_rehearsalBadge;
};

} // namespace lj
