#include "cardpainter.h"

#include "core/overlaytranslator.h"

#include "qrcode.h"

#include "core/money.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace lj::shelf {

namespace {

QFont cardFont(double pixels, bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(qMax(6, int(std::lround(pixels))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// The large card's line of stock and time left.
QFont notesFont(const ShelfStyle &style, double scale)
{
    return cardFont(17 * scale * style.fontScale, true);
}

/// Draws `text` wrapped into at most `maxLines` lines from `top`, the last one
/// elided; returns the height used.
qreal drawWrapped(QPainter &painter, const QString &text, const QFont &font, qreal left, qreal top, qreal width,
                  int maxLines)
{
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    if (flat.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    QTextLayout layout(flat, font);
    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    QList<std::pair<QString, qreal>> out;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        QString part = flat.mid(line.textStart(), line.textLength());
        ++lines;
        if (lines == maxLines && line.textStart() + line.textLength() < flat.size())
            part = metrics.elidedText(flat.mid(line.textStart()), Qt::ElideRight, width);
        out.append({part.trimmed(), y});
        y += metrics.lineSpacing();
    }
    layout.endLayout();
    painter.setFont(font);
    for (const auto &[part, dy] : out)
        painter.drawText(QPointF(left, top + dy + metrics.ascent()), part);
    return y;
}

/// The product's picture, or a tile with its first character.
void drawPicture(QPainter &painter, const CardProduct &product, const ShelfTheme &theme, const QRectF &rect)
{
    QPainterPath clip;
    clip.addRoundedRect(rect, rect.width() * 0.08, rect.width() * 0.08);
    painter.save();
    painter.setClipPath(clip);
    if (!product.image.isNull()) {
        const QImage scaled = product.image.scaled(rect.size().toSize(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QPointF offset((scaled.width() - rect.width()) / 2, (scaled.height() - rect.height()) / 2);
        painter.drawImage(rect.topLeft(), scaled, QRectF(offset, rect.size()));
    } else {
        painter.fillRect(rect, theme.accent);
        painter.setPen(theme.badgeText);
        painter.setFont(cardFont(rect.height() * 0.5, true));
        const QString letter = product.title.isEmpty() ? QStringLiteral("?") : product.title.left(1);
        painter.drawText(rect, Qt::AlignCenter, letter);
    }
    painter.restore();
}

/// "¥59.90" large, then "¥89.90" struck through when it is higher.
void drawPrices(QPainter &painter, const CardProduct &product, const ShelfTheme &theme, QPointF baseline, double live,
                double list)
{
    const QFont liveFont = cardFont(live, true);
    const QString liveText = QStringLiteral("¥") + formatYuan(product.livePriceFen);
    painter.setFont(liveFont);
    painter.setPen(theme.price);
    painter.drawText(baseline, liveText);
    if (product.listPriceFen <= product.livePriceFen)
        return;
    QFont listFont = cardFont(list, false);
    listFont.setStrikeOut(true);
    painter.setFont(listFont);
    painter.setPen(theme.muted);
    painter.drawText(baseline + QPointF(QFontMetricsF(liveFont).horizontalAdvance(liveText) + list * 0.5, 0),
                     QStringLiteral("¥") + formatYuan(product.listPriceFen));
}

QImage transparentImage(QSizeF size)
{
    QImage image(qMax(1, int(std::ceil(size.width()))), qMax(1, int(std::ceil(size.height()))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

void drawCardBackground(QPainter &painter, const QRectF &rect, const ShelfTheme &theme, double scale, bool outlined)
{
    painter.setPen(outlined ? QPen(theme.accent, 4 * scale) : Qt::NoPen);
    painter.setBrush(theme.card);
    const qreal inset = outlined ? 2 * scale : 0;
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 14 * scale, 14 * scale);
    painter.setBrush(Qt::NoBrush);
}

/// A rounded pill with `text`, from `topLeft`; returns its width.
qreal drawBadge(QPainter &painter, const QString &text, const ShelfTheme &theme, QPointF topLeft, double pixels)
{
    const QFont font = cardFont(pixels, true);
    const QFontMetricsF metrics(font);
    const QRectF pill(topLeft, QSizeF(metrics.horizontalAdvance(text) + pixels * 1.2, pixels * 1.6));
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.accent);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(theme.badgeText);
    painter.setFont(font);
    painter.drawText(pill, Qt::AlignCenter, text);
    return pill.width();
}

} // namespace

QString CardPainter::text(const OverlayTranslator *language, const char *source)
{
    return language ? language->translate("lj::shelf::CardPainter", source) : tr(source);
}

QString CardPainter::stockText(int stock, const OverlayTranslator *language)
{
    if (stock <= 0)
        return text(language, QT_TR_NOOP("Sold out"));
    if (stock <= kLowStock)
        return text(language, QT_TR_NOOP("Only %1 left")).arg(stock);
    return {};
}

QString CardPainter::countdownText(qint64 remainingMs, const OverlayTranslator *language)
{
    if (remainingMs <= 0)
        return {};
    const qint64 seconds = (remainingMs + 999) / 1000;
    return text(language, QT_TR_NOOP("Offer ends in %1:%2"))
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QImage CardPainter::stillFeatureCard(const CardProduct &product, const ShelfStyle &style, double scale, QPointF *notesAt)
{
    const ShelfTheme &theme = style.theme;
    const double s = scale, f = scale * style.fontScale;
    const double pad = 16 * s, picture = 150 * s, qr = style.showQr && !product.link.isEmpty() ? 104 * s : 0;
    const double width = 500 * s;
    const double textLeft = pad + picture + pad, textWidth = width - textLeft - (qr > 0 ? qr + pad : pad);
    const double badge = 20 * f;
    const QFont title = cardFont(25 * f, true), points = cardFont(17 * f, false), small = notesFont(style, scale);
    const double top = pad + badge * 1.6 + 8 * s; // below the badge
    const double textHeight = QFontMetricsF(title).lineSpacing() * 2 + QFontMetricsF(points).lineSpacing() * 2 +
                              6 * s + 44 * f + QFontMetricsF(small).lineSpacing();
    const double height = top + qMax(picture, textHeight) + pad;

    QImage image = transparentImage({width, height});
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    drawCardBackground(painter, QRectF(0, 0, width, height), theme, s, false);
    drawBadge(painter, text(style.language, QT_TR_NOOP("Now explaining")), theme, QPointF(pad, pad), badge);
    drawPicture(painter, product, theme, QRectF(pad, top, picture, picture));

    double y = top;
    painter.setPen(theme.text);
    y += drawWrapped(painter, product.title, title, textLeft, y, textWidth, 2) + 2 * s;
    painter.setPen(theme.muted);
    y += drawWrapped(painter, product.sellingPoints, points, textLeft, y, textWidth, 2) + 4 * s;
    drawPrices(painter, product, theme, QPointF(textLeft, y + 38 * f), 36 * f, 19 * f);
    y += 44 * f;

    *notesAt = QPointF(textLeft, y + QFontMetricsF(small).ascent());
    if (qr > 0) {
        const QImage code = qrCode(product.link, int(qr));
        if (!code.isNull()) {
            const QRectF at(width - pad - qr, top, qr, qr);
            painter.drawImage(at.topLeft(), code);
            painter.setPen(theme.muted);
            painter.setFont(cardFont(14 * f, false));
            painter.drawText(QRectF(at.left() - 10 * s, at.bottom() + 4 * s, qr + 20 * s, 22 * f), Qt::AlignHCenter | Qt::AlignTop,
                             text(style.language, QT_TR_NOOP("Scan to buy")));
        }
    }
    return image;
}

QImage CardPainter::featureCard(const CardProduct &product, const ShelfStyle &style, double scale,
                                const QString &countdown, FeatureCardCache *cache)
{
    QImage image;
    QPointF notesAt;
    const QString language = style.language ? style.language->language() : QString();
    if (cache && !cache->m_still.isNull() && cache->m_scale == scale && cache->m_style == style && cache->m_language == language &&
        cache->m_product == product) {
        ++cache->m_hits;
        image = cache->m_still; // detached by the painter below
        notesAt = cache->m_notesAt;
    } else {
        image = stillFeatureCard(product, style, scale, &notesAt);
        if (cache) {
            cache->m_product = product;
            cache->m_style = style;
            cache->m_language = language;
            cache->m_scale = scale;
            cache->m_still = image;
            cache->m_notesAt = notesAt;
        }
    }
    // The notes line overlaps nothing else on the card, so drawing it last
    // gives the same pixels as drawing it in its place.
    QStringList notes;
    if (const QString stock = stockText(product.stock, style.language); !stock.isEmpty())
        notes << stock;
    if (!countdown.isEmpty())
        notes << countdown;
    if (!notes.isEmpty()) {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.setFont(notesFont(style, scale));
        painter.setPen(style.theme.accent);
        painter.drawText(notesAt, notes.join(QStringLiteral("  ·  ")));
    }
    return image;
}

QImage CardPainter::compactCard(const CardProduct &product, const ShelfStyle &style, double scale, bool current)
{
    const ShelfTheme &theme = style.theme;
    const double s = scale, f = scale * style.fontScale;
    const double pad = 10 * s, picture = 76 * s, width = 300 * s, height = picture + 2 * pad;
    QImage image = transparentImage({width, height});
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    drawCardBackground(painter, QRectF(0, 0, width, height), theme, s, current);
    drawPicture(painter, product, theme, QRectF(pad, pad, picture, picture));
    const double left = pad + picture + pad, textWidth = width - left - pad;
    const QFont title = cardFont(18 * f, true);
    painter.setPen(theme.text);
    drawWrapped(painter, product.title, title, left, pad, textWidth, 1);
    const double titleHeight = QFontMetricsF(title).lineSpacing();
    drawPrices(painter, product, theme, QPointF(left, pad + titleHeight + 26 * f), 26 * f, 14 * f);
    const QString stock = stockText(product.stock, style.language);
    if (!stock.isEmpty()) {
        painter.setPen(theme.accent);
        painter.setFont(cardFont(14 * f, true));
        painter.drawText(QPointF(left, height - pad - 2 * s), stock);
    }
    if (current) {
        const QFont font = cardFont(13 * f, true);
        const QString badgeText = text(style.language, QT_TR_NOOP("Now explaining"));
        const double w = QFontMetricsF(font).horizontalAdvance(badgeText) + 13 * f * 1.2;
        drawBadge(painter, badgeText, theme, QPointF(width - w - 6 * s, height - 13 * f * 1.6 - 6 * s), 13 * f);
    }
    return image;
}

QImage CardPainter::paint(const ShelfContent &content, const ShelfStyle &style, QSize canvas, qint64 nowMs, QPoint *at,
                          FeatureCardCache *cache)
{
    *at = QPoint();
    if (content.products.isEmpty() || canvas.isEmpty())
        return {};
    const double scale = qMin(canvas.width(), canvas.height()) / 720.0;
    const QMarginsF &m = style.safe.margins;
    const QRectF safe(canvas.width() * m.left(), canvas.height() * m.top(),
                      canvas.width() * (1 - m.left() - m.right()), canvas.height() * (1 - m.top() - m.bottom()));
    const int current = content.current;

    if (style.layout == ShelfLayout::Single) {
        if (current < 0 || current >= content.products.size())
            return {};
        const QString countdown = content.countdownEndMs > 0 ? countdownText(content.countdownEndMs - nowMs, style.language) : QString();
        QImage card = featureCard(content.products[current], style, scale, countdown, cache);
        if (card.width() > safe.width())
            card = card.scaledToWidth(qMax(1, int(safe.width())), Qt::SmoothTransformation);
        *at = QPoint(int(safe.left()), int(safe.bottom() - card.height()));
        return card;
    }

    // Several compact cards: a window of the rundown that keeps the current
    // product in view, one before it when there is room.
    const bool side = style.layout == ShelfLayout::Side;
    const QImage probe = compactCard(content.products.first(), style, scale, false);
    const double gap = 10 * scale;
    const int fit = side ? int((safe.height() + gap) / (probe.height() + gap)) : int((safe.width() + gap) / (probe.width() + gap));
    const int count = int(qMin<qsizetype>(content.products.size(), qMax(1, qMin(style.maxCards, fit))));
    int first = qMax(0, current - 1);
    first = int(qMin<qsizetype>(first, content.products.size() - count));
    const QSizeF size = side ? QSizeF(probe.width(), count * probe.height() + (count - 1) * gap)
                             : QSizeF(count * probe.width() + (count - 1) * gap, probe.height());
    QImage image = transparentImage(size);
    QPainter painter(&image);
    for (int i = 0; i < count; ++i) {
        const QImage card = compactCard(content.products[first + i], style, scale, first + i == current);
        const QPointF pos = side ? QPointF(0, i * (probe.height() + gap)) : QPointF(i * (probe.width() + gap), 0);
        painter.drawImage(pos, card);
    }
    *at = side ? QPoint(int(safe.right() - size.width()), int(safe.top()))
               : QPoint(int(safe.left()), int(safe.bottom() - size.height()));
    return image;
}

} // namespace lj::shelf
