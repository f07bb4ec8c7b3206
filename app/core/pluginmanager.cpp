#include "core/pluginmanager.h"

#include "core/appsettings.h"
#include "core/plugincontext.h"
#include "core/plugintranslator.h"
#include "core/studio.h"
#include "core/studioplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace lj {

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

IStudioPlugin *PluginManager::plugin(int index) const
{
    return qobject_cast<IStudioPlugin *>(m_loaders[size_t(index)]->instance());
}

void PluginManager::unload(int index, PluginSpec::State state, const QString &error)
{
    PluginSpec &spec = m_specs[index];
    spec.state = state;
    spec.error = error;
    if (m_studio)
        m_studio->pluginRegistry().withdraw(spec.id);
    if (IStudioPlugin *p = plugin(index)) // it was initialised: let it release what it made
        p->shutdown();
    m_contexts[size_t(index)].reset();
    m_translators[size_t(index)].reset();
    m_loaded.removeAll(index);
}

QStringList PluginManager::loadAll(Studio &studio)
{
    m_studio = &studio;
    m_contexts.resize(m_loaders.size());
    m_translators.resize(m_loaders.size());
    for (PluginSpec &spec : m_specs) {
        if (spec.state == PluginSpec::State::Valid && m_disabled.contains(spec.id))
            spec.state = PluginSpec::State::Disabled;
    }
    const QList<int> order = resolveLoadOrder(m_specs);
    // A dependency may have failed at run time after the order was made.
    const auto missingDependency = [this](const PluginSpec &spec) -> QString {
        for (const PluginSpec::Dependency &dep : std::as_const(spec.dependencies)) {
            const bool up = std::any_of(m_loaded.cbegin(), m_loaded.cend(), [&](int i) { return m_specs[i].id == dep.id; });
            if (!up)
                return dep.id;
        }
        return {};
    };

    // 1. initialize(): each registers its contributions and exports its services.
    for (int i : order) {
        PluginSpec &spec = m_specs[i];
        if (const QString dep = missingDependency(spec); !dep.isEmpty()) {
            spec.state = PluginSpec::State::Skipped;
            spec.error = tr("it needs \"%1\", which could not be loaded").arg(dep);
            continue;
        }
        QPluginLoader &loader = *m_loaders[size_t(i)];
        QObject *instance = loader.instance();
        IStudioPlugin *p = qobject_cast<IStudioPlugin *>(instance);
        if (!p) {
            spec.state = PluginSpec::State::Failed;
            spec.error = instance ? tr("it does not implement the studio plugin interface")
                                  : tr("its library could not be loaded: %1").arg(loader.errorString());
            continue;
        }
        // Its strings are translated from its first registration on.
        m_translators[size_t(i)] = std::make_unique<PluginTranslator>(spec.id, studio.settings().effectiveLocale());
        QStringList dependencies;
        for (const PluginSpec::Dependency &dep : std::as_const(spec.dependencies))
            dependencies << dep.id;
        m_contexts[size_t(i)] = std::make_unique<PluginContext>(studio, spec.id, dependencies);
        PluginContext &context = *m_contexts[size_t(i)];
        if (!spec.legacySecretsNamespace.isEmpty()) {
            // Another plugin's namespace is never handed over, whatever a plugin claims.
            const bool taken = std::any_of(m_specs.cbegin(), m_specs.cend(),
                                           [&](const PluginSpec &other) { return other.id == spec.legacySecretsNamespace; });
            if (taken)
                qWarning("plugin %s: its legacy keychain namespace \"%s\" is another plugin's; ignored", qPrintable(spec.id),
                         qPrintable(spec.legacySecretsNamespace));
            else
                context.secrets().setLegacyPrefix(spec.legacySecretsNamespace);
        }
        m_loaded.append(i);
        QString error;
        if (!p->initialize(context, &error) || !context.serviceErrors().isEmpty()) {
            unload(i, PluginSpec::State::Failed,
                   !context.serviceErrors().isEmpty() ? context.serviceErrors().join(QStringLiteral("; "))
                   : error.isEmpty()                  ? tr("it failed to start")
                                                      : error);
            continue;
        }
        spec.state = PluginSpec::State::Loaded;
    }

    // 2. dependenciesReady(): each takes the services of the plugins it depends on.
    const QList<int> initialised = m_loaded;
    for (int i : initialised) {
        PluginSpec &spec = m_specs[i];
        if (const QString dep = missingDependency(spec); !dep.isEmpty()) {
            unload(i, PluginSpec::State::Skipped, tr("it needs \"%1\", which could not be loaded").arg(dep));
            continue;
        }
        PluginContext &context = *m_contexts[size_t(i)];
        context.m_servicesOpen = true;
        QString error;
        const bool ok = plugin(i)->dependenciesReady(context, &error);
        if (!context.serviceErrors().isEmpty()) {
            unload(i, PluginSpec::State::Failed, context.serviceErrors().join(QStringLiteral("; ")));
            continue;
        }
        if (!ok) {
            unload(i, PluginSpec::State::Failed, error.isEmpty() ? tr("it failed to start") : error);
            continue;
        }
        qInfo("plugin loaded: %s %s from %s", qPrintable(spec.id), qPrintable(spec.version.toString()), qPrintable(spec.filePath));
    }

    const QStringList loaded = loadedIds();
    for (const QString &problem : problems())
        qWarning("%s", qPrintable(problem));
    return loaded;
}

QStringList PluginManager::aboutToShutdown(int timeoutMs)
{
    auto pending = std::make_shared<QStringList>();
    QEventLoop loop;
    for (auto it = m_loaded.crbegin(); it != m_loaded.crend(); ++it) {
        const QString id = m_specs[*it].id;
        *pending << id;
        QPointer<QEventLoop> waiting(&loop);
        plugin(*it)->aboutToShutdown([pending, id, waiting] {
            pending->removeAll(id);
            if (pending->isEmpty() && waiting)
                waiting->quit();
        });
    }
    if (!pending->isEmpty()) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (const QString &id : std::as_const(*pending))
        qWarning("plugin %s did not finish stopping within %d ms", qPrintable(id), timeoutMs);
    return *pending;
}

void PluginManager::shutdownAll()
{
    while (!m_loaded.isEmpty()) {
        const int i = m_loaded.takeLast();
        if (m_studio)
            m_studio->pluginRegistry().withdraw(m_specs[i].id);
        if (IStudioPlugin *p = plugin(i))
            p->shutdown();
        m_contexts[size_t(i)].reset();
        m_translators[size_t(i)].reset();
        qInfo("plugin shut down: %s", qPrintable(m_specs[i].id));
    }
}

QStringList PluginManager::loadedIds() const
{
    QStringList ids;
    for (int i : m_loaded)
        ids << m_specs[i].id;
    return ids;
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
