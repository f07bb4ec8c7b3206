#include "core/plugintranslator.h"

#include <QCoreApplication>
#include <QTranslator>

namespace lj {

PluginTranslator::PluginTranslator(const QString &pluginId, const QString &locale)
{
    if (locale == QLatin1String("en"))
        return; // English is the source language
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/studio/%1/i18n/%1_%2").arg(pluginId, locale)) &&
        QCoreApplication::installTranslator(translator.get()))
        m_translator = std::move(translator);
}

PluginTranslator::~PluginTranslator()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace lj
