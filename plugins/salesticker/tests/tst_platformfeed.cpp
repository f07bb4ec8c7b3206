// Orders of the running show from the reference province platform, over
// real HTTP, through the catalog's sync client: each shown once, all kept in
// the show record, a failing platform reported once in plain words.
#include "platformfeed.h"
#include "saleevent.h"

#include "catalogdb.h"
#include "localcatalog.h"
#include "showstore.h"

#include "referenceserver.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lj;
using namespace lj::ticker;

namespace {

/// The reference platform, and a catalog that knows its address with a show running.
struct PlatformWithShow {
    explicit PlatformWithShow(int products) : server(products) {}
    void addOrders(int count)
    {
        server.admin(QStringLiteral("/admin/orders"), {{QStringLiteral("show_uid"), uid}, {QStringLiteral("count"), count}});
    }

    ReferenceServer server;
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("catalog.db"));
    qint64 show = 0;
    QString uid;
};

/// What a feed delivered: its events and the problems it reported.
struct FeedLog {
    explicit FeedLog(SalesFeed &feed)
    {
        QObject::connect(&feed, &SalesFeed::received, &feed, [this](const SaleEvent &e) { events << e; });
        QObject::connect(&feed, &SalesFeed::problem, &feed, [this](int, const QString &reason) { problems << reason; });
    }
    QList<SaleEvent> events;
    QStringList problems;
};

/// Starts the show (a failure ends the calling test).
void startShow(PlatformWithShow &p)
{
    QVERIFY(p.server.isRunning());
    catalog::CatalogDb db;
    QString error;
    QVERIFY2(db.open(p.dbPath, &error), qPrintable(error));
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('server_url', ?), ('plain_http_accepted', ?)"));
    q.addBindValue(p.server.url());
    q.addBindValue(p.server.url()); // a classroom server on this network, accepted in Settings
    QVERIFY(q.exec());
    catalog::ShowStore shows(db);
    p.show = shows.startShow(QStringLiteral("晚场"), 0, {}, &error);
    QVERIFY2(p.show > 0, qPrintable(error));
    p.uid = shows.showUid(p.show);
}

} // namespace

class TestPlatformFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPullNeverSpinsAnEventLoop();
    void ordersOfTheRunningShow();
    void newTokenIsPickedUp();
    void noShowRunning();
};

void TestPlatformFeed::ordersOfTheRunningShow()
{
    PlatformWithShow platform(30);
    startShow(platform);
    if (QTest::currentTestFailed())
        return;
    platform.addOrders(5);

    catalog::LocalCatalog catalog(platform.dbPath, [](auto answer) { answer(QStringLiteral("test-token")); });
    PlatformFeed feed(&catalog, 200);
    QCOMPARE(catalog.syncState().platformAddress, platform.server.url());
    QCOMPARE(catalog.syncState().lastProductSyncMs, 0); // products never came down here
    FeedLog log(feed);
    const QList<SaleEvent> &events = log.events;
    const QStringList &problems = log.problems;
    QSignalSpy polled(&feed, &PlatformFeed::polled);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 5, 15000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // More orders; rounds go on without showing any order twice.
    platform.addOrders(3);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 8, 15000);
    const int rounds = int(polled.size());
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= rounds + 3, 15000);
    QCOMPARE(events.size(), 8);
    QSet<QString> ids;
    for (int i = 0; i < events.size(); ++i) {
        ids << events[i].id;
        QCOMPARE(events[i].seq, qint64(i + 1));
        QVERIFY(events[i].quantity > 0 && events[i].amountFen > 0);
        QVERIFY(!SaleEventText::display(events[i]).contains(events[i].buyer) || events[i].buyer.size() < 2);
    }
    QCOMPARE(ids.size(), 8);

    // The platform fails: told once, in plain words; the feed carries on after.
    platform.server.admin(QStringLiteral("/admin/faults"), {{QStringLiteral("fail_500"), 1000}});
    platform.addOrders(2);
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 60000);
    QVERIFY2(problems.first().contains(QStringLiteral("platform")), qPrintable(problems.first()));
    platform.server.admin(QStringLiteral("/admin/faults"), {});
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 10, 60000);
    QCOMPARE(problems.size(), 1);

    // Every order is in the show record too.
    catalog::CatalogDb db;
    QString error;
    QVERIFY(db.open(platform.dbPath, &error));
    QCOMPARE(catalog::ShowStore(db).orders(platform.show).size(), 10);
}

void TestPlatformFeed::newTokenIsPickedUp()
{
    PlatformWithShow platform(5);
    startShow(platform);
    if (QTest::currentTestFailed())
        return;
    platform.addOrders(3);

    // The keychain holds a token the platform no longer accepts.
    QString keychain = QStringLiteral("expired-token");
    int reads = 0;
    catalog::LocalCatalog catalog(platform.dbPath, [&](auto answer) {
        ++reads;
        QTimer::singleShot(10, [answer, token = keychain] { answer(token); }); // the keychain answers later
    });
    PlatformFeed feed(&catalog, 200);
    FeedLog log(feed);
    const QList<SaleEvent> &events = log.events;
    const QStringList &problems = log.problems;
    QSignalSpy polled(&feed, &PlatformFeed::polled);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 15000);
    QVERIFY2(problems.first().contains(QStringLiteral("401")), qPrintable(problems.first()));
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 3, 15000);
    QCOMPARE(events.size(), 0);
    QCOMPARE(problems.size(), 1); // told once
    QVERIFY(reads >= 2);          // and the keychain asked again after a refusal

    // The host enters the new token; the running ticker gets the orders.
    keychain = QStringLiteral("test-token");
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 15000);
    QCOMPARE(problems.size(), 1);
}

void TestPlatformFeed::noShowRunning()
{
    QTemporaryDir dir;
    catalog::LocalCatalog catalog(dir.filePath(QStringLiteral("catalog.db")), {});
    PlatformFeed feed(&catalog, 100);
    QSignalSpy problem(&feed, &SalesFeed::problem);
    QSignalSpy polled(&feed, &PlatformFeed::polled);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 3, 10000);
    QCOMPARE(problem.size(), 1); // said once, not every round
    QVERIFY(problem.first().at(1).toString().contains(QStringLiteral("No show is running")));
}

void TestPlatformFeed::aPullNeverSpinsAnEventLoop()
{
    // Pulls start from a ticker source's update and from timers: waiting for
    // the keychain inside one (a nested event loop) let other events run
    // there, even one that destroys the feed still on the stack.
    PlatformWithShow platform(5);
    startShow(platform);
    if (QTest::currentTestFailed())
        return;
    platform.addOrders(2);
    catalog::LocalCatalog catalog(platform.dbPath, [](auto answer) {
        QTimer::singleShot(50, [answer] { answer(QStringLiteral("test-token")); });
    });
    bool ranInside = false;
    QTimer::singleShot(0, [&ranInside] { ranInside = true; });
    bool answered = false, ok = false;
    catalog.pullOrders(platform.show, this, [&](bool success, const QString &) {
        answered = true;
        ok = success;
    });
    QVERIFY(!ranInside); // nothing of the event loop ran inside pullOrders
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(ok);
    QCOMPARE(catalog.orders(platform.show, 0).size(), 2);
}

QTEST_MAIN(TestPlatformFeed)
#include "tst_platformfeed.moc"
