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
class PluginTranslator;
class IStudioPlugin;
class Studio;

/// Finds plugins, reads their metadata without loading them, loads them in
/// dependency order and shuts them down in reverse. A broken, disabled or
/// unsatisfiable plugin is skipped with a message; the studio goes on.
class LJ_CORE_EXPORT PluginManager final {
    Q_DECLARE_TR_FUNCTIONS(lj::PluginManager)
public:
    /// How long aboutToShutdown() waits for every plugin to finish its live work.
    static constexpr int kShutdownTimeoutMs = 10000;

    PluginManager();
    ~PluginManager();
    PluginManager(const PluginManager &) = delete;
    PluginManager &operator=(const PluginManager &) = delete;

    /// Reads the metadata of every shared library in `dirs` (earlier folders win
    /// on duplicate ids).
    void discover(const QStringList &dirs);
    void setDisabled(const QStringList &ids);

    /// Initialises every loadable plugin, then tells each that its
    /// dependencies are ready; returns the ids loaded, in order. A plugin that
    /// fails either step is unloaded with its contributions withdrawn, and
    /// the plugins that depend on it are skipped.
    QStringList loadAll(Studio &studio);
    /// Asks every loaded plugin, last loaded first, to stop its live work,
    /// and waits until all have said so or `timeoutMs` has passed. Returns
    /// the ids of the plugins that did not finish in time.
    QStringList aboutToShutdown(int timeoutMs = kShutdownTimeoutMs);
    /// Last loaded first: withdraws the plugin's contributions, then calls its shutdown().
    void shutdownAll();

    const QList<PluginSpec> &specs() const { return m_specs; }
    /// The ids of the loaded plugins, in the order they were loaded.
    QStringList loadedIds() const;
    /// One line per plugin that did not load, for the log and the UI.
    QStringList problems() const;

private:
    IStudioPlugin *plugin(int index) const;
    void unload(int index, PluginSpec::State state, const QString &error);

    QList<PluginSpec> m_specs;
    QStringList m_disabled;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;   ///< parallel to m_specs
    std::vector<std::unique_ptr<PluginContext>> m_contexts; ///< parallel to m_specs
    /// Each loaded plugin's own translations (its :/studio/<id>/i18n/), while it lives.
    std::vector<std::unique_ptr<PluginTranslator>> m_translators;
    Studio *m_studio = nullptr;
    QList<int> m_loaded;
};

} // namespace lj
