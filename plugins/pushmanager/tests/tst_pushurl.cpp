// Splitting pasted push URLs into server and key, and reading their expiry.
#include "pushurl.h"

#include <QTest>

using lj::push::PushUrl;

class TestPushUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void expiry_data();
    void expiry();
    void srtConnectUrl();
};

void TestPushUrl::split_data()
{
    QTest::addColumn<QString>("serverField");
    QTest::addColumn<QString>("keyField");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("error");

    QTest::newRow("separate fields") << "rtmp://live-push.bilivideo.com/live-bvc/" << "?streamname=live_1_2&key=abc"
                                     << "rtmp://live-push.bilivideo.com/live-bvc/" << "?streamname=live_1_2&key=abc" << "";
    QTest::newRow("server without slash") << "rtmp://open-push.voip.yximgs.com/gifshow" << "kszt_abc"
                                          << "rtmp://open-push.voip.yximgs.com/gifshow/" << "kszt_abc" << "";
    QTest::newRow("douyin full url in server") << "rtmp://push-rtmp-l11.douyincdn.com/third/stream-6937?expire=1735660800&sign=9f2c"
                                               << "" << "rtmp://push-rtmp-l11.douyincdn.com/third/" << "stream-6937?expire=1735660800&sign=9f2c" << "";
    QTest::newRow("full url in key field") << "" << "rtmp://push.example.com/live/abc123?txSecret=ff&txTime=6790A200"
                                           << "rtmp://push.example.com/live/" << "abc123?txSecret=ff&txTime=6790A200" << "";
    QTest::newRow("full url in key, stale server") << "rtmp://old.example.com/app/" << "rtmps://new.example.com:443/live/k1"
                                                   << "rtmps://new.example.com:443/live/" << "k1" << "";
    QTest::newRow("spaces trimmed") << "  rtmp://h.example.com/live/  " << "  key1 " << "rtmp://h.example.com/live/" << "key1" << "";
    QTest::newRow("port kept") << "rtmp://127.0.0.1:1935/live/s1" << "" << "rtmp://127.0.0.1:1935/live/" << "s1" << "";
    QTest::newRow("deep app path") << "rtmp://h.example.com/a/b/stream" << "" << "rtmp://h.example.com/a/b/" << "stream" << "";
    QTest::newRow("srt streamid in url") << "srt://srt.example.com:9000?streamid=#!::r=live/s1,m=publish&latency=200000" << ""
                                         << "srt://srt.example.com:9000?latency=200000" << "#!::r=live/s1,m=publish" << "";
    QTest::newRow("srt key separate") << "srt://10.0.0.5:9000" << "room7" << "srt://10.0.0.5:9000" << "room7" << "";
    // Malformed input: a clear reason, never a guess.
    QTest::newRow("empty") << "" << "" << "" << "" << "server address";
    QTest::newRow("no scheme") << "push.example.com/live/abc" << "" << "" << "" << "not a valid";
    QTest::newRow("http") << "http://push.example.com/live/abc" << "" << "" << "" << "not http://";
    QTest::newRow("no host") << "rtmp:///live/abc" << "" << "" << "" << "not a valid";
    QTest::newRow("no app") << "rtmp://push.example.com/" << "abc" << "" << "" << "application path";
    QTest::newRow("only app no key") << "rtmp://push.example.com/live/" << "" << "" << "" << "stream key";
    QTest::newRow("query but no key") << "rtmp://push.example.com/live/?sign=1" << "" << "" << "" << "no stream key";
    QTest::newRow("query on server with key") << "rtmp://push.example.com/live?x=1" << "abc" << "" << "" << "\"?\"";
    QTest::newRow("garbage") << "rtmp://exa mple.com/live/a" << "" << "" << "" << "not a valid";
}

void TestPushUrl::split()
{
    QFETCH(QString, serverField);
    QFETCH(QString, keyField);
    QFETCH(QString, server);
    QFETCH(QString, key);
    QFETCH(QString, error);
    const PushUrl url = PushUrl::split(serverField, keyField);
    if (error.isEmpty()) {
        QVERIFY2(url.isValid(), qPrintable(url.error));
        QCOMPARE(url.server, server);
        QCOMPARE(url.key, key);
    } else {
        QVERIFY(!url.isValid());
        QVERIFY2(url.error.contains(error), qPrintable(url.error));
    }
}

void TestPushUrl::expiry_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("douyin expire") << "stream-1?expire=1735660800&sign=ab" << qint64(1735660800);
    QTest::newRow("expires") << "s?expires=1735660801" << qint64(1735660801);
    QTest::newRow("tencent txTime hex") << "s?txSecret=ff&txTime=6790A200" << qint64(0x6790A200);
    QTest::newRow("wangsu wsTime") << "s?wsSecret=x&wsTime=1735660802" << qint64(1735660802);
    QTest::newRow("aliyun auth_key") << "s?auth_key=1735660803-0-0-8f3e" << qint64(1735660803);
    QTest::newRow("no query") << "stream-1" << qint64(0);
    QTest::newRow("no expiry param") << "s?sign=abc" << qint64(0);
    QTest::newRow("not a number") << "s?expire=tomorrow" << qint64(0);
    QTest::newRow("milliseconds are not seconds") << "s?expire=1735660800000" << qint64(0);
    QTest::newRow("too small") << "s?t=12345" << qint64(0);
}

void TestPushUrl::expiry()
{
    QFETCH(QString, key);
    QFETCH(qint64, seconds);
    const QDateTime when = PushUrl::expiry(key);
    if (seconds == 0)
        QVERIFY(!when.isValid());
    else
        QCOMPARE(when.toSecsSinceEpoch(), seconds);
}

void TestPushUrl::srtConnectUrl()
{
    const PushUrl srt = PushUrl::split(QStringLiteral("srt://h.example.com:9000?latency=200000"), QStringLiteral("room7"));
    QVERIFY(srt.isSrt());
    QCOMPARE(srt.connectUrl(), QStringLiteral("srt://h.example.com:9000?latency=200000&streamid=room7"));
    const PushUrl rtmp = PushUrl::split(QStringLiteral("rtmp://h.example.com/live/"), QStringLiteral("k"));
    QCOMPARE(rtmp.connectUrl(), QStringLiteral("rtmp://h.example.com/live/"));

    // The options of the target: latency in milliseconds (SRT wants microseconds), an encoding-safe passphrase.
    PushUrl options = PushUrl::split(QStringLiteral("srt://10.0.0.5:9000"), QStringLiteral("room7"));
    options.latencyMs = 1500;
    options.passphrase = QStringLiteral("稻花香&rice=5kg");
    QCOMPARE(options.connectUrl(),
             QStringLiteral("srt://10.0.0.5:9000?latency=1500000&passphrase=%E7%A8%BB%E8%8A%B1%E9%A6%99%26rice%3D5kg&streamid=room7"));
    // A latency already in the address wins.
    PushUrl inAddress = srt;
    inAddress.latencyMs = 900;
    QCOMPARE(inAddress.connectUrl(), QStringLiteral("srt://h.example.com:9000?latency=200000&streamid=room7"));
    // A passphrase pasted inside the address leaves it: it is a secret, the server address is saved in the room.
    const PushUrl pasted = PushUrl::split(QStringLiteral("srt://h.example.com:9000?passphrase=very-secret-1&latency=800000&streamid=s1"), QString());
    QCOMPARE(pasted.server, QStringLiteral("srt://h.example.com:9000?latency=800000"));
    QCOMPARE(pasted.passphrase, QStringLiteral("very-secret-1"));
    QCOMPARE(pasted.key, QStringLiteral("s1"));
    QVERIFY(PushUrl::checkPassphrase(QStringLiteral("short")).contains(QStringLiteral("10 to 79")));
    QVERIFY(PushUrl::checkPassphrase(QStringLiteral("long-enough")).isEmpty());
    QVERIFY(PushUrl::checkPassphrase(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPushUrl)
#include "tst_pushurl.moc"
