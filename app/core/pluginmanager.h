#pragma once

#include <QCoreApplication>

#include "core/export.h"
#include "core/pluginspec.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;

namespace lj {

class PluginContext;
class IStudioPlugin;

/// Finds plugins, reads their metadata without loading them, loads them in
/// dependency order and shuts them down in reverse. A broken, disabled or
/// unsatisfiable plugin is skipped with a message; the studio goes on.
class LJ_CORE_EXPORT PluginManager final {
    Q_DECLARE_TR_FUNCTIONS(lj::PluginManager)
public:
    PluginManager();
    ~PluginManager();
    PluginManager(const PluginManager &) = delete;
    PluginManager &operator=(const PluginManager &) = delete;

    /// Reads the metadata of every shared library in `dirs` (earlier folders win
    /// on duplicate ids).
    void discover(const QStringList &dirs);
    void setDisabled(const QStringList &ids);

    /// Loads and initialises every loadable plugin; returns the ids loaded, in order.
    QStringList loadAll(PluginContext &context);
    /// Calls shutdown() on every loaded plugin, last loaded first.
    void shutdownAll();

    const QList<PluginSpec> &specs() const { return m_specs; }
    /// One line per plugin that did not load, for the log and the UI.
    QStringList problems() const;

private:
    QList<PluginSpec> m_specs;
    QStringList m_disabled;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders; ///< parallel to m_specs
    QList<int> m_loaded;
};

} // namespace lj
