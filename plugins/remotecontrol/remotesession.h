#pragma once

// One controller's connection: Hello, Identify (with the authentication
// challenge), then requests, batches and the events it subscribed to —
// in the subprotocol it asked for (JSON text or MessagePack binary).

#include "messagecodec.h"
#include "obswsprotocol.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QWebSocket>

namespace lj::remote {

class Requests;

class RemoteSession final : public QObject {
    Q_OBJECT
public:
    /// `password` empty: no authentication.
    RemoteSession(QWebSocket *socket, const QString &password, Requests &requests, QObject *parent = nullptr);
    ~RemoteSession() override;
    /// Sends Hello: the session begins (later for an address that failed to log in too often).
    void start();

    bool isIdentified() const { return m_identified; }
    QHostAddress peer() const { return m_peer; }
    /// Sends the event if the session subscribed to its category.
    void sendEvent(const QString &type, int intent, const QJsonObject &data);
    /// Ends the session with a close code the protocol defines.
    void close(CloseCode code, const QString &reason);

Q_SIGNALS:
    void closed();
    /// The client sent a wrong (or no) password.
    void authenticationFailed(const QHostAddress &peer);

private:
    void onMessage(const QByteArray &bytes, bool binary);
    void send(OpCode op, const QJsonObject &data);
    void identify(const QJsonObject &data, bool again);
    void request(const QJsonObject &data);
    void batch(const QJsonObject &data);
    void runBatch(QJsonArray requests, qsizetype next, bool haltOnFailure, QString batchId, QJsonArray results);

    QPointer<QWebSocket> m_socket;
    Requests &m_requests;
    MessageCodec::Format m_format = MessageCodec::Format::Json;
    QHostAddress m_peer;
    QString m_password;
    QByteArray m_salt;
    QByteArray m_challenge;
    bool m_started = false;
    bool m_identified = false;
    int m_subscriptions = EventSubscription::All;
};

} // namespace lj::remote
