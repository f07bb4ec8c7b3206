#pragma once

// The remote-control server: a WebSocket server speaking obs-websocket 5 to
// every controller that connects, with the studio's events. Failed logins
// are throttled per address.

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

class QWebSocketServer;

namespace lj::remote {

class RemoteSession;
class Requests;

class RemoteServer final : public QObject {
    Q_OBJECT
public:
    /// Failed logins an address may make in kThrottleWindowSec before its
    /// next connections wait: 1 s, then twice as long with every further
    /// failure, up to kMaxDelayMs. A technician who then types the right
    /// password still gets in; guessing becomes hopelessly slow.
    static constexpr int kMaxFailures = 5;
    static constexpr int kThrottleWindowSec = 60;
    static constexpr int kMaxDelayMs = 16000;

    explicit RemoteServer(Requests &requests, QObject *parent = nullptr);
    ~RemoteServer() override;

    /// `password` empty: none asked (only allowed on 127.0.0.1). False with the reason in plain words.
    bool listen(const QHostAddress &address, quint16 port, const QString &password, QString *error);
    quint16 port() const;
    int sessionCount() const { return int(m_sessions.size()); }
    /// Sends an event to every identified session subscribed to `intent`.
    void broadcast(const QString &type, int intent, const QJsonObject &data = {});

private:
    void onConnection();
    /// How long a new connection from `peer` waits for its Hello (0: none).
    int throttleDelayMs(const QHostAddress &peer);

    Requests &m_requests;
    QWebSocketServer *m_server;
    QString m_password;
    QList<RemoteSession *> m_sessions;
    QHash<QString, QList<QDateTime>> m_failures; ///< by address
};

} // namespace lj::remote
