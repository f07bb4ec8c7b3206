#include "core/overlaytranslator.h"

namespace lj {

OverlayTranslator::OverlayTranslator(const QString &pluginId, const QString &language, const QString &qmDir)
    : m_pluginId(pluginId), m_qmDir(qmDir.isEmpty() ? QStringLiteral(":/studio/%1/i18n").arg(pluginId) : qmDir)
{
    setLanguage(language);
}

void OverlayTranslator::setLanguage(const QString &language)
{
    m_language = language;
    m_loaded = language != QLatin1String("en") &&
               m_translator.load(QStringLiteral("%1/%2_%3").arg(m_qmDir, m_pluginId, language));
}

QString OverlayTranslator::translate(const char *context, const char *source, int n) const
{
    QString text = m_loaded ? m_translator.translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace lj
