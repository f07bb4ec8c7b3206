#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace lj::catalog {

/// One answer from the platform, classified for the caller.
struct ApiResponse {
    enum class Kind { Ok, Fatal, CursorExpired, Cancelled };
    Kind kind = Kind::Fatal;
    int status = 0;
    QJsonObject body;
    QString message; ///< plain words for the host when not Ok
    int attempts = 0;
    bool replayed = false; ///< an idempotent replay of an earlier request

    bool ok() const { return kind == Kind::Ok; }
};

/// HTTPS + JSON to the province platform (docs/province-api.md): bearer token,
/// timeouts, retries with backoff on 5xx and broken responses, 429 Retry-After.
/// Blocking calls: use it from a worker thread or a command-line tool.
class ProvinceClient final {
    Q_DECLARE_TR_FUNCTIONS(lj::catalog::ProvinceClient)
public:
    static constexpr int kMaxAttempts = 6;

    /// How the token would travel to a platform address.
    enum class Transport {
        Encrypted,          ///< https://
        PlainOnThisNetwork, ///< http:// to this machine or a private LAN address (a classroom server)
        PlainElsewhere,     ///< http:// across the internet: never
    };
    static Transport transportTo(const QUrl &address);

    ProvinceClient(const QUrl &baseUrl, const QString &token, const std::atomic_bool *cancel = nullptr);
    ~ProvinceClient();

    ApiResponse get(const QString &path, const QUrlQuery &query = {});
    ApiResponse post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey);
    /// Raw bytes of an absolute URL (images); empty on failure.
    QByteArray fetch(const QUrl &url, QString *error);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Backoff before retry n (1-based): 0.5 s, 1 s, 2 s, 4 s, 8 s; scaled for tests.
    void setBackoffScale(double scale) { m_backoffScale = scale; }
    /// Lets the token go unencrypted to this network's own server, once the
    /// host has accepted the warning for that address. Never elsewhere.
    void allowPlainHttpOnThisNetwork(bool allowed) { m_plainHttpAllowed = allowed; }
    /// Why the token must not be sent to the base address (empty: it may).
    QString refusal() const;

private:
    ApiResponse call(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                     const QByteArray &idempotencyKey);
    bool sleepUnlessCancelled(int ms);

    QUrl m_base;
    QString m_token;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_timeoutMs = 15000;
    double m_backoffScale = 1.0;
    bool m_plainHttpAllowed = false;
};

} // namespace lj::catalog
