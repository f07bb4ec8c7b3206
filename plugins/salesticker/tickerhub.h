#pragma once

#include "manualfeed.h"
#include "saleevent.h"
#include "simulatedfeed.h"
#include "tickerservice.h"

#include "core/overlaytranslator.h"

#include <QObject>

#include <vector>

namespace lj::catalog {
class CatalogService;
}

namespace lj::ticker {

class TickerSource;

/// The ticker plugin's state, shared by its sources (as their type's owner)
/// and offered to other plugins as TickerService: the manual entries, the
/// catalog to read platform orders through, and every ticker's totals.
class TickerHub final : public QObject, public TickerService {
    Q_OBJECT
public:
    /// `catalog` may be null (then the platform feed says it is unavailable).
    explicit TickerHub(catalog::CatalogService *catalog, QObject *parent = nullptr);
    ~TickerHub() override;

    ManualSales &manual() { return m_manual; }
    /// What the tickers' words are in: the room's overlay language.
    const OverlayTranslator &language() const { return m_language; }
    /// Another overlay language: every ticker repaints in it.
    void setLanguage(const QString &language);
    catalog::CatalogService *catalog() const { return m_catalog; }
    /// A rehearsing room (彩排): every ticker shows simulated orders,
    /// whatever feed it was set to.
    void setRehearsal(bool rehearsal);
    bool isRehearsal() const { return m_rehearsal; }
    /// A rehearsal's made-up order, kept in the running rehearsal's record
    /// (from the first ticker only, so two tickers do not count twice).
    void recordRehearsalOrder(const TickerSource *source, const SaleEvent &order);
    /// The pace of every simulated ticker in orders per minute, set by a
    /// trainer for the whole class (0: each ticker's own setting).
    void setSimulatedPace(double ordersPerMinute);
    double simulatedPace() const { return m_simulatedPace; }
    /// What a rehearsal sells: today's rundown from the catalog (empty: the demo goods).
    QList<SimulatedFeed::Item> rehearsalGoods() const;

    /// A ticker source tells what it shows now; `forget` when it goes.
    void report(const TickerSource *source, const TickerTotals &totals);
    void forget(const TickerSource *source);

    // TickerService
    QStringList feedKinds() const override;
    void addManualOrder(const QString &productTitle, int quantity, qint64 amountFen, const QString &buyer,
                        const QString &city) override;
    void addAlert(const QString &text) override;
    QList<TickerTotals> totals() const override;
    QMetaObject::Connection onTotalsChanged(QObject *context, std::function<void()> changed) override;

Q_SIGNALS:
    void totalsChanged();
    void languageChanged();
    void rehearsalChanged();
    void simulatedPaceChanged();

private:
    ManualSales m_manual;
    OverlayTranslator m_language{QStringLiteral("salesticker")};
    catalog::CatalogService *m_catalog;
    bool m_rehearsal = false;
    double m_simulatedPace = 0;
    std::vector<std::pair<const TickerSource *, TickerTotals>> m_totals;
};

} // namespace lj::ticker
