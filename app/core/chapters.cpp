#include "core/chapters.h"

#include <QStringList>

#include <algorithm>

namespace lj {

QList<Chapter> Chapters::fromShow(qint64 showStartMs, qint64 showEndMs, qint64 nowMs,
                                  const QList<std::tuple<QString, qint64, qint64>> &explanations,
                                  const std::function<QString(const QString &code)> &titleOf)
{
    const qint64 last = showEndMs > 0 ? showEndMs : nowMs;
    QList<Chapter> chapters;
    QString previousCode;
    for (const auto &[code, start, end] : explanations) {
        const qint64 until = end > 0 ? end : last;
        const qint64 from = std::max(start, showStartMs);
        if (until - from < kShortestMs)
            continue;
        if (code == previousCode)
            continue; // the same product again, right after: one chapter
        previousCode = code;
        const QString title = titleOf ? titleOf(code) : QString();
        chapters.append({from - showStartMs, title.isEmpty() ? code : title});
    }
    // Replay pages want the first chapter at the very start: a few seconds
    // before the first product are its own; a longer wait is the opening.
    if (!chapters.isEmpty() && chapters.first().offsetMs < kShortestMs)
        chapters.first().offsetMs = 0;
    else if (!chapters.isEmpty())
        chapters.prepend({0, tr("Opening")});
    return chapters;
}

QString Chapters::timestamp(qint64 ms, bool withHours)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 minutes = withHours ? (seconds / 60) % 60 : seconds / 60;
    const QString minutesSeconds =
        QStringLiteral("%1:%2").arg(minutes, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return withHours ? QString::number(seconds / 3600) + QLatin1Char(':') + minutesSeconds : minutesSeconds;
}

QString Chapters::text(const QList<Chapter> &chapters)
{
    const bool hours = !chapters.isEmpty() && chapters.last().offsetMs >= 3600 * 1000;
    QStringList lines;
    for (const Chapter &c : chapters)
        lines << timestamp(c.offsetMs, hours) + QLatin1Char(' ') + QString(c.title).simplified();
    return lines.join(QLatin1Char('\n'));
}

} // namespace lj
