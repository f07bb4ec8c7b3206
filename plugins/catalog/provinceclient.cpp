#include "provinceclient.h"

#include "core/logging.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace lj::catalog {

namespace {

struct RawReply {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    int retryAfterSec = -1;
    bool replayed = false;
    bool timedOut = false;
};

} // namespace

ProvinceClient::ProvinceClient(const QUrl &baseUrl, const QString &token, const std::atomic_bool *cancel)
    : m_base(baseUrl), m_token(token), m_cancel(cancel), m_network(std::make_unique<QNetworkAccessManager>())
{
    StudioLog::addSecret(token);
}

ProvinceClient::~ProvinceClient() = default;

ProvinceClient::Transport ProvinceClient::transportTo(const QUrl &address)
{
    if (address.scheme() == QLatin1String("https"))
        return Transport::Encrypted;
    const QString host = address.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".local")))
        return Transport::PlainOnThisNetwork; // this machine, or a name announced on this LAN (mDNS)
    QHostAddress ip;
    if (!ip.setAddress(host))
        return Transport::PlainElsewhere; // a DNS name may lead anywhere
    const bool privateV4 = ip.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) ||
                           ip.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) ||
                           ip.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
    if (ip.isLoopback() || ip.isLinkLocal() || ip.isUniqueLocalUnicast() || privateV4)
        return Transport::PlainOnThisNetwork;
    return Transport::PlainElsewhere;
}

QString ProvinceClient::refusal() const
{
    switch (transportTo(m_base)) {
    case Transport::Encrypted:
        return {};
    case Transport::PlainOnThisNetwork:
        return m_plainHttpAllowed ? QString()
                                  : tr("The platform address %1 is plain http://: the token would travel unencrypted. "
                                       "Confirm it in Settings → Catalog (for a classroom server on this network only), "
                                       "or use https://.")
                                        .arg(m_base.host());
    case Transport::PlainElsewhere:
        break;
    }
    return tr("The platform address %1 is plain http:// outside this network: the token would travel unencrypted across "
              "the internet, so it is not sent. Use the https:// address.")
        .arg(m_base.host());
}

bool ProvinceClient::sleepUnlessCancelled(int ms)
{
    for (int waited = 0; waited < ms; waited += 20) {
        if (m_cancel && m_cancel->load())
            return false;
        QThread::msleep(quint64(qMin(20, ms - waited)));
    }
    return !(m_cancel && m_cancel->load());
}

ApiResponse ProvinceClient::get(const QString &path, const QUrlQuery &query)
{
    return call("GET", path, query, {}, {});
}

ApiResponse ProvinceClient::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    return call("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotencyKey);
}

ApiResponse ProvinceClient::call(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                 const QByteArray &body, const QByteArray &idempotencyKey)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    url.setQuery(query);
    ApiResponse response;
    if (const QString refused = refusal(); !refused.isEmpty()) { // before the token leaves this machine
        response.kind = ApiResponse::Kind::Fatal;
        response.message = refused;
        return response;
    }
    QString lastProblem;
    for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
        response.attempts = attempt;
        if (m_cancel && m_cancel->load()) {
            response.kind = ApiResponse::Kind::Cancelled;
            response.message = tr("Cancelled.");
            return response;
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "LongjiangStudio/" LJ_VERSION);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        request.setTransferTimeout(m_timeoutMs);

        QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [this, reply] {
            if (m_cancel && m_cancel->load())
                reply->abort();
        });
        cancelPoll.start(50);
        loop.exec();
        RawReply raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        raw.error = reply->error();
        raw.errorText = reply->errorString();
        raw.timedOut = raw.error == QNetworkReply::OperationCanceledError && !(m_cancel && m_cancel->load());
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
        raw.retryAfterSec = ok ? retryAfter : -1;
        raw.replayed = reply->rawHeader("Idempotent-Replay") == "true";
        reply->deleteLater();

        if (m_cancel && m_cancel->load()) {
            response.kind = ApiResponse::Kind::Cancelled;
            response.message = tr("Cancelled.");
            return response;
        }
        response.status = raw.status;
        response.replayed = raw.replayed;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &parseError);
        const QString errorCode = doc.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();

        int waitMs = int(500 * (1 << (attempt - 1)) * m_backoffScale);
        if (raw.status == 0 || (raw.error != QNetworkReply::NoError && raw.status < 400)) {
            lastProblem = raw.timedOut ? tr("no answer within %1 s").arg(m_timeoutMs / 1000) : raw.errorText;
        } else if (raw.status == 429) {
            lastProblem = tr("too many requests");
            if (raw.retryAfterSec >= 0)
                waitMs = int(raw.retryAfterSec * 1000 * m_backoffScale);
        } else if (raw.status >= 500) {
            lastProblem = tr("the platform answered HTTP %1").arg(raw.status);
        } else if (raw.status == 401) {
            response.message = tr("The platform refused the token (HTTP 401). Get a new token from the 龙江好货 console and enter it again.");
            return response;
        } else if (raw.status == 403) {
            response.message = tr("The platform does not allow this account to use the API (HTTP 403).");
            return response;
        } else if (raw.status == 410 && errorCode == QLatin1String("cursor_expired")) {
            response.kind = ApiResponse::Kind::CursorExpired;
            return response;
        } else if (raw.status >= 400) {
            const QString message = doc.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            response.message = tr("The platform refused the request (HTTP %1: %2).").arg(raw.status).arg(message.isEmpty() ? errorCode : message);
            return response;
        } else if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            lastProblem = tr("a damaged response (%1)").arg(parseError.errorString());
        } else {
            response.kind = ApiResponse::Kind::Ok;
            response.body = doc.object();
            return response;
        }
        qWarning("province platform: %s %s failed (attempt %d): %s", verb.constData(), qPrintable(path), attempt,
                 qPrintable(lastProblem));
        if (attempt < kMaxAttempts && !sleepUnlessCancelled(waitMs)) {
            response.kind = ApiResponse::Kind::Cancelled;
            response.message = tr("Cancelled.");
            return response;
        }
    }
    response.kind = ApiResponse::Kind::Fatal;
    response.message = tr("The platform could not be reached properly after %1 tries: %2.").arg(kMaxAttempts).arg(lastProblem);
    return response;
}

QByteArray ProvinceClient::fetch(const QUrl &url, QString *error)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray data;
    if (reply->error() == QNetworkReply::NoError)
        data = reply->readAll();
    else if (error)
        *error = reply->errorString();
    reply->deleteLater();
    return data;
}

} // namespace lj::catalog
