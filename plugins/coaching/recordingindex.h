#pragma once

// Where each recording the studio made falls on the wall clock, so a show's
// product changes (stored with wall-clock times) can be placed on it.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lj::coaching {

struct RecordingEntry {
    QString path;            ///< absolute
    qint64 startedAtMs = 0;  ///< the file's second 0
    qint64 endedAtMs = 0;    ///< 0: still recording (or the studio stopped before it could say)
    QString room;
};

/// A small JSON file (the coaching plugin's, in the studio's config folder)
/// listing the newest recordings; written whole and atomically.
class RecordingIndex final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::RecordingIndex)
public:
    /// How many recordings it remembers (the oldest go first).
    static constexpr int kMaxEntries = 1000;

    explicit RecordingIndex(QString file) : m_file(std::move(file)) {}

    bool add(const RecordingEntry &entry, QString *error);
    bool setEnded(const QString &path, qint64 endedAtMs, QString *error);
    std::optional<RecordingEntry> find(const QString &path) const;
    /// The recording that overlaps [fromMs, toMs] the most (toMs 0: up to now).
    std::optional<RecordingEntry> during(qint64 fromMs, qint64 toMs) const;

private:
    QList<RecordingEntry> load(QString *error = nullptr) const;
    bool save(const QList<RecordingEntry> &entries, QString *error) const;
    /// Reads, changes and writes the index under a lock (other studio processes share it).
    bool update(const std::function<void(QList<RecordingEntry> &entries)> &change, QString *error);

    QString m_file;
};

} // namespace lj::coaching
