// The remote-control plugin: the studio speaks obs-websocket 5 to
// controllers (Companion, Stream Deck, obs-websocket-js) and to the base
// console. Off unless `--remote-control PORT` asks for it; listens on
// 127.0.0.1; the password comes from LJ_REMOTE_PASSWORD or the keychain
// (made and shown once when there is none).
#include "obswsprotocol.h"
#include "pushservice.h"
#include "shelfservice.h"
#include "tickerservice.h"
#include "inputwatch.h"
#include "remoteserver.h"
#include "requests.h"

#include "core/golive.h"
#include "core/plugincontext.h"
#include "core/scenecollection.h"
#include "core/studioplugin.h"

#include <QHostAddress>
#include <QRandomGenerator>

#include <cmath>

#include <cstdio>
#include <memory>

namespace lj::remote {

namespace {

constexpr const char *kPasswordKey = "password";

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

class RemotePlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "remotecontrol.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override { return true; }

    bool dependenciesReady(PluginContext &context, QString *error) override
    {
        auto *push = context.service<push::PushService>();
        auto *shelf = context.service<shelf::ShelfService>();
        auto *ticker = context.service<ticker::TickerService>();
        if (!push || !shelf || !ticker)
            return false; // the context has the reason
        const QVariant port = context.argument(QStringLiteral("remote-control"));
        if (!port.isValid())
            return true; // off unless asked for
        m_requests = std::make_unique<Requests>(context, *push, *shelf, *ticker);
        m_server = std::make_unique<RemoteServer>(*m_requests);
        if (!m_server->listen(QHostAddress::LocalHost, quint16(port.toUInt()), password(context), error))
            return false;
        qCInfo(context.log()).noquote() << "remote control on ws://127.0.0.1:" << m_server->port();
        watch(context);
        watchStudio(*push, *shelf, *ticker);
        return true;
    }

    void aboutToShutdown(const std::function<void()> &done) override
    {
        if (m_server)
            m_server->broadcast(QStringLiteral("ExitStarted"), EventSubscription::General);
        done();
    }

    void shutdown() override
    {
        m_inputs.reset();
        m_server.reset();
        m_requests.reset();
    }

private:
    /// LJ_REMOTE_PASSWORD, else the keychain's; none there: a new one, kept
    /// in the keychain and shown once on the terminal (never logged).
    static QString password(PluginContext &context)
    {
        const QString fromEnvironment = qEnvironmentVariable("LJ_REMOTE_PASSWORD");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        const SecretResult saved = context.secrets().readSync(QString::fromLatin1(kPasswordKey));
        if (saved.ok() && !saved.value.isEmpty())
            return saved.value;
        QString made;
        const QString letters = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        for (int i = 0; i < 16; ++i)
            made += letters.at(int(QRandomGenerator::system()->bounded(quint32(letters.size()))));
        if (context.secrets().writeSync(QString::fromLatin1(kPasswordKey), made).ok())
            fprintf(stderr, "%s\n", qPrintable(tr("Remote control password (shown once, kept in the keychain): %1").arg(made)));
        return made;
    }

    void watch(PluginContext &context)
    {
        RemoteServer *server = m_server.get();
        Requests *requests = m_requests.get();
        SceneCollection &scenes = context.scenes();
        connect(&scenes, &SceneCollection::currentChanged, server, [server, &scenes](int index) {
            server->broadcast(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes,
                              {{QStringLiteral("sceneName"), scenes.sceneName(index)}});
        });
        connect(&scenes, &SceneCollection::scenesChanged, server, [server, requests] {
            server->broadcast(QStringLiteral("SceneListChanged"), EventSubscription::Scenes,
                              {{QStringLiteral("scenes"), requests->sceneList().value(QStringLiteral("scenes"))}});
        });
        connect(&context.goLive(), &GoLive::stateChanged, server, [server](GoLive::State state) {
            server->broadcast(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs,
                              {{QStringLiteral("outputActive"), state == GoLive::State::Live}, {QStringLiteral("outputState"), outputState(state)}});
        });
        connect(&context, &PluginContext::recordingStarted, server, [server](const QString &path) {
            server->broadcast(QStringLiteral("RecordStateChanged"), EventSubscription::Outputs,
                              {{QStringLiteral("outputActive"), true},
                               {QStringLiteral("outputState"), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED")},
                               {QStringLiteral("outputPath"), path}});
        });
        connect(&context, &PluginContext::recordingStopped, server, [server](const QString &path) {
            server->broadcast(QStringLiteral("RecordStateChanged"), EventSubscription::Outputs,
                              {{QStringLiteral("outputActive"), false},
                               {QStringLiteral("outputState"), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED")},
                               {QStringLiteral("outputPath"), path}});
        });
    }

    /// The studio's own happenings as vendor events, a platform's reconnect
    /// as the stream's, and inputs' mute and volume.
    void watchStudio(push::PushService &push, shelf::ShelfService &shelf, ticker::TickerService &ticker)
    {
        RemoteServer *server = m_server.get();
        Requests *requests = m_requests.get();
        const auto vendorEvent = [server](const QString &type, const QJsonObject &data) {
            server->broadcast(QStringLiteral("VendorEvent"), EventSubscription::Vendors,
                              {{QStringLiteral("vendorName"), QStringLiteral("longjiang")},
                               {QStringLiteral("eventType"), type},
                               {QStringLiteral("eventData"), data}});
        };
        push.onStateChanged(server, [this, server, requests, vendorEvent, &push](const QString &) {
            vendorEvent(QStringLiteral("PlatformHealthChanged"), {{QStringLiteral("platforms"), requests->platformHealth()}});
            bool reconnecting = false;
            for (const push::PushTargetInfo &t : push.targetList())
                reconnecting |= push.health(t.id).state == push::PushState::Reconnecting;
            if (reconnecting == m_reconnecting)
                return;
            m_reconnecting = reconnecting;
            server->broadcast(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs,
                              {{QStringLiteral("outputActive"), true},
                               {QStringLiteral("outputState"), reconnecting ? QStringLiteral("OBS_WEBSOCKET_OUTPUT_RECONNECTING")
                                                                            : QStringLiteral("OBS_WEBSOCKET_OUTPUT_RECONNECTED")}});
        });
        shelf.onChanged(server, [requests, vendorEvent] {
            vendorEvent(QStringLiteral("CurrentProductChanged"), requests->currentProduct());
        });
        ticker.onTotalsChanged(server, [requests, vendorEvent] { vendorEvent(QStringLiteral("SalesChanged"), requests->sales()); });
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

    std::unique_ptr<Requests> m_requests;
    std::unique_ptr<RemoteServer> m_server;
    std::unique_ptr<InputWatch> m_inputs;
    bool m_reconnecting = false;
};

} // namespace lj::remote

#include "remoteplugin.moc"
