#pragma once

// How each push did over time, kept on disk so a show's coaching report (复盘)
// can show it — also one made later, or by `--report` in another process.

#include "pushservice.h"

#include <QList>
#include <QString>

namespace lj::push {

/// One JSON line per target and sample in `<config>/push-health/<date>.jsonl`,
/// appended (a crash loses at most the line being written; a torn line is
/// skipped on reading). Files older than kKeepDays are removed.
class HealthLog final {
public:
    static constexpr int kKeepDays = 30;

    explicit HealthLog(QString dir) : m_dir(std::move(dir)) {}

    void append(const QList<PushHealthSample> &samples);
    /// Every sample between the two times, oldest first.
    QList<PushHealthSample> read(qint64 fromMs, qint64 toMs) const;
    /// Removes the files of days older than kKeepDays.
    void prune() const;

private:
    QString fileFor(qint64 ms) const;

    QString m_dir;
};

} // namespace lj::push
