#pragma once

// Chapters in a recording file: every product of the show record becomes a
// chapter players and editors show (MKV chapters; MP4 chapter track).

#include "core/chapters.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace lj::coaching {

class ChapterWriter final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::ChapterWriter)
public:
    /// Copies `recording` stream by stream (nothing re-encoded) into a new
    /// file beside it that has `chapters`, then puts that file in its place
    /// in one rename. When anything fails (no room on the disk, a damaged
    /// file, `cancel` set) the recording stays exactly as it was and no part
    /// file is left; `error` says why in plain words.
    static bool write(const QString &recording, const QList<Chapter> &chapters, QString *error,
                      const std::atomic_bool *cancel = nullptr);
    /// The part file `write` fills before the rename (removed if it fails).
    static QString partFile(const QString &recording);
};

} // namespace lj::coaching
