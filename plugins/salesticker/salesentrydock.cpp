#include "salesentrydock.h"

#include "manualfeed.h"

#include "core/money.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lj::ticker {

SalesEntryDock::SalesEntryDock(ManualSales &sales, QWidget *parent)
    : QWidget(parent), m_sales(sales), m_product(new QComboBox(this)), m_quantity(new QSpinBox(this)),
      m_amount(new QLineEdit(this)), m_buyer(new QLineEdit(this)), m_city(new QLineEdit(this)),
      m_alert(new QLineEdit(this)), m_status(new QLabel(this))
{
    m_product->setEditable(true);
    m_product->setObjectName(QStringLiteral("entryProduct"));
    m_quantity->setRange(1, 9999);
    m_quantity->setObjectName(QStringLiteral("entryQuantity"));
    m_amount->setPlaceholderText(tr("e.g. 119.80"));
    m_amount->setObjectName(QStringLiteral("entryAmount"));
    m_buyer->setPlaceholderText(tr("Shown masked, e.g. 张**"));
    m_buyer->setObjectName(QStringLiteral("entryBuyer"));
    m_city->setObjectName(QStringLiteral("entryCity"));
    m_alert->setPlaceholderText(tr("e.g. 五常大米 已售罄"));
    m_alert->setObjectName(QStringLiteral("entryAlert"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("entryStatus"));

    auto *addOrder = new QPushButton(tr("Add order"), this);
    addOrder->setObjectName(QStringLiteral("entryAddOrder"));
    auto *addAlert = new QPushButton(tr("Show alert"), this);
    addAlert->setObjectName(QStringLiteral("entryAddAlert"));
    connect(addOrder, &QPushButton::clicked, this, &SalesEntryDock::addOrder);
    connect(addAlert, &QPushButton::clicked, this, &SalesEntryDock::addAlert);
    connect(m_amount, &QLineEdit::returnPressed, this, &SalesEntryDock::addOrder);
    connect(m_alert, &QLineEdit::returnPressed, this, &SalesEntryDock::addAlert);

    auto *form = new QFormLayout;
    form->addRow(tr("Product:"), m_product);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Amount (yuan):"), m_amount);
    form->addRow(tr("Buyer:"), m_buyer);
    form->addRow(tr("City:"), m_city);
    form->addRow(QString(), addOrder);
    auto *alertRow = new QHBoxLayout;
    alertRow->addWidget(m_alert, 1);
    alertRow->addWidget(addAlert);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Alert:"), this));
    layout->addLayout(alertRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

void SalesEntryDock::addOrder()
{
    const QString product = m_product->currentText().trimmed();
    qint64 fen = 0;
    if (product.isEmpty()) {
        m_status->setText(tr("Enter the product that was ordered."));
        return;
    }
    if (!parseYuan(m_amount->text(), &fen)) {
        m_status->setText(tr("\"%1\" is not an amount in yuan, e.g. 119.80.").arg(m_amount->text()));
        return;
    }
    const SaleEvent e = m_sales.addOrder(product, m_quantity->value(), fen, m_buyer->text(), m_city->text());
    if (m_product->findText(product) < 0)
        m_product->insertItem(0, product);
    m_status->setText(tr("On the ticker: %1").arg(SaleEventText::display(e)));
    m_buyer->clear();
    m_amount->clear();
    m_quantity->setValue(1);
}

void SalesEntryDock::addAlert()
{
    if (m_alert->text().trimmed().isEmpty())
        return;
    const SaleEvent e = m_sales.addAlert(m_alert->text());
    m_status->setText(tr("On the ticker: %1").arg(SaleEventText::display(e)));
    m_alert->clear();
}

} // namespace lj::ticker
