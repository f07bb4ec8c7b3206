#include "templatedialog.h"

#include "core/roomtemplates.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lj {

TemplateDialog::TemplateDialog(const QString &locale, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_name(new QLineEdit(this))
{
    setWindowTitle(tr("New room from template"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(192, 108));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setMinimumSize(440, 270);
    for (const RoomTemplateInfo &t : RoomTemplates::list(locale)) {
        auto *item = new QListWidgetItem(QIcon(t.thumbnail), t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description);
    }
    m_list->setCurrentRow(0);
    m_name->setObjectName(QStringLiteral("templateRoomName"));
    m_name->setPlaceholderText(tr("For example: 五常大米专场"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Name of the new room:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString TemplateDialog::templateId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

QString TemplateDialog::roomName() const
{
    return m_name->text().trimmed();
}

} // namespace lj
