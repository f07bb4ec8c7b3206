#pragma once

// The requests a controller may send (obs-websocket 5, RPC 1), answered from
// the studio: scenes, going live (every platform), recording, screenshots,
// statistics. A request the studio does not serve answers 204.

#include "obswsprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

struct os_cpu_usage_info;

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

struct Reply {
    Status status = Status::Success;
    QString comment;
    QJsonObject data;
};

class Requests final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Reply &reply)>;

    Requests(PluginContext &context, push::PushService &push, shelf::ShelfService &shelf, ticker::TickerService &ticker,
             QObject *parent = nullptr);

    /// Answers at once, or later (going live waits for the check); `done` is called exactly once.
    void handle(const QString &type, const QJsonObject &data, Done done);
    QStringList available() const;

    /// The stream as StreamStateChanged and GetStreamStatus tell it.
    QJsonObject streamStatus() const;
    QJsonObject recordStatus() const;
    QJsonObject sceneList() const;
    /// GetSceneItemList's answer for scene `index`.
    void sceneItems(int index, const Done &done) const;
    /// How many messages the sessions exchanged (GetStats).
    void countMessages(qint64 incoming, qint64 outgoing);

    /// The platforms' pushes as outputs (GetOutputList, StartOutput...), by the name the host gave them.
    QJsonObject outputStatus(const QString &targetId) const;
    /// The products and sales as the "longjiang" vendor tells them.
    QJsonObject currentProduct() const;
    QJsonObject sales() const;
    /// Every platform push: its output status, name, platform, state and last error.
    QJsonArray platformHealth() const;
    /// Everything a base console shows of a room, in one answer (vendor request GetRoomStatus).
    QJsonObject roomStatus();
    /// The studio process's CPU use in percent of one core.
    double cpuUsage();

private:
    using Handler = std::function<void(const QJsonObject &data, const Done &done)>;
    void add(const char *type, Handler handler);
    // Each area registers its requests (requests_<area>.cpp).
    void addGeneral();
    void addScenes();
    void addOutputs();
    void addInputs();
    void addVendor();
    /// The push target the host named `outputName` (empty: none).
    QString targetNamed(const QString &outputName) const;
    void startStream(const Done &done);
    void screenshot(const QJsonObject &data, const Done &done);

    PluginContext &m_context;
    push::PushService &m_push;
    shelf::ShelfService &m_shelf;
    ticker::TickerService &m_ticker;
    /// The studio process's CPU use since the server started (GetStats); a
    /// libobs allocation, so it goes with the plugin, before libobs does.
    std::unique_ptr<os_cpu_usage_info, void (*)(os_cpu_usage_info *)> m_cpu;
    std::map<QString, Handler> m_handlers;
    qint64 m_cpuQueriedMs = 0;
    double m_cpuPercent = 0;
    qint64 m_incoming = 0;
    qint64 m_outgoing = 0;
};

} // namespace lj::remote
