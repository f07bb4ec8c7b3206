#pragma once

// Small helpers the request areas share.

#include "requests.h"

#include <QDir>
#include <QStorageInfo>
#include <QTime>

#include <algorithm>

namespace lj::remote {

inline QString timecode(qint64 ms)
{
    return QTime(0, 0).addMSecs(int(std::max<qint64>(0, ms) % (24 * 3600 * 1000))).toString(QStringLiteral("HH:mm:ss.zzz"));
}

/// Free bytes on the disk that holds `folder` (it may not exist yet: its nearest existing parent); -1 when unknown.
inline qint64 freeDiskBytes(const QString &folder)
{
    QDir dir(folder);
    while (!dir.exists() && dir.cdUp()) {
    }
    const QStorageInfo disk(dir.absolutePath());
    return disk.isValid() && disk.isReady() ? disk.bytesAvailable() : -1;
}

inline Reply missing(const char *field)
{
    return {Status::MissingRequestField, QStringLiteral("Missing field: %1").arg(QLatin1String(field)), {}};
}

} // namespace lj::remote
