#pragma once

#include "core/export.h"

#include <QString>

namespace lj {

/// Money is exact: integer fen (0.01 yuan), never floating point.
/// "59.90" / "59.9" / "¥59" yuan to fen; false on anything else.
LJ_CORE_EXPORT bool parseYuan(const QString &text, qint64 *fen);
/// 5990 -> "59.90".
LJ_CORE_EXPORT QString formatYuan(qint64 fen);

} // namespace lj
