#include "rundownshare.h"

#include "shelfcontroller.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace lj::shelf {

RemoteReply RundownShare::current()
{
    const std::optional<catalog::Rundown> rundown = m_shelf.rundownId() ? m_catalog.rundown(m_shelf.rundownId()) : std::nullopt;
    if (!rundown)
        return {false, tr("No rundown is on the shelf."), {}};
    QJsonArray products;
    for (const catalog::RundownItem &item : rundown->items) {
        const std::optional<catalog::Product> p = m_catalog.product(item.productCode);
        if (!p)
            continue;
        products.append(QJsonObject{{QStringLiteral("code"), p->code},
                                    {QStringLiteral("title"), p->title},
                                    {QStringLiteral("selling_points"), p->sellingPoints},
                                    {QStringLiteral("category"), p->category},
                                    {QStringLiteral("origin"), p->origin},
                                    {QStringLiteral("certifications"), QJsonArray::fromStringList(p->certifications)},
                                    {QStringLiteral("list_price_fen"), double(p->listPriceFen)},
                                    {QStringLiteral("live_price_fen"), double(p->livePriceFen)},
                                    {QStringLiteral("stock"), p->stock},
                                    {QStringLiteral("unit"), p->unit},
                                    {QStringLiteral("planned_minutes"), item.plannedMinutes}});
    }
    return {true, {}, {{QStringLiteral("name"), rundown->name}, {QStringLiteral("products"), products}}};
}

RemoteReply RundownShare::apply(const QJsonObject &rundown)
{
    const QString name = rundown.value(QStringLiteral("name")).toString().trimmed();
    const QJsonArray products = rundown.value(QStringLiteral("products")).toArray();
    if (name.isEmpty() || products.isEmpty())
        return {false, tr("A rundown needs a name and at least one product."), {}};
    // The products as the catalog imports them (planned minutes are the rundown's, not the product's).
    QJsonArray rows;
    catalog::Rundown plan = catalog::Rundown::today(name, {});
    for (const QJsonValue &v : products) {
        QJsonObject row = v.toObject();
        const int minutes = row.take(QStringLiteral("planned_minutes")).toInt(5);
        plan.items << catalog::RundownItem{row.value(QStringLiteral("code")).toString(), qBound(1, minutes, 600)};
        rows.append(row);
    }
    QString report;
    const catalog::ImportResult imported = m_catalog.importProducts(QJsonDocument(QJsonObject{{QStringLiteral("products"), rows}}).toJson(),
                                                                    QStringLiteral("classroom.json"), catalog::ImportMode::AllOrNothing, &report);
    if (!imported.applied || !imported.error.isEmpty() || !imported.problems.isEmpty())
        return {false, tr("The rundown's products could not be imported: %1").arg(report), {}};
    QString error;
    if (!m_catalog.saveRundown(plan, &error))
        return {false, error, {}};
    m_shelf.setRundown(plan.id);
    return {true, {}, {{QStringLiteral("rundownId"), double(plan.id)}, {QStringLiteral("products"), int(plan.items.size())}}};
}

} // namespace lj::shelf
