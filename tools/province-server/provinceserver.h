#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QTcpServer>

/// The reference 龙江好货 platform (docs/province-api.md) over real HTTP, with
/// its own SQLite, realistic Heilongjiang goods, and faults on request.
class ProvinceServer final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path;
        QHash<QString, QString> query;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    /// Faults for the next N API requests (admin requests are never faulted).
    struct Faults {
        int latencyMs = 0;
        int fail500 = 0;
        int rateLimit429 = 0;
        int retryAfterSec = 1;
        int truncate = 0;     ///< send half the body, then close
        int malformed = 0;    ///< a complete response whose JSON is broken
        int drop = 0;         ///< close without answering
        int loseResponse = 0; ///< do the work, then close without answering
        int schemaDrift = 0;  ///< items lose a required field
    };

    ProvinceServer(const QString &dbPath, const QString &token, QObject *parent = nullptr);
    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    /// Adds `count` products built from real Heilongjiang goods.
    void generate(int count);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    Response handle(const Request &request, bool *drop, bool *truncate);
    Response handleApi(const Request &request);
    Response handleAdmin(const Request &request);
    Response productsChanges(const Request &request);
    Response report(const Request &request, const QString &uid);
    Response orders(const Request &request, const QString &uid);
    void change(int updates, int deletes, int creates);
    void addOrders(const QString &uid, int count);
    QJsonObject checksum();
    qint64 nextSeq();

    QTcpServer m_server;
    QSqlDatabase m_db;
    QString m_token;
    Faults m_faults;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requestCounter = 0;
};
