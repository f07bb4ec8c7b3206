// A page from the province platform: products ("items") and orders ("orders").
#include "apiparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject body = doc.object();
    for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
        lj::catalog::Product p;
        bool tombstone = false;
        if (lj::catalog::api::readProduct(item, &p, &tombstone).isEmpty() && !tombstone &&
            (p.code.isEmpty() || p.listPriceFen < 0 || p.livePriceFen < 0 || p.stock < 0))
            __builtin_trap(); // an accepted product is whole
    }
    for (const QJsonValue &item : body.value(QStringLiteral("orders")).toArray()) {
        lj::catalog::Order order;
        if (lj::catalog::api::readOrder(item, &order).isEmpty() && (order.orderId.isEmpty() || order.quantity <= 0 || order.amountFen < 0))
            __builtin_trap(); // an accepted order is whole
    }
    return 0;
}
