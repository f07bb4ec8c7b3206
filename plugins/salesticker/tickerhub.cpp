#include "tickerhub.h"

#include "catalogservice.h"

#include <algorithm>

namespace lj::ticker {

TickerHub::TickerHub(catalog::CatalogService *catalog, QObject *parent) : QObject(parent), m_catalog(catalog) {}

TickerHub::~TickerHub() = default;

void TickerHub::setLanguage(const QString &language)
{
    if (language == m_language.language())
        return;
    m_language.setLanguage(language);
    Q_EMIT languageChanged();
}

void TickerHub::setSimulatedPace(double ordersPerMinute)
{
    const double pace = std::clamp(ordersPerMinute, 0.0, 600.0);
    if (pace == m_simulatedPace)
        return;
    m_simulatedPace = pace;
    Q_EMIT simulatedPaceChanged();
}

void TickerHub::setRehearsal(bool rehearsal)
{
    if (rehearsal == m_rehearsal)
        return;
    m_rehearsal = rehearsal;
    Q_EMIT rehearsalChanged();
}

void TickerHub::recordRehearsalOrder(const TickerSource *source, const SaleEvent &order)
{
    if (!m_rehearsal || !m_catalog || m_totals.empty() || m_totals.front().first != source)
        return;
    const qint64 show = m_catalog->runningShow();
    const std::optional<catalog::Show> record = show > 0 ? m_catalog->show(show) : std::nullopt;
    if (!record || record->kind != catalog::ShowKind::Rehearsal)
        return; // not on air yet: the practice before the rehearsal is not kept
    QString error;
    if (!m_catalog->recordRehearsalOrder(show, {order.id, order.seq, order.productCode, order.quantity, order.amountFen, order.buyer,
                                                order.city, order.timeMs},
                                         &error))
        qWarning("rehearsal order not kept: %s", qPrintable(error));
}

QList<SimulatedFeed::Item> TickerHub::rehearsalGoods() const
{
    QList<SimulatedFeed::Item> goods;
    if (!m_catalog)
        return goods;
    const std::optional<catalog::Rundown> rundown = m_catalog->rundown(m_catalog->todaysRundown());
    if (!rundown)
        return goods;
    for (const catalog::RundownItem &item : rundown->items)
        if (const std::optional<catalog::Product> p = m_catalog->product(item.productCode))
            goods << SimulatedFeed::Item{p->code, p->title, p->livePriceFen, p->stock};
    return goods;
}

void TickerHub::report(const TickerSource *source, const TickerTotals &totals)
{
    auto it = std::find_if(m_totals.begin(), m_totals.end(), [source](const auto &e) { return e.first == source; });
    if (it == m_totals.end())
        m_totals.emplace_back(source, totals);
    else
        it->second = totals;
    Q_EMIT totalsChanged();
}

void TickerHub::forget(const TickerSource *source)
{
    const auto gone = std::remove_if(m_totals.begin(), m_totals.end(), [source](const auto &e) { return e.first == source; });
    if (gone == m_totals.end())
        return;
    m_totals.erase(gone, m_totals.end());
    Q_EMIT totalsChanged();
}

QStringList TickerHub::feedKinds() const
{
    return {QStringLiteral("manual"), QStringLiteral("platform"), QStringLiteral("file"), QStringLiteral("simulated")};
}

void TickerHub::addManualOrder(const QString &productTitle, int quantity, qint64 amountFen, const QString &buyer,
                               const QString &city)
{
    m_manual.addOrder(productTitle, quantity, amountFen, buyer, city);
}

void TickerHub::addAlert(const QString &text)
{
    m_manual.addAlert(text);
}

QList<TickerTotals> TickerHub::totals() const
{
    QList<TickerTotals> result;
    for (const auto &e : m_totals)
        result << e.second;
    return result;
}

QMetaObject::Connection TickerHub::onTotalsChanged(QObject *context, std::function<void()> changed)
{
    return connect(this, &TickerHub::totalsChanged, context, std::move(changed));
}

} // namespace lj::ticker
