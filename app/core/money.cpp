#include "core/money.h"

#include <QRegularExpression>

namespace lj {

QString halfWidthDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // ０-９
            c = QChar(u - 0xFF10 + '0');
        else if (u == 0xFF0E || u == 0x3002) // ． and 。 typed for a decimal point
            c = QLatin1Char('.');
        else if (u == 0x3000) // ideographic space
            c = QLatin1Char(' ');
    }
    return out;
}

bool parseYuan(const QString &text, qint64 *fen)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[¥￥]?\\s*([0-9]{1,9})(?:\\.([0-9]{1,2}))?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(halfWidthDigits(text));
    if (!m.hasMatch())
        return false;
    const qint64 yuan = m.captured(1).toLongLong();
    const QString cents = m.captured(2).leftJustified(2, QLatin1Char('0'));
    *fen = yuan * 100 + cents.toInt();
    return true;
}

QString formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QString::number(a / 100) + QLatin1Char('.') + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace lj
