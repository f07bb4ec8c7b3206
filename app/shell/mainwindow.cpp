#include "mainwindow.h"

#include "core/appsettings.h"
#include "core/golive.h"
#include "core/liveservice.h"
#include "core/logging.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/pluginregistry.h"
#include "core/portraitcanvas.h"
#include "core/scenecollection.h"
#include "core/studio.h"
#include "filtersdock.h"
#include "hostbar.h"
#include "mixerdock.h"
#include "previewwidget.h"
#include "propertyeditor.h"
#include "recordpanel.h"
#include "scenesdock.h"
#include "settingsdialog.h"
#include "templatedialog.h"
#include "sourcesdock.h"
#include "uiutil.h"
#include "windowlayout.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QTimer>
#include <QUrl>

namespace lj {

MainWindow::MainWindow(Studio &studio, QWidget *parent)
    : QMainWindow(parent), m_studio(studio), m_preview(new PreviewWidget(studio, this)),
      m_portraitPreview(new PreviewWidget(studio, this)), m_canvasBar(new QWidget(this)), m_landscapeButton(new QToolButton(this)),
      m_portraitButton(new QToolButton(this)),
      m_scenes(new ScenesPanel(studio.scenes(), this)), m_sources(new SourcesPanel(studio, this)),
      m_filters(new FiltersPanel(this)),
      m_properties(new PropertyEditor(this)), m_mixer(new MixerPanel(studio, this)),
      m_record(new RecordPanel(studio, this)), m_goLive(&studio.goLive()), m_hostBar(new HostBar(studio, *m_goLive, this)),
      m_layout(new WindowLayout(*this, *m_hostBar, this)), m_layoutToggle(new QToolButton(this)), m_status(new QLabel(this)),
      m_rehearsalBadge(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The preview, and under it the host's controls (shown in the host layout).
    auto *centre = new QWidget(this);
    auto *column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // Rehearsal (彩排) is plain to see above the picture, never on the video itself.
    m_rehearsalBadge->setObjectName(QStringLiteral("rehearsalBadge"));
    m_rehearsalBadge->setText(tr("REHEARSAL (彩排) — nothing goes to public platforms; orders are made up; it is recorded for the "
                                 "coaching report."));
    m_rehearsalBadge->setWordWrap(true);
    m_rehearsalBadge->setStyleSheet(QStringLiteral("background:#f59f00; color:black; font-weight:bold; padding:4px 8px;"));
    const auto showBadge = [this] { m_rehearsalBadge->setVisible(m_studio.room().rehearsal); };
    showBadge();
    connect(&studio, &Studio::roomSettingsChanged, this, showBadge);
    connect(&studio, &Studio::roomChanged, this, showBadge);
    column->addWidget(m_rehearsalBadge);
    // Which canvas the preview and the sources panel edit: the landscape one, or the phones' portrait one.
    m_canvasBar->setObjectName(QStringLiteral("canvasBar"));
    auto *bar = new QHBoxLayout(m_canvasBar);
    bar->setContentsMargins(6, 2, 6, 2);
    bar->addWidget(new QLabel(tr("Canvas:"), m_canvasBar));
    for (QToolButton *button : {m_landscapeButton, m_portraitButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    m_landscapeButton->setObjectName(QStringLiteral("editLandscape"));
    m_landscapeButton->setText(tr("Landscape 16:9"));
    m_landscapeButton->setChecked(true);
    m_portraitButton->setObjectName(QStringLiteral("editPortrait"));
    m_portraitButton->setText(tr("Portrait 9:16"));
    m_portraitButton->setToolTip(tr("The canvas 抖音, 快手 and 视频号 show on phones: the same sources placed for a "
                                    "tall frame, and sources of its own. Targets choose their canvas."));
    bar->addStretch(1);
    column->addWidget(m_canvasBar);
    m_portraitPreview->setObjectName(QStringLiteral("portraitPreview"));
    m_portraitPreview->setPortrait(true);
    m_portraitPreview->setAttribute(Qt::WA_TransparentForMouseEvents); // a view of what goes live; edited in the main preview
    m_portraitPreview->setToolTip(tr("The portrait canvas, as the phone platforms receive it."));
    auto *previews = new QHBoxLayout;
    previews->setSpacing(2);
    previews->addWidget(m_preview, 3);
    previews->addWidget(m_portraitPreview, 1);
    column->addLayout(previews, 1);
    connect(m_landscapeButton, &QToolButton::clicked, this, [this] { editPortrait(false); });
    connect(m_portraitButton, &QToolButton::clicked, this, [this] { editPortrait(true); });
    connect(&studio.portrait(), &PortraitCanvas::activeChanged, this, &MainWindow::updateCanvasViews);
    updateCanvasViews();
    column->addWidget(m_hostBar);
    setCentralWidget(centre);
    connect(m_hostBar, &HostBar::fixRequested, this, &MainWindow::openFix);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    addPanel(QStringLiteral("scenesDock"), tr("Scenes"), m_scenes, Qt::BottomDockWidgetArea);
    addPanel(QStringLiteral("sourcesDock"), tr("Sources"), m_sources, Qt::BottomDockWidgetArea);
    addPanel(QStringLiteral("filtersDock"), tr("Filters"), m_filters, Qt::BottomDockWidgetArea);
    addPanel(QStringLiteral("mixerDock"), tr("Audio Mixer"), m_mixer, Qt::BottomDockWidgetArea);
    addPanel(QStringLiteral("controlsDock"), tr("Recording"), m_record, Qt::BottomDockWidgetArea);
    addPanel(QStringLiteral("propertiesDock"), tr("Properties"), m_properties, Qt::RightDockWidgetArea);
    for (const DockContribution &dock : studio.pluginRegistry().docks()) {
        if (QWidget *panel = dock.create(this)) {
            QDockWidget *frame = addPanel(dock.id, dock.title, panel, Qt::RightDockWidgetArea);
            // A plugin's dock goes with the plugin (its widget is deleted when
            // the plugin's contributions are withdrawn).
            connect(panel, &QObject::destroyed, frame, &QObject::deleteLater);
        }
    }
    statusBar()->addPermanentWidget(m_status);
    m_layoutToggle->setObjectName(QStringLiteral("layoutToggle"));
    statusBar()->addPermanentWidget(m_layoutToggle);
    connect(m_layoutToggle, &QToolButton::clicked, this, [this] {
        const WindowLayout::Mode next = m_layout->mode() == WindowLayout::Mode::Host ? WindowLayout::Mode::Technician : WindowLayout::Mode::Host;
        m_layout->setMode(next);
        m_studio.settings().setLayoutMode(m_studio.room().name, WindowLayout::key(next));
    });
    connect(m_layout, &WindowLayout::modeChanged, this, [this](WindowLayout::Mode mode) {
        m_layoutToggle->setText(mode == WindowLayout::Mode::Host ? tr("Technician layout") : tr("Host layout"));
        // The host sees what goes live (landscape, and portrait beside it while pushed); arranging is the technician's.
        m_canvasBar->setVisible(mode == WindowLayout::Mode::Technician);
        if (mode == WindowLayout::Mode::Host)
            editPortrait(false);
        m_layout->fitToScreen();
    });
    buildMenus();

    connect(m_sources, &SourcesPanel::itemSelected, this, [this](obs_sceneitem_t *item) {
        m_preview->setSelectedItem(item);
        m_properties->setSource(item ? obs_sceneitem_get_source(item) : nullptr);
        m_filters->setSource(item ? obs_sceneitem_get_source(item) : nullptr);
    });
    // A filter chosen: its settings (a live preview of them in the picture); none: the source's again.
    connect(m_filters, &FiltersPanel::filterSelected, this, [this](obs_source_t *filter) {
        m_properties->setSource(filter ? filter : m_filters->source());
    });
    connect(m_preview, &PreviewWidget::itemSelected, m_sources, &SourcesPanel::selectItem);
    connect(&studio, &Studio::roomChanged, this, [this] {
        editPortrait(false);
        updateTitle();
        rebuildRoomsMenu();
        applyRoomLayout();
    });

    auto *statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    statusTimer->start(1000);
    updateTitle();
    updateStatus();

    const AppSettings &settings = studio.settings();
    resize(1280, 800);
    restoreGeometry(settings.windowGeometry());
    if (!restoreState(settings.windowState()))
        m_layout->resetTechnician();
    applyRoomLayout();
    QTimer::singleShot(0, this, &MainWindow::showStartupWarnings);
}

bool MainWindow::editPortrait(bool portrait)
{
    if (portrait == m_preview->isPortrait())
        return true;
    if (portrait) {
        QString error;
        if (!m_studio.portrait().require(QStringLiteral("preview"), true, &error)) {
            showError(this, error);
            m_landscapeButton->setChecked(true);
            return false;
        }
    }
    m_preview->setPortrait(portrait);
    m_sources->setPortrait(portrait);
    m_properties->setSource(nullptr);
    (portrait ? m_portraitButton : m_landscapeButton)->setChecked(true);
    if (!portrait)
        m_studio.portrait().require(QStringLiteral("preview"), false);
    updateCanvasViews();
    return true;
}

void MainWindow::updateCanvasViews()
{
    m_portraitPreview->setVisible(m_studio.portrait().isActive() && !m_preview->isPortrait());
}

QDockWidget *MainWindow::addPanel(const QString &objectName, const QString &title, QWidget *panel,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_roomsMenu = file->addMenu(tr("&Rooms"));
    m_roomsMenu->setObjectName(QStringLiteral("roomsMenu"));
    file->addAction(tr("&New room…"), this, &MainWindow::newRoom);
    file->addAction(tr("New room from &template…"), this, [this] {
        TemplateDialog dialog(m_studio.settings().effectiveLocale(), this);
        QString error;
        if (dialog.exec() == QDialog::Accepted && !m_studio.createRoomFromTemplate(dialog.roomName(), dialog.templateId(), &error))
            showError(this, error);
        rebuildRoomsMenu();
    });
    file->addAction(tr("&Duplicate room…"), this, &MainWindow::duplicateRoom);
    file->addAction(tr("Re&name room…"), this, &MainWindow::renameRoom);
    file->addAction(tr("De&lete room…"), this, &MainWindow::deleteRoom);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *reset = m_viewMenu->addAction(tr("&Reset layout"), this, [this] {
        m_layout->setMode(WindowLayout::Mode::Technician);
        m_layout->resetTechnician();
    });
    reset->setObjectName(QStringLiteral("resetLayout"));
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    const std::map<QString, QMenu *> menus = {
        {QStringLiteral("file"), file}, {QStringLiteral("view"), m_viewMenu},
        {QStringLiteral("tools"), tools}, {QStringLiteral("help"), help}};
    const bool firstStart = !m_studio.settings().firstStartDone();
    for (const ActionContribution &action : m_studio.pluginRegistry().actions()) {
        auto it = menus.find(action.menu);
        QAction *created = action.create(this);
        if (!created)
            continue;
        (it != menus.end() ? it->second : tools)->addAction(created);
        if (firstStart && action.onFirstStart) // once the window is up
            QTimer::singleShot(0, created, &QAction::trigger);
    }
    if (firstStart) {
        m_studio.settings().setFirstStartDone();
        m_studio.settings().sync();
    }
    tools->menuAction()->setVisible(!tools->isEmpty());

    help->addAction(tr("Show current &log"), this, [] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(StudioLog::currentFile()));
    });
    help->addAction(tr("Open log &folder"), this, [] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(StudioPaths::logsDir()));
    });
    help->addSeparator();
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About"),
                           tr("<b>Longjiang Live Studio</b> %1<br>Live e-commerce streaming studio, "
                              "built on libobs %2 and Qt %3.")
                               .arg(QApplication::applicationVersion(),
                                    QString::fromUtf8(obs_get_version_string()),
                                    QString::fromLatin1(qVersion())));
    });
    rebuildRoomsMenu();
}

void MainWindow::applyRoomLayout()
{
    m_layout->setMode(WindowLayout::fromKey(m_studio.settings().layoutMode(m_studio.room().name)));
    m_layoutToggle->setText(m_layout->mode() == WindowLayout::Mode::Host ? tr("Technician layout") : tr("Host layout"));
    m_layout->fitToScreen();
}


void MainWindow::openFix(const QString &where)
{
    if (where.startsWith(QLatin1String("settings:"))) {
        openSettings();
        return;
    }
    m_layout->showDock(where.mid(int(qstrlen("dock:"))));
}

void MainWindow::rebuildRoomsMenu()
{
    m_roomsMenu->clear();
    auto *group = new QActionGroup(m_roomsMenu);
    for (const QString &name : m_studio.rooms().names()) {
        QAction *action = m_roomsMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == m_studio.room().name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            QString error;
            if (!m_studio.switchRoom(name, &error))
                showError(this, error);
            rebuildRoomsMenu();
        });
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — Room: %2").arg(QApplication::applicationDisplayName(), m_studio.room().name));
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("Room: %1  |  %2 fps  |  skipped frames: %3")
                          .arg(m_studio.room().name)
                          .arg(obs_get_active_fps(), 0, 'f', 1)
                          .arg(obs_get_lagged_frames()));
}

void MainWindow::newRoom()
{
    const QString name = QInputDialog::getText(this, tr("New room"), tr("Name of the new room:"));
    if (name.isNull())
        return;
    QString error;
    if (!m_studio.rooms().create(name, &error) || !m_studio.switchRoom(name, &error))
        showError(this, error);
    rebuildRoomsMenu();
}

void MainWindow::duplicateRoom()
{
    const QString from = m_studio.room().name;
    QString error;
    if (!m_studio.saveRoom(&error)) {
        showError(this, error);
        return;
    }
    const QString name = QInputDialog::getText(this, tr("Duplicate room"), tr("Name of the copy:"),
                                               QLineEdit::Normal, tr("%1 copy").arg(from));
    if (name.isNull())
        return;
    if (!m_studio.rooms().duplicate(from, name, &error) || !m_studio.switchRoom(name, &error))
        showError(this, error);
    rebuildRoomsMenu();
}

void MainWindow::renameRoom()
{
    const QString from = m_studio.room().name;
    const QString name = QInputDialog::getText(this, tr("Rename room"), tr("New name:"), QLineEdit::Normal, from);
    if (name.isNull() || name == from)
        return;
    QString error;
    if (!m_studio.renameRoom(from, name, &error))
        showError(this, error);
    rebuildRoomsMenu();
}

void MainWindow::deleteRoom()
{
    const QString current = m_studio.room().name;
    QStringList others = m_studio.rooms().names();
    others.removeAll(current);
    if (others.isEmpty()) {
        showError(this, tr("This is the only room. Create another room before deleting it."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete room"),
                              tr("Delete the room \"%1\" with all its scenes? This cannot be undone.").arg(current)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!m_studio.switchRoom(others.first(), &error) || !m_studio.rooms().remove(current, &error))
        showError(this, error);
    rebuildRoomsMenu();
}

void MainWindow::goLive()
{
    for (LiveService *service : m_studio.pluginRegistry().liveServices())
        service->goLive();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_studio, this);
    dialog.exec();
}

void MainWindow::showStartupWarnings()
{
    const QStringList warnings = m_studio.startupWarnings();
    if (!warnings.isEmpty())
        showError(this, warnings.join(QStringLiteral("\n\n")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_studio.settings().setWindowLayout(saveGeometry(), saveState());
    m_studio.settings().sync();
    QString error;
    if (!m_studio.saveRoom(&error))
        qWarning("could not save the room: %s", qPrintable(error));
    event->accept();
}

} // namespace lj
