#pragma once

#include "core/export.h"

#include <QString>

namespace lj {

/// Money is exact: integer fen (0.01 yuan), never floating point.
/// "59.90" / "59.9" / "¥59" / "３９．９０" yuan to fen; false on anything else.
LJ_CORE_EXPORT bool parseYuan(const QString &text, qint64 *fen);
/// Full-width digits, decimal points and spaces (as Chinese input methods
/// type them) as their ASCII forms; everything else unchanged.
LJ_CORE_EXPORT QString halfWidthDigits(const QString &text);
/// 5990 -> "59.90".
LJ_CORE_EXPORT QString formatYuan(qint64 fen);

} // namespace lj
