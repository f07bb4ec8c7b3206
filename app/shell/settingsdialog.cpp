#include "settingsdialog.h"

#include "core/pluginregistry.h"
#include "core/studio.h"
#include "settingspages.h"
#include "uiutil.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lj {

SettingsDialog::SettingsDialog(Studio &studio, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(760, 480);
    m_list->setMaximumWidth(180);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyAll);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    addPage(tr("General"), new GeneralPage(studio, this));
    addPage(tr("Room"), new RoomPage(studio, this));
    addPage(tr("Hotkeys"), new HotkeysPage(studio, this));
    addPage(tr("Plugins"), new PluginsPage(studio, this));
    for (const SettingsPageContribution &page : studio.pluginRegistry().settingsPages())
        addPage(page.title, page.create(this));
    m_list->setCurrentRow(0);
}

void SettingsDialog::addPage(const QString &title, SettingsPage *page)
{
    if (!page)
        return;
    m_list->addItem(title);
    m_stack->addWidget(page);
    m_pages.push_back(page);
}

bool SettingsDialog::applyAll()
{
    for (size_t i = 0; i < m_pages.size(); ++i) {
        QString error;
        if (!m_pages[i]->apply(&error)) {
            m_list->setCurrentRow(int(i));
            showError(this, error);
            return false;
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    if (applyAll())
        QDialog::accept();
}

} // namespace lj
