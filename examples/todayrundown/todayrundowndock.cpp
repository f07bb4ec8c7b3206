#include "todayrundowndock.h"

#include "catalogservice.h"

#include "core/money.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace lj::example {

TodayRundownDock::TodayRundownDock(catalog::CatalogService &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_title(new QLabel(this)), m_list(new QListWidget(this))
{
    m_title->setObjectName(QStringLiteral("todayRundownTitle"));
    m_list->setObjectName(QStringLiteral("todayRundownList"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    // The service calls back on this thread, and stops when the dock is gone.
    m_catalog.onChanged(this, [this] { refresh(); });
    refresh();
}

void TodayRundownDock::refresh()
{
    m_list->clear();
    const std::optional<catalog::Rundown> rundown = m_catalog.rundown(m_catalog.todaysRundown());
    if (!rundown) {
        m_title->setText(tr("No rundown yet: plan one in the Products dock."));
        return;
    }
    m_title->setText(tr("%1 (%2)").arg(rundown->name, rundown->showDate));
    for (const catalog::RundownItem &item : rundown->items) {
        const std::optional<catalog::Product> product = m_catalog.product(item.productCode);
        if (!product) {
            m_list->addItem(tr("%1 (not in the catalog)").arg(item.productCode));
            continue;
        }
        m_list->addItem(tr("%1  ¥%2  stock %3").arg(product->title, formatYuan(product->livePriceFen)).arg(product->stock));
    }
}

} // namespace lj::example
