#include "clipplan.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace lj::coaching {

QString ClipPlan::fileName(int number, const QString &title, qint64 lengthMs)
{
    static const QRegularExpression refused(QStringLiteral(R"([\\/:*?"<>|\s\x00-\x1f]+)"));
    QString name = QString(title).remove(refused);
    if (name.size() > 60)
        name.truncate(60);
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    const qint64 seconds = (lengthMs + 500) / 1000;
    return QStringLiteral("%1_%2_%3m%4s.mp4")
        .arg(number, 2, 10, QLatin1Char('0'))
        .arg(name)
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QList<ClipSpec> ClipPlan::make(const QList<std::tuple<QString, qint64, qint64>> &explanations, qint64 recordingStartMs,
                               qint64 recordingMs, const QStringList &planned,
                               const std::function<QString(const QString &code)> &titleOf)
{
    const auto title = [&titleOf](const QString &code) {
        const QString t = titleOf ? titleOf(code) : QString();
        return t.isEmpty() ? code : t;
    };
    QList<ClipSpec> specs;
    QStringList explained;
    for (const auto &[code, start, end] : explanations) {
        const qint64 from = std::max<qint64>(0, start - recordingStartMs);
        const qint64 to = std::min(recordingMs, (end > 0 ? end : recordingStartMs + recordingMs) - recordingStartMs);
        ClipSpec spec;
        spec.productCode = code;
        spec.title = title(code);
        spec.startMs = from;
        spec.endMs = to;
        if (to - from < kShortestMs)
            continue; // passed over in seconds, or explained while this recording was not running
        explained << code;
        spec.number = int(specs.size()) + 1;
        spec.fileName = fileName(spec.number, spec.title, spec.lengthMs());
        specs.append(spec);
    }
    for (const QString &code : planned) {
        if (explained.contains(code))
            continue;
        ClipSpec spec;
        spec.productCode = code;
        spec.title = title(code);
        spec.problem = tr("%1 has no clip: it was never explained while this recording ran (the show record has no time for it).")
                           .arg(spec.title);
        specs.append(spec);
    }
    return specs;
}

} // namespace lj::coaching
