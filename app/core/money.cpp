#include "core/money.h"

#include <QRegularExpression>

namespace lj {

bool parseYuan(const QString &text, qint64 *fen)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[¥￥]?\\s*(\\d{1,9})(?:\\.(\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
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
