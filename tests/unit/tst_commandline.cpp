// Command-line parsing: every option, and plain errors for bad input.
#include "commandline.h"

#include <QTest>

using lj::CommandLine;

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void noWindowDetection();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("room");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("errorPart");
    const int run = int(CommandLine::Action::Run), err = int(CommandLine::Action::Error);
    QTest::newRow("nothing") << QStringList{} << run << QString() << false << QString() << 0 << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(CommandLine::Action::ShowHelp) << QString() << false << QString() << 0 << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("-v")} << int(CommandLine::Action::ShowVersion) << QString() << false << QString() << 0 << QString();
    QTest::newRow("profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("蓝莓专场")} << run << QStringLiteral("蓝莓专场") << false << QString() << 0 << QString();
    QTest::newRow("room alias") << QStringList{QStringLiteral("--room=A")} << run << QStringLiteral("A") << false << QString() << 0 << QString();
    QTest::newRow("headless record") << QStringList{QStringLiteral("--headless"), QStringLiteral("--record"), QStringLiteral("/tmp/a.MKV"), QStringLiteral("--duration"), QStringLiteral("5")}
                                     << run << QString() << true << QStringLiteral("/tmp/a.MKV") << 5 << QString();
    QTest::newRow("bad duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("five")} << err << QString() << false << QString() << 0 << QStringLiteral("--duration");
    QTest::newRow("zero duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("0")} << err << QString() << false << QString() << 0 << QStringLiteral("--duration");
    QTest::newRow("bad extension") << QStringList{QStringLiteral("--record"), QStringLiteral("out.avi")} << err << QString() << false << QStringLiteral("out.avi") << 0 << QStringLiteral(".mp4");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fly")} << err << QString() << false << QString() << 0 << QStringLiteral("fly");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << err << QString() << false << QString() << 0 << QStringLiteral("extra");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--record")} << err << QString() << false << QString() << 0 << QStringLiteral("record");
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, args);
    QFETCH(int, action);
    QFETCH(QString, room);
    QFETCH(bool, headless);
    QFETCH(QString, record);
    QFETCH(int, duration);
    QFETCH(QString, errorPart);
    args.prepend(QStringLiteral("longjiang-studio"));
    const CommandLine cli = CommandLine::parse(args);
    QCOMPARE(int(cli.action), action);
    QCOMPARE(cli.room, room);
    QCOMPARE(cli.headless, headless);
    QCOMPARE(cli.recordPath, record);
    QCOMPARE(cli.durationSec, duration);
    if (!errorPart.isEmpty())
        QVERIFY2(cli.error.contains(errorPart), qPrintable(cli.error));
    else
        QVERIFY(cli.error.isEmpty());
}

void TestCommandLine::noWindowDetection()
{
    char prog[] = "longjiang-studio", headless[] = "--headless", room[] = "--room", name[] = "x";
    char *withHeadless[] = {prog, room, name, headless};
    char *windowed[] = {prog, room, name};
    QVERIFY(CommandLine::wantsNoWindow(4, withHeadless));
    QVERIFY(!CommandLine::wantsNoWindow(3, windowed));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
