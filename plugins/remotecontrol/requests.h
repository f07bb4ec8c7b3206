#pragma once

// The requests a controller may send (obs-websocket 5, RPC 1), answered from
// the studio: scenes, going live (every platform), recording, screenshots,
// statistics. A request the studio does not serve answers 204.

#include "protocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace lj {
class PluginContext;
}
namespace lj::push {
class PushService;
}

namespace lj::remote {

struct Reply {
    Status status = Status::Success;
    QString comment;
    QJsonObject data;
};

class Requests final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Reply &reply)>;

    Requests(PluginContext &context, push::PushService &push, QObject *parent = nullptr);

    /// Answers at once, or later (going live waits for the check); `done` is called exactly once.
    void handle(const QString &type, const QJsonObject &data, Done done);
    QStringList available() const;

    /// The stream as StreamStateChanged and GetStreamStatus tell it.
    QJsonObject streamStatus() const;
    QJsonObject recordStatus() const;
    QJsonObject sceneList() const;
    /// How many messages the sessions exchanged (GetStats).
    void countMessages(qint64 incoming, qint64 outgoing);

private:
    using Handler = std::function<void(const QJsonObject &data, const Done &done)>;
    void add(const char *type, Handler handler);
    void startStream(const Done &done);
    void screenshot(const QJsonObject &data, const Done &done);

    PluginContext &m_context;
    push::PushService &m_push;
    std::map<QString, Handler> m_handlers;
    qint64 m_incoming = 0;
    qint64 m_outgoing = 0;
};

} // namespace lj::remote
