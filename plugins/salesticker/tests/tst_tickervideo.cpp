// The ticker source in a real recording: its strip shows text over the
// video, and the text moves between frames while nothing is re-drawn. A
// rehearsing room's ticker shows made-up orders, whatever its feed.
#include "tickerservice.h"

#include "core/obsptr.h"
#include "core/pluginregistry.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/recorder.h"
#include "core/scenecollection.h"
#include "core/studio.h"
#include "obs/framecheck.h"
#include "obs/scenetools.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTickerVideo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scrollsOverTheVideo();
};

void TestTickerVideo::scrollsOverTheVideo()
{
    QTemporaryDir dir;
    lj::StudioPaths::setConfigRoot(dir.filePath(QStringLiteral("config")));
    const QString feed = dir.filePath(QStringLiteral("orders.jsonl"));
    QVERIFY(QFile::copy(QStringLiteral(LJ_TICKER_TEST_DATA "/orders.jsonl"), feed));
    lj::Studio studio;
    QString error;
    QVERIFY2(studio.start({}, &error), qPrintable(error));
    {
        // The demo room's own shelf and ticker make way for the ticker checked here.
        QCOMPARE(scenetools::removeSourcesOfType(studio.scenes().currentScene(),
                                                 {QStringLiteral("lj_product_shelf"), QStringLiteral("lj_sales_ticker")}), 2);
        OBSDataAutoRelease settings = obs_data_create();
        obs_data_set_string(settings, "feed", "file");
        obs_data_set_string(settings, "feed_file", feed.toUtf8().constData());
        obs_data_set_int(settings, "width", 1280);
        obs_data_set_int(settings, "height", 60);
        obs_data_set_double(settings, "speed", 240.0);
        obs_sceneitem_t *item = studio.scenes().addSource(studio.scenes().currentScene(), "lj_sales_ticker",
                                                          QStringLiteral("Ticker"), settings);
        QVERIFY2(item, "the ticker source type is not registered");
        const vec2 pos = {{{0.0f, 660.0f}}};
        obs_sceneitem_set_pos(item, &pos);

        const QString file = dir.filePath(QStringLiteral("ticker.mp4"));
        QSignalSpy stopped(&studio.recorder(), &lj::Recorder::stopped);
        QVERIFY2(studio.recorder().start(file, studio.room().output, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(studio.recorder().frames() >= 90, 20000);
        studio.recorder().stop();
        QVERIFY(stopped.wait(20000));
        QCOMPARE(stopped.first().first().toString(), QString());

        const QImage early = framecheck::frameAt(file, 1.0), late = framecheck::frameAt(file, 2.0);
        QVERIFY(!early.isNull() && !late.isNull());
        framecheck::saveArtifact(early, QStringLiteral("ticker-1s.png"));
        framecheck::saveArtifact(late, QStringLiteral("ticker-2s.png"));
        const QRect strip(0, 664, 1280, 52);
        const QRect text = framecheck::brightBox(early, strip);
        QVERIFY2(text.width() > 400, qPrintable(QStringLiteral("text spans %1 px").arg(text.width())));
        QVERIFY(framecheck::brightBox(late, strip).width() > 400);
        // The strip moved: the text pixels differ between the two frames.
        const int moved = framecheck::differingPixels(early, late, strip, 60);
        QVERIFY2(moved > 1000, qPrintable(QStringLiteral("%1 pixels changed").arg(moved)));
        // Above the strip the room is untouched (its background colour).
        QVERIFY(framecheck::regionIs(early, QRect(1200, 600, 40, 40), 0xFF123A6B, 12));

        // Rehearsal (彩排): the same ticker turns to simulated orders, marked so; after it, its own feed again.
        auto *ticker = static_cast<lj::ticker::TickerService *>(studio.pluginRegistry().serviceObject(lj::ticker::TickerService::kServiceId));
        QVERIFY(ticker);
        const auto feeds = [ticker] {
            QStringList list;
            for (const lj::ticker::TickerTotals &t : ticker->totals())
                list << t.feed + (t.rehearsal ? QStringLiteral("+rehearsal") : QString());
            return list;
        };
        QCOMPARE(feeds(), QStringList{QStringLiteral("file")});
        lj::RoomProfile room = studio.room();
        room.rehearsal = true;
        QVERIFY2(studio.updateRoom(room, &error), qPrintable(error));
        QCOMPARE(feeds(), QStringList{QStringLiteral("simulated+rehearsal")});
        room.rehearsal = false;
        QVERIFY2(studio.updateRoom(room, &error), qPrintable(error));
        QCOMPARE(feeds(), QStringList{QStringLiteral("file")});
    }
    studio.stop();
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
}

QTEST_MAIN(TestTickerVideo)
#include "tst_tickervideo.moc"
