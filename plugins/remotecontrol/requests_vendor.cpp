// The studio's own things as vendor requests (vendorName "longjiang"):
// the product being explained and the next / previous one, today's sales,
// each platform's health.
#include "requests.h"
#include "requestutil.h"

#include "pushservice.h"
#include "shelfservice.h"
#include "tickerservice.h"

#include "core/money.h"

#include <QJsonArray>

namespace lj::remote {

namespace {
constexpr const char *kVendor = "longjiang";
}

QJsonObject Requests::currentProduct() const
{
    const shelf::CurrentProduct p = m_shelf.currentProduct();
    return {{QStringLiteral("index"), p.index},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("livePriceFen"), double(p.livePriceFen)},
            {QStringLiteral("stock"), p.stock},
            {QStringLiteral("productCount"), m_shelf.productCount()}};
}

QJsonObject Requests::sales() const
{
    // The first ticker counts (a second one on another scene shows the same orders).
    const QList<ticker::TickerTotals> all = m_ticker.totals();
    const ticker::TickerTotals t = all.isEmpty() ? ticker::TickerTotals{} : all.first();
    return {{QStringLiteral("feed"), t.feed},
            {QStringLiteral("rehearsal"), t.rehearsal},
            {QStringLiteral("orders"), t.orders},
            {QStringLiteral("items"), t.items},
            {QStringLiteral("salesFen"), double(t.salesFen)},
            {QStringLiteral("sales"), formatYuan(t.salesFen)}};
}

void Requests::addVendor()
{
    add("CallVendorRequest", [this](const QJsonObject &data, const Done &done) {
        const QString vendor = data.value(QStringLiteral("vendorName")).toString();
        const QString type = data.value(QStringLiteral("requestType")).toString();
        if (vendor.isEmpty())
            return done(missing("vendorName"));
        if (type.isEmpty())
            return done(missing("requestType"));
        if (vendor != QLatin1String(kVendor))
            return done({Status::ResourceNotFound, QStringLiteral("No vendor named %1").arg(vendor), {}});
        const auto answer = [&done, &vendor, &type](const QJsonObject &response) {
            done({Status::Success, {},
                  {{QStringLiteral("vendorName"), vendor}, {QStringLiteral("requestType"), type}, {QStringLiteral("responseData"), response}}});
        };
        if (type == QLatin1String("GetCurrentProduct"))
            return answer(currentProduct());
        if (type == QLatin1String("NextProduct") || type == QLatin1String("PreviousProduct")) {
            type == QLatin1String("NextProduct") ? m_shelf.next() : m_shelf.previous();
            return answer(currentProduct());
        }
        if (type == QLatin1String("GetSales"))
            return answer(sales());
        if (type == QLatin1String("GetPlatformHealth")) {
            QJsonArray platforms;
            for (const push::PushTargetInfo &t : m_push.targetList()) {
                QJsonObject o = outputStatus(t.id);
                o.insert(QStringLiteral("name"), t.name);
                o.insert(QStringLiteral("platform"), t.platform);
                o.insert(QStringLiteral("enabled"), t.enabled);
                o.insert(QStringLiteral("lastError"), m_push.health(t.id).lastError);
                platforms.append(o);
            }
            return answer({{QStringLiteral("platforms"), platforms}});
        }
        done({Status::UnknownRequestType, QStringLiteral("The longjiang vendor has no request %1.").arg(type), {}});
    });
}

} // namespace lj::remote
