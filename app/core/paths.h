#pragma once

#include "core/export.h"

#include <QString>
#include <QStringList>

namespace lj {

/// Where the studio keeps and finds things. In portable mode everything lives
/// in a `config` folder beside the executable, so a USB stick carries a whole room.
class LJ_CORE_EXPORT StudioPaths final {
public:
    /// Decides the layout once per process; call before anything reads a path.
    static void init(bool portable);
    /// Overrides the config root (tests, and `LJ_CONFIG_DIR`).
    static void setConfigRoot(const QString &dir);

    static bool isPortable();
    static QString configRoot();
    static QString profilesDir();
    static QString logsDir();
    /// Where libobs modules keep their own files (rtmp-services' service list...).
    static QString moduleConfigDir();
    static QString settingsFile();
    static QString userPluginsDir();
    /// Plugin folders searched in order: the install's (or build tree's), then the user's.
    static QStringList pluginDirs();
    /// Read-only data shipped with the app (demo media, themes).
    static QString dataDir();
    static QString dataFile(const QString &relative);
};

} // namespace lj
