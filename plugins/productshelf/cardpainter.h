#pragma once

#include "shelfstyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QSize>

namespace lj::shelf {

/// What a card shows of one product.
struct CardProduct {
    QString code;
    QString title;
    QString sellingPoints;
    QString category;
    QString link;
    qint64 livePriceFen = 0;
    qint64 listPriceFen = 0;
    int stock = 0;
    QImage image; ///< null: a lettered tile instead

    bool operator==(const CardProduct &) const = default;
};

/// The shelf's content: the show's products in rundown order and the one
/// being explained.
struct ShelfContent {
    QList<CardProduct> products;
    int current = -1;
    qint64 countdownEndMs = 0; ///< when the current offer ends; 0 for none

    bool operator==(const ShelfContent &) const = default;
};

/// The large card's still parts (everything but its line of stock and
/// countdown), kept from one paint to the next so that a running countdown
/// repaints only that line. One per shelf source.
class FeatureCardCache final {
public:
    /// Paints that found the still parts here.
    int hits() const { return m_hits; }

private:
    friend class CardPainter;
    CardProduct m_product;
    ShelfStyle m_style;
    QString m_language; ///< the overlay language it was painted in
    double m_scale = 0;
    QImage m_still;
    QPointF m_notesAt;
    int m_hits = 0;
};

/// Paints product cards with QPainter. Pure: the same content, style and
/// size always give the same pixels (with or without a cache).
class CardPainter final {
    Q_DECLARE_TR_FUNCTIONS(lj::shelf::CardPainter)
public:
    /// The large "讲解中" card; `countdown` empty for none. `scale` 1 fits a 720-line frame.
    static QImage featureCard(const CardProduct &product, const ShelfStyle &style, double scale,
                              const QString &countdown, FeatureCardCache *cache = nullptr);
    /// A small card for the side shelf and the strip.
    static QImage compactCard(const CardProduct &product, const ShelfStyle &style, double scale, bool current);
    /// The whole shelf on a canvas of `canvas`: the painted region, and in `at`
    /// where its top-left corner goes. Null when there is nothing to show.
    static QImage paint(const ShelfContent &content, const ShelfStyle &style, QSize canvas, qint64 nowMs, QPoint *at,
                        FeatureCardCache *cache = nullptr);

    /// "仅剩 12 件", "已售罄", or empty when there is plenty; in `language`
    /// (the room's overlay language) or, without one, the UI's.
    static QString stockText(int stock, const OverlayTranslator *language = nullptr);
    /// "限时 04:59" for the time left; empty when it is over.
    static QString countdownText(qint64 remainingMs, const OverlayTranslator *language = nullptr);
    /// `source` (marked with QT_TR_NOOP here) in `language`, or the UI's language without one.
    static QString text(const OverlayTranslator *language, const char *source);
    /// Stock at or below this shows "仅剩 N 件".
    static constexpr int kLowStock = 99;

private:
    /// The large card without its notes line; `notesAt` gets that line's baseline origin.
    static QImage stillFeatureCard(const CardProduct &product, const ShelfStyle &style, double scale, QPointF *notesAt);
};

} // namespace lj::shelf
