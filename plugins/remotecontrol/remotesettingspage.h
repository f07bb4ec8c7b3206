#pragma once

// Settings → Remote control: lets the base console and controllers (Stream
// Deck, Companion) steer this room. Off by default; turning it on makes a
// password, shown here once and kept in the keychain; this computer only
// unless the technician opens it to the base's network.

#include "remotecontrol.h"

#include "core/settingspage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lj {
class PluginContext;
}

namespace lj::remote {

class RemoteSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    /// `apply` stores the settings and restarts the server; false with the reason.
    using Apply = std::function<bool(const RemoteSettings &settings, QString *error)>;
    RemoteSettingsPage(PluginContext &context, const RemoteSettings &current, Apply apply, QWidget *parent = nullptr);

    bool apply(QString *error) override;

private:
    void refresh();
    void newPassword();
    QString addresses() const;

    PluginContext &m_context;
    Apply m_apply;
    QCheckBox *m_enabled;
    QSpinBox *m_port;
    QCheckBox *m_network;
    QLabel *m_where;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QPushButton *m_newPassword;
};

} // namespace lj::remote
