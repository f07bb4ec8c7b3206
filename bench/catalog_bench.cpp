// The catalog at 100,000 products: CSV import time, search latency (median
// and 99th percentile over realistic queries), full sync from the reference
// platform, and an incremental sync of 100 changes.
#include "catalogdb.h"
#include "catalogsync.h"
#include "goods.h"
#include "importer.h"
#include "productstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

using namespace lj::catalog;
using lj::formatYuan;
using lj::parseYuan;

namespace {

QByteArray makeCsv(int count)
{
    QByteArray csv = "code,title,selling_points,category,origin,certifications,list_price,live_price,stock,unit\n";
    for (int i = 0; i < count; ++i) {
        const QJsonObject g = makeGood(i, QStringLiteral("http://127.0.0.1"));
        QStringList certs;
        for (const QJsonValue &c : g.value(QStringLiteral("certifications")).toArray())
            certs << c.toString();
        csv += QStringList{g.value(QStringLiteral("code")).toString(), g.value(QStringLiteral("title")).toString(),
                           g.value(QStringLiteral("selling_points")).toString(), g.value(QStringLiteral("category")).toString(),
                           g.value(QStringLiteral("origin")).toString(), certs.join(QLatin1Char(';')),
                           formatYuan(g.value(QStringLiteral("list_price_fen")).toInteger()),
                           formatYuan(g.value(QStringLiteral("live_price_fen")).toInteger()),
                           QString::number(g.value(QStringLiteral("stock")).toInt()), g.value(QStringLiteral("unit")).toString()}
                   .join(QLatin1Char(','))
                   .toUtf8() +
               '\n';
    }
    return csv;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qMin(values.size() - 1, qsizetype(p * double(values.size())))];
}

void post(QNetworkAccessManager &network, const QString &url, const QJsonObject &body)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    printf("Catalog of %d products (SQLite WAL, FTS5 index of characters and pairs), 2 cores\n", count);

    // Import.
    const QByteArray csv = makeCsv(count);
    CatalogDb imported;
    QString error;
    if (!imported.open(dir.filePath(QStringLiteral("import.db")), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const ImportResult r = ProductImporter::importCsv(imported, csv, ImportMode::AllOrNothing);
    printf("CSV import:            %8.2f s  (%d rows, %.1f MB)\n", t.elapsed() / 1000.0, r.imported, csv.size() / 1e6);

    // Search.
    const QList<SearchQuery> queries = {
        {QStringLiteral("大米")}, {QStringLiteral("木耳")}, {QStringLiteral("蓝莓")}, {QStringLiteral("蜜")},
        {QStringLiteral("五常")}, {QStringLiteral("稻花香")}, {QStringLiteral("哈尔滨红肠")}, {QStringLiteral("礼盒装")},
        {QStringLiteral("LJ0500")}, {QStringLiteral("椴树雪蜜")}, {QStringLiteral("不存在的东西")},
        {QString(), QStringLiteral("粮油")}, {QString(), QString(), QStringLiteral("东宁")},
        {QStringLiteral("大米"), QString(), QString(), QStringLiteral("有机")},
        {QStringLiteral("第3批"), QStringLiteral("山珍")}};
    ProductStore store(imported);
    QList<double> latencies;
    for (int round = 0; round < 40; ++round) {
        for (const SearchQuery &q : queries) {
            QElapsedTimer s;
            s.start();
            const QList<Product> found = store.search(q);
            latencies << s.nsecsElapsed() / 1e6;
            Q_UNUSED(found);
        }
    }
    printf("Search latency:        median %.2f ms, p99 %.2f ms, max %.2f ms  (%lld searches, up to 200 rows each)\n",
           percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0), latencies.size());

    // Full and incremental sync against the reference platform.
    QProcess server;
    server.start(QStringLiteral(LJ_PROVINCE_SERVER_BIN), {QStringLiteral("--generate"), QString::number(count), QStringLiteral("--token"), QStringLiteral("bench")});
    QByteArray out;
    while (!out.contains('\n') && server.waitForReadyRead(300000))
        out += server.readAllStandardOutput();
    const QString url = QString::fromUtf8(out.mid(out.indexOf("http"))).trimmed();
    CatalogDb synced;
    synced.open(dir.filePath(QStringLiteral("sync.db")), &error);
    ProvinceClient client(QUrl(url + QStringLiteral("/api/v1")), QStringLiteral("bench"));
    client.allowPlainHttpOnThisNetwork(true); // the reference server on loopback
    CatalogSync sync(synced, client);
    t.restart();
    const SyncResult full = sync.syncProducts();
    printf("Full sync:             %8.2f s  (%d products, %d pages, ok=%d)\n", t.elapsed() / 1000.0, full.applied, full.pages, full.ok);
    QNetworkAccessManager network;
    post(network, url + QStringLiteral("/admin/change"), {{QStringLiteral("update"), 70}, {QStringLiteral("delete"), 15}, {QStringLiteral("create"), 15}});
    t.restart();
    const SyncResult delta = sync.syncProducts();
    printf("Incremental sync:      %8.3f s  (%d changed, %d deleted)\n", t.elapsed() / 1000.0, delta.applied, delta.deleted);
    printf("\nGoals: search p99 under 20 ms; full sync of 100,000 under 15 s.\n");
    server.kill();
    server.waitForFinished();
    return full.ok && delta.ok ? 0 : 1;
}
