#pragma once

#include "core/export.h"

#include <QString>

namespace lj {

/// Installs the translations of the language the user chose (the saved
/// choice, or the system's): the studio's own (":/i18n/longjiang_<locale>",
/// built into each program) and Qt's. Returns the locale ("zh_CN", "en").
/// StudioPaths must be set up first: the choice lives in its settings file.
LJ_CORE_EXPORT QString installUiLanguage();

} // namespace lj
