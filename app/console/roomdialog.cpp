#include "roomdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace lj::console {

RoomDialog::RoomDialog(const RoomAddress &room, bool adding, QWidget *parent) : QDialog(parent), m_room(room), m_adding(adding)
{
    setWindowTitle(adding ? tr("Add a room") : tr("Edit room %1").arg(room.name));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(room.name, this);
    m_name->setObjectName(QStringLiteral("roomName"));
    m_name->setPlaceholderText(tr("e.g. Room 1"));
    m_host = new QLineEdit(room.host, this);
    m_host->setObjectName(QStringLiteral("roomHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("roomPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(room.port);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("roomPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(adding ? tr("As the studio showed it") : tr("Unchanged"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Studio address"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Password"), m_password);
    auto *hint = new QLabel(tr("The studio shows its address, port and password once, when remote control is turned on in its settings."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoomDialog::reject);
    form->addRow(buttons);
}

RoomAddress RoomDialog::room() const
{
    RoomAddress r = m_room;
    r.name = m_name->text().trimmed();
    r.host = m_host->text().trimmed();
    r.port = quint16(m_port->value());
    return r;
}

QString RoomDialog::password() const
{
    return m_password->text();
}

void RoomDialog::accept()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the room a name.");
    else if (m_host->text().trimmed().isEmpty() || m_host->text().contains(QLatin1Char(' ')))
        problem = tr("Enter the studio's address, e.g. 192.168.1.21.");
    else if (m_adding && m_password->text().isEmpty())
        problem = tr("Enter the room's remote-control password.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace lj::console
