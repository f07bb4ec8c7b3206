#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

namespace lj {

class PluginContext;

/// What every feature plugin implements. A plugin is a Qt plugin whose JSON
/// metadata (id, name, version, dependencies) is read before it is loaded.
///
/// The lifecycle, driven by the PluginManager:
///  1. initialize(): every plugin in dependency order. Register what the
///     plugin contributes (docks, actions, source types, hotkeys...) and
///     export its own services. Other plugins' services are not handed out yet.
///  2. dependenciesReady(): again in dependency order, once every plugin this
///     one depends on has passed both steps. Take the services of the plugins
///     named in the metadata's dependencies here (context.service<T>()).
///  3. aboutToShutdown(): last loaded first, before scenes and sources go.
///     Stop live pushes and recordings cleanly; call `done` when finished
///     (now or later: the manager waits a bounded time for everyone).
///  4. shutdown(): last loaded first, after the plugin's contributions have
///     been withdrawn. Release every libobs reference and every object.
class IStudioPlugin {
public:
    virtual ~IStudioPlugin() = default;
    /// Registers the plugin's contributions and services. On failure returns
    /// false with a plain-words reason; the studio then goes on without it.
    virtual bool initialize(PluginContext &context, QString *error) = 0;
    /// Takes the services of the plugins it depends on. False (with a reason)
    /// unloads the plugin and withdraws what it registered.
    virtual bool dependenciesReady(PluginContext &context, QString *error)
    {
        Q_UNUSED(context)
        Q_UNUSED(error)
        return true;
    }
    /// Asynchronous and bounded in time: call `done` once the plugin's live
    /// work has stopped. The default has nothing to stop.
    virtual void aboutToShutdown(const std::function<void()> &done) { done(); }
    /// Releases every libobs reference the plugin holds.
    virtual void shutdown() {}
};

} // namespace lj

#define LJ_STUDIO_PLUGIN_IID "org.longjiang.studio.Plugin/2.0"
Q_DECLARE_INTERFACE(lj::IStudioPlugin, LJ_STUDIO_PLUGIN_IID)
