#include "apiparse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace lj::catalog::api {

namespace {

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() >= 0;
}

/// A whole number that fits the catalog's int fields (stock, quantity).
bool isCount(const QJsonValue &v, qint64 max)
{
    return isWholeNumber(v) && v.toInteger() <= max;
}


} // namespace

QString readProduct(const QJsonValue &value, Product *p, bool *tombstone)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject())
        return QStringLiteral("an item that is not an object");
    if (!o.value(QStringLiteral("code")).isString() || o.value(QStringLiteral("code")).toString().isEmpty())
        return QStringLiteral("code");
    const QDateTime updated = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    if (!updated.isValid())
        return QStringLiteral("updated_at");
    p->code = o.value(QStringLiteral("code")).toString();
    p->updatedAtMs = updated.toMSecsSinceEpoch();
    *tombstone = o.value(QStringLiteral("deleted")).toBool(false);
    if (*tombstone)
        return {};
    if (!o.value(QStringLiteral("title")).isString())
        return QStringLiteral("title");
    for (const char *field : {"list_price_fen", "live_price_fen"}) {
        if (!isWholeNumber(o.value(QLatin1String(field))))
            return QString::fromLatin1(field);
    }
    // (A stock beyond an int once wrapped round to a negative one: found by fuzzing.)
    if (!isCount(o.value(QStringLiteral("stock")), kMaxStock))
        return QStringLiteral("stock");
    p->title = o.value(QStringLiteral("title")).toString();
    p->sellingPoints = o.value(QStringLiteral("selling_points")).toString();
    p->category = o.value(QStringLiteral("category")).toString();
    p->origin = o.value(QStringLiteral("origin")).toString();
    for (const QJsonValue &c : o.value(QStringLiteral("certifications")).toArray())
        p->certifications << c.toString();
    p->listPriceFen = o.value(QStringLiteral("list_price_fen")).toInteger();
    p->livePriceFen = o.value(QStringLiteral("live_price_fen")).toInteger();
    p->stock = int(o.value(QStringLiteral("stock")).toInteger());
    p->unit = o.value(QStringLiteral("unit")).toString();
    for (const QJsonValue &u : o.value(QStringLiteral("image_urls")).toArray())
        p->imageUrls << u.toString();
    p->linkUrl = o.value(QStringLiteral("link")).toString();
    return {};
}

QString readOrder(const QJsonValue &value, Order *order)
{
    const QJsonObject o = value.toObject();
    order->orderId = o.value(QStringLiteral("order_id")).toString();
    order->seq = o.value(QStringLiteral("seq")).toInteger();
    order->productCode = o.value(QStringLiteral("product_code")).toString();
    order->quantity = int(o.value(QStringLiteral("quantity")).toInteger());
    order->amountFen = o.value(QStringLiteral("amount_fen")).toInteger();
    order->buyer = o.value(QStringLiteral("buyer")).toString();
    order->city = o.value(QStringLiteral("city")).toString();
    order->orderedAtMs = QDateTime::fromString(o.value(QStringLiteral("ordered_at")).toString(), Qt::ISODate).toMSecsSinceEpoch();
    if (!value.isObject() || order->orderId.isEmpty() || !isCount(o.value(QStringLiteral("quantity")), kMaxOrderQuantity) ||
        order->quantity <= 0 || !isWholeNumber(o.value(QStringLiteral("amount_fen"))))
        return QStringLiteral("orders");
    return {};
}

} // namespace lj::catalog::api
