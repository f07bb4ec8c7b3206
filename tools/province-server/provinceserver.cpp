#include "provinceserver.h"

#include "catalogfacts.h"

#include "goods.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ProvinceServer::Response error(int status, const char *code, const QString &message)
{
    ProvinceServer::Response r;
    r.status = status;
    r.body = json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                        {QStringLiteral("message"), message},
                                                        {QStringLiteral("request_id"), QStringLiteral("r-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))}}}});
    return r;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    default: return status >= 500 ? "Internal Server Error" : "Status";
    }
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("province server: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

} // namespace

ProvinceServer::ProvinceServer(const QString &dbPath, const QString &token, QObject *parent)
    : QObject(parent), m_token(token)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("province"));
    m_db.setDatabaseName(dbPath);
    if (!m_db.open())
        qFatal("province server: cannot open %s", qPrintable(dbPath));
    exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS products (code TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                              "doc TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)"));
    exec(m_db, QStringLiteral("CREATE INDEX IF NOT EXISTS products_seq ON products(seq)"));
    exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"));
    exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS reports (show_uid TEXT PRIMARY KEY, body TEXT NOT NULL, "
                              "report_id TEXT NOT NULL, received_at TEXT NOT NULL, posts INTEGER NOT NULL)"));
    exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS orders (show_uid TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL, "
                              "PRIMARY KEY (show_uid, seq))"));
    connect(&m_server, &QTcpServer::newConnection, this, &ProvinceServer::onConnection);
}

bool ProvinceServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

qint64 ProvinceServer::nextSeq()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('seq', 1) ON CONFLICT(key) DO UPDATE SET value = value + 1 RETURNING value"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ProvinceServer::generate(int count)
{
    QSqlQuery existing(m_db);
    existing.exec(QStringLiteral("SELECT count(*) FROM products"));
    const int start = existing.next() ? existing.value(0).toInt() : 0;
    const QString imageBase = QStringLiteral("http://127.0.0.1:%1").arg(port());
    m_db.transaction();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO products (code, seq, doc, updated_at) VALUES (?, ?, ?, ?)"));
    const QString now = nowIso();
    for (int i = start; i < start + count; ++i) {
        QJsonObject good = makeGood(i, imageBase);
        good.insert(QStringLiteral("updated_at"), now);
        insert.bindValue(0, good.value(QStringLiteral("code")).toString());
        insert.bindValue(1, nextSeq());
        insert.bindValue(2, QString::fromUtf8(json(good)));
        insert.bindValue(3, now);
        insert.exec();
    }
    m_db.commit();
}

void ProvinceServer::change(int updates, int deletes, int creates)
{
    m_db.transaction();
    QSqlQuery pick(m_db);
    pick.exec(QStringLiteral("SELECT code, doc FROM products WHERE deleted = 0 ORDER BY random() LIMIT %1").arg(updates + deletes));
    int n = 0;
    const QString now = nowIso();
    while (pick.next()) {
        const QString code = pick.value(0).toString();
        QJsonObject doc = QJsonDocument::fromJson(pick.value(1).toString().toUtf8()).object();
        QSqlQuery write(m_db);
        if (n++ < updates) {
            doc.insert(QStringLiteral("live_price_fen"), doc.value(QStringLiteral("live_price_fen")).toInteger() - 100);
            doc.insert(QStringLiteral("stock"), doc.value(QStringLiteral("stock")).toInt() + 7);
            doc.insert(QStringLiteral("updated_at"), now);
            write.prepare(QStringLiteral("UPDATE products SET doc = ?, seq = ?, updated_at = ? WHERE code = ?"));
            write.addBindValue(QString::fromUtf8(json(doc)));
        } else {
            write.prepare(QStringLiteral("UPDATE products SET deleted = 1, doc = ?, seq = ?, updated_at = ? WHERE code = ?"));
            write.addBindValue(QString::fromUtf8(json({{QStringLiteral("code"), code}, {QStringLiteral("deleted"), true}, {QStringLiteral("updated_at"), now}})));
        }
        write.addBindValue(nextSeq());
        write.addBindValue(now);
        write.addBindValue(code);
        write.exec();
    }
    m_db.commit();
    if (creates > 0)
        generate(creates);
}

void ProvinceServer::addOrders(const QString &uid, int count)
{
    static const char *const buyers[] = {"张三", "李小明", "王芳", "欧阳娜娜", "刘", "Alice Wang", "13812345678", "赵丽颖"};
    static const char *const cities[] = {"哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯", "大庆", "北京", "上海", "广州"};
    QSqlQuery last(m_db);
    last.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM orders WHERE show_uid = ?"));
    last.addBindValue(uid);
    last.exec();
    qint64 seq = last.next() ? last.value(0).toLongLong() : 0;
    QSqlQuery products(m_db);
    products.exec(QStringLiteral("SELECT doc FROM products WHERE deleted = 0 ORDER BY random() LIMIT %1").arg(count));
    m_db.transaction();
    while (products.next()) {
        const QJsonObject p = QJsonDocument::fromJson(products.value(0).toString().toUtf8()).object();
        ++seq;
        const int quantity = 1 + int(seq % 3);
        const QJsonObject order{{QStringLiteral("order_id"), QStringLiteral("o-%1-%2").arg(uid.left(8)).arg(seq)},
                                {QStringLiteral("seq"), seq},
                                {QStringLiteral("product_code"), p.value(QStringLiteral("code"))},
                                {QStringLiteral("quantity"), quantity},
                                {QStringLiteral("amount_fen"), p.value(QStringLiteral("live_price_fen")).toInteger() * quantity},
                                {QStringLiteral("buyer"), QString::fromUtf8(buyers[seq % std::size(buyers)])},
                                {QStringLiteral("city"), QString::fromUtf8(cities[seq % std::size(cities)])},
                                {QStringLiteral("ordered_at"), nowIso()}};
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO orders (show_uid, seq, doc) VALUES (?, ?, ?)"));
        insert.addBindValue(uid);
        insert.addBindValue(seq);
        insert.addBindValue(QString::fromUtf8(json(order)));
        insert.exec();
    }
    m_db.commit();
}

QJsonObject ProvinceServer::checksum()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT doc FROM products WHERE deleted = 0 ORDER BY code"));
    lj::catalog::CatalogChecksum sum;
    while (q.next()) {
        // The platform's own record, field by field, as the API documents it —
        // read here on purpose apart from the client's page reader, so that a
        // client that drops or garbles a field cannot agree with its own mistake.
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        lj::catalog::Product p;
        p.code = o.value(QStringLiteral("code")).toString();
        p.title = o.value(QStringLiteral("title")).toString();
        p.sellingPoints = o.value(QStringLiteral("selling_points")).toString();
        p.category = o.value(QStringLiteral("category")).toString();
        p.origin = o.value(QStringLiteral("origin")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("certifications")).toArray())
            p.certifications << c.toString();
        p.listPriceFen = o.value(QStringLiteral("list_price_fen")).toInteger();
        p.livePriceFen = o.value(QStringLiteral("live_price_fen")).toInteger();
        p.stock = o.value(QStringLiteral("stock")).toInt();
        p.unit = o.value(QStringLiteral("unit")).toString();
        for (const QJsonValue &u : o.value(QStringLiteral("image_urls")).toArray())
            p.imageUrls << u.toString();
        p.linkUrl = o.value(QStringLiteral("link")).toString();
        sum.add(p);
    }
    return {{QStringLiteral("count"), sum.count()}, {QStringLiteral("checksum"), sum.hex()}};
}

void ProvinceServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ProvinceServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl url(QString::fromUtf8(requestLine.value(1)));
    request.path = url.path();
    for (const auto &[k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        request.query.insert(k, v);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still coming
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    bool drop = false, truncate = false;
    const Response response = handle(request, &drop, &truncate);
    const int latency = request.path.startsWith(QLatin1String("/api/")) ? m_faults.latencyMs : 0;
    auto send = [socket, response, drop, truncate] {
        if (drop) {
            socket->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
        bool typed = false;
        for (const auto &[name, value] : response.headers) {
            head += name + ": " + value + "\r\n";
            typed = typed || name.toLower() == "content-type";
        }
        if (!typed)
            head += "Content-Type: application/json; charset=utf-8\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        socket->write(truncate ? response.body.left(response.body.size() / 2) : response.body);
        socket->flush();
        socket->disconnectFromHost();
    };
    if (latency > 0)
        QTimer::singleShot(latency, socket, send);
    else
        send();
}

ProvinceServer::Response ProvinceServer::handle(const Request &request, bool *drop, bool *truncate)
{
    if (request.path.startsWith(QLatin1String("/admin/")))
        return handleAdmin(request);
    if (request.path.startsWith(QLatin1String("/images/"))) {
        // A small product card image, drawn on request.
        QImage image(240, 240, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(int(qHash(request.path) % 360), 90, 230));
        QPainter painter(&image);
        painter.drawText(image.rect(), Qt::AlignCenter, request.path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0));
        painter.end();
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
        Response r;
        r.body = png.data();
        r.headers << std::pair{QByteArray("Content-Type"), QByteArray("image/png")};
        return r;
    }
    if (!request.path.startsWith(QLatin1String("/api/v1/")))
        return error(404, "not_found", QStringLiteral("No such endpoint"));

    ++m_requestCounter;
    if (m_faults.drop > 0) {
        --m_faults.drop;
        *drop = true;
        return {};
    }
    if (m_faults.fail500 > 0) {
        --m_faults.fail500;
        return error(500, "internal", QStringLiteral("Injected failure"));
    }
    if (m_faults.rateLimit429 > 0) {
        --m_faults.rateLimit429;
        Response r = error(429, "rate_limited", QStringLiteral("Too many requests"));
        r.headers << std::pair{QByteArray("Retry-After"), QByteArray::number(m_faults.retryAfterSec)};
        return r;
    }
    if (request.headers.value("authorization") != "Bearer " + m_token.toUtf8())
        return error(401, "unauthorized", QStringLiteral("The token is missing or expired"));
    Response response = handleApi(request);
    response.headers << std::pair{QByteArray("X-RateLimit-Limit"), QByteArray("20")}
                     << std::pair{QByteArray("X-RateLimit-Remaining"), QByteArray("19")};
    if (m_faults.loseResponse > 0) {
        --m_faults.loseResponse;
        *drop = true; // the work is done, the answer is lost
    } else if (m_faults.truncate > 0) {
        --m_faults.truncate;
        *truncate = true;
    } else if (m_faults.malformed > 0) {
        --m_faults.malformed;
        response.body = response.body.left(response.body.size() / 2);
    }
    return response;
}

ProvinceServer::Response ProvinceServer::handleApi(const Request &request)
{
    const QStringList parts = request.path.mid(8).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method == "GET" && parts == QStringList{QStringLiteral("products"), QStringLiteral("changes")})
        return productsChanges(request);
    if (parts.size() == 3 && parts[0] == QLatin1String("shows") && parts[2] == QLatin1String("report") && request.method == "POST")
        return report(request, parts[1]);
    if (parts.size() == 3 && parts[0] == QLatin1String("shows") && parts[2] == QLatin1String("orders") && request.method == "GET")
        return orders(request, parts[1]);
    return error(404, "not_found", QStringLiteral("No such endpoint"));
}

ProvinceServer::Response ProvinceServer::productsChanges(const Request &request)
{
    const QString cursor = request.query.value(QStringLiteral("cursor"));
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        bool ok = false;
        after = cursor.mid(1).toLongLong(&ok);
        if (!cursor.startsWith(QLatin1Char('c')) || !ok)
            return error(410, "cursor_expired", QStringLiteral("Unknown cursor; start again"));
    }
    const int limit = qBound(1, request.query.value(QStringLiteral("limit"), QStringLiteral("500")).toInt(), 1000);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, doc FROM products WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    q.exec();
    QByteArray items;
    int n = 0;
    qint64 last = after;
    bool more = false;
    const bool drift = m_faults.schemaDrift > 0;
    if (drift)
        --m_faults.schemaDrift;
    while (q.next()) {
        if (n == limit) {
            more = true;
            break;
        }
        QByteArray doc = q.value(1).toString().toUtf8();
        if (drift)
            doc.replace("\"live_price_fen\"", "\"livePrice\"");
        items += (n ? "," : "") + doc;
        last = q.value(0).toLongLong();
        ++n;
    }
    Response r;
    r.body = "{\"api_version\":1,\"items\":[" + items + "],\"next_cursor\":\"c" + QByteArray::number(last) +
             "\",\"has_more\":" + (more ? "true" : "false") + "}";
    return r;
}

ProvinceServer::Response ProvinceServer::report(const Request &request, const QString &uid)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject() || doc.object().value(QStringLiteral("show_uid")).toString() != uid)
        return error(400, "invalid_request", QStringLiteral("The report must be a JSON object for this show"));
    // Per product (since the coaching report): optional, but whole when given.
    if (const QJsonValue products = doc.object().value(QStringLiteral("products")); !products.isUndefined()) {
        if (!products.isArray())
            return error(400, "invalid_request", QStringLiteral("products must be a list"));
        const auto count = [](const QJsonObject &o, const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == std::floor(v.toDouble());
        };
        int index = 0;
        for (const QJsonValue &v : products.toArray()) {
            const QJsonObject p = v.toObject();
            const QJsonValue talk = p.value(QStringLiteral("talk_seconds"));
            if (p.value(QStringLiteral("code")).toString().isEmpty() || !count(p, "orders") || !count(p, "items") || !count(p, "sales_fen") ||
                (!talk.isUndefined() && (!talk.isDouble() || talk.toDouble() < 0 || talk.toDouble() > 86400)))
                return error(400, "invalid_request",
                             QStringLiteral("products[%1] needs a code, whole orders, items and sales_fen of 0 or more, and "
                                            "talk_seconds (if given) between 0 and 86400")
                                 .arg(index));
            ++index;
        }
    }
    const QByteArray canonical = json(doc.object());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, report_id, received_at FROM reports WHERE show_uid = ?"));
    q.addBindValue(uid);
    q.exec();
    Response r;
    if (q.next()) {
        if (q.value(0).toString().toUtf8() != canonical)
            return error(422, "idempotency_mismatch", QStringLiteral("This show was reported with other content"));
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("UPDATE reports SET posts = posts + 1 WHERE show_uid = ?"));
        count.addBindValue(uid);
        count.exec();
        r.status = 200;
        r.headers << std::pair{QByteArray("Idempotent-Replay"), QByteArray("true")};
        r.body = json({{QStringLiteral("api_version"), 1}, {QStringLiteral("report_id"), q.value(1).toString()},
                       {QStringLiteral("received_at"), q.value(2).toString()}});
        return r;
    }
    const QString reportId = QStringLiteral("rep-%1").arg(m_requestCounter);
    const QString received = nowIso();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO reports (show_uid, body, report_id, received_at, posts) VALUES (?, ?, ?, ?, 1)"));
    insert.addBindValue(uid);
    insert.addBindValue(QString::fromUtf8(canonical));
    insert.addBindValue(reportId);
    insert.addBindValue(received);
    insert.exec();
    r.status = 201;
    r.body = json({{QStringLiteral("api_version"), 1}, {QStringLiteral("report_id"), reportId},
                   {QStringLiteral("received_at"), received}});
    return r;
}

ProvinceServer::Response ProvinceServer::orders(const Request &request, const QString &uid)
{
    const qint64 after = request.query.value(QStringLiteral("after")).toLongLong();
    const int limit = qBound(1, request.query.value(QStringLiteral("limit"), QStringLiteral("500")).toInt(), 500);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, doc FROM orders WHERE show_uid = ? AND seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(uid);
    q.addBindValue(after);
    q.addBindValue(limit);
    q.exec();
    QJsonArray list;
    qint64 last = after;
    while (q.next()) {
        list.append(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        last = q.value(0).toLongLong();
    }
    Response r;
    r.body = json({{QStringLiteral("api_version"), 1}, {QStringLiteral("orders"), list}, {QStringLiteral("last_seq"), last}});
    return r;
}

ProvinceServer::Response ProvinceServer::handleAdmin(const Request &request)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    Response r;
    if (request.path == QLatin1String("/admin/faults")) {
        m_faults.latencyMs = in.value(QStringLiteral("latency_ms")).toInt();
        m_faults.fail500 = in.value(QStringLiteral("fail_500")).toInt();
        m_faults.rateLimit429 = in.value(QStringLiteral("rate_limit_429")).toInt();
        m_faults.retryAfterSec = in.value(QStringLiteral("retry_after")).toInt(1);
        m_faults.truncate = in.value(QStringLiteral("truncate")).toInt();
        m_faults.malformed = in.value(QStringLiteral("malformed")).toInt();
        m_faults.drop = in.value(QStringLiteral("drop")).toInt();
        m_faults.loseResponse = in.value(QStringLiteral("lose_response")).toInt();
        m_faults.schemaDrift = in.value(QStringLiteral("schema_drift")).toInt();
        r.body = "{}";
    } else if (request.path == QLatin1String("/admin/change")) {
        change(in.value(QStringLiteral("update")).toInt(), in.value(QStringLiteral("delete")).toInt(),
               in.value(QStringLiteral("create")).toInt());
        r.body = "{}";
    } else if (request.path == QLatin1String("/admin/generate")) {
        generate(in.value(QStringLiteral("count")).toInt());
        r.body = json(checksum());
    } else if (request.path == QLatin1String("/admin/checksum")) {
        r.body = json(checksum());
    } else if (request.path == QLatin1String("/admin/orders")) {
        addOrders(in.value(QStringLiteral("show_uid")).toString(), in.value(QStringLiteral("count")).toInt());
        r.body = "{}";
    } else if (request.path == QLatin1String("/admin/reports")) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT show_uid, posts, body FROM reports"));
        QJsonObject reports;
        while (q.next())
            reports.insert(q.value(0).toString(), QJsonObject{{QStringLiteral("posts"), q.value(1).toInt()},
                                                              {QStringLiteral("report"), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()}});
        r.body = json(reports);
    } else {
        return error(404, "not_found", QStringLiteral("No such admin endpoint"));
    }
    return r;
}
