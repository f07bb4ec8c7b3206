#pragma once

#include "salesfeed.h"

#include <QPointer>

namespace lj::ticker {

/// What the host types into the sales entry dock. One per studio (the
/// ticker plugin's); every ticker set to "manual entry" shows it.
class ManualSales final : public QObject {
    Q_OBJECT
public:
    explicit ManualSales(QObject *parent = nullptr);
    ~ManualSales() override;

    SaleEvent addOrder(const QString &productTitle, int quantity, qint64 amountFen, const QString &buyer,
                       const QString &city);
    SaleEvent addAlert(const QString &text);
    /// Everything entered so far, oldest first (a ticker added later shows them too).
    const QList<SaleEvent> &entered() const { return m_entered; }

Q_SIGNALS:
    void added(const lj::ticker::SaleEvent &event);

private:
    SaleEvent stamp(SaleEvent event);

    QList<SaleEvent> m_entered;
    qint64 m_seq = 0;
};

/// A ticker's view of the manual entries.
class ManualFeed final : public SalesFeed {
    Q_OBJECT
public:
    /// `sales` null: the plugin's entries are not available (reported on start).
    explicit ManualFeed(ManualSales *sales, QObject *parent = nullptr);
    void start() override;

private:
    QPointer<ManualSales> m_sales;
};

} // namespace lj::ticker
