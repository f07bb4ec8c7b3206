#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lj::ticker {

class ManualSales;

/// Where the host or an assistant types orders taken by phone or in the
/// room, and short alerts ("已售罄"), for every ticker set to manual entry.
class SalesEntryDock final : public QWidget {
    Q_OBJECT
public:
    SalesEntryDock(ManualSales &sales, QWidget *parent = nullptr);

private:
    void addOrder();
    void addAlert();

    ManualSales &m_sales;
    QComboBox *m_product;
    QSpinBox *m_quantity;
    QLineEdit *m_amount;
    QLineEdit *m_buyer;
    QLineEdit *m_city;
    QLineEdit *m_alert;
    QLabel *m_status;
};

} // namespace lj::ticker
