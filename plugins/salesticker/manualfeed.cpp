#include "manualfeed.h"

#include "masking.h"

#include <QDateTime>
#include <QUuid>

namespace lj::ticker {

ManualSales::ManualSales(QObject *parent) : QObject(parent) {}

ManualSales::~ManualSales() = default;

SaleEvent ManualSales::stamp(SaleEvent event)
{
    event.id = QStringLiteral("manual-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.seq = ++m_seq;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_entered << event;
    Q_EMIT added(event);
    return event;
}

SaleEvent ManualSales::addOrder(const QString &productTitle, int quantity, qint64 amountFen, const QString &buyer,
                                const QString &city)
{
    SaleEvent e;
    e.productTitle = productTitle.trimmed();
    e.quantity = qMax(1, quantity);
    e.amountFen = qMax<qint64>(0, amountFen);
    e.buyer = buyer.trimmed();
    e.city = city.trimmed();
    return stamp(e);
}

SaleEvent ManualSales::addAlert(const QString &text)
{
    SaleEvent e;
    e.kind = SaleEvent::Kind::Alert;
    e.text = maskPhones(text.trimmed());
    return stamp(e);
}

ManualFeed::ManualFeed(ManualSales *sales, QObject *parent) : SalesFeed(parent), m_sales(sales) {}

void ManualFeed::start()
{
    if (!m_sales) {
        Q_EMIT problem(0, tr("Manual sales entry is not available (the sales ticker plugin is not loaded)."));
        return;
    }
    for (const SaleEvent &e : m_sales->entered())
        Q_EMIT received(e);
    connect(m_sales, &ManualSales::added, this, &ManualFeed::received);
}

} // namespace lj::ticker
