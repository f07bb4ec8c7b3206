#pragma once

// Starts tools/province-server for a test and talks to its admin endpoints.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QEventLoop>
#include <QTest>

class ReferenceServer {
public:
    explicit ReferenceServer(int products, const QString &token = QStringLiteral("test-token"))
    {
        m_process.setProgram(QStringLiteral(LJ_PROVINCE_SERVER_BIN));
        m_process.setArguments({QStringLiteral("--generate"), QString::number(products), QStringLiteral("--token"), token});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        while (m_process.waitForReadyRead(60000)) {
            m_output += m_process.readAllStandardOutput();
            const qsizetype at = m_output.indexOf("listening on ");
            if (at >= 0 && m_output.indexOf('\n', at) > at) {
                m_url = QString::fromUtf8(m_output.mid(at + 13, m_output.indexOf('\n', at) - at - 13)).trimmed();
                break;
            }
        }
    }
    ~ReferenceServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool isRunning() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString apiUrl() const { return m_url + QStringLiteral("/api/v1"); }

    /// POSTs to an admin endpoint of the server.
    QJsonObject admin(const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return wait(m_network.post(request, QJsonDocument(body).toJson()));
    }
    /// GETs an admin endpoint of the server.
    QJsonObject getAdmin(const QString &path) { return wait(m_network.get(QNetworkRequest(QUrl(m_url + path)))); }

private:
    static QJsonObject wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QProcess m_process;
    QByteArray m_output;
    QString m_url;
    QNetworkAccessManager m_network;
};
