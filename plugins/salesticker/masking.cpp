#include "masking.h"

#include <QRegularExpression>

namespace lj::ticker {

namespace {

const QRegularExpression &phonePattern()
{
    // 11 digits starting 13-19, not part of a longer number.
    static const QRegularExpression pattern(QStringLiteral("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)"));
    return pattern;
}

} // namespace

QString maskPhones(const QString &text)
{
    QString result = text;
    result.replace(phonePattern(), QStringLiteral("\\1****\\3"));
    return result;
}

QString maskBuyer(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("**");
    if (phonePattern().match(trimmed).captured(0) == trimmed)
        return maskPhones(trimmed);
    // The first character (a whole code point, so no broken surrogate pair).
    const qsizetype firstLength = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    QString first = trimmed.left(firstLength);
    if (first.at(0).isDigit())
        first = QStringLiteral("*"); // a bare number says nothing worth showing
    return first + QStringLiteral("**");
}

} // namespace lj::ticker
