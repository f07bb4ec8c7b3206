#include "remotesettingspage.h"

#include "remotepassword.h"

#include "core/plugincontext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lj::remote {

RemoteSettingsPage::RemoteSettingsPage(PluginContext &context, const RemoteSettings &current, Apply apply, QWidget *parent)
    : SettingsPage(parent), m_context(context), m_apply(std::move(apply))
{
    auto *layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Let the base console and controllers (Stream Deck, Companion) steer this room"), this);
    m_enabled->setObjectName(QStringLiteral("remoteEnabled"));
    m_enabled->setChecked(current.enabled);
    layout->addWidget(m_enabled);
    auto *form = new QFormLayout;
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("remotePort"));
    m_port->setRange(1024, 65535);
    m_port->setValue(current.port);
    m_port->setToolTip(tr("Each room on one computer needs a port of its own."));
    form->addRow(tr("Port:"), m_port);
    m_network = new QCheckBox(tr("Other computers of the base may connect (otherwise only this computer)"), this);
    m_network->setObjectName(QStringLiteral("remoteNetwork"));
    m_network->setChecked(current.network);
    form->addRow(m_network);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("remoteAddresses"));
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    form->addRow(tr("Address:"), m_where);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("remotePassword"));
    m_password->setReadOnly(true);
    m_password->setPlaceholderText(tr("Kept in the keychain; not shown again"));
    m_newPassword = new QPushButton(tr("New password"), this);
    m_newPassword->setObjectName(QStringLiteral("remoteNewPassword"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_newPassword);
    form->addRow(tr("Password:"), passwordRow);
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(QStringLiteral("remotePasswordNote"));
    m_passwordNote->setWordWrap(true);
    form->addRow(m_passwordNote);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        // The first time it is turned on, a password is made (and shown once).
        if (on && !passwordFromEnvironment() && currentPassword(m_context.secrets()).isEmpty())
            newPassword();
        refresh();
    });
    connect(m_network, &QCheckBox::toggled, this, &RemoteSettingsPage::refresh);
    connect(m_port, &QSpinBox::valueChanged, this, &RemoteSettingsPage::refresh);
    connect(m_newPassword, &QPushButton::clicked, this, &RemoteSettingsPage::newPassword);
    refresh();
}

QString RemoteSettingsPage::addresses() const
{
    QStringList where;
    where << QStringLiteral("ws://127.0.0.1:%1").arg(m_port->value());
    if (m_network->isChecked())
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                where << QStringLiteral("ws://%1:%2").arg(a.toString()).arg(m_port->value());
    return where.join(QLatin1Char('\n'));
}

void RemoteSettingsPage::refresh()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_network), static_cast<QWidget *>(m_newPassword)})
        w->setEnabled(on);
    m_newPassword->setEnabled(on && !passwordFromEnvironment());
    m_where->setText(on ? addresses() : tr("Off"));
}

void RemoteSettingsPage::newPassword()
{
    QString error;
    const QString made = makePassword(m_context.secrets(), &error);
    if (made.isEmpty()) {
        m_password->clear();
        m_passwordNote->setText(tr("No password could be kept, so remote control cannot be turned on: %1").arg(error));
        return;
    }
    // Shown here this once: the technician copies it into the base console now.
    m_password->setText(made);
    m_passwordNote->setText(tr("Write this password into the base console now: it is kept in the keychain and not shown again. "
                               "Consoles that used the old password must be given the new one."));
}

bool RemoteSettingsPage::apply(QString *error)
{
    RemoteSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.port = quint16(m_port->value());
    settings.network = m_network->isChecked();
    return m_apply(settings, error);
}

} // namespace lj::remote
