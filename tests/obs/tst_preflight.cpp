// `longjiang-studio --preflight`: the real studio with its plugins checks a
// room before going live and prints one line per check; each planted problem
// gives its failing line and exit status 5, a good room exits 0.
#include "core/secretstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestPreflight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void problems_data();
    void problems();
    void goodRoomIsReady();

private:
    struct Run {
        int code = -1;
        QString out, err;
    };
    /// A room with one push target at `server` (key saved in the keychain
    /// unless empty) recording into `recordFolder`; the studio checks it.
    Run check(const QString &server, const QString &key, const QString &recordFolder = {}, bool smallDisk = false);

    QTemporaryDir m_dir;
    QStringList m_keys; ///< keychain entries to remove at the end
    lj::SecretStore m_secrets;
};

void TestPreflight::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    m_secrets.setKeyPrefix(QStringLiteral("pushmanager"));
}

void TestPreflight::cleanupTestCase()
{
    for (const QString &key : std::as_const(m_keys))
        m_secrets.removeSync(key);
}

TestPreflight::Run TestPreflight::check(const QString &server, const QString &key, const QString &recordFolder, bool smallDisk)
{
    const QString config = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    QJsonObject output{{QStringLiteral("folder"), recordFolder.isEmpty() ? config + QStringLiteral("/videos") : recordFolder},
                       {QStringLiteral("plannedMinutes"), 90}};
    const QJsonObject target{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("抖音")},
                             {QStringLiteral("platform"), QStringLiteral("douyin")}, {QStringLiteral("server"), server}};
    const QJsonObject room{{QStringLiteral("name"), QStringLiteral("check")},
                           {QStringLiteral("output"), output},
                           {QStringLiteral("pluginData"),
                            QJsonObject{{QStringLiteral("pushmanager"), QJsonObject{{QStringLiteral("targets"), QJsonArray{target}}}}}}};
    QDir().mkpath(config + QStringLiteral("/rooms/check"));
    QFile file(config + QStringLiteral("/rooms/check/room.json"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(room).toJson());
    file.close();
    if (!key.isEmpty()) {
        if (!m_secrets.writeSync(id, key).ok())
            return {};
        m_keys << id;
    }

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), config);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    const QStringList args{QStringLiteral("--preflight"), QStringLiteral("--room"), QStringLiteral("check")};
    if (smallDisk) {
        // A 2 MB disk for the recordings, in a mount namespace of the studio's own.
        const QString script = QStringLiteral("mkdir -p \"$1\" && mount -t tmpfs -o size=2m lj-small \"$1\" && shift && exec \"$@\"");
        p.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                                       QStringLiteral("sh"), recordFolder, qEnvironmentVariable("LJ_STUDIO_BIN")} +
                                               args);
    } else {
        p.start(qEnvironmentVariable("LJ_STUDIO_BIN"), args);
    }
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestPreflight::problems_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("smallDisk");
    QTest::addColumn<QString>("failLine");
    const QString ingest = qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/");
    QTest::newRow("no key") << ingest << QString() << false << QStringLiteral("[FAIL] Stream key · 抖音");
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 3600;
    QTest::newRow("expired URL") << ingest << QStringLiteral("stream-1?expire=%1&sign=ab12").arg(past) << false
                                 << QStringLiteral("[FAIL] Push address · 抖音: The push URL expired");
    // A port nothing listens on: taken, then given back.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 closed = probe.serverPort();
    probe.close();
    QTest::newRow("ingest not listening") << QStringLiteral("rtmp://127.0.0.1:%1/live/").arg(closed) << QStringLiteral("good-1") << false
                                          << QStringLiteral("[FAIL] Ingest · 抖音: 127.0.0.1:%1 cannot be reached").arg(closed);
    QTest::newRow("disk too small") << ingest << QStringLiteral("good-2") << true << QStringLiteral("[FAIL] Disk space: Not enough space");
}

void TestPreflight::problems()
{
    QFETCH(QString, server);
    QFETCH(QString, key);
    QFETCH(bool, smallDisk);
    QFETCH(QString, failLine);
    const QString folder = smallDisk ? m_dir.filePath(QStringLiteral("small-disk-") + QString::number(QDateTime::currentMSecsSinceEpoch()))
                                     : QString();
    const Run run = check(server, key, folder, smallDisk);
    QVERIFY2(run.out.contains(failLine), qPrintable(run.out + run.err));
    QCOMPARE(run.code, 5);
    QVERIFY(run.out.contains(QStringLiteral("Not ready to go live")));
    // Only the planted problem fails.
    QCOMPARE(run.out.count(QStringLiteral("[FAIL]")), 1);
}

void TestPreflight::goodRoomIsReady()
{
    const Run run = check(qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/"), QStringLiteral("good-3"));
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    for (const QString &line : {QStringLiteral("[PASS] Stream key · 抖音"), QStringLiteral("[PASS] Ingest · 抖音"),
                                QStringLiteral("[PASS] Disk space"), QStringLiteral("[PASS] Rundown"), QStringLiteral("[PASS] Camera")})
        QVERIFY2(run.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + run.out));
    // The machine's speed is measured over the seconds the studio ran; on a busy test machine frames may really
    // be late, so either verdict is right — but it must be a measurement, and lateness only warns.
    static const QRegularExpression speed(QStringLiteral(
        R"(^\[PASS\] Computer speed: No frame was lost in the last [1-9]\d* s\.$|^\[WARN\] Computer speed: The computer could not keep up: \d+ frames late and \d+ frames not encoded in the last [1-9]\d* s\.)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch measured = speed.match(run.out);
    QVERIFY2(measured.hasMatch(), qPrintable(run.out));
    qInfo().noquote() << measured.captured(0);
    QVERIFY(!run.out.contains(QStringLiteral("[FAIL]")));
    QVERIFY(run.out.contains(QStringLiteral("Ready to go live.")));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
