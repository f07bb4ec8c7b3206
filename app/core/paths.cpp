#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lj {

namespace {
QString g_configRoot;
bool g_portable = false;

QString appDir()
{
    return QCoreApplication::applicationDirPath();
}
} // namespace

void StudioPaths::init(bool portable)
{
    g_portable = portable;
    const QString fromEnv = qEnvironmentVariable("LJ_CONFIG_DIR");
    if (!fromEnv.isEmpty())
        g_configRoot = fromEnv;
    else if (portable)
        g_configRoot = appDir() + QStringLiteral("/config");
    else
        g_configRoot = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                       QStringLiteral("/longjiang-studio");
    QDir().mkpath(g_configRoot);
}

void StudioPaths::setConfigRoot(const QString &dir)
{
    g_configRoot = dir;
    QDir().mkpath(g_configRoot);
}

bool StudioPaths::isPortable()
{
    return g_portable;
}

QString StudioPaths::configRoot()
{
    if (g_configRoot.isEmpty())
        init(false);
    return g_configRoot;
}

QString StudioPaths::profilesDir()
{
    return configRoot() + QStringLiteral("/rooms");
}

QString StudioPaths::logsDir()
{
    return configRoot() + QStringLiteral("/logs");
}

QString StudioPaths::moduleConfigDir()
{
    return configRoot() + QStringLiteral("/module-config");
}

QString StudioPaths::settingsFile()
{
    return configRoot() + QStringLiteral("/studio.ini");
}

QString StudioPaths::userPluginsDir()
{
    return configRoot() + QStringLiteral("/plugins");
}

QStringList StudioPaths::pluginDirs()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("LJ_PLUGIN_PATH");
    if (!fromEnv.isEmpty())
        dirs += fromEnv.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    else
        dirs << QDir::cleanPath(appDir() + QStringLiteral("/../" LJ_PLUGIN_REL_DIR));
    dirs << userPluginsDir();
    return dirs;
}

QString StudioPaths::dataDir()
{
    const QString fromEnv = qEnvironmentVariable("LJ_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QDir::cleanPath(appDir() + QStringLiteral("/../" LJ_DATA_REL_DIR));
    if (QFileInfo::exists(installed))
        return installed;
    return QStringLiteral(LJ_SOURCE_DATA_DIR);
}

QString StudioPaths::dataFile(const QString &relative)
{
    return dataDir() + QLatin1Char('/') + relative;
}

} // namespace lj
