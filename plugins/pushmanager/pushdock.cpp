#include "pushdock.h"

#include "pushmanager.h"
#include "relaydialog.h"
#include "targetdialog.h"
#include "targetsmodel.h"

#include "core/atomicfile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lj::push {

PushDock::PushDock(PushManager &manager, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_model(new TargetsModel(manager, this)),
      m_table(new QTableView(this)), m_warning(new QLabel(this)), m_budget(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("pushTargets"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_warning->setObjectName(QStringLiteral("uploadWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c62828"));
    m_warning->hide();
    m_budget->setObjectName(QStringLiteral("linkBudget"));
    m_budget->setWordWrap(true);
    m_budget->hide();

    auto button = [this](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *live = new QHBoxLayout;
    QPushButton *goLive = button(QStringLiteral("goLive"), tr("Go live on all"), [this] { m_manager.goLive(); });
    goLive->setStyleSheet(QStringLiteral("font-weight: bold"));
    live->addWidget(goLive);
    live->addWidget(button(QStringLiteral("stopAll"), tr("Stop all"), [this] { m_manager.stopLive(); }));
    live->addStretch();
    live->addWidget(button(QStringLiteral("startTarget"), tr("Start"), [this] { m_manager.start(selectedId()); }));
    live->addWidget(button(QStringLiteral("stopTarget"), tr("Stop"), [this] { m_manager.stop(selectedId()); }));
    live->addWidget(button(QStringLiteral("reconnectNow"), tr("Reconnect now"), [this] { m_manager.reconnectNow(selectedId()); }));

    auto *edit = new QHBoxLayout;
    edit->addWidget(button(QStringLiteral("addTarget"), tr("Add…"), [this] { addTarget(); }));
    edit->addWidget(button(QStringLiteral("editTarget"), tr("Edit…"), [this] { editSelected(); }));
    edit->addWidget(button(QStringLiteral("removeTarget"), tr("Remove"), [this] { removeSelected(); }));
    edit->addWidget(button(QStringLiteral("relayConfig"), tr("Relay…"), [this] {
        auto *dialog = new RelayDialog(m_manager, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }));
    edit->addStretch();
    edit->addWidget(button(QStringLiteral("importTargets"), tr("Import…"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import push targets"), QString(), tr("Push targets (*.json)"));
        QString error;
        if (!path.isEmpty() && !importTargets(path, &error))
            QMessageBox::warning(this, tr("Import push targets"), error);
    }));
    edit->addWidget(button(QStringLiteral("exportTargets"), tr("Export…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export push targets"), QStringLiteral("push-targets.json"),
                                                          tr("Push targets (*.json)"));
        if (path.isEmpty())
            return;
        const bool withKeys = QMessageBox::question(this, tr("Export push targets"),
                                                    tr("Include the stream keys?\n\nThe file then holds every stream "
                                                       "key in plain text: anyone who gets it can stream to your "
                                                       "channels. It is saved readable by you only; keep it on a "
                                                       "USB stick or send it privately, never to a group chat."),
                                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        exportTargets(path, withKeys);
    }));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(live);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_budget);
    layout->addWidget(m_warning);
    layout->addLayout(edit);

    connect(&m_manager, &PushManager::uploadWarningChanged, this, [this](const QString &warning) {
        m_warning->setText(warning);
        m_warning->setVisible(!warning.isEmpty());
    });
    connect(&m_manager, &PushManager::healthChanged, this, &PushDock::updateBudget);
    connect(&m_manager, &PushManager::keyNeeded, this, &PushDock::askForKey, Qt::QueuedConnection);
    connect(&m_manager, &PushManager::keychainProblem, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Stream key not saved"),
                                    tr("%1\n\nThe key is used until the studio closes.").arg(message), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_table, &QTableView::doubleClicked, this, &PushDock::editSelected);
}

void PushDock::updateBudget()
{
    // The link budget of the pushes on the shared encoder, while any is live.
    int shared = 0;
    for (const PushTarget &t : m_manager.targets())
        shared += !t.ownEncoder && m_manager.health(t.id).state == PushState::Live ? 1 : 0;
    const LinkBudget &budget = m_manager.linkBudget();
    m_budget->setVisible(shared > 0);
    if (shared == 0)
        return;
    QString text = tr("Link budget: %1 kbps of video to each platform on the shared encoder (%2 live; the room's setting: %3 kbps).")
                       .arg(budget.bitrateKbps())
                       .arg(shared)
                       .arg(budget.settings().ceilingKbps);
    if (budget.capacityKbps() > 0)
        text += QLatin1Char(' ') + tr("The uplink carried %1 kbps when it was last full.").arg(qRound(budget.capacityKbps()));
    m_budget->setText(text);
}

QString PushDock::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? m_model->idAt(m_table->currentIndex().row()) : m_model->idAt(rows.first().row());
}

void PushDock::addTarget()
{
    PushTarget target;
    target.id = PushTarget::newId();
    TargetDialog dialog(target, false, this);
    if (dialog.exec() == QDialog::Accepted)
        m_manager.saveTarget(dialog.target(), dialog.key(), dialog.passphrase());
}

void PushDock::editSelected()
{
    const int index = m_manager.indexOf(selectedId());
    if (index < 0)
        return;
    TargetDialog dialog(m_manager.targets()[index], true, this);
    if (dialog.exec() == QDialog::Accepted)
        m_manager.saveTarget(dialog.target(), dialog.key(), dialog.passphrase());
}

void PushDock::removeSelected()
{
    const int index = m_manager.indexOf(selectedId());
    if (index < 0)
        return;
    if (QMessageBox::question(this, tr("Remove push target"),
                              tr("Remove \"%1\" and its saved stream key?").arg(m_manager.targets()[index].name)) ==
        QMessageBox::Yes)
        m_manager.removeTarget(m_manager.targets()[index].id);
}

void PushDock::askForKey(const QString &id, const QString &reason)
{
    const int index = m_manager.indexOf(id);
    if (index < 0)
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("Stream key needed"),
        tr("%1\n\nEnter the stream key for \"%2\". It is kept only until the studio closes.")
            .arg(reason, m_manager.targets()[index].name),
        QLineEdit::Password, QString(), &ok);
    if (ok && !key.isEmpty())
        m_manager.provideKey(id, key);
}

void PushDock::exportTargets(const QString &path, bool withKeys)
{
    auto write = [this, path, withKeys](const QMap<QString, QString> &keys) {
        QString error;
        if (!writeJsonAtomically(path, TargetFile::write(m_manager.targets(), keys), &error,
                                 withKeys ? FileAccess::OwnerOnly : FileAccess::Default))
            QMessageBox::warning(this, tr("Export push targets"), error);
    };
    if (withKeys)
        m_manager.collectKeys(write);
    else
        write({});
}

bool PushDock::importTargets(const QString &path, QString *error)
{
    const QJsonObject file = readJsonFile(path, error);
    if (!error->isEmpty())
        return false;
    QVector<PushTarget> targets;
    QMap<QString, QString> keys;
    if (!TargetFile::read(file, &targets, &keys, error))
        return false;
    for (const PushTarget &t : std::as_const(targets))
        m_manager.saveTarget(t, keys.value(t.id));
    return true;
}

} // namespace lj::push
