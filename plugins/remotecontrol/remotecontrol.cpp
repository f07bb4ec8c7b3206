#include "remotecontrol.h"

#include "inputwatch.h"
#include "obswsprotocol.h"
#include "pushservice.h"
#include "remoteserver.h"
#include "requests.h"
#include "shelfservice.h"
#include "tickerservice.h"

#include "core/golive.h"
#include "core/plugincontext.h"
#include "core/scenecollection.h"

#include <obs.h>

#include <cmath>

namespace lj::remote {

namespace {

QString outputState(GoLive::State state)
{
    switch (state) {
    case GoLive::State::Checking:
    case GoLive::State::WaitingForHost:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTING");
    case GoLive::State::Live:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED");
    case GoLive::State::Stopping:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPING");
    case GoLive::State::Idle:
        break;
    }
    return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED");
}

} // namespace

RemoteSettings RemoteSettings::fromJson(const QJsonObject &o)
{
    RemoteSettings s;
    s.enabled = o.value(QStringLiteral("enabled")).toBool(false);
    const int port = o.value(QStringLiteral("port")).toInt(kDefaultPort);
    s.port = port > 0 && port <= 65535 ? quint16(port) : kDefaultPort;
    s.network = o.value(QStringLiteral("network")).toBool(false);
    return s;
}

QJsonObject RemoteSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled}, {QStringLiteral("port"), port}, {QStringLiteral("network"), network}};
}

RemoteControl::RemoteControl(PluginContext &context, push::PushService &push, shelf::ShelfService &shelf, ticker::TickerService &ticker,
                             QObject *parent)
    : QObject(parent), m_context(context), m_push(push), m_shelf(shelf), m_ticker(ticker)
{
}

RemoteControl::~RemoteControl()
{
    stop();
}

bool RemoteControl::listen(const QHostAddress &address, quint16 port, const QString &password, QString *error)
{
    stop();
    auto requests = std::make_unique<Requests>(m_context, m_push, m_shelf, m_ticker);
    auto server = std::make_unique<RemoteServer>(*requests);
    if (!server->listen(address, port, password, error))
        return false;
    m_requests = std::move(requests);
    m_server = std::move(server);
    m_address = address;
    watch();
    return true;
}

void RemoteControl::stop()
{
    // Connections made for the events go with their receivers (the server, the watch).
    m_inputs.reset();
    m_server.reset();
    m_requests.reset();
    m_reconnecting = false;
}

quint16 RemoteControl::port() const
{
    return m_server ? m_server->port() : 0;
}

void RemoteControl::exitStarted()
{
    if (m_server)
        m_server->broadcast(QStringLiteral("ExitStarted"), EventSubscription::General);
}

void RemoteControl::watch()
{
    RemoteServer *server = m_server.get();
    Requests *requests = m_requests.get();
    SceneCollection &scenes = m_context.scenes();
    connect(&scenes, &SceneCollection::currentChanged, server, [server, &scenes](int index) {
        server->broadcast(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes,
                          {{QStringLiteral("sceneName"), scenes.sceneName(index)}});
    });
    connect(&scenes, &SceneCollection::scenesChanged, server, [server, requests] {
        server->broadcast(QStringLiteral("SceneListChanged"), EventSubscription::Scenes,
                          {{QStringLiteral("scenes"), requests->sceneList().value(QStringLiteral("scenes"))}});
    });
    connect(&m_context.goLive(), &GoLive::stateChanged, server, [server](GoLive::State state) {
        server->broadcast(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs,
                          {{QStringLiteral("outputActive"), state == GoLive::State::Live}, {QStringLiteral("outputState"), outputState(state)}});
    });
    const auto recordState = [server](bool active, const QString &path) {
        server->broadcast(QStringLiteral("RecordStateChanged"), EventSubscription::Outputs,
                          {{QStringLiteral("outputActive"), active},
                           {QStringLiteral("outputState"), active ? QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED") : QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED")},
                           {QStringLiteral("outputPath"), path}});
    };
    connect(&m_context, &PluginContext::recordingStarted, server, [recordState](const QString &path) { recordState(true, path); });
    connect(&m_context, &PluginContext::recordingStopped, server, [recordState](const QString &path) { recordState(false, path); });

    // The studio's own happenings as vendor events, a platform's reconnect as the stream's.
    const auto vendorEvent = [server](const QString &type, const QJsonObject &data) {
        server->broadcast(QStringLiteral("VendorEvent"), EventSubscription::Vendors,
                          {{QStringLiteral("vendorName"), QStringLiteral("longjiang")}, {QStringLiteral("eventType"), type}, {QStringLiteral("eventData"), data}});
    };
    m_push.onStateChanged(server, [this, server, requests, vendorEvent](const QString &) {
        vendorEvent(QStringLiteral("PlatformHealthChanged"), {{QStringLiteral("platforms"), requests->platformHealth()}});
        bool reconnecting = false;
        for (const push::PushTargetInfo &t : m_push.targetList())
            reconnecting |= m_push.health(t.id).state == push::PushState::Reconnecting;
        if (reconnecting == m_reconnecting)
            return;
        m_reconnecting = reconnecting;
        server->broadcast(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs,
                          {{QStringLiteral("outputActive"), true},
                           {QStringLiteral("outputState"), reconnecting ? QStringLiteral("OBS_WEBSOCKET_OUTPUT_RECONNECTING")
                                                                        : QStringLiteral("OBS_WEBSOCKET_OUTPUT_RECONNECTED")}});
    });
    m_shelf.onChanged(server, [requests, vendorEvent] { vendorEvent(QStringLiteral("CurrentProductChanged"), requests->currentProduct()); });
    m_ticker.onTotalsChanged(server, [requests, vendorEvent] { vendorEvent(QStringLiteral("SalesChanged"), requests->sales()); });

    // Inputs' mute and volume, whoever changed them.
    m_inputs = std::make_unique<InputWatch>();
    connect(m_inputs.get(), &InputWatch::muteChanged, server, [server](const QString &name, bool muted) {
        server->broadcast(QStringLiteral("InputMuteStateChanged"), EventSubscription::Inputs,
                          {{QStringLiteral("inputName"), name}, {QStringLiteral("inputMuted"), muted}});
    });
    connect(m_inputs.get(), &InputWatch::volumeChanged, server, [server](const QString &name, double mul) {
        const float db = obs_mul_to_db(float(mul));
        server->broadcast(QStringLiteral("InputVolumeChanged"), EventSubscription::Inputs,
                          {{QStringLiteral("inputName"), name},
                           {QStringLiteral("inputVolumeMul"), mul},
                           {QStringLiteral("inputVolumeDb"), std::isfinite(db) ? double(db) : -100.0}});
    });
}

} // namespace lj::remote
