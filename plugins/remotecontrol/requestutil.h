#pragma once

// Small helpers the request areas share.

#include "requests.h"

#include <QTime>

#include <algorithm>

namespace lj::remote {

inline QString timecode(qint64 ms)
{
    return QTime(0, 0).addMSecs(int(std::max<qint64>(0, ms) % (24 * 3600 * 1000))).toString(QStringLiteral("HH:mm:ss.zzz"));
}

inline Reply missing(const char *field)
{
    return {Status::MissingRequestField, QStringLiteral("Missing field: %1").arg(QLatin1String(field)), {}};
}

} // namespace lj::remote
