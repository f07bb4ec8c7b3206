#pragma once

#include "relayconfig.h"
#include "relaywatch.h"

#include "core/liveservice.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace lj::push {

class PushManager;
struct PushTarget;

/// Relay through the base (基地中转), the studio's side: the base's server
/// configuration for the room's platforms, and while the studio pushes to
/// the relay, the relay's own view of each platform (which the chips show).
/// Which targets the relay carries is the push manager's (relay(), relayedByBase()).
class BaseRelay final : public QObject {
    Q_OBJECT
public:
    explicit BaseRelay(PushManager &manager);

    /// The relay server's configuration for this room, keys hidden (for the screen).
    QString preview(RelayConfig::Engine engine) const;
    /// Writes the relay server's configuration, keys included, readable by the
    /// owner only; `done` gets an empty string or what went wrong.
    void writeConfig(const QString &path, RelayConfig::Engine engine, const std::function<void(const QString &)> &done);
    /// Once a second: while the relay push is live, asks the relay for its view every few seconds.
    void watch();
    /// A platform the relay sends the show on to, as the relay says it is doing.
    LiveTargetStatus status(const PushTarget &target) const;

Q_SIGNALS:
    /// The relay's view changed.
    void changed();

private:
    RelayConfig::Source source(const QString &streamKey) const;
    /// Every platform the relay sends the show on to, with its key (from `keys`); SRT ones are left out.
    QList<RelayConfig::Destination> destinations(const QMap<QString, QString> &keys) const;

    PushManager &m_manager;
    RelayWatch m_watch;
    QHash<QString, QString> m_addresses; ///< relayed target id -> how the relay names its push (keys inside: memory only)
    bool m_keysRead = false; ///< asked the keychain for the relayed platforms' keys this show
    int m_pollTick = 0;
};

} // namespace lj::push
