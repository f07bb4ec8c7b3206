#pragma once

#include "core/obsptr.h"

#include <QDialog>
#include <QTimer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace lj {
class PluginContext;
class SourcePreview;
class VolumeMeter;
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
/// file), with a live preview; the microphone, with a live level and a "say
/// something" check; the platforms, by pasting the push URLs their consoles
/// give; today's rundown, or the product spreadsheet imported as today's.
/// It ends on the host layout, ready to go live.
class GuideDialog final : public QDialog {
    Q_OBJECT
public:
    enum Step { Template, Camera, Microphone, Platforms, Rundown };

    GuideDialog(PluginContext &context, push::PushService &push, catalog::CatalogService &catalog, shelf::ShelfService &shelf,
                QWidget *parent = nullptr);

    ~GuideDialog() override;

    int step() const;
    /// A microphone above this level (dBFS) in the guide has heard the host.
    static constexpr float kHeardDb = -40.0f;

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
    /// Puts the chosen look on the room's camera and returns false with the reason when it could not.
    bool applyLook(QString *error);
    /// Chooses the template's presets for the camera and the microphone (or the studio's usual ones).
    void choosePresets(const QString &templateId);
    /// The source type and settings of the camera step's choice (null type: none chosen).
    const char *cameraChoice(obs_data_t *settings) const;
    /// Why the camera step's choice cannot be used yet (empty: it can).
    QString cameraProblem() const;
    /// Previews what the camera step's choice shows (when the step is on screen).
    void updateCameraPreview();
    void closeCameraPreview();
    /// Listens to the chosen microphone (when the step is on screen).
    void updateMicrophoneMeter();
    void importProducts();
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
    SourcePreview *m_cameraPreview = nullptr;
    QLabel *m_cameraState = nullptr;
    OBSSourceAutoRelease m_previewSource;
    QTimer m_previewDelay; ///< typing an address opens it once, when the typing stops
    // Microphone
    QCheckBox *m_useMicrophone = nullptr;
    QComboBox *m_microphone = nullptr;
    QComboBox *m_look = nullptr;  ///< the camera's preset (LookPresets)
    QComboBox *m_voice = nullptr; ///< the microphone's preset
    QWidget *m_meterPlace = nullptr;
    VolumeMeter *m_meter = nullptr;
    QLabel *m_heard = nullptr;
    OBSSourceAutoRelease m_meterSource;
    QTimer m_listen;
    // Platforms
    QComboBox *m_platform = nullptr;
    QLineEdit *m_pushUrl = nullptr;
    QListWidget *m_platforms = nullptr;
    // Rundown
    QComboBox *m_rundown = nullptr;
    QLabel *m_importReport = nullptr;
};

} // namespace lj::guide
