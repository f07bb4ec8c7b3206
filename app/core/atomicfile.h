#pragma once

#include "core/export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lj {

/// Who may read a file the studio writes.
enum class FileAccess {
    Default,   ///< as the user's umask says
    OwnerOnly, ///< 0600 from the first byte: files that hold secrets (an export with keys)
};

/// Writes the whole file or nothing: data goes to a temporary file that is
/// fsynced and renamed over the target, so a crash never leaves half a file.
LJ_CORE_EXPORT bool writeFileAtomically(const QString &path, const QByteArray &data,
                                        QString *error = nullptr, FileAccess access = FileAccess::Default);
LJ_CORE_EXPORT bool writeJsonAtomically(const QString &path, const QJsonObject &object,
                                        QString *error = nullptr, FileAccess access = FileAccess::Default);
/// Puts a file written elsewhere under a part name (by FFmpeg, say) in the
/// place of `path`: flushed to the disk, then renamed over it in one step, so
/// a crash leaves the old file or the new one, whole. False if either fails.
LJ_CORE_EXPORT bool commitPartFile(const QString &part, const QString &path);
/// Reads a JSON object; a missing file gives an empty object and no error,
/// a malformed one gives an error naming the file and the offset.
LJ_CORE_EXPORT QJsonObject readJsonFile(const QString &path, QString *error = nullptr);

} // namespace lj
