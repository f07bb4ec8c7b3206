#include "core/pluginspec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace lj {

namespace {


} // namespace

PluginSpec PluginSpec::fromMetaData(const QJsonObject &md, const QString &filePath)
{
    PluginSpec spec;
    spec.filePath = filePath;
    auto invalid = [&spec](const QString &reason) {
        spec.state = State::Invalid;
        spec.error = reason;
        return spec;
    };
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,63}$"));
    const QJsonValue id = md.value(QStringLiteral("id"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
        return invalid(tr("its metadata has no valid \"id\" (lowercase letters, digits, . _ -)"));
    spec.id = id.toString();
    spec.name = md.value(QStringLiteral("name")).toString(spec.id);
    spec.description = md.value(QStringLiteral("description")).toString();

    const QJsonValue version = md.value(QStringLiteral("version"));
    spec.version = QVersionNumber::fromString(version.toString());
    if (!version.isString() || spec.version.isNull())
        return invalid(tr("its metadata has no valid \"version\" (such as \"1.2.0\")"));

    const QJsonValue deps = md.value(QStringLiteral("dependencies"));
    if (!deps.isUndefined() && !deps.isArray())
        return invalid(tr("its \"dependencies\" is not a list"));
    for (const QJsonValue &dep : deps.toArray()) {
        const QJsonObject o = dep.toObject();
        const QString depId = o.value(QStringLiteral("id")).toString();
        if (!dep.isObject() || depId.isEmpty())
            return invalid(tr("a dependency has no \"id\""));
        if (depId == spec.id)
            return invalid(tr("it depends on itself"));
        Dependency d{depId, QVersionNumber::fromString(o.value(QStringLiteral("version")).toString())};
        spec.dependencies.append(d);
    }
    const QJsonValue legacy = md.value(QStringLiteral("legacySecretsNamespace"));
    if (!legacy.isUndefined()) {
        if (!legacy.isString() || !idPattern.match(legacy.toString()).hasMatch() || legacy.toString() == spec.id)
            return invalid(tr("its \"legacySecretsNamespace\" is not a valid name of its own"));
        spec.legacySecretsNamespace = legacy.toString();
    }
    return spec;
}

QList<int> resolveLoadOrder(QList<PluginSpec> &specs)
{
    using State = PluginSpec::State;
    QHash<QString, int> byId;
    for (int i = 0; i < specs.size(); ++i) {
        if (specs[i].state != State::Invalid)
            byId.insert(specs[i].id, i);
    }

    enum class Mark { None, Visiting, Done };
    QList<Mark> marks(specs.size(), Mark::None);
    QList<int> order;
    QList<int> stack;

    // Depth-first: a plugin is appended after all of its dependencies.
    std::function<bool(int)> visit = [&](int i) -> bool {
        PluginSpec &spec = specs[i];
        if (marks[i] == Mark::Done)
            return spec.state == State::Valid;
        if (marks[i] == Mark::Visiting) {
            // A cycle: name it, and skip every plugin on it.
            QStringList cycle;
            for (int k = int(stack.indexOf(i)); k < stack.size(); ++k)
                cycle << specs[stack[k]].id;
            cycle << spec.id;
            const QString reason = QCoreApplication::translate("lj::PluginSpec", "its dependencies form a cycle: %1").arg(cycle.join(QStringLiteral(" → ")));
            for (int k = int(stack.indexOf(i)); k < stack.size(); ++k) {
                specs[stack[k]].state = State::Skipped;
                specs[stack[k]].error = reason;
            }
            return false;
        }
        marks[i] = Mark::Visiting;
        stack.append(i);
        bool ok = spec.state == State::Valid;
        for (const PluginSpec::Dependency &dep : std::as_const(spec.dependencies)) {
            if (!ok)
                break;
            const int d = byId.value(dep.id, -1);
            if (d < 0) {
                spec.state = State::Skipped;
                spec.error = QCoreApplication::translate("lj::PluginSpec", "it needs the plugin \"%1\", which is not installed").arg(dep.id);
                ok = false;
            } else if (!dep.minVersion.isNull() && specs[d].version < dep.minVersion) {
                spec.state = State::Skipped;
                spec.error = QCoreApplication::translate("lj::PluginSpec", "it needs \"%1\" %2 or newer, but %3 is installed")
                                 .arg(dep.id, dep.minVersion.toString(), specs[d].version.toString());
                ok = false;
            } else if (!visit(d)) {
                if (spec.state == State::Valid) {
                    spec.state = State::Skipped;
                    spec.error = specs[d].state == State::Disabled
                                     ? QCoreApplication::translate("lj::PluginSpec", "it needs \"%1\", which is disabled").arg(dep.id)
                                     : QCoreApplication::translate("lj::PluginSpec", "it needs \"%1\", which could not be loaded").arg(dep.id);
                }
                ok = false;
            }
        }
        stack.removeLast();
        marks[i] = Mark::Done;
        if (ok && spec.state == State::Valid)
            order.append(i);
        return ok && spec.state == State::Valid;
    };

    for (int i = 0; i < specs.size(); ++i) {
        if (specs[i].state != State::Invalid)
            visit(i);
    }
    return order;
}

QString stateName(PluginSpec::State state)
{
    switch (state) {
    case PluginSpec::State::Valid:
        return QCoreApplication::translate("lj::PluginSpec", "Ready");
    case PluginSpec::State::Invalid:
        return QCoreApplication::translate("lj::PluginSpec", "Broken");
    case PluginSpec::State::Disabled:
        return QCoreApplication::translate("lj::PluginSpec", "Disabled");
    case PluginSpec::State::Skipped:
        return QCoreApplication::translate("lj::PluginSpec", "Skipped");
    case PluginSpec::State::Loaded:
        return QCoreApplication::translate("lj::PluginSpec", "Loaded");
    case PluginSpec::State::Failed:
        return QCoreApplication::translate("lj::PluginSpec", "Failed");
    }
    return {};
}

} // namespace lj
