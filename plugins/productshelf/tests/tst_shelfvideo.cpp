// The shelf and the ticker in a real recording: the "讲解中" card is drawn
// where its layout puts it, changes when the host moves to the next product
// (by hotkey, as in a live show), the ticker's strip scrolls beneath it, and
// the show record gets one timed entry per product for chaptering.
#include "cardpainter.h"

#include "catalogdb.h"
#include "productstore.h"
#include "showstore.h"

#include "core/hotkeys.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/recorder.h"
#include "core/scenecollection.h"
#include "core/studio.h"
#include "obs/framecheck.h"
#include "obs/scenetools.h"

#include <QDate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lj;

namespace {

catalog::Product product(const QString &code, const QString &title, qint64 live, qint64 list, int stock)
{
    catalog::Product p;
    p.code = code;
    p.title = title;
    p.sellingPoints = QStringLiteral("产地直发，当季新货");
    p.listPriceFen = list;
    p.livePriceFen = live;
    p.stock = stock;
    p.linkUrl = QStringLiteral("https://ljhh.example/p/") + code;
    return p;
}

/// The catalog a host prepared before the show: three products, today's rundown.
void prepareCatalog(const QString &path)
{
    catalog::CatalogDb db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    catalog::ProductStore products(db);
    for (catalog::Product p : {product(QStringLiteral("LJ1"), QStringLiteral("五常稻花香大米 5kg"), 5990, 8990, 12),
                               product(QStringLiteral("LJ2"), QStringLiteral("东宁黑木耳 250g"), 3880, 5800, 300),
                               product(QStringLiteral("LJ3"), QStringLiteral("饶河椴树雪蜜"), 8900, 12800, 0)})
        QVERIFY2(products.upsert(p, &error), qPrintable(error));
    catalog::Rundown rundown;
    rundown.name = QStringLiteral("周六晚场");
    rundown.showDate = QDate::currentDate().toString(Qt::ISODate);
    rundown.items = {{QStringLiteral("LJ1"), 10}, {QStringLiteral("LJ2"), 10}, {QStringLiteral("LJ3"), 5}};
    QVERIFY2(catalog::ShowStore(db).saveRundown(rundown, &error), qPrintable(error));
}

void press(obs_key_combination_t key)
{
    obs_hotkey_inject_event(key, false);
    obs_hotkey_inject_event(key, true);
    obs_hotkey_inject_event(key, false);
}

int explained(const QString &dbPath)
{
    catalog::CatalogDb db;
    QString error;
    if (!db.open(dbPath, &error))
        return -1;
    catalog::ShowStore shows(db);
    return int(shows.explanations(shows.runningShow()).size());
}

} // namespace

class TestShelfVideo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cardFollowsTheHost();
};

void TestShelfVideo::cardFollowsTheHost()
{
    QTemporaryDir dir;
    StudioPaths::setConfigRoot(dir.filePath(QStringLiteral("config")));
    QVERIFY(QDir().mkpath(StudioPaths::configRoot()));
    const QString dbPath = StudioPaths::configRoot() + QStringLiteral("/catalog.db");
    prepareCatalog(dbPath);
    if (QTest::currentTestFailed())
        return;

    Studio studio;
    QString error;
    QVERIFY2(studio.start({}, &error), qPrintable(error));
    {
        obs_scene_t *scene = studio.scenes().currentScene();
        // The demo room's own shelf and ticker make way for the ones checked here.
        QCOMPARE(scenetools::removeSourcesOfType(scene, {QStringLiteral("lj_product_shelf"), QStringLiteral("lj_sales_ticker")}), 2);
        OBSDataAutoRelease shelfSettings = obs_data_create();
        obs_data_set_string(shelfSettings, "layout", "single");
        obs_data_set_string(shelfSettings, "theme", "festive");
        QVERIFY2(studio.scenes().addSource(scene, "lj_product_shelf", QStringLiteral("Shelf"), shelfSettings),
                 "the product shelf source type is not registered");
        OBSDataAutoRelease tickerSettings = obs_data_create();
        obs_data_set_string(tickerSettings, "feed", "simulated");
        obs_data_set_double(tickerSettings, "sim_rate", 120.0);
        obs_data_set_double(tickerSettings, "speed", 240.0);
        obs_sceneitem_t *ticker = studio.scenes().addSource(scene, "lj_sales_ticker", QStringLiteral("Ticker"), tickerSettings);
        QVERIFY(ticker);
        const vec2 bottom = {{{0.0f, 660.0f}}};
        obs_sceneitem_set_pos(ticker, &bottom);

        // The host's "next product" key, pressed while another window has focus.
        const obs_key_combination_t key = {INTERACT_CONTROL_KEY, OBS_KEY_F7};
        QVERIFY(studio.hotkeys().setBindings(QStringLiteral("shelf.next"), {key}));
        press(key);
        QTRY_COMPARE_WITH_TIMEOUT(explained(dbPath), 1, 10000);

        const QString file = dir.filePath(QStringLiteral("shelf.mp4"));
        QSignalSpy stopped(&studio.recorder(), &Recorder::stopped);
        QVERIFY2(studio.recorder().start(file, studio.room().output, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(studio.recorder().frames() >= 60, 20000);
        press(key);
        QTRY_COMPARE_WITH_TIMEOUT(explained(dbPath), 2, 10000);
        const qint64 switchedAt = studio.recorder().frames();
        QTRY_VERIFY_WITH_TIMEOUT(studio.recorder().frames() >= switchedAt + 60, 20000);
        studio.recorder().stop();
        QVERIFY(stopped.wait(20000));
        QCOMPARE(stopped.first().first().toString(), QString());

        const double before = double(switchedAt - 20) / 30.0, after = double(switchedAt + 45) / 30.0;
        const QImage first = framecheck::frameAt(file, before), second = framecheck::frameAt(file, after);
        QVERIFY(!first.isNull() && !second.isNull());
        framecheck::saveArtifact(first, QStringLiteral("shelf-before.png"));
        framecheck::saveArtifact(second, QStringLiteral("shelf-after.png"));

        // Where the single-card layout puts the card on a 1280x720 canvas.
        shelf::ShelfStyle style;
        style.theme = shelf::ShelfPresets::theme(QStringLiteral("festive"));
        style.safe = shelf::ShelfPresets::safeArea(QStringLiteral("none"));
        const QSize cardSize = shelf::CardPainter::featureCard({}, style, 1.0, {}).size();
        const QRect card(int(1280 * 0.03), int(720 * 0.96) - cardSize.height(), cardSize.width(), cardSize.height());

        // The "讲解中" badge in the theme's gold, top left of the card (the
        // room's overlay language, 中文 by default, whatever the test's locale).
        const QRect badge(card.left() + 24, card.top() + 19, 64, 3); // above the text in the pill
        for (const QImage &frame : {first, second})
            QVERIFY2(framecheck::regionIs(frame, badge, qRgb(255, 196, 0), 40), "no gold badge where the card should be");
        // The card's dark red below its QR code, and the room's blue just above the card.
        QVERIFY(framecheck::regionIs(first, QRect(card.left() + 430, card.top() + 190, 60, 6), qRgb(110, 14, 24), 30));
        QVERIFY(framecheck::regionIs(first, QRect(card.left() + 120, card.top() - 20, 200, 10), 0xFF123A6B, 12));
        // Another product: title, picture letter and price changed.
        const QRect text(card.left() + 182, card.top() + 56, card.width() - 182 - 130, 150);
        const int titleChange = framecheck::differingPixels(first, second, text, 60);
        QVERIFY2(titleChange > 800, qPrintable(QStringLiteral("%1 pixels of the card's text changed").arg(titleChange)));
        QVERIFY(framecheck::differingPixels(first, second, QRect(card.left() + 16, card.top() + 60, 140, 140), 60) > 300);

        // The ticker's strip: text, moving between the frames.
        const QRect strip(0, 664, 1280, 52);
        QVERIFY(framecheck::brightBox(first, strip).width() > 300);
        QVERIFY(framecheck::differingPixels(first, second, strip, 60) > 1000);
    }
    studio.stop();
    QCOMPARE(ObsRuntime::liveAllocations(), 0L);

    // The show record: LJ1 then LJ2, timed, the first one closed when the second began.
    catalog::CatalogDb db;
    QVERIFY2(db.open(dbPath, &error), qPrintable(error));
    catalog::ShowStore shows(db);
    const qint64 show = shows.runningShow();
    QVERIFY(show > 0);
    const auto entries = shows.explanations(show);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(std::get<0>(entries[0]), QStringLiteral("LJ1"));
    QCOMPARE(std::get<0>(entries[1]), QStringLiteral("LJ2"));
    QVERIFY(std::get<2>(entries[0]) >= std::get<1>(entries[0]));
    QCOMPARE(std::get<2>(entries[0]), std::get<1>(entries[1]));
    QCOMPARE(std::get<2>(entries[1]), 0);
    QCOMPARE(shows.show(show)->title, QStringLiteral("周六晚场"));
}

QTEST_MAIN(TestShelfVideo)
#include "tst_shelfvideo.moc"
