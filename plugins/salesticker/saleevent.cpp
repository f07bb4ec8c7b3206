#include "saleevent.h"

#include "catalogtypes.h"

#include "core/overlaytranslator.h"

#include "masking.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace lj::ticker {

std::optional<SaleEvent> SaleEvent::fromJsonLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = SaleEventText::tr("not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    SaleEvent e;
    e.id = o.value(QStringLiteral("id")).toString();
    if (e.id.isEmpty()) {
        *error = SaleEventText::tr("the event has no \"id\"");
        return std::nullopt;
    }
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    const QString time = o.value(QStringLiteral("time")).toString();
    e.timeMs = time.isEmpty() ? 0 : QDateTime::fromString(time, Qt::ISODate).toMSecsSinceEpoch();
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("order"));
    if (type == QLatin1String("alert")) {
        e.kind = Kind::Alert;
        e.text = maskPhones(o.value(QStringLiteral("text")).toString().trimmed());
        if (e.text.isEmpty()) {
            *error = SaleEventText::tr("the alert has no text");
            return std::nullopt;
        }
        return e;
    }
    if (type != QLatin1String("order")) {
        *error = SaleEventText::tr("unknown event type \"%1\"").arg(type);
        return std::nullopt;
    }
    const QJsonValue quantity = o.value(QStringLiteral("quantity")), amount = o.value(QStringLiteral("amount_fen"));
    // Bounded far inside an int: a larger number once wrapped round ("×-5").
    constexpr qint64 kMaxQuantity = catalog::kMaxOrderQuantity;
    if (!quantity.isDouble() || quantity.toInteger() <= 0 || quantity.toInteger() > kMaxQuantity ||
        quantity.toDouble() != double(quantity.toInteger())) {
        *error = SaleEventText::tr("the quantity must be a whole number from 1 to %1").arg(kMaxQuantity);
        return std::nullopt;
    }
    if (!amount.isDouble() || amount.toInteger() < 0 || amount.toDouble() != double(amount.toInteger())) {
        *error = SaleEventText::tr("amount_fen must be a whole number of fen");
        return std::nullopt;
    }
    e.quantity = int(quantity.toInteger());
    e.amountFen = amount.toInteger();
    e.productCode = o.value(QStringLiteral("product_code")).toString();
    e.productTitle = o.value(QStringLiteral("product_title")).toString(e.productCode);
    e.buyer = o.value(QStringLiteral("buyer")).toString();
    e.city = o.value(QStringLiteral("city")).toString();
    return e;
}

QString SaleEventText::display(const SaleEvent &e, const OverlayTranslator *language)
{
    if (e.kind == SaleEvent::Kind::Alert)
        return e.text;
    const auto text = [language](const char *source) {
        return language ? language->translate("lj::ticker::SaleEventText", source) : tr(source);
    };
    const QString who = maskBuyer(e.buyer);
    return e.city.isEmpty() ? text(QT_TR_NOOP("%1 just ordered %2 ×%3")).arg(who, e.productTitle).arg(e.quantity)
                            : text(QT_TR_NOOP("%1 from %2 just ordered %3 ×%4")).arg(who, e.city, e.productTitle).arg(e.quantity);
}

} // namespace lj::ticker
