#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace lj {
class PluginContext;
}
namespace lj::catalog {
class CatalogService;
}
namespace lj::push {
class PushService;
}
namespace lj::shelf {
class ShelfService;
}

namespace lj::guide {

/// 开播向导: five steps a novice host walks through once, each of which can
/// be skipped and done later — a room from a template; the camera (or, when
/// there is none, a phone, a capture card, the screen, a picture or a video
/// file); the microphone; the platforms, by pasting the push URLs their
/// consoles give; today's rundown. It ends on the host layout, ready to go live.
class GuideDialog final : public QDialog {
    Q_OBJECT
public:
    enum Step { Template, Camera, Microphone, Platforms, Rundown };

    GuideDialog(PluginContext &context, push::PushService &push, catalog::CatalogService &catalog, shelf::ShelfService &shelf,
                QWidget *parent = nullptr);

    int step() const;

private:
    QWidget *templatePage();
    QWidget *cameraPage();
    QWidget *microphonePage();
    QWidget *platformsPage();
    QWidget *rundownPage();
    void goTo(int step);
    /// Does what the current step asks (false: stay, the reason is shown).
    bool applyStep();
    bool applyCamera(QString *error);
    void addPlatform();
    void refreshPlatforms();

    PluginContext &m_context;
    push::PushService &m_push;
    catalog::CatalogService &m_catalog;
    shelf::ShelfService &m_shelf;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    QPushButton *m_back, *m_skip, *m_next;
    // Template
    QListWidget *m_templates = nullptr;
    QLineEdit *m_roomName = nullptr;
    // Camera
    QButtonGroup *m_cameraChoice = nullptr;
    QLineEdit *m_cameraValue = nullptr;
    // Platforms
    QComboBox *m_platform = nullptr;
    QLineEdit *m_pushUrl = nullptr;
    QListWidget *m_platforms = nullptr;
    // Rundown
    QComboBox *m_rundown = nullptr;
};

} // namespace lj::guide
