// Sync against the reference platform over real HTTP: full and incremental
// syncs, idempotent report upload, orders, and every injected fault ending
// in success after a retry or a clear error with the catalog unchanged.
#include "catalogdb.h"
#include "catalogsync.h"
#include "productstore.h"
#include "catalogfacts.h"
#include "referenceserver.h"
#include "showstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTemporaryDir>

using namespace lj::catalog;

namespace {

QString localChecksum(CatalogDb &db, int *count)
{
    QList<Product> products = ProductStore(db).all(false);
    std::sort(products.begin(), products.end(), [](const Product &a, const Product &b) { return a.code < b.code; });
    CatalogChecksum sum;
    for (const Product &p : products) {
        if (p.source == QLatin1String("platform"))
            sum.add(p);
    }
    *count = sum.count();
    return sum.hex();
}

} // namespace

class TestCatalogSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullThenIncremental();
    void faults_data();
    void faults();
    void wrongTokenIsExplained();
    void reportIsNotCountedTwice();
    void ordersArriveOnce();
    void reportCarriesTalkAndSalesPerProduct();
    void theTokenNeverTravelsUnencryptedAcrossTheInternet_data();
    void theTokenNeverTravelsUnencryptedAcrossTheInternet();
    void plainHttpOnThisNetworkOnlyOnceAccepted();
    void aFailedCursorWriteKeepsNoneOfItsPage();

private:
    void expectSameAsServer();
    std::unique_ptr<ReferenceServer> m_server;
    QTemporaryDir m_dir;
    CatalogDb m_db;
    std::unique_ptr<ProvinceClient> m_client;
};

void TestCatalogSync::initTestCase()
{
    m_server = std::make_unique<ReferenceServer>(2500);
    QVERIFY2(m_server->isRunning(), "the reference server did not start");
    QString error;
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("catalog.db")), &error));
    m_client = std::make_unique<ProvinceClient>(QUrl(m_server->apiUrl()), QStringLiteral("test-token"));
    m_client->allowPlainHttpOnThisNetwork(true); // the reference server on loopback
    m_client->setBackoffScale(0.02); // retries in tens of milliseconds here
    m_client->setTimeoutMs(2000);
    // The host's own product: a sync must leave it alone.
    Product local;
    local.code = QStringLiteral("MY-EGGS");
    local.title = QStringLiteral("自家土鸡蛋");
    QVERIFY(ProductStore(m_db).upsert(local, &error));
}

void TestCatalogSync::expectSameAsServer()
{
    const QJsonObject remote = m_server->getAdmin(QStringLiteral("/admin/checksum"));
    int count = 0;
    QCOMPARE(localChecksum(m_db, &count), remote.value(QStringLiteral("checksum")).toString());
    QCOMPARE(count, remote.value(QStringLiteral("count")).toInt());
    QVERIFY(ProductStore(m_db).byCode(QStringLiteral("MY-EGGS")));
}

void TestCatalogSync::fullThenIncremental()
{
    CatalogSync sync(m_db, *m_client);
    QList<int> progress;
    const SyncResult full = sync.syncProducts([&](int applied, int) { progress << applied; });
    QVERIFY2(full.ok, qPrintable(full.message));
    QCOMPARE(full.applied, 2500);
    QCOMPARE(full.pages, 3);
    QCOMPARE(progress, (QList<int>{1000, 2000, 2500}));
    expectSameAsServer();
    QVERIFY(sync.lastSyncMs() > 0);

    // The host writes a note; the platform edits, deletes and adds products.
    ProductStore store(m_db);
    QString error;
    const Product first = *store.byCode(QStringLiteral("LJ000001"));
    QVERIFY(store.setNotes(first.id, QStringLiteral("我的讲解要点"), &error));
    m_server->admin(QStringLiteral("/admin/change"), {{QStringLiteral("update"), 60}, {QStringLiteral("delete"), 25}, {QStringLiteral("create"), 15}});
    const SyncResult delta = sync.syncProducts();
    QVERIFY2(delta.ok, qPrintable(delta.message));
    QCOMPARE(delta.applied, 75);
    QCOMPARE(delta.deleted, 25);
    QCOMPARE(delta.pages, 1);
    expectSameAsServer();
    QCOMPARE(store.byCode(QStringLiteral("LJ000001"))->notes, QStringLiteral("我的讲解要点"));

    // Nothing new: one empty page.
    const SyncResult nothing = sync.syncProducts();
    QVERIFY(nothing.ok);
    QCOMPARE(nothing.applied + nothing.deleted, 0);
}

void TestCatalogSync::faults_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<bool>("recovers");
    QTest::addColumn<QString>("message");
    QTest::newRow("500 twice") << QJsonObject{{QStringLiteral("fail_500"), 2}} << true << QString();
    QTest::newRow("429 with Retry-After") << QJsonObject{{QStringLiteral("rate_limit_429"), 2}, {QStringLiteral("retry_after"), 1}} << true << QString();
    QTest::newRow("truncated body") << QJsonObject{{QStringLiteral("truncate"), 2}} << true << QString();
    QTest::newRow("malformed body") << QJsonObject{{QStringLiteral("malformed"), 1}} << true << QString();
    QTest::newRow("dropped connection") << QJsonObject{{QStringLiteral("drop"), 3}} << true << QString();
    QTest::newRow("slow but within the timeout") << QJsonObject{{QStringLiteral("latency_ms"), 300}} << true << QString();
    QTest::newRow("500 every time") << QJsonObject{{QStringLiteral("fail_500"), 50}} << false << QStringLiteral("HTTP 500");
    QTest::newRow("always dropped") << QJsonObject{{QStringLiteral("drop"), 50}} << false << QStringLiteral("6 tries");
    QTest::newRow("always malformed") << QJsonObject{{QStringLiteral("malformed"), 50}} << false << QStringLiteral("damaged");
    QTest::newRow("timeout") << QJsonObject{{QStringLiteral("latency_ms"), 2500}} << false << QStringLiteral("no answer");
    QTest::newRow("schema drift") << QJsonObject{{QStringLiteral("schema_drift"), 1}} << false << QStringLiteral("live_price_fen");
}

void TestCatalogSync::faults()
{
    QFETCH(QJsonObject, faults);
    QFETCH(bool, recovers);
    QFETCH(QString, message);
    m_server->admin(QStringLiteral("/admin/change"), {{QStringLiteral("update"), 30}, {QStringLiteral("delete"), 5}});
    CatalogSync sync(m_db, *m_client);
    const QString cursorBefore = sync.cursor();
    int countBefore = 0;
    const QString before = localChecksum(m_db, &countBefore);

    m_server->admin(QStringLiteral("/admin/faults"), faults);
    const SyncResult r = sync.syncProducts();
    m_server->admin(QStringLiteral("/admin/faults"), {});
    if (recovers) {
        QVERIFY2(r.ok, qPrintable(r.message));
        expectSameAsServer();
    } else {
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        int countAfter = 0;
        QCOMPARE(localChecksum(m_db, &countAfter), before); // unchanged
        QCOMPARE(sync.cursor(), cursorBefore);
        // Once the platform behaves again, the same sync catches up.
        const SyncResult again = sync.syncProducts();
        QVERIFY2(again.ok, qPrintable(again.message));
        expectSameAsServer();
    }
    QCOMPARE(m_db.integrityCheck(), QStringLiteral("ok"));
}

void TestCatalogSync::wrongTokenIsExplained()
{
    ProvinceClient wrong(QUrl(m_server->apiUrl()), QStringLiteral("stale-token"));
    wrong.allowPlainHttpOnThisNetwork(true);
    CatalogSync sync(m_db, wrong);
    const SyncResult r = sync.syncProducts();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("401")) && r.message.contains(QStringLiteral("token")), qPrintable(r.message));
}

void TestCatalogSync::reportIsNotCountedTwice()
{
    ShowStore shows(m_db);
    QString error;
    const qint64 show = shows.startShow(QStringLiteral("五常大米专场"), 0, {QStringLiteral("douyin")}, &error);
    QVERIFY(shows.explain(show, QStringLiteral("LJ000002"), &error));
    QVERIFY(shows.addOrder(show, {QStringLiteral("o-a"), 1, QStringLiteral("LJ000002"), 3, 13770, QStringLiteral("王芳"), QStringLiteral("牡丹江"), 1}, &error));
    QVERIFY(shows.endShow(show, &error));

    // The platform stores the report but the answer is lost: the client retries.
    m_server->admin(QStringLiteral("/admin/faults"), {{QStringLiteral("lose_response"), 1}});
    CatalogSync sync(m_db, *m_client);
    const SyncResult first = sync.uploadReport(show);
    QVERIFY2(first.ok, qPrintable(first.message));
    // And the host presses "upload" again later.
    QVERIFY(sync.uploadReport(show).ok);
    const QJsonObject reports = m_server->getAdmin(QStringLiteral("/admin/reports"));
    const QJsonObject mine = reports.value(shows.showUid(show)).toObject();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(mine.value(QStringLiteral("posts")).toInt(), 3); // three deliveries, one report
    const QJsonObject totals = mine.value(QStringLiteral("report")).toObject().value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("orders")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("sales_fen")).toInteger(), 13770);
}

void TestCatalogSync::reportCarriesTalkAndSalesPerProduct()
{
    ShowStore shows(m_db);
    QString error;
    const qint64 show = shows.startShow(QStringLiteral("黑木耳专场"), 0, {}, &error);
    QVERIFY(shows.explain(show, QStringLiteral("LJ000005"), &error));
    QVERIFY(shows.explain(show, QStringLiteral("LJ000006"), &error));
    QVERIFY(shows.addOrder(show, {QStringLiteral("t-1"), 1, QStringLiteral("LJ000005"), 2, 7760, QStringLiteral("李强"), QStringLiteral("哈尔滨"), 1}, &error));
    QVERIFY(shows.addOrder(show, {QStringLiteral("t-2"), 2, QStringLiteral("LJ000005"), 1, 3880, QStringLiteral("赵敏"), QStringLiteral("大庆"), 2}, &error));
    QVERIFY(shows.addOrder(show, {QStringLiteral("t-3"), 3, QStringLiteral("LJ000007"), 1, 6800, QStringLiteral("孙丽"), QStringLiteral("佳木斯"), 3}, &error));
    QVERIFY2(shows.setTalkTimes(show, {{QStringLiteral("LJ000005"), 312.44}, {QStringLiteral("LJ000006"), 95.0}}, &error), qPrintable(error));
    CatalogSync sync(m_db, *m_client);
    const SyncResult running = sync.uploadReport(show);
    QVERIFY(!running.ok); // not before the show has ended
    QVERIFY2(running.message.contains(QStringLiteral("still running")), qPrintable(running.message));
    QVERIFY(shows.endShow(show, &error));
    const SyncResult sent = sync.uploadReport(show);
    QVERIFY2(sent.ok, qPrintable(sent.message));

    // As the platform stored it: per product, talk time where measured, sales where sold.
    const QJsonObject report = m_server->getAdmin(QStringLiteral("/admin/reports")).value(shows.showUid(show)).toObject().value(QStringLiteral("report")).toObject();
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : report.value(QStringLiteral("products")).toArray())
        byCode.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
    QCOMPARE(byCode.size(), 3);
    QCOMPARE(byCode[QStringLiteral("LJ000005")].value(QStringLiteral("talk_seconds")).toDouble(), 312.4);
    QCOMPARE(byCode[QStringLiteral("LJ000005")].value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(byCode[QStringLiteral("LJ000005")].value(QStringLiteral("items")).toInt(), 3);
    QCOMPARE(byCode[QStringLiteral("LJ000005")].value(QStringLiteral("sales_fen")).toInteger(), 11640);
    QCOMPARE(byCode[QStringLiteral("LJ000006")].value(QStringLiteral("talk_seconds")).toDouble(), 95.0);
    QCOMPARE(byCode[QStringLiteral("LJ000006")].value(QStringLiteral("sales_fen")).toInteger(), 0);
    QVERIFY(!byCode[QStringLiteral("LJ000007")].contains(QStringLiteral("talk_seconds"))); // sold, never explained: no talk measured
    QCOMPARE(byCode[QStringLiteral("LJ000007")].value(QStringLiteral("sales_fen")).toInteger(), 6800);

    // A rehearsal never leaves the machine.
    const qint64 rehearsal = shows.startShow(QStringLiteral("彩排"), 0, {}, &error, ShowKind::Rehearsal);
    QVERIFY(shows.endShow(rehearsal, &error));
    const SyncResult refused = sync.uploadReport(rehearsal);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("rehearsal")), qPrintable(refused.message));
    QVERIFY(!m_server->getAdmin(QStringLiteral("/admin/reports")).contains(shows.showUid(rehearsal)));

    // The platform refuses a malformed products list, and says which entry.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_server->apiUrl() + QStringLiteral("/shows/bad-show/report")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer test-token");
    request.setRawHeader("Idempotency-Key", "bad-show");
    QNetworkReply *reply = network.post(request, QJsonDocument(QJsonObject{
        {QStringLiteral("show_uid"), QStringLiteral("bad-show")},
        {QStringLiteral("products"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("LJ000001")}, {QStringLiteral("orders"), 1},
                                                            {QStringLiteral("items"), 1}, {QStringLiteral("sales_fen"), 100}},
                                                QJsonObject{{QStringLiteral("code"), QStringLiteral("LJ000002")}, {QStringLiteral("orders"), 1},
                                                            {QStringLiteral("items"), 1}, {QStringLiteral("sales_fen"), -5}}}}}).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("products[1]"));
    reply->deleteLater();
}

void TestCatalogSync::ordersArriveOnce()
{
    ShowStore shows(m_db);
    QString error;
    const qint64 show = shows.startShow(QStringLiteral("蓝莓专场"), 0, {}, &error);
    const QString uid = shows.showUid(show);
    CatalogSync sync(m_db, *m_client);
    m_server->admin(QStringLiteral("/admin/orders"), {{QStringLiteral("show_uid"), uid}, {QStringLiteral("count"), 7}});
    const SyncResult first = sync.pullOrders(show);
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(first.applied, 7);
    QCOMPARE(sync.pullOrders(show).applied, 0); // nothing new, nothing twice
    m_server->admin(QStringLiteral("/admin/orders"), {{QStringLiteral("show_uid"), uid}, {QStringLiteral("count"), 3}});
    QCOMPARE(sync.pullOrders(show).applied, 3);
    QCOMPARE(shows.totals(show).orders, 10);
    QCOMPARE(shows.orders(show).last().seq, 10);
}

void TestCatalogSync::theTokenNeverTravelsUnencryptedAcrossTheInternet_data()
{
    using T = ProvinceClient::Transport;
    QTest::addColumn<QString>("address");
    QTest::addColumn<T>("transport");
    QTest::newRow("https") << QStringLiteral("https://api.ljhh.example") << T::Encrypted;
    QTest::newRow("http on the internet") << QStringLiteral("http://api.ljhh.example") << T::PlainElsewhere;
    QTest::newRow("public address") << QStringLiteral("http://203.0.113.5:8080") << T::PlainElsewhere;
    QTest::newRow("just outside 172.16/12") << QStringLiteral("http://172.32.0.1") << T::PlainElsewhere;
    QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:8080") << T::PlainOnThisNetwork;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080") << T::PlainOnThisNetwork;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << T::PlainOnThisNetwork;
    QTest::newRow("classroom LAN") << QStringLiteral("http://192.168.1.20") << T::PlainOnThisNetwork;
    QTest::newRow("school LAN") << QStringLiteral("http://10.12.0.5") << T::PlainOnThisNetwork;
    QTest::newRow("172.16/12") << QStringLiteral("http://172.20.1.1") << T::PlainOnThisNetwork;
    QTest::newRow("mDNS name") << QStringLiteral("http://classroom.local") << T::PlainOnThisNetwork;
}

void TestCatalogSync::theTokenNeverTravelsUnencryptedAcrossTheInternet()
{
    QFETCH(QString, address);
    QFETCH(ProvinceClient::Transport, transport);
    QCOMPARE(ProvinceClient::transportTo(QUrl(address)), transport);
}

void TestCatalogSync::plainHttpOnThisNetworkOnlyOnceAccepted()
{
    // Across the internet: refused before any connection, even when plain http was accepted.
    ProvinceClient internet(QUrl(QStringLiteral("http://203.0.113.5/api/v1")), QStringLiteral("secret-token"));
    internet.allowPlainHttpOnThisNetwork(true);
    const ApiResponse r = internet.get(QStringLiteral("/products"));
    QVERIFY(!r.ok());
    QCOMPARE(r.attempts, 0);
    QVERIFY2(r.message.contains(QStringLiteral("https://")), qPrintable(r.message));

    // A listener on loopback that would see the token arrive.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(listener.serverPort()));
    ProvinceClient client(base, QStringLiteral("secret-token"));
    const ApiResponse refused = client.get(QStringLiteral("/products"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.attempts, 0);
    QVERIFY2(refused.message.contains(QStringLiteral("Settings")), qPrintable(refused.message));
    QVERIFY(!listener.waitForNewConnection(300)); // nothing was sent

    // Accepted (the host saw the warning): the sync goes to the classroom server.
    CatalogDb db;
    QString error;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("accepted.db")), &error));
    QVERIFY(!plainHttpAccepted(db, m_server->url()));
    QVERIFY(setPlainHttpAccepted(db, m_server->url(), &error));
    QVERIFY(plainHttpAccepted(db, m_server->url()));
    QVERIFY(!plainHttpAccepted(db, QStringLiteral("http://192.168.1.99"))); // that address only
    ProvinceClient accepted(QUrl(m_server->apiUrl()), QStringLiteral("test-token"));
    accepted.allowPlainHttpOnThisNetwork(plainHttpAccepted(db, m_server->url()));
    QVERIFY(accepted.refusal().isEmpty());
    QVERIFY(CatalogSync(db, accepted).syncProducts().ok);
}

void TestCatalogSync::aFailedCursorWriteKeepsNoneOfItsPage()
{
    // The page's products and the cursor after them are one transaction: when
    // the cursor cannot be written (here a trigger refuses it, as a full disk
    // or a crash between the two would), none of the page may stay, or the
    // next sync would skip or repeat it.
    CatalogDb db;
    QString error;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("cursor.db")), &error));
    QSqlQuery trigger(db.db());
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_cursor BEFORE INSERT ON sync_state WHEN NEW.key = 'products_cursor' "
                                         "BEGIN SELECT RAISE(ABORT, 'cursor refused on purpose'); END")),
             qPrintable(trigger.lastError().text()));
    const SyncResult failed = CatalogSync(db, *m_client).syncProducts();
    QVERIFY(!failed.ok);
    QVERIFY2(failed.message.contains(QStringLiteral("cursor refused on purpose")), qPrintable(failed.message));
    QCOMPARE(ProductStore(db).count(), 0);
    QVERIFY(syncState(db, QStringLiteral("products_cursor")).isEmpty());

    // Once the cursor can be written, the sync takes every page.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_cursor")));
    QVERIFY(CatalogSync(db, *m_client).syncProducts().ok);
    int count = 0;
    const QJsonObject remote = m_server->getAdmin(QStringLiteral("/admin/checksum"));
    QCOMPARE(localChecksum(db, &count), remote.value(QStringLiteral("checksum")).toString());
}

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "tst_catalogsync.moc"
