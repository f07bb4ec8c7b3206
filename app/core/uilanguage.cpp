#include "core/uilanguage.h"

#include "core/appsettings.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lj {

QString installUiLanguage()
{
    const QString locale = AppSettings(StudioPaths::settingsFile()).effectiveLocale();
    if (locale == QLatin1String("en"))
        return locale;
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/longjiang_") + locale))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace lj
