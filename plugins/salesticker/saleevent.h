#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lj {
class OverlayTranslator;
}

namespace lj::ticker {

/// One thing the ticker shows: an order, or a short alert ("已售罄").
struct SaleEvent {
    enum class Kind { Order, Alert };
    Kind kind = Kind::Order;
    QString id;          ///< unique per feed; repeats are ignored
    qint64 seq = 0;      ///< the feed's order, when it has one
    qint64 timeMs = 0;
    QString productCode;
    QString productTitle;
    int quantity = 0;
    qint64 amountFen = 0;
    QString buyer;       ///< raw; masked before display
    QString city;
    QString text;        ///< alerts

    /// Parses one JSON line as other programs append them:
    /// {"type":"order","id":"o-1","seq":1,"time":"2026-11-28T08:00:00Z","product_code":"LJ1",
    ///  "product_title":"五常大米","quantity":2,"amount_fen":11980,"buyer":"张三","city":"哈尔滨"}
    /// {"type":"alert","id":"a-1","text":"五常大米 已售罄"}
    /// Returns nothing and sets `error` for a malformed line.
    static std::optional<SaleEvent> fromJsonLine(const QByteArray &line, QString *error);
};

class SaleEventText final {
    Q_DECLARE_TR_FUNCTIONS(lj::ticker::SaleEventText)
public:
    /// "哈尔滨的 张** 刚刚下单 五常大米 ×2" (masked), or the alert's text.
    /// `language`: the room's overlay language (null: the UI's).
    static QString display(const SaleEvent &event, const OverlayTranslator *language = nullptr);
};

} // namespace lj::ticker
