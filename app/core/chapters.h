#pragma once

#include "core/export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <tuple>

namespace lj {

/// One chapter of a show's replay: from `offsetMs` after the show began.
struct Chapter {
    qint64 offsetMs = 0;
    QString title;

    bool operator==(const Chapter &) const = default;
};

/// Chapters of a replay from the show record: which product was explained
/// when. Pure: the record in, the list (and its text) out.
class LJ_CORE_EXPORT Chapters final {
    Q_DECLARE_TR_FUNCTIONS(lj::Chapters)
public:
    /// A product explained for less than this (the host moving past it) gets no chapter.
    static constexpr qint64 kShortestMs = 10000;

    /// `explanations` as the show record keeps them: (product code, start ms,
    /// end ms or 0 while running), in order. `showStartMs` is the chapters'
    /// second 0 (the show's start, or its recording's: an explanation already
    /// running then starts the first chapter). `showEndMs` 0: still running,
    /// `nowMs` ends the last one. An opening chapter covers the time before
    /// the first product (when that took 10 s or more); one product explained
    /// twice in a row is one chapter.
    static QList<Chapter> fromShow(qint64 showStartMs, qint64 showEndMs, qint64 nowMs,
                                   const QList<std::tuple<QString, qint64, qint64>> &explanations,
                                   const std::function<QString(const QString &code)> &titleOf);
    /// One "03:12 五常稻花香大米 5kg" line per chapter, the form replay pages
    /// read from a description (hours shown once the show passes one).
    static QString text(const QList<Chapter> &chapters);
    /// "03:12", or "1:03:12" when `withHours`.
    static QString timestamp(qint64 ms, bool withHours);
};

} // namespace lj
