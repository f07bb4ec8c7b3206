#pragma once

#include <QCoreApplication>

#include "core/export.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace lj {

/// What a plugin says about itself in its JSON metadata, read before any code
/// of it is loaded, plus what became of it.
struct LJ_CORE_EXPORT PluginSpec {
    Q_DECLARE_TR_FUNCTIONS(lj::PluginSpec)
public:
    enum class State {
        Valid,    ///< metadata read, not yet resolved
        Invalid,  ///< metadata broken: never loaded
        Disabled, ///< turned off in settings
        Skipped,  ///< a dependency is missing, cyclic, disabled or failed
        Loaded,   ///< initialised and running
        Failed,   ///< its library or its initialize() failed
    };
    struct Dependency {
        QString id;
        QVersionNumber minVersion;
    };

    QString id;
    QString name;
    QVersionNumber version;
    QString description;
    QList<Dependency> dependencies;
    /// The keychain namespace an older version of the plugin used; its keys
    /// move to the plugin's own namespace when first read. Never another plugin's id.
    QString legacySecretsNamespace;
    QString filePath;
    State state = State::Valid;
    QString error; ///< why it is Invalid, Skipped or Failed, in plain words

    /// Parses the "MetaData" object of a plugin's JSON. Never throws: a broken
    /// object gives a spec in the Invalid state with the reason.
    static PluginSpec fromMetaData(const QJsonObject &metaData, const QString &filePath);
};

/// Orders `specs` so every plugin comes after its dependencies, and marks as
/// Skipped (with the reason) every plugin whose dependency is missing, too
/// old, disabled, invalid, or part of a cycle, and every plugin that depends on
/// a skipped one. Returns the indices of the plugins to load, in load order.
LJ_CORE_EXPORT QList<int> resolveLoadOrder(QList<PluginSpec> &specs);

LJ_CORE_EXPORT QString stateName(PluginSpec::State state);

} // namespace lj
