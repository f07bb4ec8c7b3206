// Live from the field on a weak uplink (issue 17): the real studio pushes
// from inside a network namespace whose loopback is shaped with tc, to an
// nginx ingest in the same namespace that records what arrives. What counts
// is measured at the ingest (the recorded FLV) and in the studio's own push
// health log: dropped frames over the last 30 s, the bitrate that arrived,
// the studio telling the host, and the bitrate climbing back once the link
// is wide again. Without adaptation the same link fails the run (exit 4).
#include "core/secretstore.h"
#include "shapedrun.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lj::test;

class TestWeakLink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void weakLinkAdaptsAndRecovers();
    void threePlatformsShareFiveMegabits();
    void withoutAdaptationTheRunFails();

private:
    QTemporaryDir m_dir;
    QStringList m_keys;
};

void TestWeakLink::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "the weak-link tests make network namespaces: run them as root (CI does)");
    QVERIFY2(!qEnvironmentVariable("LJ_STUDIO_BIN").isEmpty(), "LJ_STUDIO_BIN");
}

void TestWeakLink::cleanupTestCase()
{
    lj::SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    for (const QString &key : std::as_const(m_keys))
        secrets.removeSync(key);
}

void TestWeakLink::weakLinkAdaptsAndRecovers()
{
    // 1.2 Mbit/s, one platform at 2500 kbps: 60 s shaped, then the link opens for 60 s.
    ShapedLink link;
    QVERIFY2(link.create() && link.shape(1200), qPrintable(link.error()));
    const QString ingest = m_dir.filePath(QStringLiteral("ingest-weak"));
    QVERIFY2(link.startIngest(ingest), qPrintable(link.error()));
    const QString key = QStringLiteral("field-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    const QString config = makeFieldRoom(m_dir.path(), {{QStringLiteral("抖音"), key}}, true, &m_keys);
    QVERIFY(!config.isEmpty());

    QProcess studio;
    startFieldStudio(studio, link, config, 120);
    QVERIFY(studio.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(!studio.waitForFinished(60000)); // still live after the shaped minute
    QVERIFY2(link.unshape(), qPrintable(link.error()));
    const qint64 openedMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(studio.waitForFinished(120000));
    const QString err = QString::fromUtf8(studio.readAllStandardError());
    QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
    QVERIFY2(studio.exitCode() == 0, qPrintable(err.right(3000)));

    // The host was told, in plain words with the bitrate, and told again when it was over.
    QVERIFY2(err.contains(QStringLiteral("The network is weak: picture quality was lowered automatically (now")), qPrintable(err.right(3000)));
    QVERIFY(err.contains(QStringLiteral("The network carries the show at full quality again.")));

    // The studio's own log: the last 30 shaped seconds dropped under 5 % of the frames.
    const QList<HealthSample> log = healthLog(config);
    QVERIFY(log.size() > 40);
    const double share = droppedShare(log, QStringLiteral("抖音"), openedMs - 30000, openedMs);
    qInfo("shaped, last 30 s: %.2f %% of frames dropped", share * 100);
    QVERIFY2(share < 0.05, qPrintable(QString::number(share * 100) + QLatin1Char('\n') + timeline(log, QStringLiteral("抖音"))));
    // The bitrate climbed back toward the room's 2500 kbps within a minute of the link opening.
    int lowest = 2500, recovered = 0;
    qint64 recoveredAtMs = 0;
    for (const HealthSample &s : log) {
        if (s.atMs < openedMs && s.atMs > startedMs + 10000)
            lowest = std::min(lowest, s.bitrate);
        if (s.atMs >= openedMs && s.bitrate > recovered) {
            recovered = s.bitrate;
            recoveredAtMs = s.atMs;
        }
    }
    qInfo("bitrate: lowest %d kbps while shaped, %d kbps %.0f s after the link opened", lowest, recovered, (recoveredAtMs - openedMs) / 1000.0);
    QVERIFY2(lowest <= 1100, qPrintable(QString::number(lowest)));
    QVERIFY2(recovered >= 2000 && recoveredAtMs - openedMs <= 60000, qPrintable(QStringLiteral("%1 after %2 ms").arg(recovered).arg(recoveredAtMs - openedMs)));

    // What arrived at the ingest over the last 30 shaped seconds: under the link's rate, and nearly every frame.
    const double openedAt = (openedMs - startedMs) / 1000.0;
    link.stopIngest();
    const Arrived shaped = arrived(ingest + QLatin1Char('/') + key + QStringLiteral(".flv"), openedAt - 35, openedAt - 5);
    qInfo("ingest, shaped: %.0f kbps, %d video frames in 30 s (stream of %.0f s)", shaped.kbps, shaped.videoFrames, shaped.seconds);
    QVERIFY2(shaped.kbps < 1200 && shaped.kbps > 600, qPrintable(QString::number(shaped.kbps)));
    QVERIFY2(shaped.videoFrames >= 30 * 30 * 95 / 100, qPrintable(QString::number(shaped.videoFrames)));
}

void TestWeakLink::threePlatformsShareFiveMegabits()
{
    // 5 Mbit/s, three platforms at 2500 kbps each (7.9 Mbit/s asked): all stay live.
    ShapedLink link;
    QVERIFY2(link.create() && link.shape(5000), qPrintable(link.error()));
    const QString ingest = m_dir.filePath(QStringLiteral("ingest-three"));
    QVERIFY2(link.startIngest(ingest), qPrintable(link.error()));
    QList<Platform> platforms;
    for (const QString &name : {QStringLiteral("抖音"), QStringLiteral("快手"), QStringLiteral("视频号")})
        platforms << Platform{name, QStringLiteral("three-") + QUuid::createUuid().toString(QUuid::Id128).left(6)};
    const QString config = makeFieldRoom(m_dir.path(), platforms, true, &m_keys);
    QVERIFY(!config.isEmpty());
    QProcess studio;
    startFieldStudio(studio, link, config, 60);
    QVERIFY(studio.waitForStarted(10000));
    QVERIFY(studio.waitForFinished(120000));
    const QString err = QString::fromUtf8(studio.readAllStandardError());
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(studio.exitCode() == 0, qPrintable(err.right(3000)));

    const QList<HealthSample> log = healthLog(config);
    for (const Platform &p : std::as_const(platforms)) {
        const double share = droppedShare(log, p.name, endMs - 33000, endMs);
        qInfo("%s: %.2f %% of frames dropped over the last 30 s", qPrintable(p.name), share * 100);
        QVERIFY2(share < 0.05, qPrintable(p.name + QLatin1Char(' ') + QString::number(share * 100) + QLatin1Char('\n') + timeline(log, p.name)));
        QVERIFY(err.contains(p.name + QStringLiteral(": live")));
        QVERIFY(!err.contains(p.name + QStringLiteral(" dropped more than")));
    }
    link.stopIngest();
    double total = 0;
    for (const Platform &p : std::as_const(platforms)) {
        const Arrived a = arrived(ingest + QLatin1Char('/') + p.key + QStringLiteral(".flv"), 25, 55);
        qInfo("%s at the ingest: %.0f kbps, %d video frames in 30 s", qPrintable(p.name), a.kbps, a.videoFrames);
        QVERIFY2(a.videoFrames >= 30 * 30 * 95 / 100, qPrintable(p.name + QLatin1Char(' ') + QString::number(a.videoFrames)));
        total += a.kbps;
    }
    QVERIFY2(total < 5000, qPrintable(QString::number(total)));
}

void TestWeakLink::withoutAdaptationTheRunFails()
{
    // The same weak link with adaptation off: frames are dropped, and the run says so (exit 4).
    ShapedLink link;
    QVERIFY2(link.create() && link.shape(1200), qPrintable(link.error()));
    QVERIFY2(link.startIngest(m_dir.filePath(QStringLiteral("ingest-fixed"))), qPrintable(link.error()));
    const QString config = makeFieldRoom(m_dir.path(), {{QStringLiteral("抖音"), QStringLiteral("fixed-") + QUuid::createUuid().toString(QUuid::Id128).left(6)}}, false, &m_keys);
    QProcess studio;
    startFieldStudio(studio, link, config, 25, {QStringLiteral("--max-dropped"), QStringLiteral("10")});
    QVERIFY(studio.waitForStarted(10000));
    QVERIFY(studio.waitForFinished(90000));
    const QString err = QString::fromUtf8(studio.readAllStandardError());
    QCOMPARE(studio.exitCode(), 4);
    QVERIFY2(err.contains(QStringLiteral("抖音 dropped more than 10% of its frames")), qPrintable(err.right(2000)));
    QVERIFY(err.contains(QStringLiteral("video bitrate at the end 2500 kbps")));
}

QTEST_GUILESS_MAIN(TestWeakLink)
#include "tst_weaklink.moc"
