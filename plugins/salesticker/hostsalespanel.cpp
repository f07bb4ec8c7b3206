#include "hostsalespanel.h"

#include "tickerhub.h"

#include "core/money.h"

namespace lj::ticker {

HostSalesPanel::HostSalesPanel(TickerHub &hub, QWidget *parent) : QLabel(parent), m_hub(hub)
{
    setObjectName(QStringLiteral("hostSalesPanel"));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    setFont(f);
    setWordWrap(true);
    connect(&m_hub, &TickerHub::totalsChanged, this, &HostSalesPanel::refresh);
    refresh();
}

void HostSalesPanel::refresh()
{
    const QList<TickerTotals> totals = m_hub.totals();
    if (totals.isEmpty()) {
        setText(tr("Orders: add a sales ticker to the scene to count them"));
        return;
    }
    const TickerTotals &t = totals.first();
    const QString figures = tr("Orders %1 · Sales ¥%2").arg(t.orders).arg(formatYuan(t.salesFen));
    setText(t.rehearsal ? tr("%1 (rehearsal)").arg(figures) : figures);
}

} // namespace lj::ticker
