// The studio steered as Companion or a Stream Deck would: a headless room
// run with --remote-control, and obs-websocket-js 5.0.8 under Node (its
// MessagePack build, as in Node, and its JSON build) doing a controller's
// session — a wrong and a missing password closed with 4009, the connect
// sequence answered with its documented fields, a scene switch seen as an
// event and in a screenshot of the scene, an unknown request answered 204,
// a batch, StartStream reaching the nginx ingest with STARTED / STOPPED
// events, and the stream key in no response.
#include "core/obsptr.h"
#include "core/paths.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/pluginregistry.h"
#include "core/settingspage.h"
#include "core/studio.h"

#include "obswsclient.h"

#include "ingest/localports.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QSpinBox>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lj;

using lj::test::freePort;
using lj::test::portOpen;

class TestRemoteControl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aControllerSession();

private:
    void settingsPage(Studio &studio, const QString &roomFile);
};

/// Settings → Remote control, as a technician uses it: turned on, it makes a
/// password shown once (kept in the keychain, in no file) and listens on this
/// computer; opened to the network, other addresses reach it; turned off, nobody does.
void TestRemoteControl::settingsPage(Studio &studio, const QString &roomFile)
{
    QVERIFY(qEnvironmentVariableIsEmpty("LJ_REMOTE_PASSWORD"));
    SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("remotecontrol"));
    secrets.removeSync(QStringLiteral("password"));
    SettingsPage *page = nullptr;
    for (const SettingsPageContribution &c : studio.pluginRegistry().settingsPages())
        if (c.id == QLatin1String("remotecontrol"))
            page = c.create(nullptr);
    QVERIFY(page);
    std::unique_ptr<SettingsPage> owner(page);
    auto *enabled = page->findChild<QCheckBox *>(QStringLiteral("remoteEnabled"));
    auto *network = page->findChild<QCheckBox *>(QStringLiteral("remoteNetwork"));
    auto *port = page->findChild<QSpinBox *>(QStringLiteral("remotePort"));
    auto *shown = page->findChild<QLineEdit *>(QStringLiteral("remotePassword"));
    QVERIFY(enabled && network && port && shown);
    QVERIFY(!enabled->isChecked()); // off by default
    QVERIFY(shown->text().isEmpty());
    enabled->setChecked(true);
    const QString password = shown->text();
    QCOMPARE(password.size(), 16);
    QCOMPARE(secrets.readSync(QStringLiteral("password")).value, password);
    const quint16 free = freePort();
    port->setValue(free);
    QString error;
    QVERIFY2(page->apply(&error), qPrintable(error));

    const auto reaches = [](const QString &host, quint16 at, const QString &pass) {
        console::ObsWsClient client;
        QUrl url;
        url.setScheme(QStringLiteral("ws"));
        url.setHost(host);
        url.setPort(at);
        client.open(url, pass, 0);
        if (!QTest::qWaitFor([&client] { return client.state() != console::ObsWsClient::State::Connecting; }, 10000))
            return false;
        return client.state() == console::ObsWsClient::State::Online;
    };
    QVERIFY(reaches(QStringLiteral("127.0.0.1"), free, password));
    QVERIFY(!reaches(QStringLiteral("127.0.0.1"), free, QStringLiteral("wrong")));
    // The room keeps the settings, never the password.
    QFile saved(roomFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("\"remotecontrol\"") && !text.contains(password.toUtf8()));

    // Another address of this computer reaches it only once the network is allowed.
    QString lan;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            lan = a.toString();
    if (!lan.isEmpty()) {
        QVERIFY(!reaches(lan, free, password));
        network->setChecked(true);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("remoteAddresses"))->text().contains(lan));
        QVERIFY2(page->apply(&error), qPrintable(error));
        QVERIFY(reaches(lan, free, password));
        network->setChecked(false);
        QVERIFY2(page->apply(&error), qPrintable(error));
    } else {
        qWarning("no network address besides 127.0.0.1: the network option is not checked here");
    }

    // Turned off: nobody reaches it; the password stays for next time.
    enabled->setChecked(false);
    QVERIFY2(page->apply(&error), qPrintable(error));
    QVERIFY(!reaches(QStringLiteral("127.0.0.1"), free, password));
    QCOMPARE(secrets.readSync(QStringLiteral("password")).value, password);
    secrets.removeSync(QStringLiteral("password"));
}

void TestRemoteControl::aControllerSession()
{
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    const QString modules = qEnvironmentVariable("LJ_NODE_MODULES");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/obs-websocket-js/package.json")), "needs obs-websocket-js from scripts/test.sh");
    QTemporaryDir config;
    StudioPaths::setConfigRoot(config.path());
    const QString room = QStringLiteral("remote-room");
    const QString scene = QStringLiteral("商品特写");
    const QString key = QStringLiteral("remote-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString targetId = QStringLiteral("douyin-remote"), secondId = QStringLiteral("kuaishou-remote");
    const QString secondKey = key + QStringLiteral("-ks");
    SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    QVERIFY(secrets.writeSync(targetId, key).ok());
    QVERIFY(secrets.writeSync(secondId, secondKey).ok());
    {
        // The room: a second scene of one colour, and one platform to go live on.
        Studio studio;
        QString error;
        QVERIFY2(studio.start({room}, &error), qPrintable(error));
        obs_scene_t *closeup = studio.scenes().addScene(scene);
        OBSDataAutoRelease colour = obs_data_create();
        obs_data_set_int(colour, "color", 0xFF40A020); // ABGR: rgb(32, 160, 64)
        obs_data_set_int(colour, "width", 1280);
        obs_data_set_int(colour, "height", 720);
        QVERIFY(studio.scenes().addSource(closeup, "color_source_v3", QStringLiteral("green"), colour));
        RoomProfile profile = studio.room();
        profile.output.folder = config.filePath(QStringLiteral("videos"));
        QVERIFY2(studio.updateRoom(profile, &error), qPrintable(error));
        const QJsonObject target{{QStringLiteral("id"), targetId}, {QStringLiteral("name"), QStringLiteral("抖音")},
                                 {QStringLiteral("platform"), QStringLiteral("rtmp")},
                                 {QStringLiteral("server"), QString(qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/"))}};
        QJsonObject second = target;
        second.insert(QStringLiteral("id"), secondId);
        second.insert(QStringLiteral("name"), QStringLiteral("快手"));
        QVERIFY2(studio.setPluginData(QStringLiteral("pushmanager"), {{QStringLiteral("targets"), QJsonArray{target, second}}}, &error),
                 qPrintable(error));
        QVERIFY2(studio.saveRoom(&error), qPrintable(error));
        settingsPage(studio, StudioPaths::profilesDir() + QLatin1Char('/') + room + QStringLiteral("/room.json"));
        studio.stop();
        if (QTest::currentTestFailed())
            return;
    }

    // The room, headless, steerable on a port of its own.
    const quint16 port = freePort();
    const QString password = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), config.path());
    env.insert(QStringLiteral("LJ_REMOTE_PASSWORD"), password);
    QProcess studio;
    studio.setProcessEnvironment(env);
    studio.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    studio.start(qEnvironmentVariable("LJ_STUDIO_BIN"),
                 {QStringLiteral("--headless"), QStringLiteral("--room"), room, QStringLiteral("--remote-control"), QString::number(port)});
    QVERIFY(studio.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(portOpen(port), 30000);

    // A room is open in one studio at a time, and a port serves one studio.
    {
        QProcess twin;
        twin.setProcessEnvironment(env);
        twin.start(qEnvironmentVariable("LJ_STUDIO_BIN"), {QStringLiteral("--headless"), QStringLiteral("--room"), room, QStringLiteral("--duration"),
                                                          QStringLiteral("1")});
        QVERIFY(twin.waitForFinished(60000));
        QCOMPARE(twin.exitCode(), 1);
        const QByteArray said = twin.readAllStandardError();
        QVERIFY2(said.contains("already open in another studio"), said.constData());
        QProcess samePort;
        samePort.setProcessEnvironment(env);
        samePort.start(qEnvironmentVariable("LJ_STUDIO_BIN"), {QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("other-room"),
                                                              QStringLiteral("--remote-control"), QString::number(port)});
        QVERIFY(samePort.waitForFinished(60000));
        QCOMPARE(samePort.exitCode(), 1);
        const QByteArray portSaid = samePort.readAllStandardError();
        QVERIFY2(portSaid.contains(QByteArray::number(port)) && portSaid.contains("Remote control could not start"), portSaid.constData());
    }

    const QString shot = config.filePath(QStringLiteral("screenshot.png"));
    QProcess node;
    QProcessEnvironment nodeEnv = QProcessEnvironment::systemEnvironment();
    nodeEnv.insert(QStringLiteral("NODE_PATH"), modules);
    node.setProcessEnvironment(nodeEnv);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"), {QStringLiteral(LJ_REMOTE_TEST_DIR "/obsws-client.cjs"), QStringLiteral("ws://127.0.0.1:%1").arg(port), password,
                                        scene, key, qEnvironmentVariable("LJ_INGEST_STAT_URL"), shot, QStringLiteral("抖音"), QStringLiteral("快手")});
    QVERIFY(node.waitForFinished(180000));
    const QByteArray out = node.readAllStandardOutput();
    studio.terminate(); // SIGTERM: a clean shutdown
    QVERIFY(studio.waitForFinished(30000));
    QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
    QCOMPARE(studio.exitCode(), 0);
    const QJsonObject r = QJsonDocument::fromJson(out).object();
    QVERIFY2(node.exitCode() == 0 && !r.isEmpty(), out.constData());

    QCOMPARE(r.value(QStringLiteral("wrongPasswordCode")).toInt(), 4009);
    QCOMPARE(r.value(QStringLiteral("missingPasswordCode")).toInt(), 4009);
    for (const char *encoding : {"msgpack", "json"}) {
        const QJsonObject session = r.value(QLatin1String(encoding)).toObject();
        QCOMPARE(session.value(QStringLiteral("negotiatedRpcVersion")).toInt(), 1);
        QCOMPARE(session.value(QStringLiteral("protocol")).toString(), QStringLiteral("obswebsocket.") + QLatin1String(encoding));
        const QJsonObject version = session.value(QStringLiteral("version")).toObject();
        for (const char *field : {"obsVersion", "obsWebSocketVersion", "rpcVersion", "availableRequests", "supportedImageFormats", "platform",
                                  "platformDescription"})
            QVERIFY2(version.contains(QLatin1String(field)), field);
        QVERIFY(version.value(QStringLiteral("availableRequests")).toArray().contains(QStringLiteral("StartStream")));
        QCOMPARE(session.value(QStringLiteral("studioMode")).toObject().value(QStringLiteral("studioModeEnabled")).toBool(true), false);
    }
    const auto expectFields = [](const QJsonObject &o, const QStringList &fields) {
        for (const QString &f : fields)
            if (!o.contains(f))
                return f;
        return QString();
    };
    QCOMPARE(expectFields(r.value(QStringLiteral("sceneList")).toObject(), {QStringLiteral("currentProgramSceneName"),
                                                                           QStringLiteral("currentPreviewSceneName"), QStringLiteral("scenes")}),
             QString());
    QCOMPARE(expectFields(r.value(QStringLiteral("streamStatus")).toObject(),
                          {QStringLiteral("outputActive"), QStringLiteral("outputReconnecting"), QStringLiteral("outputTimecode"),
                           QStringLiteral("outputDuration"), QStringLiteral("outputCongestion"), QStringLiteral("outputBytes"),
                           QStringLiteral("outputSkippedFrames"), QStringLiteral("outputTotalFrames")}),
             QString());
    QCOMPARE(expectFields(r.value(QStringLiteral("recordStatus")).toObject(),
                          {QStringLiteral("outputActive"), QStringLiteral("outputPaused"), QStringLiteral("outputTimecode"),
                           QStringLiteral("outputDuration"), QStringLiteral("outputBytes")}),
             QString());
    QCOMPARE(expectFields(r.value(QStringLiteral("stats")).toObject(),
                          {QStringLiteral("cpuUsage"), QStringLiteral("memoryUsage"), QStringLiteral("availableDiskSpace"), QStringLiteral("activeFps"),
                           QStringLiteral("averageFrameRenderTime"), QStringLiteral("renderSkippedFrames"), QStringLiteral("renderTotalFrames"),
                           QStringLiteral("outputSkippedFrames"), QStringLiteral("outputTotalFrames"),
                           QStringLiteral("webSocketSessionIncomingMessages"), QStringLiteral("webSocketSessionOutgoingMessages")}),
             QString());
    QCOMPARE(r.value(QStringLiteral("unknown")).toObject().value(QStringLiteral("code")).toInt(), 204);
    QCOMPARE(r.value(QStringLiteral("missingField")).toObject().value(QStringLiteral("code")).toInt(), 300);

    // The scene switch: an event, the program, and a screenshot of the scene's colour.
    QCOMPARE(r.value(QStringLiteral("sceneEvent")).toObject().value(QStringLiteral("sceneName")).toString(), scene);
    QCOMPARE(r.value(QStringLiteral("currentScene")).toObject().value(QStringLiteral("currentProgramSceneName")).toString(), scene);
    QVERIFY(r.value(QStringLiteral("screenshotOk")).toBool());
    const QImage picture(shot);
    QCOMPARE(picture.size(), QSize(320, 180));
    const QColor middle = picture.pixelColor(160, 90);
    QVERIFY2(qAbs(middle.red() - 32) <= 12 && qAbs(middle.green() - 160) <= 12 && qAbs(middle.blue() - 64) <= 12,
             qPrintable(middle.name()));

    // The batch answered in order, the unknown one 204.
    const QJsonArray batch = r.value(QStringLiteral("batch")).toArray();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch[0].toObject().value(QStringLiteral("code")).toInt(), 100);
    QCOMPARE(batch[1].toObject().value(QStringLiteral("code")).toInt(), 204);
    QCOMPARE(batch[2].toObject().value(QStringLiteral("requestType")).toString(), QStringLiteral("GetStudioModeEnabled"));

    // Live on the platform and back.
    QVERIFY2(r.value(QStringLiteral("startStream")).toObject().value(QStringLiteral("ok")).toBool(), out.constData());
    QCOMPARE(r.value(QStringLiteral("started")).toObject().value(QStringLiteral("outputActive")).toBool(), true);
    QVERIFY(r.value(QStringLiteral("ingestSawStream")).toBool());
    QCOMPARE(r.value(QStringLiteral("liveStatus")).toObject().value(QStringLiteral("outputActive")).toBool(), true);
    QVERIFY(r.value(QStringLiteral("liveStatus")).toObject().value(QStringLiteral("outputBytes")).toDouble() > 0);
    QCOMPARE(r.value(QStringLiteral("stopped")).toObject().value(QStringLiteral("outputActive")).toBool(true), false);
    QCOMPARE(r.value(QStringLiteral("keyInAnyResponse")).toBool(true), false);
    QVERIFY(!out.contains(key.toUtf8()));

    // One platform stopped alone; the other stayed live.
    QCOMPARE(r.value(QStringLiteral("stopOne")).toObject().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("secondAfterStop")).toObject().value(QStringLiteral("outputActive")).toBool(true), false);
    QCOMPARE(r.value(QStringLiteral("firstAfterStop")).toObject().value(QStringLiteral("outputActive")).toBool(), true);
    const QJsonArray health = r.value(QStringLiteral("health")).toObject().value(QStringLiteral("responseData")).toObject()
                                  .value(QStringLiteral("platforms")).toArray();
    QCOMPARE(health.size(), 2);
    // The rest of the connect sequence, with the fields controllers read.
    QCOMPARE(r.value(QStringLiteral("GetVideoSettings")).toObject().value(QStringLiteral("baseWidth")).toInt(), 1280);
    QCOMPARE(r.value(QStringLiteral("GetOutputList")).toObject().value(QStringLiteral("outputs")).toArray().size(), 2);
    QVERIFY(r.value(QStringLiteral("GetInputKindList")).toObject().value(QStringLiteral("inputKinds")).toArray().contains(QStringLiteral("ffmpeg_source")));
    QCOMPARE(r.value(QStringLiteral("GetSceneCollectionList")).toObject().value(QStringLiteral("currentSceneCollectionName")).toString(), room);
    QCOMPARE(r.value(QStringLiteral("GetSceneTransitionList")).toObject().value(QStringLiteral("transitions")).toArray().size(), 1);
    QVERIFY(r.value(QStringLiteral("GetSpecialInputs")).toObject().contains(QStringLiteral("mic1")));
    const QJsonArray items = r.value(QStringLiteral("sceneItems")).toObject().value(QStringLiteral("sceneItems")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].toObject().value(QStringLiteral("sourceName")).toString(), QStringLiteral("green"));
    QVERIFY(r.value(QStringLiteral("muted")).toObject().value(QStringLiteral("inputMuted")).toBool());
    QVERIFY(qAbs(r.value(QStringLiteral("volume")).toObject().value(QStringLiteral("inputVolumeDb")).toDouble() + 6.0) < 0.01);
    // Products and sales through the vendor requests: the next product is the rundown's next.
    const QJsonObject before = r.value(QStringLiteral("productBefore")).toObject().value(QStringLiteral("responseData")).toObject();
    const QJsonObject next = r.value(QStringLiteral("productNext")).toObject().value(QStringLiteral("responseData")).toObject();
    QVERIFY(before.value(QStringLiteral("productCount")).toInt() > 1);
    QCOMPARE(next.value(QStringLiteral("index")).toInt(), before.value(QStringLiteral("index")).toInt() + 1);
    QVERIFY(!next.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(r.value(QStringLiteral("sales")).toObject().value(QStringLiteral("responseData")).toObject().contains(QStringLiteral("orders")));
    QCOMPARE(r.value(QStringLiteral("vendorUnknown")).toObject().value(QStringLiteral("code")).toInt(), 600);
    // Hotkeys by name, rooms as profiles, monitors, input events, vendor events.
    const QJsonArray hotkeys = r.value(QStringLiteral("GetHotkeyList")).toObject().value(QStringLiteral("hotkeys")).toArray();
    QVERIFY(hotkeys.contains(QStringLiteral("shelf.next")) && hotkeys.contains(QStringLiteral("push.goLive")));
    QVERIFY(r.value(QStringLiteral("hotkeyNext")).toObject().value(QStringLiteral("ok")).toBool());
    QCOMPARE(r.value(QStringLiteral("productAfterHotkey")).toObject().value(QStringLiteral("responseData")).toObject().value(QStringLiteral("index")).toInt(),
             next.value(QStringLiteral("index")).toInt() + 1);
    QCOMPARE(r.value(QStringLiteral("hotkeyUnknown")).toObject().value(QStringLiteral("code")).toInt(), 600);
    const QJsonObject profiles = r.value(QStringLiteral("GetProfileList")).toObject();
    QCOMPARE(profiles.value(QStringLiteral("currentProfileName")).toString(), room);
    QVERIFY(profiles.value(QStringLiteral("profiles")).toArray().contains(room));
    QVERIFY(r.value(QStringLiteral("GetMonitorList")).toObject().value(QStringLiteral("monitors")).isArray());
    QCOMPARE(r.value(QStringLiteral("mutedEvent")).toObject().value(QStringLiteral("inputMuted")).toBool(), true);
    QVERIFY(qAbs(r.value(QStringLiteral("volumeEvent")).toObject().value(QStringLiteral("inputVolumeDb")).toDouble() + 6.0) < 0.01);
    const QJsonObject productEvent = r.value(QStringLiteral("productEvent")).toObject().value(QStringLiteral("eventData")).toObject();
    QCOMPARE(productEvent.value(QStringLiteral("index")).toInt(), next.value(QStringLiteral("index")).toInt());
    const QJsonObject status = r.value(QStringLiteral("roomStatus")).toObject().value(QStringLiteral("responseData")).toObject();
    QCOMPARE(status.value(QStringLiteral("room")).toString(), room);
    QCOMPARE(status.value(QStringLiteral("platforms")).toArray().size(), 2);
    QCOMPARE(status.value(QStringLiteral("platforms")).toArray()[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
    QVERIFY(status.value(QStringLiteral("diskFreeMb")).toDouble() > 0);
    QCOMPARE(status.value(QStringLiteral("product")).toObject().value(QStringLiteral("index")).toInt(), next.value(QStringLiteral("index")).toInt() + 1);

    // Guessed passwords slow the guesser down, not the technician: the right one still works.
    const QJsonObject throttle = r.value(QStringLiteral("throttle")).toObject();
    const QJsonArray wrongMs = throttle.value(QStringLiteral("wrongMs")).toArray();
    QCOMPARE(wrongMs.size(), 5);
    // Two failures came before (wrong and missing), so the 4th and 5th guesses wait (1 s, 2 s) for their
    // Hello and the right password after them waits longest (4 s). A loaded machine (the full suite in CI)
    // once counted one failure less than this one does; the bounds below hold for either count.
    const QByteArray figures = QJsonDocument(throttle).toJson(QJsonDocument::Compact);
    QVERIFY2(wrongMs[0].toDouble() < 900, figures.constData()); // the first guesses are answered at once
    QVERIFY2(wrongMs[4].toDouble() >= 900 && wrongMs[4].toDouble() > wrongMs[0].toDouble() + 800, figures.constData());
    QVERIFY2(throttle.value(QStringLiteral("rightOk")).toBool(), out.constData());
    QVERIFY2(throttle.value(QStringLiteral("rightMs")).toDouble() >= 1900, figures.constData()); // it waited its turn too

    QVERIFY(!out.contains(secondKey.toUtf8()));
    secrets.removeSync(secondId);
    secrets.removeSync(targetId);
}

QTEST_MAIN(TestRemoteControl)
#include "tst_remotecontrol.moc"
