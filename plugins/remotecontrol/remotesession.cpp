#include "remotesession.h"

#include "requests.h"

#include <obs.h>

#include <QRandomGenerator>

namespace lj::remote {

namespace {

QByteArray randomBase64()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64();
}

QJsonObject statusObject(const Reply &reply)
{
    QJsonObject status{{QStringLiteral("result"), reply.status == Status::Success}, {QStringLiteral("code"), int(reply.status)}};
    if (!reply.comment.isEmpty())
        status.insert(QStringLiteral("comment"), reply.comment);
    return status;
}

} // namespace

RemoteSession::RemoteSession(QWebSocket *socket, const QString &password, Requests &requests, QObject *parent)
    : QObject(parent), m_socket(socket), m_requests(requests), m_peer(socket->peerAddress()), m_password(password)
{
    socket->setParent(this);
    // The subprotocol the client offered (and the server echoed) decides the encoding.
    if (socket->subprotocol() == QLatin1String(kMsgpackSubprotocol))
        m_format = MessageCodec::Format::Msgpack;
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onMessage(text.toUtf8(), false); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) { onMessage(bytes, true); });
    connect(socket, &QWebSocket::disconnected, this, &RemoteSession::closed);
}

void RemoteSession::start()
{
    if (m_started || !m_socket)
        return;
    m_started = true;
    QJsonObject hello{{QStringLiteral("obsStudioVersion"), QString::fromUtf8(obs_get_version_string())},
                      {QStringLiteral("obsWebSocketVersion"), QLatin1String(kProtocolVersion)},
                      {QStringLiteral("rpcVersion"), kRpcVersion}};
    if (!m_password.isEmpty()) {
        m_salt = randomBase64();
        m_challenge = randomBase64();
        hello.insert(QStringLiteral("authentication"),
                     QJsonObject{{QStringLiteral("challenge"), QString::fromLatin1(m_challenge)}, {QStringLiteral("salt"), QString::fromLatin1(m_salt)}});
    }
    send(OpCode::Hello, hello);
}

RemoteSession::~RemoteSession()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void RemoteSession::send(OpCode op, const QJsonObject &data)
{
    if (!m_socket)
        return;
    const QByteArray bytes = MessageCodec::encode({{QStringLiteral("op"), int(op)}, {QStringLiteral("d"), data}}, m_format);
    if (m_format == MessageCodec::Format::Msgpack)
        m_socket->sendBinaryMessage(bytes);
    else
        m_socket->sendTextMessage(QString::fromUtf8(bytes));
    m_requests.countMessages(0, 1);
}

void RemoteSession::close(CloseCode code, const QString &reason)
{
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCode(int(code)), reason);
}

void RemoteSession::sendEvent(const QString &type, int intent, const QJsonObject &data)
{
    if (!m_identified || !(m_subscriptions & intent))
        return;
    QJsonObject event{{QStringLiteral("eventType"), type}, {QStringLiteral("eventIntent"), intent}};
    if (!data.isEmpty())
        event.insert(QStringLiteral("eventData"), data);
    send(OpCode::Event, event);
}

void RemoteSession::onMessage(const QByteArray &bytes, bool binary)
{
    m_requests.countMessages(1, 0);
    if (!m_started)
        return close(CloseCode::NotIdentified, QStringLiteral("Wait for Hello before sending."));
    if (binary != (m_format == MessageCodec::Format::Msgpack))
        return close(CloseCode::MessageDecodeError, QStringLiteral("Wrong frame type for the subprotocol."));
    const std::optional<QJsonObject> message = MessageCodec::decode(bytes, m_format);
    if (!message)
        return close(CloseCode::MessageDecodeError, QStringLiteral("The message could not be decoded."));
    if (!message->contains(QStringLiteral("op")))
        return close(CloseCode::UnknownOpCode, QStringLiteral("The message has no op."));
    if (!message->value(QStringLiteral("op")).isDouble() || !message->value(QStringLiteral("d")).isObject())
        return close(CloseCode::MissingDataField, QStringLiteral("The message needs an op number and a d object."));
    const int op = message->value(QStringLiteral("op")).toInt();
    const QJsonObject data = message->value(QStringLiteral("d")).toObject();
    if (!m_identified && op != int(OpCode::Identify))
        return close(CloseCode::NotIdentified, QStringLiteral("Identify first."));
    switch (OpCode(op)) {
    case OpCode::Identify:
        if (m_identified)
            return close(CloseCode::AlreadyIdentified, QStringLiteral("Already identified."));
        return identify(data, false);
    case OpCode::Reidentify:
        return identify(data, true);
    case OpCode::Request:
        return request(data);
    case OpCode::RequestBatch:
        return batch(data);
    default:
        return close(CloseCode::UnknownOpCode, QStringLiteral("Unknown op %1.").arg(op));
    }
}

void RemoteSession::identify(const QJsonObject &data, bool again)
{
    if (!again) {
        if (!data.value(QStringLiteral("rpcVersion")).isDouble())
            return close(CloseCode::MissingDataField, QStringLiteral("Identify needs rpcVersion."));
        if (data.value(QStringLiteral("rpcVersion")).toInt() != kRpcVersion)
            return close(CloseCode::UnsupportedRpcVersion, QStringLiteral("RPC version %1 only.").arg(kRpcVersion));
        if (!m_password.isEmpty()) {
            const QByteArray given = data.value(QStringLiteral("authentication")).toString().toLatin1();
            if (given.isEmpty() || given != authenticationString(m_password, m_salt, m_challenge)) {
                Q_EMIT authenticationFailed(m_peer);
                return close(CloseCode::AuthenticationFailed, QStringLiteral("Authentication failed."));
            }
        }
    }
    if (data.contains(QStringLiteral("eventSubscriptions"))) {
        if (!data.value(QStringLiteral("eventSubscriptions")).isDouble())
            return close(CloseCode::InvalidDataFieldType, QStringLiteral("eventSubscriptions must be a number."));
        m_subscriptions = data.value(QStringLiteral("eventSubscriptions")).toInt();
    }
    m_identified = true;
    send(OpCode::Identified, {{QStringLiteral("negotiatedRpcVersion"), kRpcVersion}});
}

void RemoteSession::request(const QJsonObject &data)
{
    const QString type = data.value(QStringLiteral("requestType")).toString();
    const QJsonValue id = data.value(QStringLiteral("requestId"));
    if (!id.isString())
        return close(CloseCode::MissingDataField, QStringLiteral("A request needs a requestId."));
    QPointer<RemoteSession> self(this);
    m_requests.handle(type, data.value(QStringLiteral("requestData")).toObject(), [self, type, id](const Reply &reply) {
        if (!self)
            return;
        QJsonObject response{{QStringLiteral("requestType"), type}, {QStringLiteral("requestId"), id}, {QStringLiteral("requestStatus"), statusObject(reply)}};
        if (!reply.data.isEmpty())
            response.insert(QStringLiteral("responseData"), reply.data);
        self->send(OpCode::RequestResponse, response);
    });
}

void RemoteSession::batch(const QJsonObject &data)
{
    const QJsonValue id = data.value(QStringLiteral("requestId"));
    if (!id.isString() || !data.value(QStringLiteral("requests")).isArray())
        return close(CloseCode::MissingDataField, QStringLiteral("A batch needs a requestId and requests."));
    // Every execution type runs here one request after another, in order:
    // what the serial types promise, and a valid order for a parallel batch.
    runBatch(data.value(QStringLiteral("requests")).toArray(), 0, data.value(QStringLiteral("haltOnFailure")).toBool(false),
             id.toString(), {});
}

void RemoteSession::runBatch(QJsonArray requests, qsizetype next, bool haltOnFailure, QString batchId, QJsonArray results)
{
    if (next >= requests.size()) {
        send(OpCode::RequestBatchResponse, {{QStringLiteral("requestId"), batchId}, {QStringLiteral("results"), results}});
        return;
    }
    const QJsonObject r = requests[next].toObject();
    const QString type = r.value(QStringLiteral("requestType")).toString();
    QPointer<RemoteSession> self(this);
    m_requests.handle(type, r.value(QStringLiteral("requestData")).toObject(),
                      [self, requests, next, haltOnFailure, batchId, results, type, r](const Reply &reply) mutable {
                          if (!self)
                              return;
                          QJsonObject result{{QStringLiteral("requestType"), type}, {QStringLiteral("requestStatus"), statusObject(reply)}};
                          if (r.contains(QStringLiteral("requestId")))
                              result.insert(QStringLiteral("requestId"), r.value(QStringLiteral("requestId")));
                          if (!reply.data.isEmpty())
                              result.insert(QStringLiteral("responseData"), reply.data);
                          results.append(result);
                          const bool halt = haltOnFailure && reply.status != Status::Success;
                          self->runBatch(requests, halt ? requests.size() : next + 1, haltOnFailure, batchId, results);
                      });
}

} // namespace lj::remote
