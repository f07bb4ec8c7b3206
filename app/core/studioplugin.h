#pragma once

#include <QString>
#include <QtPlugin>

namespace lj {

class PluginContext;

/// What every feature plugin implements. A plugin is a Qt plugin whose JSON
/// metadata (id, name, version, dependencies) is read before it is loaded.
/// initialize() runs after libobs has started and after every dependency's
/// initialize(); shutdown() runs in reverse order, before libobs stops.
class IStudioPlugin {
public:
    virtual ~IStudioPlugin() = default;
    /// Registers the plugin's contributions. On failure returns false with a
    /// plain-words reason; the studio then goes on without it.
    virtual bool initialize(PluginContext &context, QString *error) = 0;
    /// Releases every libobs reference the plugin holds.
    virtual void shutdown() {}
};

} // namespace lj

#define LJ_STUDIO_PLUGIN_IID "org.longjiang.studio.Plugin/1.0"
Q_DECLARE_INTERFACE(lj::IStudioPlugin, LJ_STUDIO_PLUGIN_IID)
