#include "core/pluginmanager.h"

#include "core/plugincontext.h"
#include "core/studioplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>

namespace lj {

namespace {


} // namespace

PluginManager::PluginManager() = default;

PluginManager::~PluginManager()
{
    shutdownAll();
}

void PluginManager::discover(const QStringList &dirs)
{
    QSet<QString> seen;
    for (const PluginSpec &spec : std::as_const(m_specs))
        seen.insert(spec.id);
    for (const QString &dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            auto loader = std::make_unique<QPluginLoader>(file.absoluteFilePath());
            const QJsonObject raw = loader->metaData();
            PluginSpec spec;
            if (raw.isEmpty()) {
                spec.filePath = file.absoluteFilePath();
                spec.id = file.completeBaseName();
                spec.state = PluginSpec::State::Invalid;
                spec.error = tr("it is not a Qt plugin, or its file is damaged");
            } else if (raw.value(QStringLiteral("IID")).toString() != QLatin1String(LJ_STUDIO_PLUGIN_IID)) {
                spec.filePath = file.absoluteFilePath();
                spec.id = file.completeBaseName();
                spec.state = PluginSpec::State::Invalid;
                spec.error = tr("it was built for another program or plugin interface version");
            } else {
                spec = PluginSpec::fromMetaData(raw.value(QStringLiteral("MetaData")).toObject(),
                                                file.absoluteFilePath());
            }
            if (spec.state != PluginSpec::State::Invalid && seen.contains(spec.id)) {
                qWarning("plugin %s at %s ignored: another copy was found first", qPrintable(spec.id),
                         qPrintable(spec.filePath));
                continue;
            }
            seen.insert(spec.id);
            m_specs.append(spec);
            m_loaders.push_back(std::move(loader));
        }
    }
}

void PluginManager::setDisabled(const QStringList &ids)
{
    m_disabled = ids;
}

QStringList PluginManager::loadAll(PluginContext &context)
{
    for (PluginSpec &spec : m_specs) {
        if (spec.state == PluginSpec::State::Valid && m_disabled.contains(spec.id))
            spec.state = PluginSpec::State::Disabled;
    }
    const QList<int> order = resolveLoadOrder(m_specs);
    QStringList loaded;
    for (int i : order) {
        PluginSpec &spec = m_specs[i];
        // A dependency may have failed at run time after the order was made.
        bool depsOk = true;
        for (const PluginSpec::Dependency &dep : std::as_const(spec.dependencies)) {
            if (!loaded.contains(dep.id)) {
                spec.state = PluginSpec::State::Skipped;
                spec.error = tr("it needs \"%1\", which could not be loaded").arg(dep.id);
                depsOk = false;
                break;
            }
        }
        if (!depsOk)
            continue;
        QPluginLoader &loader = *m_loaders[size_t(i)];
        QObject *instance = loader.instance();
        auto *plugin = qobject_cast<IStudioPlugin *>(instance);
        if (!plugin) {
            spec.state = PluginSpec::State::Failed;
            spec.error = instance ? tr("it does not implement the studio plugin interface")
                                  : tr("its library could not be loaded: %1").arg(loader.errorString());
            continue;
        }
        QString error;
        context.setCurrentPlugin(spec.id);
        const bool ok = plugin->initialize(context, &error);
        context.setCurrentPlugin({});
        if (!ok) {
            spec.state = PluginSpec::State::Failed;
            spec.error = error.isEmpty() ? tr("it failed to start") : error;
            continue;
        }
        spec.state = PluginSpec::State::Loaded;
        m_loaded.append(i);
        loaded << spec.id;
        qInfo("plugin loaded: %s %s", qPrintable(spec.id), qPrintable(spec.version.toString()));
    }
    for (const QString &problem : problems())
        qWarning("%s", qPrintable(problem));
    return loaded;
}

void PluginManager::shutdownAll()
{
    for (auto it = m_loaded.crbegin(); it != m_loaded.crend(); ++it) {
        QPluginLoader &loader = *m_loaders[size_t(*it)];
        if (auto *plugin = qobject_cast<IStudioPlugin *>(loader.instance()))
            plugin->shutdown();
        qInfo("plugin shut down: %s", qPrintable(m_specs[*it].id));
    }
    m_loaded.clear();
}

QStringList PluginManager::problems() const
{
    QStringList result;
    for (const PluginSpec &spec : m_specs) {
        switch (spec.state) {
        case PluginSpec::State::Invalid:
        case PluginSpec::State::Skipped:
        case PluginSpec::State::Failed:
            result << tr("Plugin \"%1\" was not loaded: %2").arg(spec.id, spec.error);
            break;
        default:
            break;
        }
    }
    return result;
}

} // namespace lj
