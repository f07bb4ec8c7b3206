#pragma once

#include "core/export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lj {

/// Writes the whole file or nothing: data goes to a temporary file that is
/// fsynced and renamed over the target, so a crash never leaves half a file.
LJ_CORE_EXPORT bool writeFileAtomically(const QString &path, const QByteArray &data,
                                        QString *error = nullptr);
LJ_CORE_EXPORT bool writeJsonAtomically(const QString &path, const QJsonObject &object,
                                        QString *error = nullptr);
/// Reads a JSON object; a missing file gives an empty object and no error,
/// a malformed one gives an error naming the file and the offset.
LJ_CORE_EXPORT QJsonObject readJsonFile(const QString &path, QString *error = nullptr);

} // namespace lj
