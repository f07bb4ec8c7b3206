#pragma once

// The remote control of one studio: its server, the requests it answers and
// the studio's happenings sent as events. Started from the room's settings
// (RemoteSettings) or from --remote-control PORT; stopped and started again
// when they change.

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

namespace lj {
class PluginContext;
}
namespace lj::push {
class PushService;
}
namespace lj::shelf {
class ShelfService;
}
namespace lj::ticker {
class TickerService;
}

namespace lj::remote {

class InputWatch;
class RemoteServer;
class Requests;

/// A room's remote-control settings (the plugin's room data; never the password).
struct RemoteSettings {
    static constexpr quint16 kDefaultPort = 4455; ///< obs-websocket's, which controllers try first

    bool enabled = false;
    quint16 port = kDefaultPort;
    bool network = false; ///< other computers of the base may connect (else this computer only)

    static RemoteSettings fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

class RemoteControl final : public QObject {
    Q_OBJECT
public:
    RemoteControl(PluginContext &context, push::PushService &push, shelf::ShelfService &shelf, ticker::TickerService &ticker,
                  QObject *parent = nullptr);
    ~RemoteControl() override;

    /// Listens (stopping what listened before); false with the reason in plain words.
    bool listen(const QHostAddress &address, quint16 port, const QString &password, QString *error);
    void stop();
    bool isListening() const { return m_server != nullptr; }
    quint16 port() const;
    QHostAddress address() const { return m_address; }
    /// Tells controllers the studio is closing.
    void exitStarted();

private:
    void watch();

    PluginContext &m_context;
    push::PushService &m_push;
    shelf::ShelfService &m_shelf;
    ticker::TickerService &m_ticker;
    std::unique_ptr<Requests> m_requests;
    std::unique_ptr<RemoteServer> m_server;
    std::unique_ptr<InputWatch> m_inputs;
    QHostAddress m_address;
    bool m_reconnecting = false;
};

} // namespace lj::remote
