// The relay server's configuration as the studio writes it (nginx-rtmp and
// SRS, keys masked for the screen and quoted for nginx), and the relay's view
// read from nginx-rtmp's statistics page (a page captured from nginx 1.22
// with its RTMP module relaying to two platforms) and SRS's API.
#include "relayconfig.h"

#include <QFile>
#include <QTest>

using namespace lj::push;

class TestRelayConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nginxConfig();
    void srsConfig();
    void nginxStatistics();
    void srsStreams();
};

namespace {
const RelayConfig::Source kSource{QStringLiteral("田间直播"), QStringLiteral("relay"), QStringLiteral("room1")};
const QList<RelayConfig::Destination> kDestinations{
    {QStringLiteral("抖音"), QStringLiteral("rtmp://push.example.com/third/stream-1?expire=1&sign=ab")},
    {QStringLiteral("快手"), QStringLiteral("rtmp://open-push.example.com/gifshow/key\"with;odd\\chars")}};
} // namespace

void TestRelayConfig::nginxConfig()
{
    const QString text = RelayConfig::write(RelayConfig::Engine::NginxRtmp, kSource, kDestinations, QDateTime::fromSecsSinceEpoch(0));
    QVERIFY(text.startsWith(QStringLiteral("# Longjiang Live Studio: relay for room")));
    QVERIFY(text.contains(QStringLiteral("# This file holds the stream key of every platform in plain text.")));
    QVERIFY(text.contains(QStringLiteral("application relay {\n    live on;")));
    QVERIFY(text.contains(QStringLiteral("    push \"rtmp://push.example.com/third/stream-1?expire=1&sign=ab\" \"name=room1\";")));
    // Quotes and backslashes escaped: nginx reads the key back exactly.
    QVERIFY2(text.contains(QStringLiteral("    push \"rtmp://open-push.example.com/gifshow/key\\\"with;odd\\\\chars\" \"name=room1\";")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("    push ")), 2);
    // On the screen: no key, no stream name.
    const QString masked = RelayConfig::write(RelayConfig::Engine::NginxRtmp, kSource, kDestinations, QDateTime::fromSecsSinceEpoch(0), true);
    QVERIFY(!masked.contains(QStringLiteral("stream-1")) && !masked.contains(QStringLiteral("sign=ab")) && !masked.contains(QStringLiteral("odd")));
    QVERIFY(!masked.contains(QStringLiteral("room1")));
    QVERIFY(masked.contains(QStringLiteral("rtmp://push.example.com/third/••••••••")));
    QCOMPARE(RelayConfig::appOf(QStringLiteral("rtmp://base.local:1935/lj_relay/")), QStringLiteral("lj_relay"));
}

void TestRelayConfig::srsConfig()
{
    const QString text = RelayConfig::write(RelayConfig::Engine::Srs, kSource, kDestinations, QDateTime::fromSecsSinceEpoch(0));
    QVERIFY(text.contains(QStringLiteral("vhost __defaultVhost__ {")));
    QVERIFY(text.contains(QStringLiteral("    transcode relay/room1 {")));
    QCOMPARE(text.count(QStringLiteral("vcodec copy;")), 2);
    QVERIFY(text.contains(QStringLiteral("output rtmp://push.example.com/third/stream-1?expire=1&sign=ab;")));
    // Balanced braces: SRS reads the whole block.
    QCOMPARE(text.count(QLatin1Char('{')), text.count(QLatin1Char('}')));
}

void TestRelayConfig::nginxStatistics()
{
    QFile page(QFINDTESTDATA("data/nginx-relay-stat.xml"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QStringList active;
    bool publishing = false;
    QString error;
    QVERIFY(RelayConfig::nginxActivePushes(page.readAll(), kSource, &active, &publishing, &error));
    QVERIFY(publishing);
    // The two active pushes of room1; not the inactive one, not room2's.
    QCOMPARE(active, (QStringList{QStringLiteral("127.0.0.1:19351/live/keyB"), QStringLiteral("127.0.0.1:19351/live/keyA?sign=1&t=2")}));
    QVERIFY(active.contains(RelayConfig::nginxRelayAddress(QStringLiteral("rtmp://127.0.0.1:19351/live/keyA?sign=1&t=2"))));
    QCOMPARE(RelayConfig::nginxRelayAddress(QStringLiteral("rtmp://push.example.com/live/keyC")), QStringLiteral("push.example.com:1935/live/keyC"));
    // A stream nobody publishes: nothing.
    page.seek(0);
    QVERIFY(RelayConfig::nginxActivePushes(page.readAll(), {QString(), QStringLiteral("relay"), QStringLiteral("room3")}, &active, &publishing, &error));
    QVERIFY(active.isEmpty() && !publishing);
    // A page that is not XML says so.
    QVERIFY(!RelayConfig::nginxActivePushes("<rtmp><server>", kSource, &active, &publishing, &error));
    QVERIFY(error.contains(QStringLiteral("cannot be read")));
}

void TestRelayConfig::srsStreams()
{
    const QByteArray answer = "{\"code\":0,\"server\":\"vid-1\",\"streams\":["
                              "{\"id\":\"a\",\"name\":\"room1\",\"app\":\"relay\",\"publish\":{\"active\":true},\"kbps\":{\"recv_30s\":1180}},"
                              "{\"id\":\"b\",\"name\":\"room2\",\"app\":\"relay\",\"publish\":{\"active\":false}}]}";
    bool publishing = false;
    QString error;
    QVERIFY(RelayConfig::srsReceiving(answer, kSource, &publishing, &error));
    QVERIFY(publishing);
    QVERIFY(RelayConfig::srsReceiving(answer, {QString(), QStringLiteral("relay"), QStringLiteral("room2")}, &publishing, &error));
    QVERIFY(!publishing);
    QVERIFY(!RelayConfig::srsReceiving("not json", kSource, &publishing, &error));
}

QTEST_GUILESS_MAIN(TestRelayConfig)
#include "tst_relayconfig.moc"
