// The obs-websocket protocol's pieces: the authentication string as the
// protocol document defines it (checked against Python's hashlib), and both
// encodings — MessagePack bytes as the format specifies them, round trips,
// and malformed input refused without a crash.
#include "messagecodec.h"
#include "obswsprotocol.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace lj::remote;

class TestRemoteProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void authenticationAsTheDocumentSays();
    void msgpackBytesAsSpecified();
    void roundTrips();
    void malformedInputIsRefused();
};

void TestRemoteProtocol::authenticationAsTheDocumentSays()
{
    const QString password = QStringLiteral("supersecretpassword");
    const QByteArray salt = "lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=";
    const QByteArray challenge = "+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=";
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import base64,hashlib,sys\n"
                                 "p,s,c=sys.argv[1:4]\n"
                                 "secret=base64.b64encode(hashlib.sha256((p+s).encode()).digest())\n"
                                 "print(base64.b64encode(hashlib.sha256(secret+c.encode()).digest()).decode())"),
                  password, QString::fromLatin1(salt), QString::fromLatin1(challenge)});
    QVERIFY(python.waitForFinished(10000));
    const QByteArray expected = python.readAllStandardOutput().trimmed();
    QCOMPARE(expected.size(), 44);
    QCOMPARE(authenticationString(password, salt, challenge), expected);
    QVERIFY(authenticationString(QStringLiteral("wrong"), salt, challenge) != expected);
}

void TestRemoteProtocol::msgpackBytesAsSpecified()
{
    // {"op": 0}: a fixmap of one, a fixstr of 2, a positive fixint.
    QCOMPARE(MessageCodec::encode({{QStringLiteral("op"), 0}}, MessageCodec::Format::Msgpack), QByteArray("\x81\xa2op\x00", 5));
    // A whole number travels as an integer, a fraction as a float 64, true as 0xc3.
    QCOMPARE(MessageCodec::encode({{QStringLiteral("a"), 300}}, MessageCodec::Format::Msgpack), QByteArray("\x81\xa1" "a\xcd\x01\x2c", 6));
    const QByteArray half = MessageCodec::encode({{QStringLiteral("h"), 0.5}}, MessageCodec::Format::Msgpack);
    QCOMPARE(half.mid(3), QByteArray("\xcb\x3f\xe0\x00\x00\x00\x00\x00\x00", 9));
    QCOMPARE(MessageCodec::encode({{QStringLiteral("t"), true}}, MessageCodec::Format::Msgpack), QByteArray("\x81\xa1t\xc3", 4));
}

void TestRemoteProtocol::roundTrips()
{
    const QJsonObject message{{QStringLiteral("op"), 7},
                              {QStringLiteral("d"),
                               QJsonObject{{QStringLiteral("requestType"), QStringLiteral("GetSceneList")},
                                           {QStringLiteral("scenes"), QJsonArray{QJsonObject{{QStringLiteral("sceneName"), QStringLiteral("直播间")},
                                                                                             {QStringLiteral("sceneIndex"), 0}}}},
                                           {QStringLiteral("volume"), -12.25},
                                           {QStringLiteral("negative"), -40000},
                                           {QStringLiteral("big"), 4294967296.0},
                                           {QStringLiteral("none"), QJsonValue()},
                                           {QStringLiteral("off"), false}}}};
    for (const MessageCodec::Format format : {MessageCodec::Format::Json, MessageCodec::Format::Msgpack}) {
        const std::optional<QJsonObject> back = MessageCodec::decode(MessageCodec::encode(message, format), format);
        QVERIFY(back);
        QCOMPARE(*back, message);
    }
}

void TestRemoteProtocol::malformedInputIsRefused()
{
    const QByteArray whole = MessageCodec::encode({{QStringLiteral("op"), 1}, {QStringLiteral("d"), QJsonObject{}}}, MessageCodec::Format::Msgpack);
    QVERIFY(!MessageCodec::decode(whole.left(whole.size() - 1), MessageCodec::Format::Msgpack)); // cut short
    QVERIFY(!MessageCodec::decode(whole + '\x00', MessageCodec::Format::Msgpack));                // something after it
    QVERIFY(!MessageCodec::decode(QByteArray("\x93\x01\x02\x03", 4), MessageCodec::Format::Msgpack)); // an array, not an object
    QVERIFY(!MessageCodec::decode(QByteArray("\x81\x01\x02", 3), MessageCodec::Format::Msgpack));     // a key that is not a string
    QByteArray deep(200, '\x91'); // arrays in arrays, deeper than any message
    deep.prepend("\x81\xa1x", 3);
    deep.append('\x00');
    QVERIFY(!MessageCodec::decode(deep, MessageCodec::Format::Msgpack));
    // Counts and lengths beyond the bytes that follow (17 bytes declaring 2^32 map entries
    // made msgpack-c ask for 128 GB before reading them; found by fuzz_obsws_message).
    QVERIFY(!MessageCodec::decode(QByteArray("\x81\xdf\xa1\x76\x93\xcf\x3f\xe0\x00\x20\xa1\x00\x00\x00\xcb\x80\xc0", 17),
                                  MessageCodec::Format::Msgpack));
    QVERIFY(!MessageCodec::decode(QByteArray("\x81\xa1x\xdd\xff\xff\xff\xff", 8), MessageCodec::Format::Msgpack));
    QVERIFY(!MessageCodec::decode(QByteArray("\x81\xa1x\xdb\x7f\xff\xff\xff" "abc", 11), MessageCodec::Format::Msgpack));
    QVERIFY(!MessageCodec::decode(QByteArray("\x81\xa1x\xc1", 4), MessageCodec::Format::Msgpack)); // the one unused marker
    QVERIFY(!MessageCodec::decode("{\"op\": 1", MessageCodec::Format::Json));
    QVERIFY(!MessageCodec::decode("[1, 2]", MessageCodec::Format::Json));
}

QTEST_GUILESS_MAIN(TestRemoteProtocol)
#include "tst_remoteprotocol.moc"
