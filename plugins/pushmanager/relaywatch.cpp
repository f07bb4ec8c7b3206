#include "relaywatch.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace lj::push {

RelayWatch::RelayWatch(QObject *parent) : QObject(parent) {}

void RelayWatch::reset()
{
    if (m_pending)
        m_pending->abort();
    m_known = m_receiving = m_listsPushes = false;
    m_active.clear();
    m_error.clear();
}

void RelayWatch::poll(const QString &statUrl, RelayConfig::Engine engine, const RelayConfig::Source &source)
{
    if (m_pending || statUrl.isEmpty())
        return;
    QNetworkRequest request{QUrl(statUrl)};
    request.setTransferTimeout(3000);
    m_pending = m_network.get(request);
    connect(m_pending, &QNetworkReply::finished, this, [this, reply = m_pending.data(), engine, source] {
        reply->deleteLater();
        QString error;
        bool receiving = false;
        QStringList active;
        const QByteArray body = reply->readAll();
        bool ok = reply->error() == QNetworkReply::NoError;
        if (!ok)
            error = tr("The base relay's statistics cannot be fetched: %1").arg(reply->errorString());
        else if (engine == RelayConfig::Engine::NginxRtmp)
            ok = RelayConfig::nginxActivePushes(body, source, &active, &receiving, &error);
        else
            ok = RelayConfig::srsReceiving(body, source, &receiving, &error);
        m_known = ok;
        m_receiving = receiving;
        m_listsPushes = ok && engine == RelayConfig::Engine::NginxRtmp;
        m_active = active;
        m_error = error;
        Q_EMIT updated();
    });
}

} // namespace lj::push
