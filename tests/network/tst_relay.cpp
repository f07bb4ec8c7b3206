// Relay through the base (issue 17): the relay configuration written from
// the push dock (keys hidden on screen, in the owner-only file), an nginx-rtmp
// relay started from it, and the real studio pushing one stream to it while
// the relay sends the show on to three platforms at the test ingest.
#include "pushdock.h"
#include "pushmanager.h"
#include "relaydialog.h"

#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/secretstore.h"
#include "core/studio.h"
#include "ingest/localports.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace lj::push;

namespace {

QByteArray fetch(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest{QUrl(url)});
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

/// The codec names of a live stream's video and audio, as ffprobe reads them from the ingest.
QStringList codecs(const QString &url)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-rw_timeout"), QStringLiteral("8000000"),
                                            QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name"), QStringLiteral("-of"),
                                            QStringLiteral("csv=p=0"), url});
    probe.waitForFinished(20000);
    QStringList names = QString::fromUtf8(probe.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.sort();
    return names;
}

} // namespace

class TestRelay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneStreamUpThreePlatformsOut();

private:
    QTemporaryDir m_config;
    QProcess m_relay;
};

void TestRelay::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    lj::StudioPaths::setConfigRoot(m_config.path());
}

void TestRelay::cleanupTestCase()
{
    if (m_relay.state() != QProcess::NotRunning) {
        m_relay.terminate();
        m_relay.waitForFinished(5000);
    }
}

void TestRelay::oneStreamUpThreePlatformsOut()
{
    const quint16 relayPort = lj::test::freePort(), relayHttp = lj::test::freePort();
    const QString relayKey = QStringLiteral("room-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QStringList names{QStringLiteral("抖音"), QStringLiteral("快手"), QStringLiteral("视频号")};
    QStringList keys;
    for (int i = 0; i < names.size(); ++i) // one with signature parameters, as Douyin's are
        keys << QStringLiteral("relayed-%1-%2").arg(i).arg(QUuid::createUuid().toString(QUuid::Id128).left(6)) +
                    (i == 0 ? QStringLiteral("?expire=4102444800&sign=9f3a") : QString());

    // The host's targets: the base relay and three platforms.
    lj::Studio studio;
    lj::PluginContext context(studio, QStringLiteral("pushmanager"));
    PushManager manager(context);
    PushTarget relay;
    relay.id = PushTarget::newId();
    relay.name = QStringLiteral("基地中转");
    relay.platform = QStringLiteral("relay");
    relay.server = QStringLiteral("rtmp://127.0.0.1:%1/lj_relay/").arg(relayPort);
    relay.relayStatUrl = QStringLiteral("http://127.0.0.1:%1/stat").arg(relayHttp);
    manager.saveTarget(relay, relayKey);
    for (int i = 0; i < names.size(); ++i) {
        PushTarget t;
        t.id = PushTarget::newId();
        t.name = names[i];
        t.platform = QStringLiteral("rtmp");
        t.server = qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/");
        manager.saveTarget(t, keys[i]);
    }
    QVERIFY(manager.relay());
    lj::SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    for (const PushTarget &t : manager.targets())
        QTRY_VERIFY(secrets.readSync(t.keyName()).ok());

    // The technician's configuration, from the dock: keys hidden on screen.
    PushDock dock(manager);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("relayConfig")), Qt::LeftButton);
    auto *dialog = dock.findChild<RelayDialog *>();
    QVERIFY(dialog);
    const QString preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("relayPreview"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("application lj_relay {")), qPrintable(preview));
    QCOMPARE(preview.count(QStringLiteral("    push ")), 3);
    for (const QString &key : std::as_const(keys) + QStringList{relayKey})
        QVERIFY2(!preview.contains(key.left(12)), qPrintable(preview));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("relayWarning"))->text().contains(QStringLiteral("stream key of every platform")));
    const QString file = m_config.filePath(QStringLiteral("relay/lj-relay.conf"));
    QDir().mkpath(QFileInfo(file).path());
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("relayPath"));
    path->selectAll();
    QTest::keyClicks(path, file);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveRelay")), Qt::LeftButton);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("relayResult"));
    QTRY_VERIFY(result->text().contains(QStringLiteral("Saved to")));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QFile conf(file);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(conf.readAll());
    for (const QString &key : std::as_const(keys))
        QVERIFY2(written.contains(key), qPrintable(written));
    QVERIFY(written.contains(QStringLiteral("\"name=%1\"").arg(relayKey)));
    QVERIFY(written.startsWith(QStringLiteral("# Longjiang Live Studio: relay")));

    // The base's server, configured with the file as the technician would include it.
    const QString relayDir = m_config.filePath(QStringLiteral("relay"));
    QDir().mkpath(relayDir + QStringLiteral("/logs"));
    QDir().mkpath(relayDir + QStringLiteral("/tmp"));
    QFile nginx(relayDir + QStringLiteral("/nginx.conf"));
    QVERIFY(nginx.open(QIODevice::WriteOnly));
    nginx.write(QStringLiteral("load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;\ndaemon off;\nmaster_process off;\n"
                               "worker_processes 1;\nuser root;\npid %1/nginx.pid;\nerror_log %1/logs/error.log info;\n"
                               "events { worker_connections 64; }\n"
                               "rtmp { server { listen 127.0.0.1:%2; chunk_size 4096;\n include %3;\n } }\n"
                               "http { access_log off; client_body_temp_path %1/tmp;\n"
                               " server { listen 127.0.0.1:%4; location /stat { rtmp_stat all; } } }\n")
                    .arg(relayDir)
                    .arg(relayPort)
                    .arg(file)
                    .arg(relayHttp)
                    .toUtf8());
    nginx.close();
    m_relay.setStandardOutputFile(relayDir + QStringLiteral("/logs/stdout.log"));
    m_relay.setStandardErrorFile(relayDir + QStringLiteral("/logs/stderr.log"));
    m_relay.start(QStringLiteral("nginx"), {QStringLiteral("-p"), relayDir, QStringLiteral("-c"), nginx.fileName(), QStringLiteral("-e"),
                                            relayDir + QStringLiteral("/logs/error.log")});
    QTRY_VERIFY_WITH_TIMEOUT(lj::test::portOpen(relayPort), 10000);

    // The room as saved, pushed from the real studio.
    QJsonArray targets;
    for (const PushTarget &t : manager.targets())
        targets.append(t.toJson());
    const QJsonObject room{{QStringLiteral("name"), QStringLiteral("relayroom")},
                           {QStringLiteral("video"), QJsonObject{{QStringLiteral("baseWidth"), 640}, {QStringLiteral("baseHeight"), 360},
                                                                 {QStringLiteral("outputWidth"), 640}, {QStringLiteral("outputHeight"), 360},
                                                                 {QStringLiteral("fpsNumerator"), 15}, {QStringLiteral("fpsDenominator"), 1}}},
                           {QStringLiteral("output"), QJsonObject{{QStringLiteral("videoBitrateKbps"), 600}, {QStringLiteral("backupRecording"), false}}},
                           {QStringLiteral("pluginData"), QJsonObject{{QStringLiteral("pushmanager"), QJsonObject{{QStringLiteral("targets"), targets}}}}}};
    QDir().mkpath(m_config.filePath(QStringLiteral("rooms/relayroom")));
    QFile roomFile(m_config.filePath(QStringLiteral("rooms/relayroom/room.json")));
    QVERIFY(roomFile.open(QIODevice::WriteOnly));
    roomFile.write(QJsonDocument(room).toJson());
    roomFile.close();

    QProcess studioProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), m_config.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    studioProcess.setProcessEnvironment(env);
    studioProcess.start(qEnvironmentVariable("LJ_STUDIO_BIN"), {QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("relayroom"),
                                                                QStringLiteral("--go-live"), QStringLiteral("--duration"), QStringLiteral("20")});
    QVERIFY(studioProcess.waitForStarted(10000));

    // Every platform receives the show, H.264 and AAC, sent on by the relay.
    const auto why = [&] {
        QFile log(relayDir + QStringLiteral("/logs/error.log"));
        log.open(QIODevice::ReadOnly);
        return QStringLiteral("relay log:\n%1\nstudio:\n%2").arg(QString::fromUtf8(log.readAll().right(3000)),
                                                                  QString::fromUtf8(studioProcess.readAllStandardError().right(3000)));
    };
    for (const QString &key : std::as_const(keys)) {
        const QString url = qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/") + key.section(QLatin1Char('?'), 0, 0);
        QStringList found;
        for (int attempt = 0; attempt < 4 && found != QStringList{QStringLiteral("aac"), QStringLiteral("h264")}; ++attempt)
            found = codecs(url);
        QVERIFY2(found == (QStringList{QStringLiteral("aac"), QStringLiteral("h264")}), qPrintable(found.join(QLatin1Char(',')) + why()));
    }
    // The studio's upload is one stream: the relay has one publisher, and pushes to the three.
    const QString relayStat = QString::fromUtf8(fetch(relay.relayStatUrl));
    QCOMPARE(relayStat.count(QStringLiteral("<publishing/><active/></client>")), 1);
    QCOMPARE(relayStat.count(QStringLiteral("<flashver>ngx-local-relay</flashver>")), 3);
    // At the platforms, each stream was published by the relay, not by the studio (libobs says FMLE).
    const QString ingestStat = QString::fromUtf8(fetch(qEnvironmentVariable("LJ_INGEST_STAT_URL")));
    for (const QString &key : std::as_const(keys)) {
        const int at = int(ingestStat.indexOf(QStringLiteral("<name>") + key.section(QLatin1Char('?'), 0, 0) + QStringLiteral("</name>")));
        QVERIFY(at > 0);
        const QString stream = ingestStat.mid(at, ingestStat.indexOf(QStringLiteral("</stream>"), at) - at);
        QVERIFY2(!stream.contains(QStringLiteral("FMLE")), qPrintable(stream));
    }

    QVERIFY(studioProcess.waitForFinished(60000));
    const QString err = QString::fromUtf8(studioProcess.readAllStandardError());
    QVERIFY2(studioProcess.exitCode() == 0, qPrintable(err.right(3000)));
    // The studio shows the relay's own view of each platform.
    for (const QString &name : names)
        QVERIFY2(err.contains(name + QStringLiteral(": Live through the base relay")), qPrintable(err.right(3000)));
    // And only the relay was pushed to from the studio.
    QVERIFY(err.contains(QStringLiteral("基地中转: live")));
    for (const QString &name : names)
        QVERIFY(!err.contains(name + QStringLiteral(": live")));
}

QTEST_MAIN(TestRelay)
#include "tst_relay.moc"
