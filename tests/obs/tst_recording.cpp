// The real executable, headless: record the demo room, then decode what it
// wrote with FFmpeg and look at the pixels. Also its exit codes and messages.
#include "core/demoroom.h"
#include "framecheck.h"

#include <QColor>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRecording : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsTheDemoRoom();
    void recordsMkvForAnotherRoom();
    void damagedScenesAreKeptAndReported();
    void errors_data();
    void errors();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run runStudio(const QStringList &args, const QString &configDir, const QProcessEnvironment &env = {});
};

TestRecording::Run TestRecording::runStudio(const QStringList &args, const QString &configDir,
                                            const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), configDir);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        extra.value(key).isEmpty() ? env.remove(key) : env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("LJ_STUDIO_BIN"), args);
    Run run;
    if (!p.waitForStarted(10000)) {
        run.err = QStringLiteral("could not start %1: %2").arg(qEnvironmentVariable("LJ_STUDIO_BIN"), p.errorString());
        return run;
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestRecording::recordsTheDemoRoom()
{
    QTemporaryDir config, out;
    const QString file = out.filePath(QStringLiteral("demo.mp4"));
    const Run run = runStudio({QStringLiteral("--headless"), QStringLiteral("--record"), file,
                               QStringLiteral("--duration"), QStringLiteral("5")},
                              config.path());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(file));

    const QJsonObject info = framecheck::probe(file);
    const QJsonObject video = framecheck::stream(info, QStringLiteral("video"));
    const QJsonObject audio = framecheck::stream(info, QStringLiteral("audio"));
    QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
    QCOMPARE(video.value(QStringLiteral("width")).toInt(), 1280);
    QCOMPARE(video.value(QStringLiteral("height")).toInt(), 720);
    QCOMPARE(audio.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
    const int frames = video.value(QStringLiteral("nb_read_frames")).toString().toInt();
    // Five seconds at 30 fps, counted in composed frames (the muxer drops a
    // few while it lines audio and the first keyframe up).
    QVERIFY2(frames >= 140 && frames <= 160, qPrintable(QStringLiteral("%1 frames").arg(frames)));
    const double duration = info.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
    QVERIFY2(duration > 4.6 && duration < 5.4, qPrintable(QString::number(duration)));

    const QImage frame = framecheck::frameAt(file, 3.0);
    QCOMPARE(frame.size(), QSize(1280, 720));
    framecheck::saveArtifact(frame, QStringLiteral("recording-demo-room.png"));

    // The background colour where nothing covers it.
    const QRgb background = 0xFF000000 | lj::DemoRoom::kBackgroundRgb;
    auto at = [&frame](int x, int y) { return QColor(frame.pixel(x, y)).name(); };
    QVERIFY2(framecheck::regionIs(frame, QRect(1200, 560, 60, 60), background, 12), qPrintable(at(1230, 590)));
    QVERIFY2(framecheck::regionIs(frame, QRect(560, 300, 60, 60), background, 12), qPrintable(at(590, 330)));
    // The product clip is playing on the right (rice-coloured, not background).
    QVERIFY2(!framecheck::regionIs(frame, QRect(700, 200, 40, 40), background, 40), qPrintable(at(720, 220)));

    // The title: seven white CJK glyphs, each different. Missing-glyph boxes
    // would all look alike; no font at all would leave no white.
    const QRect titleArea(lj::DemoRoom::kTitleX - 10, lj::DemoRoom::kTitleY - 10, 620, 120);
    const QRect box = framecheck::brightBox(frame, titleArea);
    QVERIFY2(box.width() > 6 * lj::DemoRoom::kTitleFontSize, qPrintable(QStringLiteral("title box %1 wide").arg(box.width())));
    QVERIFY2(box.height() > lj::DemoRoom::kTitleFontSize / 2, qPrintable(QString::number(box.height())));
    const double difference = framecheck::minCellDifference(frame, box, lj::DemoRoom::title().size());
    QVERIFY2(difference > 0.25, qPrintable(QStringLiteral("glyph cells too alike: %1").arg(difference)));

    // The plugins' part of the demo room: the product strip just above a
    // rehearsal ticker (white text on its dark band) along the bottom.
    QVERIFY2(framecheck::regionIs(frame, QRect(140, 640, 180, 3), qRgb(108, 17, 28), 30), qPrintable(at(200, 641)));
    QVERIFY2(framecheck::regionIs(frame, QRect(1000, 560, 200, 40), background, 12), qPrintable(at(1100, 580)));
    QVERIFY(framecheck::brightBox(frame, QRect(0, 664, 1280, 52)).width() > 300);
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("catalog.db"))));

    // The room was saved, so the next start opens the same scenes.
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("rooms/Demo Room/scenes.json"))));
    QVERIFY(!QDir(config.filePath(QStringLiteral("logs"))).entryList({QStringLiteral("studio_*.log")}).isEmpty());
}

void TestRecording::recordsMkvForAnotherRoom()
{
    QTemporaryDir config, out;
    const QString file = out.filePath(QStringLiteral("room2.mkv"));
    const Run run = runStudio({QStringLiteral("--headless"), QStringLiteral("--profile"), QStringLiteral("蓝莓专场"),
                               QStringLiteral("--record"), file, QStringLiteral("--duration"), QStringLiteral("2")},
                              config.path());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject info = framecheck::probe(file);
    QVERIFY(info.value(QStringLiteral("format")).toObject().value(QStringLiteral("format_name")).toString().contains(QStringLiteral("matroska")));
    QCOMPARE(framecheck::stream(info, QStringLiteral("video")).value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("rooms/蓝莓专场/room.json"))));
}

void TestRecording::damagedScenesAreKeptAndReported()
{
    QTemporaryDir config;
    QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("rooms/r"))));
    QFile room(config.filePath(QStringLiteral("rooms/r/room.json")));
    QVERIFY(room.open(QIODevice::WriteOnly));
    room.write("{\"name\": \"r\"}");
    room.close();
    QFile scenes(config.filePath(QStringLiteral("rooms/r/scenes.json")));
    QVERIFY(scenes.open(QIODevice::WriteOnly));
    scenes.write("{\"sources\": [ truncated");
    scenes.close();

    const Run run = runStudio({QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("r"),
                               QStringLiteral("--duration"), QStringLiteral("1")},
                              config.path());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("could not be read")), qPrintable(run.err));
    const QStringList kept = QDir(config.filePath(QStringLiteral("rooms/r"))).entryList({QStringLiteral("scenes.json.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QFile original(config.filePath(QStringLiteral("rooms/r/") + kept.first()));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), QByteArray("{\"sources\": [ truncated"));
}

void TestRecording::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withDisplay");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("window without display") << QStringList{} << false << 1 << QStringLiteral("No display found");
    QTest::newRow("headless without display") << QStringList{QStringLiteral("--headless")} << false << 1 << QStringLiteral("DISPLAY is not set");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << true << 2 << QStringLiteral("bogus");
    QTest::newRow("record needs headless") << QStringList{QStringLiteral("--record"), QStringLiteral("/tmp/x.mp4")} << true << 2 << QStringLiteral("--headless");
    QTest::newRow("unwritable folder") << QStringList{QStringLiteral("--headless"), QStringLiteral("--record"), QStringLiteral("/proc/nope/x.mp4"), QStringLiteral("--duration"), QStringLiteral("1")}
                                       << true << 3 << QStringLiteral("Cannot write to the folder");
    QTest::newRow("bad room name") << QStringList{QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("a/b")} << true << 1 << QStringLiteral("cannot contain");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << false << 0 << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << false << 0 << QString();
}

void TestRecording::errors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withDisplay);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir config;
    QProcessEnvironment env;
    if (!withDisplay)
        env.insert(QStringLiteral("DISPLAY"), QString()); // removed
    const Run run = runStudio(args, config.path(), env);
    QCOMPARE(run.code, code);
    if (!message.isEmpty())
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (args == QStringList{QStringLiteral("--help")})
        QVERIFY(run.out.contains(QStringLiteral("--record")));
    if (args == QStringList{QStringLiteral("--version")})
        QVERIFY(run.out.startsWith(QStringLiteral("longjiang-studio ")));
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
