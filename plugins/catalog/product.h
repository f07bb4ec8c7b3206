#pragma once

#include "core/money.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lj::catalog {

/// A product's row id in the local catalog (not the platform's code).
struct ProductId {
    qint64 value = 0;
    bool isValid() const { return value > 0; }
    bool operator==(const ProductId &) const = default;
};

/// Money is exact: integer fen (0.01 yuan), never floating point.
using Fen = qint64;

struct Product {
    ProductId id;
    QString code;          ///< the platform's product code; unique
    QString title;
    QString sellingPoints;
    QString category;
    QString origin;        ///< e.g. 五常, 五大连池, 东宁
    QStringList certifications; ///< e.g. 地理标志, 绿色食品, 有机
    Fen listPriceFen = 0;
    Fen livePriceFen = 0;
    int stock = 0;
    QString unit;
    QStringList imageUrls;
    QString linkUrl;
    QString notes;         ///< the host's own; never overwritten by a sync
    QString source = QStringLiteral("local"); ///< "local" or "platform"
    qint64 updatedAtMs = 0;
    bool deleted = false;

    bool operator==(const Product &) const = default;
};


} // namespace lj::catalog

Q_DECLARE_METATYPE(lj::catalog::Product)
