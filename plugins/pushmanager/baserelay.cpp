#include "baserelay.h"

#include "pushmanager.h"

#include "core/atomicfile.h"

namespace lj::push {

namespace {
/// How often the relay is asked for its view while live.
constexpr int kPollEverySec = 3;
} // namespace

BaseRelay::BaseRelay(PushManager &manager) : m_manager(manager)
{
    connect(&m_watch, &RelayWatch::updated, this, &BaseRelay::changed);
}

RelayConfig::Source BaseRelay::source(const QString &streamKey) const
{
    const PushTarget *r = m_manager.relay();
    return {m_manager.roomName(), r ? RelayConfig::appOf(r->server) : QString(), streamKey};
}

QList<RelayConfig::Destination> BaseRelay::destinations(const QMap<QString, QString> &keys) const
{
    QList<RelayConfig::Destination> list;
    for (const PushTarget &t : m_manager.targets()) {
        if (!m_manager.relayedByBase(t))
            continue;
        const PushUrl url = PushUrl::split(t.server, keys.value(t.id));
        if (url.isValid() && !url.isSrt())
            list << RelayConfig::Destination{t.name, url.server + url.key};
    }
    return list;
}

QString BaseRelay::preview(RelayConfig::Engine engine) const
{
    QMap<QString, QString> placeholders;
    for (const PushTarget &t : m_manager.targets())
        placeholders.insert(t.id, QStringLiteral("key"));
    return RelayConfig::write(engine, source(QStringLiteral("key")), destinations(placeholders), QDateTime::currentDateTime(), true);
}

void BaseRelay::writeConfig(const QString &path, RelayConfig::Engine engine, const std::function<void(const QString &)> &done)
{
    const PushTarget *r = m_manager.relay();
    if (!r) {
        done(tr("Add a base relay target (platform \"Base relay\") and enable it first."));
        return;
    }
    m_manager.collectKeys([this, path, engine, done, relayId = r->id](const QMap<QString, QString> &keys) {
        if (!keys.contains(relayId)) {
            done(tr("The base relay has no stream name yet: edit it and enter one."));
            return;
        }
        const QString text = RelayConfig::write(engine, source(keys.value(relayId)), destinations(keys), QDateTime::currentDateTime());
        QString error;
        writeFileAtomically(path, text.toUtf8(), &error, FileAccess::OwnerOnly);
        done(error);
    });
}

void BaseRelay::watch()
{
    const PushTarget *r = m_manager.relay();
    if (!r || m_manager.health(r->id).state != PushState::Live || r->relayStatUrl.isEmpty()) {
        m_keysRead = false;
        if (m_watch.known() || !m_addresses.isEmpty()) {
            m_watch.reset();
            m_addresses.clear();
            Q_EMIT changed();
        }
        return;
    }
    if (!m_keysRead) {
        // The relay names each push by its URL: the platforms' keys are needed to tell them apart (kept in memory only).
        m_keysRead = true;
        m_manager.collectKeys([this](const QMap<QString, QString> &keys) {
            for (const PushTarget &t : m_manager.targets())
                if (const PushUrl url = PushUrl::split(t.server, keys.value(t.id)); m_manager.relayedByBase(t) && url.isValid())
                    m_addresses.insert(t.id, RelayConfig::nginxRelayAddress(url.server + url.key));
        });
    }
    if (++m_pollTick < kPollEverySec)
        return;
    m_pollTick = 0;
    m_watch.poll(r->relayStatUrl, RelayConfig::engineFromId(r->relayEngine), source(m_manager.cachedKey(r->id)));
}

LiveTargetStatus BaseRelay::status(const PushTarget &t) const
{
    LiveTargetStatus s{t.id, t.name, LiveTargetStatus::State::Idle, tr("Sent on by the base relay.")};
    const PushTarget *r = m_manager.relay();
    if (!r || m_manager.health(r->id).state != PushState::Live)
        return s;
    if (!m_watch.known()) {
        s.state = LiveTargetStatus::State::Connecting;
        s.reason = r->relayStatUrl.isEmpty() ? tr("Sent on by the base relay; give the relay's statistics address to see each platform here.")
                                             : tr("Sent on by the base relay; waiting for its statistics. %1").arg(m_watch.error());
    } else if (!m_watch.listsPushes()) {
        s.state = m_watch.receiving() ? LiveTargetStatus::State::Connecting : LiveTargetStatus::State::Reconnecting;
        s.reason = m_watch.receiving() ? tr("The base relay receives the show; its server does not report each platform.")
                                            : tr("The base relay does not receive the show yet.");
    } else if (m_watch.activePushes().contains(m_addresses.value(t.id))) {
        s.state = LiveTargetStatus::State::Live;
        s.reason = tr("Live through the base relay (its statistics show the push).");
    } else {
        s.state = LiveTargetStatus::State::Reconnecting;
        s.reason = tr("The base relay is not pushing to it: check the relay's configuration and its error log.");
    }
    return s;
}

} // namespace lj::push
