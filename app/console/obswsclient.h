#pragma once

// One connection to a studio's remote control, as an obs-websocket 5
// client over the JSON subprotocol: Hello, Identify with the password's
// answer to the challenge, requests with their responses, events.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <map>

namespace lj::console {

class ObsWsClient final : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online };
    /// Why the last connection ended or never came up.
    enum class Failure { None, Unreachable, WrongPassword, Lost, Refused };
    /// `ok` false: `comment` says why (the studio's words, or the connection's).
    using Reply = std::function<void(bool ok, const QJsonObject &data, const QString &comment)>;

    /// How long connecting and identifying may take, and a request.
    static constexpr int kConnectTimeoutMs = 5000;
    static constexpr int kRequestTimeoutMs = 10000;

    explicit ObsWsClient(QObject *parent = nullptr);
    ~ObsWsClient() override;

    /// Connects and identifies; stateChanged() tells how it went.
    void open(const QUrl &url, const QString &password, int eventSubscriptions);
    void close();
    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    /// The studio's words when it closed the connection (may be empty).
    QString closeReason() const { return m_closeReason; }

    /// Sends a request; `reply` is called exactly once (also when the connection ends first).
    void request(const QString &type, const QJsonObject &data, Reply reply);
    /// A request of the studio's own ("longjiang" vendor); `reply` gets its responseData.
    void vendorRequest(const QString &type, const QJsonObject &data, Reply reply);
    int pendingRequests() const { return int(m_pending.size()); }

Q_SIGNALS:
    void stateChanged(lj::console::ObsWsClient::State state);
    void event(const QString &type, const QJsonObject &data);

private:
    void onMessage(const QString &text);
    void onDisconnected();
    void setState(State state);
    void send(int op, const QJsonObject &d);
    void failAll(const QString &why);
    void expire();

    struct Pending {
        Reply reply;
        qint64 deadline;
    };
    QWebSocket m_socket;
    QString m_password;
    int m_subscriptions = 0;
    State m_state = State::Offline;
    Failure m_failure = Failure::None;
    QString m_closeReason;
    std::map<QString, Pending> m_pending;
    quint64 m_nextId = 1;
    QTimer m_watchdog;
    QElapsedTimer m_clock;
};

} // namespace lj::console
