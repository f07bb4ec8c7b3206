#pragma once

#include "pushtarget.h"
#include "pushurl.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lj::push {

/// Adds or edits one target. The key field is masked unless the host asks to
/// see it; a pasted full push URL is split into server and key at once.
class TargetDialog final : public QDialog {
    Q_OBJECT
public:
    /// `hasSavedKey`: the target already has a key in the keychain (left empty = keep it).
    TargetDialog(const PushTarget &target, bool hasSavedKey, QWidget *parent = nullptr);

    PushTarget target() const;
    /// The key typed (empty: keep the saved one).
    QString key() const;
    /// The SRT passphrase typed (or pasted inside the address); empty: keep the saved one, if any.
    QString passphrase() const;
    void accept() override;

private:
    void onPlatformChanged();
    void onAddressEdited();
    void updateExpiry();
    PushUrl address() const;

    PushTarget m_target;
    bool m_hasSavedKey;
    QComboBox *m_platform;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_key;
    QCheckBox *m_reveal;
    QLabel *m_hint;
    QLabel *m_expiry;
    QLabel *m_problem;
    QCheckBox *m_ownEncoder;
    QSpinBox *m_bitrate;
    QSpinBox *m_delay;
    QSpinBox *m_retries;
    QCheckBox *m_classroom;
    QCheckBox *m_main;
    QComboBox *m_relayEngine;
    QLineEdit *m_relayStat;
    QSpinBox *m_srtLatency;
    QLineEdit *m_srtPassphrase;
    QComboBox *m_canvas;
    bool m_canvasChosen = false; ///< the host picked the canvas: a platform change keeps it
    int m_keyLength = 0; ///< the key field's length after the last edit (a jump of more is a paste)
};

} // namespace lj::push
