// The host's remote: the Now explaining dock over a real catalog file.
#include "shelfcontroller.h"
#include "shelfdock.h"

#include "catalogdb.h"
#include "localcatalog.h"
#include "productstore.h"
#include "showstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lj;

class TestShelfDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostMovesThroughTheRundown();
    void chaptersOfTheLastShow();
    void chaptersOfARunningShow();
    void demoSeedsOnlyAnEmptyCatalog();

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_today = 0, m_other = 0;
};

void TestShelfDock::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("catalog.db"));
    catalog::CatalogDb db;
    QString error;
    QVERIFY2(db.open(m_db, &error), qPrintable(error));
    catalog::ProductStore products(db);
    for (int i = 1; i <= 3; ++i) {
        catalog::Product p;
        p.code = QStringLiteral("P%1").arg(i);
        p.title = QStringLiteral("商品%1").arg(i);
        p.listPriceFen = 1000 * i;
        p.livePriceFen = 900 * i;
        p.stock = 50;
        QVERIFY2(products.upsert(p, &error), qPrintable(error));
    }
    catalog::ShowStore shows(db);
    catalog::Rundown today{0, QStringLiteral("今晚"), QDate::currentDate().toString(Qt::ISODate),
                           {{QStringLiteral("P2"), 5}, {QStringLiteral("P1"), 5}, {QStringLiteral("P3"), 5}}};
    catalog::Rundown other{0, QStringLiteral("上周"), QDate::currentDate().addDays(-7).toString(Qt::ISODate),
                           {{QStringLiteral("P3"), 5}}};
    QVERIFY(shows.saveRundown(other, &error));
    QVERIFY(shows.saveRundown(today, &error));
    m_today = today.id;
    m_other = other.id;
}

void TestShelfDock::hostMovesThroughTheRundown()
{
    catalog::LocalCatalog catalog(m_db, {});
    shelf::ShelfController controller(catalog);
    QVERIFY(controller.isOpen());
    QCOMPARE(controller.defaultRundown(), m_today);
    controller.setRundown(controller.defaultRundown());
    shelf::ShelfDock dock(controller);
    QSignalSpy chosen(&controller, &shelf::ShelfController::rundownSet);
    dock.show();

    auto *rundowns = dock.findChild<QComboBox *>(QStringLiteral("shelfRundown"));
    auto *list = dock.findChild<QListWidget *>(QStringLiteral("shelfProducts"));
    auto *next = dock.findChild<QPushButton *>(QStringLiteral("shelfNext"));
    auto *previous = dock.findChild<QPushButton *>(QStringLiteral("shelfPrevious"));
    QCOMPARE(rundowns->count(), 2);
    QCOMPARE(rundowns->currentData().toLongLong(), m_today);
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("商品2"))); // rundown order, not catalog order
    QCOMPARE(controller.show(), 0);
    QVERIFY(!previous->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(controller.current(), 0);
    QVERIFY(controller.show() > 0); // the first product explained starts the show record
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("▶")));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(controller.current(), 2);
    QVERIFY(!next->isEnabled()); // the end of the rundown
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(controller.current(), 1);
    // Double-click (activate) a product to explain it at once.
    Q_EMIT list->itemActivated(list->item(2));
    QCOMPARE(controller.current(), 2);

    // An offer countdown on the current card, then stopped.
    auto *countdown = dock.findChild<QPushButton *>(QStringLiteral("shelfCountdown"));
    QTest::mouseClick(countdown, Qt::LeftButton);
    QVERIFY(controller.content().countdownEndMs > QDateTime::currentMSecsSinceEpoch() + 4 * 60 * 1000);
    QTest::mouseClick(countdown, Qt::LeftButton);
    QCOMPARE(controller.content().countdownEndMs, 0);

    // The show record has every change, in order, with times.
    const qint64 show = controller.show();
    {
        catalog::CatalogDb db;
        QString error;
        QVERIFY(db.open(m_db, &error));
        const auto entries = catalog::ShowStore(db).explanations(show);
        QStringList codes;
        for (const auto &e : entries)
            codes << std::get<0>(e);
        QCOMPARE(codes, QStringList({QStringLiteral("P2"), QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P1"),
                                     QStringLiteral("P3")}));
        QCOMPARE(catalog::ShowStore(db).show(show)->title, QStringLiteral("今晚"));
    }

    // End the show; a new controller (the studio restarted) finds no running show.
    auto *showButton = dock.findChild<QPushButton *>(QStringLiteral("shelfShowButton"));
    QTest::mouseClick(showButton, Qt::LeftButton);
    QCOMPARE(controller.show(), 0);
    QCOMPARE(controller.current(), -1);

    // Another rundown from the list.
    rundowns->setCurrentIndex(rundowns->findData(m_other));
    Q_EMIT rundowns->activated(rundowns->currentIndex());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), m_other); // the plugin remembers it for the room
    QCOMPARE(list->count(), 1);
}

void TestShelfDock::chaptersOfTheLastShow()
{
    catalog::LocalCatalog catalog(m_db, {});
    shelf::ShelfController controller(catalog);
    shelf::ShelfDock dock(controller);
    dock.show();
    auto *copy = dock.findChild<QPushButton *>(QStringLiteral("shelfCopyChapters"));
    auto *problem = dock.findChild<QLabel *>(QStringLiteral("shelfProblem"));
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));

    // The show of the first test moved on within milliseconds: nothing a replay could use.
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY2(problem->text().contains(QStringLiteral("No chapters yet")), qPrintable(problem->text()));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));

    // A show of an hour and five minutes, its record written as the studio
    // does, then its times set to when a real show would have moved on: P2
    // from 0:30, P1 for 5 s only, P3 twice in a row (the studio restarted),
    // P1 for the last minutes.
    {
        catalog::CatalogDb db;
        QString error;
        QVERIFY(db.open(m_db, &error));
        catalog::ShowStore shows(db);
        const qint64 show = shows.startShow(QStringLiteral("今晚"), m_today, {}, &error);
        QVERIFY2(show > 0, qPrintable(error));
        for (const char *code : {"P2", "P1", "P3", "P3", "P1"})
            QVERIFY(shows.explain(show, QString::fromLatin1(code), &error));
        QVERIFY(shows.endShow(show, &error));
        const qint64 base = QDateTime::currentMSecsSinceEpoch() + 1000; // after the first test's show
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("UPDATE shows SET started_at = ?, ended_at = ? WHERE id = ?"));
        q.addBindValue(base);
        q.addBindValue(base + 3900'000);
        q.addBindValue(show);
        QVERIFY(q.exec());
        const QList<std::pair<qint64, qint64>> times{{30, 300}, {300, 305}, {305, 1800}, {1800, 3700}, {3700, 3900}};
        QSqlQuery rows(db.db());
        rows.prepare(QStringLiteral("SELECT rowid FROM show_explanations WHERE show_id = ? ORDER BY rowid"));
        rows.addBindValue(show);
        QVERIFY(rows.exec());
        for (const auto &[start, end] : times) {
            QVERIFY(rows.next());
            QSqlQuery set(db.db());
            set.prepare(QStringLiteral("UPDATE show_explanations SET started_at = ?, ended_at = ? WHERE rowid = ?"));
            set.addBindValue(base + start * 1000);
            set.addBindValue(base + end * 1000);
            set.addBindValue(rows.value(0));
            QVERIFY(set.exec());
        }
        QVERIFY(!rows.next());
    }

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0:00:00 Opening\n"
                                                                  "0:00:30 商品2\n"
                                                                  "0:05:05 商品3\n"
                                                                  "1:01:40 商品1"));
    QVERIFY(problem->text().isEmpty());
    auto *status = dock.findChild<QLabel *>(QStringLiteral("shelfShow"));
    QVERIFY2(status->text().contains(QStringLiteral("今晚")) && status->text().contains(QStringLiteral("4")),
             qPrintable(status->text()));
}

void TestShelfDock::chaptersOfARunningShow()
{
    // The product on air counts up to now; a product no longer in the catalog keeps its code.
    const QList<std::tuple<QString, qint64, qint64>> record{
        {QStringLiteral("P1"), 1000, 61000}, {QStringLiteral("GONE"), 61000, 125000}, {QStringLiteral("P2"), 125000, 0}};
    auto title = [](const QString &code) { return code == QStringLiteral("P1") ? QStringLiteral("五常大米  5kg") : QString(); };
    // The first product came a second after the start: its chapter starts at 0.
    QList<Chapter> chapters = Chapters::fromShow(0, 0, 200000, record, title);
    QCOMPARE(chapters.size(), 3);
    QCOMPARE(Chapters::text(chapters), QStringLiteral("00:00 五常大米 5kg\n01:01 GONE\n02:05 P2"));
    QCOMPARE(chapters.first(), (Chapter{0, QStringLiteral("五常大米  5kg")}));
    // Just moved on to P2: too short for a chapter yet.
    chapters = Chapters::fromShow(0, 0, 130000, record, title);
    QCOMPARE(chapters.size(), 2);
    QCOMPARE(chapters.last().title, QStringLiteral("GONE"));
    // Twenty seconds of greetings before the first product: an opening chapter.
    chapters = Chapters::fromShow(-19000, 0, 200000, record, title);
    QCOMPARE(Chapters::text(chapters), QStringLiteral("00:00 Opening\n00:20 五常大米 5kg\n01:20 GONE\n02:24 P2"));
    QVERIFY(Chapters::fromShow(0, 0, 200000, {}, title).isEmpty());
}

void TestShelfDock::demoSeedsOnlyAnEmptyCatalog()
{
    // The prepared catalog is left alone.
    {
        catalog::LocalCatalog catalog(m_db, {});
        shelf::ShelfController controller(catalog);
        controller.seedDemo(QStringLiteral(LJ_SOURCE_DATA "/demo/catalog.json"));
        QCOMPARE(controller.rundowns().size(), 2);
    }
    // An empty one gets the demo products and today's demo rundown.
    QTemporaryDir empty;
    catalog::LocalCatalog catalog(empty.filePath(QStringLiteral("catalog.db")), {});
    shelf::ShelfController controller(catalog);
    QSignalSpy rundowns(&controller, &shelf::ShelfController::rundownsChanged);
    controller.seedDemo(QStringLiteral(LJ_SOURCE_DATA "/demo/catalog.json"));
    QCOMPARE(rundowns.size(), 1);
    QCOMPARE(controller.rundowns().size(), 1);
    QCOMPARE(controller.content().products.size(), 6);
    QCOMPARE(controller.content().products.first().title, QStringLiteral("五常稻花香大米 5kg"));
    QCOMPARE(controller.show(), 0); // nothing explained yet, no show started
    controller.seedDemo(QStringLiteral(LJ_SOURCE_DATA "/demo/catalog.json"));
    QCOMPARE(controller.rundowns().size(), 1); // never twice
}

QTEST_MAIN(TestShelfDock)
#include "tst_shelfdock.moc"
