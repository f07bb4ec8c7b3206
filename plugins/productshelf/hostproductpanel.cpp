#include "hostproductpanel.h"

#include "shelfcontroller.h"

#include "core/money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lj::shelf {

HostProductPanel::HostProductPanel(ShelfController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_product(new QLabel(this)), m_previous(new QPushButton(tr("◀ Previous"), this)),
      m_next(new QPushButton(tr("Next ▶"), this))
{
    setObjectName(QStringLiteral("hostProductPanel"));
    m_product->setObjectName(QStringLiteral("hostCurrentProduct"));
    m_product->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("hostPreviousProduct"));
    m_next->setObjectName(QStringLiteral("hostNextProduct"));
    for (QPushButton *b : {m_previous, m_next})
        b->setMinimumHeight(36);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_product);
    layout->addLayout(buttons);
    connect(m_previous, &QPushButton::clicked, &m_controller, &ShelfController::previous);
    connect(m_next, &QPushButton::clicked, &m_controller, &ShelfController::next);
    connect(&m_controller, &ShelfController::changed, this, &HostProductPanel::refresh);
    refresh();
}

void HostProductPanel::refresh()
{
    const CurrentProduct current = m_controller.currentProduct();
    if (current.index < 0)
        m_product->setText(m_controller.productCount() > 0 ? tr("Now explaining: — (press Next for the first product)")
                                                           : tr("No rundown chosen"));
    else
        m_product->setText(tr("Now explaining (%1/%2): %3  ¥%4")
                               .arg(current.index + 1)
                               .arg(m_controller.productCount())
                               .arg(current.title, formatYuan(current.livePriceFen)));
    m_previous->setEnabled(current.index > 0);
    m_next->setEnabled(current.index + 1 < m_controller.productCount());
}

} // namespace lj::shelf
