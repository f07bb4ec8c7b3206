#include "relaydialog.h"

#include "pushmanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lj::push {

RelayDialog::RelayDialog(PushManager &manager, QWidget *parent)
    : QDialog(parent), m_manager(manager), m_engine(new QComboBox(this)), m_preview(new QPlainTextEdit(this)),
      m_path(new QLineEdit(this)), m_save(new QPushButton(tr("Save for the server"), this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("relayDialog"));
    setWindowTitle(tr("Relay through the base"));
    m_engine->setObjectName(QStringLiteral("relayEngine"));
    m_engine->addItem(QStringLiteral("nginx-rtmp"), QStringLiteral("nginx-rtmp"));
    m_engine->addItem(QStringLiteral("SRS"), QStringLiteral("srs"));
    if (const PushTarget *relay = manager.relay())
        m_engine->setCurrentIndex(qMax(0, m_engine->findData(relay->relayEngine)));
    m_preview->setObjectName(QStringLiteral("relayPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_path->setObjectName(QStringLiteral("relayPath"));
    m_path->setText(QDir::home().filePath(QStringLiteral("longjiang-relay.conf")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the relay configuration"), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_save->setObjectName(QStringLiteral("saveRelay"));
    m_result->setObjectName(QStringLiteral("relayResult"));
    m_result->setWordWrap(true);
    auto *intro = new QLabel(tr("The studio pushes one stream to the base's server, and the server sends it on to every other "
                                "platform of this room: the uplink carries one stream however many platforms there are. "
                                "Give this configuration to the base's technician."),
                             this);
    intro->setWordWrap(true);
    auto *warning = new QLabel(QStringLiteral("⚠ ") + RelayConfig::keysWarning(), this);
    warning->setObjectName(QStringLiteral("relayWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b06000"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(m_save);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_engine);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(warning);
    layout->addLayout(pathRow);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &RelayDialog::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &RelayDialog::save);
    resize(760, 560);
    updatePreview();
}

void RelayDialog::updatePreview()
{
    m_preview->setPlainText(m_manager.baseRelay().preview(RelayConfig::engineFromId(m_engine->currentData().toString())));
}

void RelayDialog::save()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    m_save->setEnabled(false);
    QPointer<RelayDialog> self(this);
    m_manager.baseRelay().writeConfig(path, RelayConfig::engineFromId(m_engine->currentData().toString()), [self, path](const QString &error) {
        if (!self)
            return;
        self->m_save->setEnabled(true);
        self->m_result->setText(error.isEmpty() ? tr("Saved to %1, readable by you only. It holds the stream keys: copy it to the "
                                                     "base's server and delete this copy.")
                                                      .arg(QDir::toNativeSeparators(path))
                                                : error);
        self->m_result->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
    });
}

} // namespace lj::push
