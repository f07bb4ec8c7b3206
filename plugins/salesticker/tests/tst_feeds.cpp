// The feeds behind the ticker's one interface: a rehearsal's simulated
// orders, and what the host types into the Sales entry dock.
#include "manualfeed.h"
#include "masking.h"
#include "salesentrydock.h"
#include "simulatedfeed.h"
#include "tickerstate.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cmath>

using namespace lj::ticker;

class TestFeeds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void simulatedOrdersLookReal();
    void simulatedPaceFollowsTheRate_data();
    void simulatedPaceFollowsTheRate();
    void simulatedStockRunsOut();
    void simulatedIsRepeatableBySeed();
    void simulatedFeedRunsOnItsOwn();
    void manualEntriesReachEveryManualFeed();
    void manualFeedWithoutThePlugin();
    void entryDockAddsMaskedOrders();
    void entryDockRefusesBadAmounts();
};


void TestFeeds::simulatedOrdersLookReal()
{
    SimulatedFeed feed(12.0, 42);
    QList<SaleEvent> events;
    connect(&feed, &SalesFeed::received, this, [&](const SaleEvent &e) { events << e; });
    for (int i = 0; i < 200; ++i)
        feed.next();
    QVERIFY(events.size() >= 200);
    TickerState state;
    QSet<QString> buyers, cities;
    const QList<SimulatedFeed::Item> items = SimulatedFeed::defaultItems();
    QCOMPARE(items.size(), 6); // the demo catalog's goods
    for (const SaleEvent &e : std::as_const(events)) {
        QVERIFY(state.add(e)); // unique ids
        if (e.kind == SaleEvent::Kind::Alert)
            continue;
        const auto item = std::find_if(items.begin(), items.end(), [&](const auto &i) { return i.code == e.productCode; });
        QVERIFY(item != items.end());
        QVERIFY(e.quantity >= 1 && e.quantity <= 5);
        QCOMPARE(e.amountFen, item->priceFen * e.quantity);
        QVERIFY(!e.buyer.isEmpty() && !e.city.isEmpty());
        buyers << e.buyer;
        cities << e.city;
        // What reaches the screen never carries the whole name.
        const QString shown = SaleEventText::display(e);
        QVERIFY2(!shown.contains(e.buyer), qPrintable(shown));
        QVERIFY(shown.contains(maskBuyer(e.buyer)));
    }
    QVERIFY(buyers.size() > 30);
    QVERIFY(cities.size() > 8);
}

void TestFeeds::simulatedPaceFollowsTheRate_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::newRow("quiet room") << 4.0;
    QTest::newRow("usual") << 12.0;
    QTest::newRow("flash sale") << 90.0;
}

void TestFeeds::simulatedPaceFollowsTheRate()
{
    QFETCH(double, perMinute);
    SimulatedFeed feed(perMinute, 7);
    const double mean = 60000.0 / perMinute;
    double sum = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        const int delay = feed.nextDelayMs();
        QVERIFY(delay >= int(mean * 0.15) && delay <= int(mean * 4.0) + 1);
        sum += delay;
    }
    // The clamped exponential keeps the average close to the asked pace.
    QVERIFY2(std::abs(sum / n - mean) < mean * 0.12, qPrintable(QStringLiteral("mean %1 ms for %2 ms").arg(sum / n).arg(mean)));
}

void TestFeeds::simulatedStockRunsOut()
{
    SimulatedFeed feed(12.0, 3);
    feed.setItems({{QStringLiteral("X"), QStringLiteral("蓝莓果干"), 4900, 14}});
    QList<SaleEvent> events;
    connect(&feed, &SalesFeed::received, this, [&](const SaleEvent &e) { events << e; });
    for (int i = 0; i < 40; ++i)
        feed.next();
    int sold = 0;
    QStringList alerts;
    for (const SaleEvent &e : std::as_const(events)) {
        if (e.kind == SaleEvent::Kind::Order)
            sold += e.quantity;
        else
            alerts << e.text;
    }
    QCOMPARE(sold, 14); // never more than there was
    QVERIFY2(alerts.size() == 2, qPrintable(alerts.join(QLatin1Char('|'))));
    QVERIFY(alerts.last().contains(QStringLiteral("sold out")));
    QVERIFY(alerts.first().contains(QStringLiteral("left")));
}

void TestFeeds::simulatedIsRepeatableBySeed()
{
    auto run = [](quint32 seed) {
        SimulatedFeed feed(12.0, seed);
        QStringList out;
        QObject::connect(&feed, &SalesFeed::received, &feed, [&](const SaleEvent &e) {
            out << QStringLiteral("%1 %2 %3 %4").arg(e.productCode, e.buyer).arg(e.quantity).arg(e.amountFen);
        });
        for (int i = 0; i < 30; ++i)
            feed.next();
        return out;
    };
    QCOMPARE(run(11), run(11));
    QVERIFY(run(11) != run(12));
}

void TestFeeds::simulatedFeedRunsOnItsOwn()
{
    SimulatedFeed feed(600.0, 5); // one every 100 ms on average
    QSignalSpy received(&feed, &SalesFeed::received);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 3, 10000);
}

void TestFeeds::manualEntriesReachEveryManualFeed()
{
    ManualSales sales;
    sales.addOrder(QStringLiteral("五常大米"), 2, 11980, QStringLiteral("张三"), QStringLiteral("哈尔滨"));
    ManualFeed a(&sales), b(&sales);
    QSignalSpy first(&a, &SalesFeed::received), second(&b, &SalesFeed::received);
    a.start();
    QCOMPARE(first.size(), 1); // what was entered before the ticker existed
    b.start();
    const SaleEvent alert = sales.addAlert(QStringLiteral("五常大米 已售罄，补货联系 13912345678"));
    QCOMPARE(first.size(), 2);
    QCOMPARE(second.size(), 2);
    QCOMPARE(alert.text, QStringLiteral("五常大米 已售罄，补货联系 139****5678"));
    const SaleEvent order = first.first().first().value<SaleEvent>();
    QCOMPARE(order.amountFen, 11980);
    QVERIFY(!order.id.isEmpty());
    QVERIFY(order.id != alert.id);
    TickerState state;
    QVERIFY(state.add(order));
    QVERIFY(!state.add(order));
}

void TestFeeds::manualFeedWithoutThePlugin()
{
    ManualFeed feed(nullptr);
    QSignalSpy problem(&feed, &SalesFeed::problem);
    feed.start();
    QCOMPARE(problem.size(), 1);
}

void TestFeeds::entryDockAddsMaskedOrders()
{
    ManualSales sales;
    SalesEntryDock dock(sales);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy added(&sales, &ManualSales::added);
    auto *product = dock.findChild<QComboBox *>(QStringLiteral("entryProduct"));
    auto *amount = dock.findChild<QLineEdit *>(QStringLiteral("entryAmount"));
    auto *buyer = dock.findChild<QLineEdit *>(QStringLiteral("entryBuyer"));
    auto *city = dock.findChild<QLineEdit *>(QStringLiteral("entryCity"));
    auto *quantity = dock.findChild<QSpinBox *>(QStringLiteral("entryQuantity"));
    product->lineEdit()->insert(QStringLiteral("哈尔滨红肠"));
    quantity->setValue(3);
    QTest::keyClicks(amount, QStringLiteral("137.70"));
    buyer->insert(QStringLiteral("欧阳娜娜"));
    city->insert(QStringLiteral("大庆"));
    QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("entryAddOrder")), Qt::LeftButton);
    QCOMPARE(added.size(), 1);
    const SaleEvent e = added.first().first().value<SaleEvent>();
    QCOMPARE(e.productTitle, QStringLiteral("哈尔滨红肠"));
    QCOMPARE(e.quantity, 3);
    QCOMPARE(e.amountFen, 13770);
    const QString status = dock.findChild<QLabel *>(QStringLiteral("entryStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("欧**")) && !status.contains(QStringLiteral("娜娜")), qPrintable(status));
    QVERIFY(buyer->text().isEmpty()); // ready for the next order
    auto *alert = dock.findChild<QLineEdit *>(QStringLiteral("entryAlert"));
    alert->insert(QStringLiteral("红肠 已售罄"));
    QTest::keyClick(alert, Qt::Key_Return);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.last().first().value<SaleEvent>().kind, SaleEvent::Kind::Alert);
}

void TestFeeds::entryDockRefusesBadAmounts()
{
    ManualSales sales;
    SalesEntryDock dock(sales);
    QSignalSpy added(&sales, &ManualSales::added);
    dock.findChild<QComboBox *>(QStringLiteral("entryProduct"))->lineEdit()->insert(QStringLiteral("蜂蜜"));
    for (const QString &bad : {QStringLiteral("12.345"), QStringLiteral("abc"), QStringLiteral("-3")}) {
        auto *amount = dock.findChild<QLineEdit *>(QStringLiteral("entryAmount"));
        amount->setText(bad);
        QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("entryAddOrder")), Qt::LeftButton);
        QCOMPARE(added.size(), 0);
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("entryStatus"))->text().contains(bad));
        QCOMPARE(amount->text(), bad); // kept for correcting
    }
}

QTEST_MAIN(TestFeeds)
#include "tst_feeds.moc"
