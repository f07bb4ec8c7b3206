// Room profiles on disk: create, duplicate, rename, delete, name rules,
// atomic writes, damaged files, and portable mode.
#include "core/atomicfile.h"
#include "core/paths.h"
#include "core/roomprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

class TestRooms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createDuplicateRenameRemove();
    void settingsRoundTrip();
    void names_data();
    void names();
    void damagedRoomFileIsReported();
    void atomicWriteLeavesNoPartialFile();
    void secretFilesAreOwnerOnlyFromTheStart();
    void portableModeKeepsConfigBesideProgram();
};

void TestRooms::createDuplicateRenameRemove()
{
    QTemporaryDir dir;
    lj::ProfileManager rooms(dir.path());
    QString error;
    QVERIFY(rooms.names().isEmpty());
    QVERIFY2(rooms.create(QStringLiteral("五常大米专场"), &error), qPrintable(error));
    QVERIFY(!rooms.create(QStringLiteral("五常大米专场"), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));

    // A room's scenes travel with it when it is duplicated.
    QVERIFY(lj::writeFileAtomically(rooms.scenesFile(QStringLiteral("五常大米专场")), "{\"sources\": []}"));
    QVERIFY2(rooms.duplicate(QStringLiteral("五常大米专场"), QStringLiteral("明日专场"), &error), qPrintable(error));
    QVERIFY(QFile::exists(rooms.scenesFile(QStringLiteral("明日专场"))));
    QCOMPARE(rooms.load(QStringLiteral("明日专场"), &error)->name, QStringLiteral("明日专场"));
    QVERIFY(!QDir(dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).join(QString()).contains(QStringLiteral(".staging")));

    QVERIFY2(rooms.rename(QStringLiteral("明日专场"), QStringLiteral("蓝莓专场"), &error), qPrintable(error));
    QCOMPARE(rooms.names(), (QStringList{QStringLiteral("五常大米专场"), QStringLiteral("蓝莓专场")}));
    QCOMPARE(rooms.load(QStringLiteral("蓝莓专场"), &error)->name, QStringLiteral("蓝莓专场"));

    QVERIFY(!rooms.rename(QStringLiteral("不存在"), QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("no room")));
    QVERIFY2(rooms.remove(QStringLiteral("五常大米专场"), &error), qPrintable(error));
    QCOMPARE(rooms.names(), QStringList{QStringLiteral("蓝莓专场")});
    QVERIFY(!rooms.remove(QStringLiteral("五常大米专场"), &error));
}

void TestRooms::settingsRoundTrip()
{
    QTemporaryDir dir;
    lj::ProfileManager rooms(dir.path());
    lj::RoomProfile room;
    room.name = QStringLiteral("portrait");
    room.video.baseWidth = 720;
    room.video.baseHeight = 1280;
    room.video.outputWidth = 540;
    room.video.outputHeight = 960;
    room.video.fpsNumerator = 25;
    room.output.recordFormat = QStringLiteral("mkv");
    room.output.videoBitrateKbps = 4000;
    room.output.folder = dir.filePath(QStringLiteral("videos"));
    QString error;
    QVERIFY2(rooms.save(room, &error), qPrintable(error));
    const std::optional<lj::RoomProfile> back = rooms.load(QStringLiteral("portrait"), &error);
    QVERIFY(back);
    QCOMPARE(back->video, room.video);
    QCOMPARE(back->output, room.output);
}

void TestRooms::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("chinese") << QStringLiteral("哈尔滨红肠 直播间") << true;
    QTest::newRow("latin") << QStringLiteral("Studio 3") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << QStringLiteral("   ") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("dot start") << QStringLiteral(".hidden") << false;
    QTest::newRow("dotdot") << QStringLiteral("..") << false;
    QTest::newRow("trailing space") << QStringLiteral("room ") << false;
    QTest::newRow("control") << QStringLiteral("a\nb") << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("64 chars") << QString(64, QChar(0x9F99)) << true;
}

void TestRooms::names()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(lj::ProfileManager::checkName(name).isEmpty(), ok);
    QTemporaryDir dir;
    lj::ProfileManager rooms(dir.path());
    QString error;
    QCOMPARE(rooms.create(name, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    QCOMPARE(rooms.names().size(), ok ? 1 : 0);
}

void TestRooms::damagedRoomFileIsReported()
{
    QTemporaryDir dir;
    lj::ProfileManager rooms(dir.path());
    QString error;
    QVERIFY(rooms.create(QStringLiteral("r"), &error));
    QFile f(rooms.roomDir(QStringLiteral("r")) + QStringLiteral("/room.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"name\": \"r\", \"video\": {");
    f.close();
    QVERIFY(!rooms.load(QStringLiteral("r"), &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    // Nothing was overwritten: the technician still has the file to look at.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"name\": \"r\", \"video\": {"));
}

void TestRooms::atomicWriteLeavesNoPartialFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scenes.json"));
    QVERIFY(lj::writeFileAtomically(path, "old"));
    // A second name for the same file: a write in place would change what it
    // shows, a new file renamed over the first name does not.
    const QString link = dir.filePath(QStringLiteral("scenes.json.link"));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);
    QVERIFY(lj::writeFileAtomically(path, "new"));
    QFile linked(link);
    QVERIFY(linked.open(QIODevice::ReadOnly));
    QCOMPARE(linked.readAll(), QByteArray("old"));
    QFile::remove(link);

    // A write that fails half-way (a file size limit, which holds for root
    // too, as a full disk would) keeps the old file whole and leaves no other.
    struct rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of a signal
    struct rlimit small = before;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool wrote = lj::writeFileAtomically(path, QByteArray(64 * 1024, 'x'), &error);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
    QVERIFY(!wrote);
    QVERIFY2(error.contains(QStringLiteral("scenes.json")), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("scenes.json")});
}

void TestRooms::secretFilesAreOwnerOnlyFromTheStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("push-targets.json"));
    const mode_t mask = ::umask(022); // a usual umask: files readable by everyone
    QVERIFY(lj::writeFileAtomically(path, "{\"key\": \"secret\"}", nullptr, lj::FileAccess::OwnerOnly));
    QVERIFY(lj::writeFileAtomically(dir.filePath(QStringLiteral("plain.json")), "{}"));
    ::umask(mask);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("plain.json"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0644));
}

void TestRooms::portableModeKeepsConfigBesideProgram()
{
    qunsetenv("LJ_CONFIG_DIR");
    lj::StudioPaths::init(true);
    QVERIFY(lj::StudioPaths::isPortable());
    QCOMPARE(lj::StudioPaths::configRoot(), QCoreApplication::applicationDirPath() + QStringLiteral("/config"));
    QVERIFY(lj::StudioPaths::profilesDir().startsWith(QCoreApplication::applicationDirPath()));
    QVERIFY(lj::StudioPaths::logsDir().startsWith(QCoreApplication::applicationDirPath()));
    QVERIFY(lj::StudioPaths::pluginDirs().last().startsWith(QCoreApplication::applicationDirPath()));
    QDir(lj::StudioPaths::configRoot()).removeRecursively();

    lj::StudioPaths::init(false);
    QVERIFY(!lj::StudioPaths::configRoot().startsWith(QCoreApplication::applicationDirPath()));
}

QTEST_GUILESS_MAIN(TestRooms)
#include "tst_rooms.moc"
