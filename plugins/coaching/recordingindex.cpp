#include "recordingindex.h"

#include <QLockFile>

#include "core/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace lj::coaching {

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

} // namespace

QList<RecordingEntry> RecordingIndex::load(QString *error) const
{
    QList<RecordingEntry> entries;
    const QJsonObject root = readJsonFile(m_file, error);
    for (const QJsonValue &v : root.value(QStringLiteral("recordings")).toArray()) {
        const QJsonObject o = v.toObject();
        RecordingEntry e{o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("startedAt")).toInteger(),
                         o.value(QStringLiteral("endedAt")).toInteger(), o.value(QStringLiteral("room")).toString()};
        if (!e.path.isEmpty() && e.startedAtMs > 0)
            entries << e;
    }
    return entries;
}

bool RecordingIndex::save(const QList<RecordingEntry> &entries, QString *error) const
{
    QJsonArray list;
    for (const RecordingEntry &e : entries)
        list.append(QJsonObject{{QStringLiteral("path"), e.path},
                                {QStringLiteral("startedAt"), e.startedAtMs},
                                {QStringLiteral("endedAt"), e.endedAtMs},
                                {QStringLiteral("room"), e.room}});
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    return writeJsonAtomically(m_file, QJsonObject{{QStringLiteral("recordings"), list}}, error);
}

bool RecordingIndex::update(const std::function<void(QList<RecordingEntry> &entries)> &change, QString *error)
{
    // Several rooms of one computer (one studio process each) share the index:
    // each change reads, changes and writes it under a lock, so none is lost.
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QLockFile lock(m_file + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        if (error)
            *error = tr("The recording index %1 is locked by another studio.").arg(m_file);
        return false;
    }
    QString damaged;
    QList<RecordingEntry> entries = load(&damaged);
    if (!damaged.isEmpty())
        qWarning("recording index unreadable, started afresh: %s", qPrintable(damaged));
    change(entries);
    return save(entries, error);
}

bool RecordingIndex::add(const RecordingEntry &entry, QString *error)
{
    RecordingEntry e = entry;
    e.path = canonical(e.path);
    return update(
        [&e](QList<RecordingEntry> &entries) {
            entries.removeIf([&e](const RecordingEntry &old) { return old.path == e.path; });
            entries << e;
            while (entries.size() > kMaxEntries)
                entries.removeFirst();
        },
        error);
}

bool RecordingIndex::setEnded(const QString &path, qint64 endedAtMs, QString *error)
{
    const QString key = canonical(path);
    return update(
        [&key, endedAtMs](QList<RecordingEntry> &entries) {
            for (RecordingEntry &e : entries)
                if (e.path == key)
                    e.endedAtMs = endedAtMs;
        },
        error);
}

std::optional<RecordingEntry> RecordingIndex::find(const QString &path) const
{
    const QString key = canonical(path);
    for (const RecordingEntry &e : load())
        if (e.path == key)
            return e;
    return std::nullopt;
}

std::optional<RecordingEntry> RecordingIndex::during(qint64 fromMs, qint64 toMs) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 to = toMs > 0 ? toMs : now;
    std::optional<RecordingEntry> best;
    qint64 bestOverlap = 0;
    for (const RecordingEntry &e : load()) {
        const qint64 overlap = std::min(to, e.endedAtMs > 0 ? e.endedAtMs : now) - std::max(fromMs, e.startedAtMs);
        if (overlap > bestOverlap && QFileInfo::exists(e.path)) {
            bestOverlap = overlap;
            best = e;
        }
    }
    return best;
}

} // namespace lj::coaching
