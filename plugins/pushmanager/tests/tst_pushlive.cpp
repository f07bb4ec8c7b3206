// Real pushes from one encoder to a real nginx RTMP ingest on 127.0.0.1:
// every stream checked with ffprobe; a wrong key fails alone; the ingest is
// killed and restarted mid-stream; keys never reach a plain file; --go-live.
#include "pushmanager.h"

#include "core/atomicfile.h"
#include "core/logging.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/secretstore.h"
#include "core/studio.h"
#include "ingest/ingestcontrol.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QUuid>
#include <QUrl>

#include <unistd.h>

using namespace lj::push;

namespace {

QString rtmpBase()
{
    return qEnvironmentVariable("LJ_RTMP_URL");
}

QString uniqueKey(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

/// ffprobe on a live stream: codec names and video size, or empty on failure.
QJsonObject probeLive(const QString &url)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-rw_timeout"),
                                        QStringLiteral("15000000"), QStringLiteral("-show_streams"), QStringLiteral("-of"),
                                        QStringLiteral("json"), url});
    if (!p.waitForFinished(40000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    QJsonObject result;
    for (const QJsonValue &s : QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("streams")).toArray()) {
        const QJsonObject o = s.toObject();
        const QString type = o.value(QStringLiteral("codec_type")).toString();
        result.insert(type, o.value(QStringLiteral("codec_name")).toString());
        if (type == QLatin1String("video"))
            result.insert(QStringLiteral("size"), QStringLiteral("%1x%2").arg(o.value(QStringLiteral("width")).toInt())
                                                      .arg(o.value(QStringLiteral("height")).toInt()));
    }
    return result;
}

} // namespace

class TestPushLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void threeTargetsShareOneEncoder();
    void wrongKeyFailsAloneWithAClearMessage();
    void ingestKilledAndRestarted();
    void badAddressesFailClearly_data();
    void badAddressesFailClearly();
    void stopAllAndNoKeyOnDisk();
    void goLiveFromTheCommandLine();
    void aFullDiskStopsTheRecordingNotTheShow();
    void srtPushEndsWithACleanExit_data();
    void srtPushEndsWithACleanExit();

private:
    /// For a studio process on this test's rooms and keychain, with the built plugins.
    QProcessEnvironment studioEnvironment() const;
    PushTarget addTarget(const QString &name, const QString &app, const QString &key);
    bool waitForState(const QStringList &ids, PushState state, int timeoutMs);

    QTemporaryDir m_config;
    std::unique_ptr<lj::Studio> m_studio;
    std::unique_ptr<lj::PluginContext> m_context;
    std::unique_ptr<PushManager> m_manager;
    QStringList m_liveIds;
    QStringList m_keys;
};

void TestPushLive::initTestCase()
{
    QVERIFY2(!rtmpBase().isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    lj::StudioPaths::setConfigRoot(m_config.path());
    QVERIFY(lj::StudioLog::start(lj::StudioPaths::logsDir()));
    m_studio = std::make_unique<lj::Studio>();
    QString error;
    QVERIFY2(m_studio->start({QStringLiteral("push-test")}, &error), qPrintable(error));
    m_context = std::make_unique<lj::PluginContext>(*m_studio, QStringLiteral("pushmanager"));
    m_manager = std::make_unique<PushManager>(*m_context);
}

void TestPushLive::cleanupTestCase()
{
    m_manager.reset();
    m_context.reset();
    m_studio->stop();
    lj::StudioLog::stop();
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
}

QProcessEnvironment TestPushLive::studioEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), m_config.path());
    env.insert(QStringLiteral("LJ_PLUGIN_PATH"), qEnvironmentVariable("LJ_SOURCE_BUILD_PLUGINS"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

PushTarget TestPushLive::addTarget(const QString &name, const QString &app, const QString &key)
{
    PushTarget t;
    t.id = PushTarget::newId();
    t.name = name;
    t.platform = QStringLiteral("rtmp");
    t.server = rtmpBase() + QLatin1Char('/') + app + QLatin1Char('/');
    t.reconnectDelaySec = 1;
    t.maxRetries = 60;
    m_manager->saveTarget(t, key);
    m_keys << key;
    return t;
}

bool TestPushLive::waitForState(const QStringList &ids, PushState state, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool all = true;
        for (const QString &id : ids)
            all = all && m_manager->health(id).state == state;
        if (all)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestPushLive::threeTargetsShareOneEncoder()
{
    // Two ingest applications: an open one and one that checks the key.
    const QString keyA = uniqueKey(QStringLiteral("a-")), keyB = uniqueKey(QStringLiteral("b-")),
                  keyC = uniqueKey(QStringLiteral("good-c-"));
    const PushTarget a = addTarget(QStringLiteral("抖音"), QStringLiteral("live"), keyA);
    const PushTarget b = addTarget(QStringLiteral("快手"), QStringLiteral("live"), keyB);
    const PushTarget c = addTarget(QStringLiteral("视频号"), QStringLiteral("auth"), keyC);
    m_liveIds = {a.id, b.id, c.id};

    QSignalSpy finished(m_manager.get(), &lj::LiveService::goLiveFinished);
    m_manager->goLive();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toStringList().join(QLatin1Char('\n'))));
    QVERIFY(m_manager->isLive());

    // One encoder feeds all three.
    obs_encoder_t *encoder = m_manager->videoEncoder(a.id);
    QVERIFY(encoder);
    QCOMPARE(m_manager->videoEncoder(b.id), encoder);
    QCOMPARE(m_manager->videoEncoder(c.id), encoder);
    QCOMPARE(obs_encoder_get_width(encoder), 1280u);

    for (const auto &[app, key] : {std::pair{QStringLiteral("live"), keyA}, {QStringLiteral("live"), keyB}, {QStringLiteral("auth"), keyC}}) {
        const QJsonObject probe = probeLive(rtmpBase() + QLatin1Char('/') + app + QLatin1Char('/') + key);
        QCOMPARE(probe.value(QStringLiteral("video")).toString(), QStringLiteral("h264"));
        QCOMPARE(probe.value(QStringLiteral("audio")).toString(), QStringLiteral("aac"));
        QCOMPARE(probe.value(QStringLiteral("size")).toString(), QStringLiteral("1280x720"));
    }
    // Health is sampled once a second while the event loop runs.
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->health(a.id).bytesSent > 100000, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->health(a.id).kbpsLastMinute > 500, 5000);
    QVERIFY(m_manager->health(a.id).liveSince.isValid());
}

void TestPushLive::wrongKeyFailsAloneWithAClearMessage()
{
    const PushTarget bad = addTarget(QStringLiteral("淘宝"), QStringLiteral("auth"), uniqueKey(QStringLiteral("wrong-")));
    m_manager->start(bad.id);
    QVERIFY2(waitForState({bad.id}, PushState::Failed, 20000), qPrintable(m_manager->health(bad.id).lastError));
    const QString message = m_manager->health(bad.id).lastError;
    QVERIFY2(message.contains(QStringLiteral("rejected")) || message.contains(QStringLiteral("key")), qPrintable(message));
    for (const QString &id : std::as_const(m_liveIds))
        QCOMPARE(m_manager->health(id).state, PushState::Live);
    m_manager->removeTarget(bad.id);
}

void TestPushLive::ingestKilledAndRestarted()
{
    // A heartbeat on the UI thread: it must keep beating through all of this.
    QElapsedTimer sinceBeat;
    sinceBeat.start();
    qint64 longestGap = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, sinceBeat.restart());
    });
    heartbeat.start(50);

    QVERIFY(lj::test::killIngest());
    QVERIFY2(waitForState(m_liveIds, PushState::Reconnecting, 30000), "targets did not start reconnecting");
    const PushHealth waiting = m_manager->health(m_liveIds.first());
    QVERIFY(waiting.retries >= 1);
    QVERIFY(!waiting.lastError.isEmpty());

    QVERIFY(lj::test::restartIngest());
    // The host does not wait for the next retry of the first target.
    if (m_manager->health(m_liveIds.first()).state == PushState::Reconnecting)
        m_manager->reconnectNow(m_liveIds.first());
    QVERIFY2(waitForState(m_liveIds, PushState::Live, 60000), "targets did not come back live");
    heartbeat.stop();
    // Reconnecting takes seconds; a UI thread that waited on it would show a
    // gap that long. A busy machine shows gaps of a few hundred milliseconds.
    QVERIFY2(longestGap < 3000, qPrintable(QStringLiteral("UI thread blocked for %1 ms").arg(longestGap)));
    const QJsonObject probe = probeLive(rtmpBase() + QStringLiteral("/live/") + m_keys.first());
    QCOMPARE(probe.value(QStringLiteral("video")).toString(), QStringLiteral("h264"));
}

void TestPushLive::badAddressesFailClearly_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("expired url") << rtmpBase() + QStringLiteral("/live/") << QStringLiteral("s1?expire=1600000000&sign=ab") << QStringLiteral("expired");
    QTest::newRow("nothing listening") << QStringLiteral("rtmp://127.0.0.1:9/live/") << QStringLiteral("s2") << QStringLiteral("Cannot reach");
    QTest::newRow("not an address") << QStringLiteral("push.example.com") << QStringLiteral("s3") << QStringLiteral("not a valid");
}

void TestPushLive::badAddressesFailClearly()
{
    QFETCH(QString, server);
    QFETCH(QString, key);
    QFETCH(QString, message);
    PushTarget t;
    t.id = PushTarget::newId();
    t.name = QStringLiteral("bad");
    t.server = server;
    m_manager->saveTarget(t, key);
    m_manager->start(t.id);
    QVERIFY(waitForState({t.id}, PushState::Failed, 20000));
    QVERIFY2(m_manager->health(t.id).lastError.contains(message), qPrintable(m_manager->health(t.id).lastError));
    for (const QString &id : std::as_const(m_liveIds))
        QCOMPARE(m_manager->health(id).state, PushState::Live);
    m_manager->removeTarget(t.id);
}

void TestPushLive::stopAllAndNoKeyOnDisk()
{
    QSignalSpy stopped(m_manager.get(), &lj::LiveService::stopped);
    m_manager->stopLive();
    QVERIFY(stopped.wait(20000));
    QVERIFY(!m_manager->isLive());
    for (const QString &id : std::as_const(m_liveIds))
        QCOMPARE(m_manager->health(id).state, PushState::Idle);

    QString error;
    QVERIFY(m_studio->saveRoom(&error));
    // An export without keys, as a technician would share it.
    const QString exported = m_config.filePath(QStringLiteral("targets-export.json"));
    QVERIFY(lj::writeJsonAtomically(exported, TargetFile::write(m_manager->targets(), {})));
    // Nothing under the config folder (room, settings, export, log) holds a key.
    int files = 0;
    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        for (const QString &key : std::as_const(m_keys))
            QVERIFY2(!content.contains(key.toUtf8()), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 3);
    // The room file does hold the targets (without keys).
    QFile room(m_config.filePath(QStringLiteral("rooms/push-test/room.json")));
    QVERIFY(room.open(QIODevice::ReadOnly));
    QVERIFY(room.readAll().contains("/auth/"));
}

void TestPushLive::goLiveFromTheCommandLine()
{
    // The room saved above has three targets whose keys are in the keychain.
    auto run = [this](const QStringList &extra) {
        QProcess p;
        p.setProcessEnvironment(studioEnvironment());
        p.start(qEnvironmentVariable("LJ_STUDIO_BIN"), QStringList{QStringLiteral("--headless"), QStringLiteral("--room"),
                                                                   QStringLiteral("push-test"), QStringLiteral("--go-live"),
                                                                   QStringLiteral("--duration"), QStringLiteral("4")} + extra);
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return std::pair{-1, QString(QStringLiteral("did not finish: ") + QString::fromUtf8(p.readAllStandardError()))};
        }
        if (p.exitStatus() != QProcess::NormalExit) // a crash is not an exit status
            return std::pair{-2, QString(QStringLiteral("crashed: ") + QString::fromUtf8(p.readAllStandardError()))};
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    // The test's own studio must let go of the room first.
    m_manager.reset();
    m_context.reset();
    m_studio->stop();

    const auto [ok, okOutput] = run({});
    QVERIFY2(ok == 0, qPrintable(okOutput));
    QVERIFY(okOutput.contains(QStringLiteral("抖音: live")));
    QVERIFY(okOutput.contains(QStringLiteral("Live on every platform")));

    // One target with a wrong key: the others go live, the exit status says not all did.
    QJsonObject roomJson;
    {
        QFile f(m_config.filePath(QStringLiteral("rooms/push-test/room.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        roomJson = QJsonDocument::fromJson(f.readAll()).object();
    }
    QJsonObject plugins = roomJson.value(QStringLiteral("pluginData")).toObject();
    QJsonObject push = plugins.value(QStringLiteral("pushmanager")).toObject();
    QJsonArray targets = push.value(QStringLiteral("targets")).toArray();
    QJsonObject extra{{QStringLiteral("id"), QStringLiteral("nokey0000001")}, {QStringLiteral("name"), QStringLiteral("京东")},
                      {QStringLiteral("platform"), QStringLiteral("jd")},
                      {QStringLiteral("server"), QString(rtmpBase() + QStringLiteral("/auth/"))}};
    targets.append(extra);
    push.insert(QStringLiteral("targets"), targets);
    plugins.insert(QStringLiteral("pushmanager"), push);
    roomJson.insert(QStringLiteral("pluginData"), plugins);
    QVERIFY(lj::writeJsonAtomically(m_config.filePath(QStringLiteral("rooms/push-test/room.json")), roomJson));
    lj::SecretStore secrets;
    QVERIFY(secrets.writeSync(QStringLiteral("pushmanager/nokey0000001"), QStringLiteral("wrong-key")).ok());

    const auto [failed, failedOutput] = run({});
    QCOMPARE(failed, 4);
    QVERIFY2(failedOutput.contains(QStringLiteral("京东: failed")), qPrintable(failedOutput));
    QVERIFY(failedOutput.contains(QStringLiteral("抖音: live")));
    secrets.removeSync(QStringLiteral("pushmanager/nokey0000001"));
    // The room goes back to its three good targets for what follows.
    targets.removeLast();
    push.insert(QStringLiteral("targets"), targets);
    plugins.insert(QStringLiteral("pushmanager"), push);
    roomJson.insert(QStringLiteral("pluginData"), plugins);
    QVERIFY(lj::writeJsonAtomically(m_config.filePath(QStringLiteral("rooms/push-test/room.json")), roomJson));
}

void TestPushLive::aFullDiskStopsTheRecordingNotTheShow()
{
    // Live on three platforms with a backup recording to a 2 MB disk: a
    // tmpfs mounted in a mount namespace of the studio's own (unshare), so
    // nothing outside sees it. It fills in seconds.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty(), "needs unshare (util-linux)");
    QTemporaryDir work;
    const QString disk = work.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=2m tmpfs \"$LJ_DISK\" || exit 97; \"$@\"; rc=$?; cp \"$LJ_DISK\"/show.mp4 \"$LJ_OUT\"/; exit $rc");
    QProcessEnvironment env = studioEnvironment();
    env.insert(QStringLiteral("LJ_DISK"), disk);
    env.insert(QStringLiteral("LJ_OUT"), work.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    // As root the mount needs only a mount namespace; a user maps itself to root in a user namespace.
    const QStringList unshare = ::getuid() == 0 ? QStringList{QStringLiteral("-m")} : QStringList{QStringLiteral("-rm")};
    p.start(QStringLiteral("unshare"), unshare + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                                                             qEnvironmentVariable("LJ_STUDIO_BIN"), QStringLiteral("--headless"),
                                                             QStringLiteral("--room"), QStringLiteral("push-test"), QStringLiteral("--go-live"),
                                                             QStringLiteral("--record"), disk + QStringLiteral("/show.mp4"),
                                                             QStringLiteral("--duration"), QStringLiteral("20")});
    QByteArray output;
    auto readUntil = [&](const QByteArray &text, int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!output.contains(text) && !deadline.hasExpired() && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(200);
            output += p.readAll();
        }
        return output.contains(text);
    };
    if (!readUntil("The disk is full", 60000)) {
        p.waitForFinished(30000);
        output += p.readAll();
        QFAIL(qPrintable(QStringLiteral("no disk-full message (exit %1, status %2): ").arg(p.exitCode()).arg(p.exitStatus()) +
                         QString::fromUtf8(output)));
    }
    // The recording stopped with the studio's own words; the show is still on air.
    const QJsonObject probe = probeLive(rtmpBase() + QStringLiteral("/live/") + m_keys.first());
    QCOMPARE(probe.value(QStringLiteral("video")).toString(), QStringLiteral("h264"));
    QVERIFY(p.waitForFinished(90000));
    output += p.readAll();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 3, output.constData()); // a requested recording failed: 3, not SIGPIPE's 141
    QVERIFY(output.contains("The live show goes on without the recording."));
    QVERIFY(output.contains("room for only about")); // it warned before the disk ran out
    QVERIFY(output.contains("Live on every platform"));

    // What was written before the disk filled is a playable H.264 + AAC file.
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                              QStringLiteral("format=duration:stream=codec_name"), QStringLiteral("-of"),
                                              QStringLiteral("json"), work.filePath(QStringLiteral("show.mp4"))});
    QVERIFY(ffprobe.waitForFinished(30000));
    const QJsonObject info = QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object();
    QStringList codecs;
    for (const QJsonValue &s : info.value(QStringLiteral("streams")).toArray())
        codecs << s[QStringLiteral("codec_name")].toString();
    QCOMPARE(codecs, (QStringList{QStringLiteral("h264"), QStringLiteral("aac")}));
    QVERIFY(info.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble() > 2.0);
}

void TestPushLive::srtPushEndsWithACleanExit_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("plain") << QString();
    // A base's SRT server that encrypts: only the right passphrase gets in (from the keychain, never the room file).
    QTest::newRow("encrypted, 400 ms latency") << QStringLiteral("黑土地-blueberry-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
}

void TestPushLive::srtPushEndsWithACleanExit()
{
    // An SRT listener (FFmpeg) receives the show; the studio must then exit 0
    // (it used to die in libsrt's static destructors after libobs shut down).
    QFETCH(QString, passphrase);
    quint16 port = 0;
    {
        QUdpSocket probe; // a free UDP port on loopback for the listener
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        port = probe.localPort();
    }
    QTemporaryDir work;
    const QString received = work.filePath(QStringLiteral("received.ts"));
    QProcess listener;
    listener.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    listener.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
                                              QStringLiteral("srt://127.0.0.1:%1?mode=listener").arg(port) +
                                                  (passphrase.isEmpty() ? QString()
                                                                        : QStringLiteral("&passphrase=") + QString::fromUtf8(QUrl::toPercentEncoding(passphrase))),
                                              QStringLiteral("-c"),
                                              QStringLiteral("copy"), received});
    QVERIFY(listener.waitForStarted());
    const auto stopListener = qScopeGuard([&listener] { // whatever happens below, the listener goes
        listener.kill();
        listener.waitForFinished(5000);
    });

    // The room's one platform is that listener, its stream id in the keychain.
    QFile roomFile(m_config.filePath(QStringLiteral("rooms/push-test/room.json")));
    QVERIFY(roomFile.open(QIODevice::ReadOnly));
    QJsonObject room = QJsonDocument::fromJson(roomFile.readAll()).object();
    roomFile.close();
    QJsonObject plugins = room.value(QStringLiteral("pluginData")).toObject();
    QJsonObject push = plugins.value(QStringLiteral("pushmanager")).toObject();
    push.insert(QStringLiteral("targets"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("srt000000001")},
                                       {QStringLiteral("name"), QStringLiteral("SRT")},
                                       {QStringLiteral("platform"), QStringLiteral("srt")},
                                       {QStringLiteral("server"), QStringLiteral("srt://127.0.0.1:%1").arg(port)},
                                       {QStringLiteral("srtLatencyMs"), passphrase.isEmpty() ? 0 : 400},
                                       {QStringLiteral("srtPassphrase"), !passphrase.isEmpty()}}});
    plugins.insert(QStringLiteral("pushmanager"), push);
    room.insert(QStringLiteral("pluginData"), plugins);
    QVERIFY(lj::writeJsonAtomically(roomFile.fileName(), room));
    lj::SecretStore secrets;
    QVERIFY(secrets.writeSync(QStringLiteral("pushmanager/srt000000001"), QStringLiteral("live/srt-test")).ok());
    if (!passphrase.isEmpty())
        QVERIFY(secrets.writeSync(QStringLiteral("pushmanager/srt000000001.passphrase"), passphrase).ok());

    QProcess studio;
    studio.setProcessEnvironment(studioEnvironment());
    studio.start(qEnvironmentVariable("LJ_STUDIO_BIN"), {QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("push-test"),
                                                          QStringLiteral("--go-live"), QStringLiteral("--duration"), QStringLiteral("5")});
    QVERIFY(studio.waitForFinished(90000));
    const QString output = QString::fromUtf8(studio.readAllStandardError());
    QVERIFY2(studio.exitStatus() == QProcess::NormalExit, qPrintable(output)); // no SIGSEGV at exit
    QVERIFY2(studio.exitCode() == 0, qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("SRT: live")));
    secrets.removeSync(QStringLiteral("pushmanager/srt000000001"));
    secrets.removeSync(QStringLiteral("pushmanager/srt000000001.passphrase"));
    if (!passphrase.isEmpty()) { // the passphrase is in no file the studio wrote, and masked in its log
        QVERIFY(!output.contains(passphrase));
        QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(passphrase.toUtf8()), qPrintable(f.fileName()));
        }
    }

    // The listener saw the stream end and holds H.264 + AAC that decodes.
    if (!listener.waitForFinished(20000)) {
        listener.terminate();
        listener.waitForFinished(5000);
    }
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                              QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name,nb_read_frames"),
                                              QStringLiteral("-of"), QStringLiteral("json"), received});
    QVERIFY(ffprobe.waitForFinished(60000));
    const QJsonArray streams = QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object().value(QStringLiteral("streams")).toArray();
    QMap<QString, int> frames;
    for (const QJsonValue &s : streams)
        frames.insert(s[QStringLiteral("codec_name")].toString(), s[QStringLiteral("nb_read_frames")].toString().toInt());
    QVERIFY2(frames.value(QStringLiteral("h264")) >= 60, qPrintable(QString::number(frames.value(QStringLiteral("h264"))))); // 2 s and more
    QVERIFY(frames.value(QStringLiteral("aac")) > 0);
}

QTEST_MAIN(TestPushLive)
#include "tst_pushlive.moc"
