#include "uiutil.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QToolButton>

namespace lj {

QHBoxLayout *toolRow(QWidget *parent, std::initializer_list<ToolButtonSpec> buttons)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (const ToolButtonSpec &spec : buttons) {
        auto *button = new QToolButton(parent);
        button->setObjectName(spec.objectName);
        button->setText(spec.text);
        button->setToolTip(spec.toolTip);
        button->setAccessibleName(spec.toolTip);
        QObject::connect(button, &QToolButton::clicked, parent, spec.onClick);
        row->addWidget(button);
    }
    row->addStretch();
    return row;
}

void showError(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QApplication::applicationDisplayName(), message,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace lj
