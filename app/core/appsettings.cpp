#include "core/appsettings.h"

#include <QLocale>

namespace lj {

AppSettings::AppSettings(const QString &file) : m_settings(file, QSettings::IniFormat) {}

QString AppSettings::language() const
{
    const QString value = m_settings.value(QStringLiteral("language"), QStringLiteral("system")).toString();
    return value == QLatin1String("zh_CN") || value == QLatin1String("en") ? value
                                                                            : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("language"), language);
}

QString AppSettings::effectiveLocale() const
{
    const QString lang = language();
    if (lang != QLatin1String("system"))
        return lang;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString AppSettings::currentRoom() const
{
    return m_settings.value(QStringLiteral("currentRoom")).toString();
}

void AppSettings::setCurrentRoom(const QString &name)
{
    m_settings.setValue(QStringLiteral("currentRoom"), name);
}

QStringList AppSettings::disabledPlugins() const
{
    return m_settings.value(QStringLiteral("disabledPlugins")).toStringList();
}

void AppSettings::setDisabledPlugins(const QStringList &ids)
{
    m_settings.setValue(QStringLiteral("disabledPlugins"), ids);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("mainWindow/state")).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("mainWindow/geometry"), geometry);
    m_settings.setValue(QStringLiteral("mainWindow/state"), state);
}

QString AppSettings::layoutMode(const QString &room) const
{
    const QString mode = m_settings.value(QStringLiteral("layouts/") + QString::fromLatin1(room.toUtf8().toBase64(QByteArray::Base64UrlEncoding))).toString();
    return mode == QLatin1String("technician") ? mode : QStringLiteral("host");
}

void AppSettings::setLayoutMode(const QString &room, const QString &mode)
{
    m_settings.setValue(QStringLiteral("layouts/") + QString::fromLatin1(room.toUtf8().toBase64(QByteArray::Base64UrlEncoding)), mode);
}

bool AppSettings::firstStartDone() const
{
    return m_settings.value(QStringLiteral("firstStartDone")).toBool();
}

void AppSettings::setFirstStartDone()
{
    m_settings.setValue(QStringLiteral("firstStartDone"), true);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace lj
