#pragma once

#include "core/export.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lj {

/// The result of a keychain call, with a message fit to show a host.
struct LJ_CORE_EXPORT SecretResult {
    enum class Status { Ok, NotFound, NoBackend, AccessDenied, Failed };
    Status status = Status::Failed;
    QString value;   ///< the secret, for a successful read
    QString message; ///< plain words, empty on success

    bool ok() const { return status == Status::Ok; }
};

/// Stream keys and tokens live in the OS keychain (Secret Service on Linux),
/// never in a plain file. When no keychain exists the caller is told, and
/// must ask the user each time instead: there is no silent fallback.
/// Every secret read or written is registered with the log's scrubber.
class LJ_CORE_EXPORT SecretStore final : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(const QString &service = QStringLiteral("longjiang-studio"),
                         QObject *parent = nullptr);

    /// Every key used through this store is "<prefix>/<key>": a plugin's
    /// store is confined to its own namespace (its plugin id).
    void setKeyPrefix(const QString &prefix) { m_prefix = prefix; }
    QString keyPrefix() const { return m_prefix; }
    /// Where the same keys were kept before (a plugin's older namespace): a
    /// key not found under the prefix is looked up there once, moved under
    /// the prefix and removed from the old place.
    void setLegacyPrefix(const QString &prefix) { m_legacyPrefix = prefix; }

    void write(const QString &key, const QString &secret, Callback done);
    void read(const QString &key, Callback done);
    void remove(const QString &key, Callback done);

    /// Blocking forms for the command line, tests and a dialog's own button:
    /// they run a local event loop. Never from a source, a timer or a
    /// libobs callback — events run inside that loop could destroy the caller.
    SecretResult writeSync(const QString &key, const QString &secret);
    SecretResult readSync(const QString &key);
    SecretResult removeSync(const QString &key);

private:
    template <typename Job> void run(Job *job, const QString &key, Callback done);
    template <typename Job> void runFullKey(Job *job, const QString &fullKey, Callback done);
    QString fullKey(const QString &key) const;
    SecretResult wait(const std::function<void(Callback)> &start);

    QString m_service;
    QString m_prefix;
    QString m_legacyPrefix;
};

} // namespace lj
