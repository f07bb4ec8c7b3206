#pragma once

#include "core/export.h"

#include <QString>

#include <memory>

class QTranslator;

namespace lj {

/// A plugin's own translations, installed by the plugin manager while the
/// plugin lives. The plugin embeds its .qm files under
/// `:/studio/<id>/i18n/<id>_<locale>.qm` (studio_add_plugin's ID does).
class LJ_CORE_EXPORT PluginTranslator final {
public:
    PluginTranslator(const QString &pluginId, const QString &locale);
    ~PluginTranslator();
    PluginTranslator(const PluginTranslator &) = delete;
    PluginTranslator &operator=(const PluginTranslator &) = delete;
    bool isLoaded() const { return m_translator != nullptr; }

private:
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace lj
