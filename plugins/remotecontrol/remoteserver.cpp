#include "remoteserver.h"

#include "obswsprotocol.h"
#include "remotesession.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace lj::remote {

RemoteServer::RemoteServer(Requests &requests, QObject *parent)
    : QObject(parent), m_requests(requests),
      m_server(new QWebSocketServer(QStringLiteral("longjiang-studio"), QWebSocketServer::NonSecureMode, this))
{
    // The subprotocol the client offers is echoed: JSON text or MessagePack binary.
    m_server->setSupportedSubprotocols({QLatin1String(kJsonSubprotocol), QLatin1String(kMsgpackSubprotocol)});
    connect(m_server, &QWebSocketServer::newConnection, this, &RemoteServer::onConnection);
}

RemoteServer::~RemoteServer()
{
    for (RemoteSession *session : std::as_const(m_sessions))
        session->disconnect(this);
    qDeleteAll(m_sessions);
}

bool RemoteServer::listen(const QHostAddress &address, quint16 port, const QString &password, QString *error)
{
    if (password.isEmpty() && !address.isLoopback()) {
        *error = tr("Remote control on the network needs a password.");
        return false;
    }
    m_password = password;
    if (!m_server->listen(address, port)) {
        *error = tr("Remote control cannot listen on port %1: %2").arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 RemoteServer::port() const
{
    return m_server->serverPort();
}

bool RemoteServer::throttled(const QHostAddress &peer)
{
    QList<QDateTime> &failures = m_failures[peer.toString()];
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-kThrottleWindowSec);
    failures.removeIf([&since](const QDateTime &t) { return t < since; });
    return failures.size() >= kMaxFailures;
}

void RemoteServer::onConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new RemoteSession(socket, m_password, m_requests, this);
        if (throttled(socket->peerAddress())) {
            session->close(CloseCode::AuthenticationFailed, tr("Too many failed logins from this address: wait a minute."));
            session->deleteLater();
            continue;
        }
        m_sessions << session;
        connect(session, &RemoteSession::authenticationFailed, this,
                [this](const QHostAddress &peer) { m_failures[peer.toString()] << QDateTime::currentDateTimeUtc(); });
        connect(session, &RemoteSession::closed, this, [this, session] {
            m_sessions.removeOne(session);
            session->deleteLater();
        });
    }
}

void RemoteServer::broadcast(const QString &type, int intent, const QJsonObject &data)
{
    for (RemoteSession *session : std::as_const(m_sessions))
        session->sendEvent(type, intent, data);
}

} // namespace lj::remote
