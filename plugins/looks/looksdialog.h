#pragma once

#include "core/obsptr.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <vector>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lj {
class LoudnessMeter;
class PluginContext;
}

namespace lj::looks {

/// 美颜与声音: the one-click presets (室内主播, 绿幕抠像, 户外田间, 人声清晰)
/// put on the room's camera and microphone; 绿幕抠像's background and crop
/// chosen in the same window. What a preset did stays editable in the
/// Filters panel.
class LooksDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LooksDialog(PluginContext &context, QWidget *parent = nullptr);

    /// Applies the chosen preset; false (the reason shown) when it could not.
    bool apply();

private:
    void fillSources();
    void presetChanged();
    QString chosenPreset() const;
    obs_source_t *chosen(const QComboBox *box, const std::vector<OBSSource> &sources) const;

    PluginContext &m_context;
    QButtonGroup *m_presets;
    QComboBox *m_camera, *m_microphone;
    QGroupBox *m_greenScreen;
    QLineEdit *m_background;
    QSpinBox *m_crop[4];
    QLabel *m_status;
    std::vector<OBSSource> m_cameras, m_microphones;
};

/// The host layout's line: which presets the camera and the microphone
/// wear, how loud the voice is against its target, and a button to change them.
class LooksHostPanel final : public QWidget {
    Q_OBJECT
public:
    explicit LooksHostPanel(PluginContext &context, QWidget *parent = nullptr);
    ~LooksHostPanel() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateVoice();
    PluginContext &m_context;
    QLabel *m_state;
    QLabel *m_voice;
    OBSSource m_voiceSource;
    std::unique_ptr<LoudnessMeter> m_meter;
    QTimer m_voiceTimer;
};

} // namespace lj::looks
