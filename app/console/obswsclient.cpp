#include "obswsclient.h"

#include "obswsprotocol.h"

#include <QJsonDocument>
#include <QNetworkRequest>

namespace lj::console {

using remote::CloseCode;
using remote::OpCode;

ObsWsClient::ObsWsClient(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ObsWsClient::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &ObsWsClient::onDisconnected);
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, &ObsWsClient::expire);
}

ObsWsClient::~ObsWsClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
    m_pending.clear(); // their owners are going too: nobody to tell
}

void ObsWsClient::open(const QUrl &url, const QString &password, int eventSubscriptions)
{
    close();
    m_password = password;
    m_subscriptions = eventSubscriptions;
    m_failure = Failure::None;
    m_closeReason.clear();
    QNetworkRequest request(url);
    request.setRawHeader("Sec-WebSocket-Protocol", remote::kJsonSubprotocol);
    setState(State::Connecting);
    m_pending.clear();
    // Connecting and identifying share one deadline, kept by the watchdog.
    m_pending.emplace(QString(), Pending{nullptr, m_clock.elapsed() + kConnectTimeoutMs});
    m_watchdog.start();
    m_socket.open(request);
}

void ObsWsClient::close()
{
    if (m_state == State::Offline)
        return;
    // Offline first: the socket's own "disconnected" is then not taken for a lost connection.
    m_watchdog.stop();
    setState(State::Offline);
    m_socket.abort();
    failAll(tr("Not connected to the room."));
}

void ObsWsClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ObsWsClient::send(int op, const QJsonObject &d)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}})
                                                   .toJson(QJsonDocument::Compact)));
}

void ObsWsClient::request(const QString &type, const QJsonObject &data, Reply reply)
{
    if (m_state != State::Online) {
        reply(false, {}, tr("Not connected to the room."));
        return;
    }
    const QString id = QString::number(m_nextId++);
    m_pending.emplace(id, Pending{std::move(reply), m_clock.elapsed() + kRequestTimeoutMs});
    QJsonObject d{{QStringLiteral("requestType"), type}, {QStringLiteral("requestId"), id}};
    if (!data.isEmpty())
        d.insert(QStringLiteral("requestData"), data);
    send(int(OpCode::Request), d);
}

void ObsWsClient::vendorRequest(const QString &type, const QJsonObject &data, Reply reply)
{
    request(QStringLiteral("CallVendorRequest"),
            {{QStringLiteral("vendorName"), QStringLiteral("longjiang")}, {QStringLiteral("requestType"), type}, {QStringLiteral("requestData"), data}},
            [reply = std::move(reply)](bool ok, const QJsonObject &answer, const QString &comment) {
                reply(ok, answer.value(QStringLiteral("responseData")).toObject(), comment);
            });
}

void ObsWsClient::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonObject d = message.value(QStringLiteral("d")).toObject();
    switch (OpCode(message.value(QStringLiteral("op")).toInt(-1))) {
    case OpCode::Hello: {
        QJsonObject identify{{QStringLiteral("rpcVersion"), remote::kRpcVersion}, {QStringLiteral("eventSubscriptions"), m_subscriptions}};
        const QJsonObject auth = d.value(QStringLiteral("authentication")).toObject();
        if (!auth.isEmpty())
            identify.insert(QStringLiteral("authentication"),
                            QString::fromLatin1(remote::authenticationString(m_password, auth.value(QStringLiteral("salt")).toString().toUtf8(),
                                                                             auth.value(QStringLiteral("challenge")).toString().toUtf8())));
        send(int(OpCode::Identify), identify);
        break;
    }
    case OpCode::Identified:
        m_pending.erase(QString());
        setState(State::Online);
        break;
    case OpCode::Event:
        Q_EMIT event(d.value(QStringLiteral("eventType")).toString(), d.value(QStringLiteral("eventData")).toObject());
        break;
    case OpCode::RequestResponse: {
        const auto it = m_pending.find(d.value(QStringLiteral("requestId")).toString());
        if (it == m_pending.end() || it->first.isEmpty())
            break;
        const Reply reply = std::move(it->second.reply);
        m_pending.erase(it);
        const QJsonObject status = d.value(QStringLiteral("requestStatus")).toObject();
        reply(status.value(QStringLiteral("result")).toBool(), d.value(QStringLiteral("responseData")).toObject(),
              status.value(QStringLiteral("comment")).toString());
        break;
    }
    default:
        break;
    }
}

void ObsWsClient::onDisconnected()
{
    if (m_state == State::Offline)
        return; // closed on purpose, or already told
    const int code = int(m_socket.closeCode());
    m_closeReason = m_socket.closeReason();
    if (code == int(CloseCode::AuthenticationFailed))
        m_failure = Failure::WrongPassword;
    else if (m_state == State::Online)
        m_failure = Failure::Lost;
    else if (code >= 4000)
        m_failure = Failure::Refused;
    else
        m_failure = Failure::Unreachable;
    m_watchdog.stop();
    failAll(tr("The connection to the room ended."));
    setState(State::Offline);
}

void ObsWsClient::failAll(const QString &why)
{
    std::map<QString, Pending> pending;
    pending.swap(m_pending);
    for (auto &[id, p] : pending)
        if (p.reply)
            p.reply(false, {}, why);
}

void ObsWsClient::expire()
{
    const qint64 now = m_clock.elapsed();
    const auto identify = m_pending.find(QString());
    if (identify != m_pending.end() && identify->second.deadline < now) {
        // Never answered: an address with nothing behind it, or a studio that hangs.
        m_failure = Failure::Unreachable;
        m_watchdog.stop();
        setState(State::Offline);
        m_socket.abort();
        failAll(tr("The room did not answer."));
        return;
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.deadline >= now) {
            ++it;
            continue;
        }
        const Reply reply = std::move(it->second.reply);
        it = m_pending.erase(it);
        if (reply)
            reply(false, {}, tr("The room did not answer in time."));
    }
}

} // namespace lj::console
