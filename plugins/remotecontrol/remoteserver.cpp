#include "remoteserver.h"

#include "obswsprotocol.h"
#include "remotesession.h"

#include <QTimer>
#include <QWebSocket>

#include <algorithm>
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

int RemoteServer::throttleDelayMs(const QHostAddress &peer)
{
    QList<QDateTime> &failures = m_failures[peer.toString()];
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-kThrottleWindowSec);
    failures.removeIf([&since](const QDateTime &t) { return t < since; });
    const qsizetype over = failures.size() - kMaxFailures;
    if (over < 0)
        return 0;
    return over >= 5 ? kMaxDelayMs : std::min(kMaxDelayMs, 1000 << over);
}

void RemoteServer::onConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new RemoteSession(socket, m_password, m_requests, this);
        m_sessions << session;
        connect(session, &RemoteSession::authenticationFailed, this,
                [this](const QHostAddress &peer) { m_failures[peer.toString()] << QDateTime::currentDateTimeUtc(); });
        connect(session, &RemoteSession::closed, this, [this, session] {
            m_sessions.removeOne(session);
            session->deleteLater();
        });
        const int delay = throttleDelayMs(socket->peerAddress());
        if (delay > 0)
            QTimer::singleShot(delay, session, &RemoteSession::start);
        else
            session->start();
    }
}

void RemoteServer::broadcast(const QString &type, int intent, const QJsonObject &data)
{
    for (RemoteSession *session : std::as_const(m_sessions))
        session->sendEvent(type, intent, data);
}

} // namespace lj::remote
