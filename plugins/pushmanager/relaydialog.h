#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lj::push {

class PushManager;

/// Relay through the base (基地中转): the server configuration for the
/// technician, shown with the keys hidden and saved with them (owner-only
/// file) after a warning that says what the file holds.
class RelayDialog final : public QDialog {
    Q_OBJECT
public:
    explicit RelayDialog(PushManager &manager, QWidget *parent = nullptr);

private:
    void updatePreview();
    void save();

    PushManager &m_manager;
    QComboBox *m_engine;
    QPlainTextEdit *m_preview;
    QLineEdit *m_path;
    QPushButton *m_save;
    QLabel *m_result;
};

} // namespace lj::push
