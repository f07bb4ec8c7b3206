// The targets table as the dock shows it: rows, columns, texts, enabling,
// and never a stream key in any role. Also the targets file format.
#include "pushmanager.h"
#include "pushtarget.h"
#include "targetsmodel.h"

#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/studio.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lj::push;

class TestTargetsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsFollowTheTargets();
    void noKeyInAnyRole();
    void formatting_data();
    void formatting();
    void retryCountdown();
    void targetFileRoundTrip();
    void targetFileRejectsBadInput_data();
    void targetFileRejectsBadInput();

private:
    QTemporaryDir m_config;
};

void TestTargetsModel::initTestCase()
{
    lj::StudioPaths::setConfigRoot(m_config.path());
}

static PushTarget makeTarget(const QString &name, const QString &platform, const QString &server)
{
    PushTarget t;
    t.id = PushTarget::newId();
    t.name = name;
    t.platform = platform;
    t.server = server;
    return t;
}

void TestTargetsModel::rowsFollowTheTargets()
{
    lj::Studio studio;
    lj::PluginContext context(studio, QStringLiteral("pushmanager"));
    PushManager manager(context);
    TargetsModel model(manager);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TargetsModel::ColumnCount));

    const PushTarget douyin = makeTarget(QStringLiteral("抖音主号"), QStringLiteral("douyin"), QStringLiteral("rtmp://a.example/third/"));
    const PushTarget bili = makeTarget(QStringLiteral("B站"), QStringLiteral("bilibili"), QStringLiteral("rtmp://live-push.bilivideo.com/live-bvc/"));
    manager.saveTarget(douyin, QString());
    manager.saveTarget(bili, QString());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TargetsModel::Name).data().toString(), QStringLiteral("抖音主号"));
    QCOMPARE(model.index(1, TargetsModel::Platform).data().toString(), QStringLiteral("Bilibili 哔哩哔哩"));
    QCOMPARE(model.index(0, TargetsModel::Platform).data().toString(), QStringLiteral("Douyin 抖音"));
    PushTarget phone = douyin; // on the portrait canvas, the table says so
    phone.portrait = true;
    manager.saveTarget(phone, QString());
    QCOMPARE(model.index(0, TargetsModel::Platform).data().toString(), QStringLiteral("Douyin 抖音 · portrait 9:16"));
    QCOMPARE(model.index(0, TargetsModel::State).data().toString(), QStringLiteral("Idle"));
    QCOMPARE(model.index(0, TargetsModel::Name).data(TargetsModel::TargetIdRole).toString(), douyin.id);
    QCOMPARE(model.idAt(1), bili.id);
    QCOMPARE(model.headerData(TargetsModel::Bitrate, Qt::Horizontal).toString(), QStringLiteral("Bitrate (1 s / 1 min)"));

    // Unticking a row disables the target (and is saved with it).
    QCOMPARE(model.index(0, TargetsModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(model.index(0, TargetsModel::Name), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!manager.targets()[0].enabled);
    QCOMPARE(model.index(0, TargetsModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // One main platform (kept live first on a weak network): marking another moves the mark; it is saved.
    PushTarget main = manager.targets()[0];
    main.main = true;
    manager.saveTarget(main, QString());
    QCOMPARE(model.index(0, TargetsModel::Name).data().toString(), QStringLiteral("抖音主号 (main platform)"));
    PushTarget other = manager.targets()[1];
    other.main = true;
    manager.saveTarget(other, QString());
    QVERIFY(!manager.targets()[0].main && manager.targets()[1].main);
    QVERIFY(PushTarget::fromJson(manager.targets()[1].toJson()).main);
    QVERIFY(!PushTarget::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("old")}}).main); // rooms saved before: none

    manager.removeTarget(douyin.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), bili.id);
}

void TestTargetsModel::noKeyInAnyRole()
{
    lj::Studio studio;
    lj::PluginContext context(studio, QStringLiteral("pushmanager"));
    PushManager manager(context);
    TargetsModel model(manager);
    const QString key = QStringLiteral("stream-secret-9f8e7d?expire=1999999999&sign=abc");
    manager.saveTarget(makeTarget(QStringLiteral("快手"), QStringLiteral("kuaishou"), QStringLiteral("rtmp://k.example/gifshow/")), key);
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role = 0; role <= TargetsModel::StateRole; ++role)
            QVERIFY(!model.index(0, c).data(role).toString().contains(QStringLiteral("secret-9f8e7d")));
    }
}

void TestTargetsModel::formatting_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00:00");
    QTest::newRow("minute") << qint64(61) << QStringLiteral("00:01:01");
    QTest::newRow("hours") << qint64(3 * 3600 + 25 * 60 + 9) << QStringLiteral("03:25:09");
    QTest::newRow("negative") << qint64(-5) << QString();
}

void TestTargetsModel::formatting()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TargetsModel::durationText(seconds), text);
    QCOMPARE(TargetsModel::bitrateText(2612.4, 2499.6), QStringLiteral("2612 / 2500 kbps"));
    QCOMPARE(TargetsModel::stateText(PushState::Reconnecting), QStringLiteral("Reconnecting"));
}

void TestTargetsModel::retryCountdown()
{
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(TargetsModel::retryText(now.addSecs(12), now), QStringLiteral("12 s"));
    QCOMPARE(TargetsModel::retryText(now.addSecs(-3), now), QStringLiteral("0 s"));
    QCOMPARE(TargetsModel::retryText(QDateTime(), now), QString());
}

void TestTargetsModel::targetFileRoundTrip()
{
    PushTarget a = makeTarget(QStringLiteral("视频号"), QStringLiteral("wechat"), QStringLiteral("rtmp://w.example/trtc/"));
    a.ownEncoder = true;
    a.videoBitrateKbps = 1200;
    a.maxRetries = 5;
    const PushTarget b = makeTarget(QStringLiteral("SRT"), QStringLiteral("srt"), QStringLiteral("srt://s.example:9000"));
    const QJsonObject withoutKeys = TargetFile::write({a, b}, {});
    QVERIFY(!QJsonDocument(withoutKeys).toJson().contains("\"key\""));
    const QJsonObject withKeys = TargetFile::write({a, b}, {{a.id, QStringLiteral("k-a")}});

    QVector<PushTarget> read;
    QMap<QString, QString> keys;
    QString error;
    QVERIFY2(TargetFile::read(withKeys, &read, &keys, &error), qPrintable(error));
    QCOMPARE(read.size(), 2);
    QVERIFY(read[0].id != a.id); // new ids on import
    QCOMPARE(read[0].name, a.name);
    QCOMPARE(read[0].platform, QStringLiteral("wechat"));
    QCOMPARE(read[0].ownEncoder, true);
    QCOMPARE(read[0].videoBitrateKbps, 1200);
    QCOMPARE(read[0].maxRetries, 5);
    QCOMPARE(keys.value(read[0].id), QStringLiteral("k-a"));
    QVERIFY(!keys.contains(read[1].id));
}

void TestTargetsModel::targetFileRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("other file") << QByteArray(R"({"format": "something-else", "version": 1, "targets": []})") << QStringLiteral("not a push targets file");
    QTest::newRow("newer") << QByteArray(R"({"format": "longjiang-push-targets", "version": 9, "targets": []})") << QStringLiteral("newer version");
    QTest::newRow("no list") << QByteArray(R"({"format": "longjiang-push-targets", "version": 1, "targets": {}})") << QStringLiteral("no list");
    QTest::newRow("nameless") << QByteArray(R"({"format": "longjiang-push-targets", "version": 1, "targets": [{"name": "ok"}, {"server": "rtmp://x/y/"}]})") << QStringLiteral("Target 2");
}

void TestTargetsModel::targetFileRejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QVector<PushTarget> read = {makeTarget(QStringLiteral("keep"), QStringLiteral("rtmp"), QString())};
    QMap<QString, QString> keys;
    QString message;
    QVERIFY(!TargetFile::read(QJsonDocument::fromJson(json).object(), &read, &keys, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(read.size(), 1); // nothing half-read
}

QTEST_MAIN(TestTargetsModel)
#include "tst_targetsmodel.moc"
