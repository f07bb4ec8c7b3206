// The base console watching three real studios: three headless rooms, each
// with its own remote-control port and password, pushing to the nginx
// ingest. The console shows all three with their own pictures; a wrong
// password is reported for that room only; going live in every room is
// asked first; a microphone that hears nothing while live alerts, and
// stops alerting when a voice is played into it; the ingest killed → every
// room alerts (colour and sound) and recovers; one studio killed → offline,
// and back by itself when it is started again.
#include "consolewindow.h"
#include "roomalerts.h"
#include "roomlink.h"
#include "roomstore.h"
#include "roomtile.h"

#include "core/obsptr.h"
#include "core/paths.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/studio.h"
#include "ingest/ingestcontrol.h"
#include "ingest/localports.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace lj;
using namespace lj::console;
using lj::test::freePort;
using lj::test::portOpen;

namespace {

bool hasAlert(const RoomLink *link, AlertKind kind)
{
    const QList<Alert> alerts = link->alerts();
    return std::any_of(alerts.begin(), alerts.end(), [kind](const Alert &a) { return a.kind == kind; });
}

bool allPlatforms(const RoomLink *link, const QString &state)
{
    const RoomStatus &s = link->status();
    return s.valid && !s.platforms.isEmpty() &&
           std::all_of(s.platforms.begin(), s.platforms.end(), [&state](const PlatformStatus &p) { return p.state == state; });
}

/// Clicks `button` of the message box named `name` as soon as it opens.
void answerBox(const QString &name, QMessageBox::StandardButton button, bool *answered)
{
    QTimer::singleShot(100, [name, button, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return answerBox(name, button, answered);
        *answered = true;
        box->button(button)->click();
    });
}

struct Room {
    QString name;
    QString targetId; ///< empty: no platform
    unsigned colour; ///< 0xRRGGBB of the full-picture colour on top of its scene
    bool microphone;
    bool rehearsal = false; ///< a student's room: its one platform is the classroom address
    std::unique_ptr<QTemporaryDir> computer; ///< the room's own config folder (its own PC); null: the shared one
    quint16 port = 0;
    QString password;
    QString id; ///< in the console
    std::unique_ptr<QProcess> process;
};

} // namespace

class TestConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // Each in a process of its own (libobs starts once per process): see tests/CMakeLists.txt.
    void threeRooms();
    void classroom();

private:
    void prepareRooms();
    void startStudio(Room &room);
    /// Every room into the console, with its password (a wrong one for the rooms named).
    void addRooms(ConsoleWindow &window, const QStringList &wrongPassword = {});

    QTemporaryDir m_config;
    std::vector<Room> m_rooms;
};

void TestConsole::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    StudioPaths::setConfigRoot(m_config.path());
}

void TestConsole::cleanupTestCase()
{
    for (Room &room : m_rooms) {
        if (room.process && room.process->state() != QProcess::NotRunning) {
            room.process->terminate();
            if (!room.process->waitForFinished(30000))
                room.process->kill();
        }
    }
}

/// Three rooms of small video (three encoders share this machine), each with
/// one platform on the ingest and a colour of its own over its scene.
void TestConsole::prepareRooms()
{
    SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    Studio studio;
    QString error;
    QVERIFY2(studio.start({m_rooms.front().name}, &error), qPrintable(error));
    for (Room &room : m_rooms) {
        if (room.name != studio.room().name) {
            QVERIFY2(studio.rooms().create(room.name, &error), qPrintable(error));
            QVERIFY2(studio.switchRoom(room.name, &error), qPrintable(error));
        }
        obs_scene_t *scene = studio.scenes().currentScene();
        QVERIFY(scene);
        OBSDataAutoRelease colour = obs_data_create();
        const unsigned rgb = room.colour;
        obs_data_set_int(colour, "color", 0xFF000000LL | ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF));
        obs_data_set_int(colour, "width", 640);
        obs_data_set_int(colour, "height", 360);
        QVERIFY(studio.scenes().addSource(scene, "color_source_v3", QStringLiteral("cover"), colour));
        if (room.microphone) {
            OBSDataAutoRelease mic = obs_data_create();
            obs_data_set_string(mic, "device_id", "studio_null.monitor");
            QVERIFY(studio.scenes().addSource(scene, "pulse_input_capture", QStringLiteral("主播麦克风"), mic));
        }
        RoomProfile profile = studio.room();
        profile.video.baseWidth = profile.video.outputWidth = 640;
        profile.video.baseHeight = profile.video.outputHeight = 360;
        profile.video.fpsNumerator = 15;
        profile.output.videoBitrateKbps = 500;
        profile.output.backupRecording = false;
        profile.output.folder = m_config.filePath(QStringLiteral("videos"));
        profile.rehearsal = room.rehearsal;
        QVERIFY2(studio.updateRoom(profile, &error), qPrintable(error));
        if (room.targetId.isEmpty()) { // no platform
            QVERIFY2(studio.saveRoom(&error), qPrintable(error));
            continue;
        }
        const QString key = room.name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY(secrets.writeSync(room.targetId, key).ok());
        const QJsonObject target{{QStringLiteral("id"), room.targetId}, {QStringLiteral("name"), QStringLiteral("抖音")},
                                 {QStringLiteral("platform"), QStringLiteral("rtmp")},
                                 {QStringLiteral("server"), QString(qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/"))},
                                 {QStringLiteral("classroom"), room.rehearsal}};
        QVERIFY2(studio.setPluginData(QStringLiteral("pushmanager"), {{QStringLiteral("targets"), QJsonArray{target}}}, &error),
                 qPrintable(error));
        QVERIFY2(studio.saveRoom(&error), qPrintable(error));
    }
    studio.stop();
}

void TestConsole::startStudio(Room &room)
{
    if (!room.port) {
        room.port = freePort();
        room.password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), room.computer ? room.computer->path() : m_config.path());
    env.insert(QStringLiteral("LJ_REMOTE_PASSWORD"), room.password);
    room.process = std::make_unique<QProcess>();
    room.process->setProcessEnvironment(env);
    // Each studio's log in a file of its own (the test's artifacts when kept): three
    // studios' libobs logs on the test's output would bury the test's own lines.
    const QString artifacts = qEnvironmentVariable("LJ_TEST_ARTIFACTS", m_config.path());
    QDir().mkpath(artifacts);
    room.process->setStandardErrorFile(artifacts + QStringLiteral("/console-") + room.name + QStringLiteral(".log"), QIODevice::Append);
    room.process->setStandardOutputFile(QProcess::nullDevice());
    room.process->start(qEnvironmentVariable("LJ_STUDIO_BIN"), {QStringLiteral("--headless"), QStringLiteral("--room"), room.name,
                                                                QStringLiteral("--remote-control"), QString::number(room.port)});
    QVERIFY(room.process->waitForStarted(10000));
}

void TestConsole::addRooms(ConsoleWindow &window, const QStringList &wrongPassword)
{
    for (Room &room : m_rooms) {
        RoomAddress address;
        address.name = room.name;
        address.port = room.port;
        address.id = RoomStore::newId();
        room.id = address.id;
        QString error;
        QVERIFY2(window.addRoom(address, wrongPassword.contains(room.name) ? QStringLiteral("not-the-password") : room.password, &error),
                 qPrintable(error));
    }
}

void TestConsole::threeRooms()
{
    m_rooms.push_back({QStringLiteral("room-a"), QStringLiteral("console-a"), 0xC03020, true});
    m_rooms.push_back({QStringLiteral("room-b"), QStringLiteral("console-b"), 0x2040C0, false});
    m_rooms.push_back({QStringLiteral("room-c"), QStringLiteral("console-c"), 0xD0B020, false});
    prepareRooms();
    for (Room &room : m_rooms)
        startStudio(room);
    for (const Room &room : m_rooms)
        QTRY_VERIFY_WITH_TIMEOUT(portOpen(room.port), 60000);

    RoomStore store(m_config.filePath(QStringLiteral("console/rooms.json")));
    AlertLimits limits;
    limits.silentSeconds = 4;
    ConsoleWindow window(store, limits);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // On a 1366x768 laptop screen.
    QVERIFY(window.frameGeometry().width() <= 1366 && window.frameGeometry().height() <= 768);

    // Rooms A and B with their passwords, C with a wrong one.
    QString error;
    addRooms(window, {QStringLiteral("room-c")}); // C with a wrong password
    const auto link = [&window](const Room &room) {
        RoomTile *tile = window.tile(room.id);
        return tile ? &tile->link() : nullptr;
    };
    Room &a = m_rooms[0], &b = m_rooms[1], &c = m_rooms[2];
    QTRY_VERIFY_WITH_TIMEOUT(link(a)->isOnline() && link(b)->isOnline() && link(c)->wrongPassword(), 20000);
    QVERIFY(hasAlert(link(c), AlertKind::WrongPassword));
    QVERIFY(!hasAlert(link(a), AlertKind::WrongPassword) && !hasAlert(link(b), AlertKind::WrongPassword));
    QCOMPARE(window.tile(c.id)->property("alertLevel").toInt(), 2);
    QVERIFY(window.tile(c.id)->findChild<QLabel *>(QStringLiteral("state"))->text().contains(QStringLiteral("Wrong password")));
    QVERIFY2(window.tile(a.id)->findChild<QLabel *>(QStringLiteral("alerts"))->text().isEmpty(),
             qPrintable(window.tile(a.id)->findChild<QLabel *>(QStringLiteral("alerts"))->text()));
    const int soundsAtStart = window.alertSounds();
    QVERIFY(soundsAtStart >= 1); // C's wrong password

    // The technician corrects C's password: it comes online; the list and the keychain keep it.
    RoomAddress cAddress = link(c)->address();
    QVERIFY2(window.editRoom(cAddress, c.password, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(link(c)->isOnline(), 20000);
    QCOMPARE(store.password(c.id).value, c.password);
    QCOMPARE(store.load(&error).size(), 3);

    // Each tile shows its own room's picture.
    for (const Room &room : m_rooms) {
        QTRY_VERIFY_WITH_TIMEOUT(!link(room)->thumbnail().isNull(), 20000);
        const QImage shot = link(room)->thumbnail();
        QCOMPARE(shot.width(), RoomLink::kThumbnailWidth);
        const QColor middle = shot.pixelColor(shot.width() / 2, shot.height() / 2);
        const QColor want = QColor::fromRgb(room.colour);
        QVERIFY2(qAbs(middle.red() - want.red()) <= 16 && qAbs(middle.green() - want.green()) <= 16 && qAbs(middle.blue() - want.blue()) <= 16,
                 qPrintable(room.name + QLatin1Char(' ') + middle.name()));
        QVERIFY(!window.tile(room.id)->findChild<QLabel *>(QStringLiteral("thumbnail"))->pixmap().isNull());
    }

    // Going live everywhere is asked first; "Cancel" changes nothing.
    bool answered = false;
    answerBox(QStringLiteral("confirmGoLiveAll"), QMessageBox::Cancel, &answered);
    window.goLiveAll();
    QVERIFY(answered);
    QTest::qWait(2500);
    for (const Room &room : m_rooms)
        QVERIFY(!link(room)->status().live);
    answered = false;
    answerBox(QStringLiteral("confirmGoLiveAll"), QMessageBox::Yes, &answered);
    window.goLiveAll();
    QVERIFY(answered);
    for (const Room &room : m_rooms)
        QTRY_VERIFY_WITH_TIMEOUT(link(room)->status().live && allPlatforms(link(room), QStringLiteral("live")), 60000);
    for (const Room &room : m_rooms)
        QCOMPARE(window.tile(room.id)->findChild<QPushButton *>(QStringLiteral("live"))->text(), QStringLiteral("Stop"));

    // Room A's microphone hears nothing while live: A alerts, B and C (no microphone) do not.
    QTRY_VERIFY_WITH_TIMEOUT(hasAlert(link(a), AlertKind::Silent), 20000);
    QVERIFY(!hasAlert(link(b), AlertKind::Silent) && !hasAlert(link(c), AlertKind::Silent));
    // A voice in the room (a tone into the sink the microphone listens to) ends it.
    const QString tone = m_config.filePath(QStringLiteral("tone.wav"));
    QCOMPARE(QProcess::execute(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("44100"), QStringLiteral("-c"),
                                                      QStringLiteral("2"), tone, QStringLiteral("synth"), QStringLiteral("12"), QStringLiteral("sine"),
                                                      QStringLiteral("440"), QStringLiteral("vol"), QStringLiteral("0.5")}),
             0);
    QProcess play;
    play.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("studio_null"), tone});
    QTRY_VERIFY_WITH_TIMEOUT(!hasAlert(link(a), AlertKind::Silent), 15000);
    QVERIFY(link(a)->status().micPeakDb > -55);
    play.kill();
    play.waitForFinished();

    // Muting room A's microphone from the console: A says so in red; unmuted, the alert goes.
    auto *mute = window.tile(a.id)->findChild<QPushButton *>(QStringLiteral("mute"));
    QVERIFY(mute->isEnabled());
    QVERIFY(!window.tile(b.id)->findChild<QPushButton *>(QStringLiteral("mute"))->isEnabled()); // B has no microphone
    QTest::mouseClick(mute, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(link(a)->status().micMuted && hasAlert(link(a), AlertKind::Muted), 10000);
    QCOMPARE(mute->text(), QStringLiteral("Unmute"));
    QTest::mouseClick(mute, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!link(a)->status().micMuted && !hasAlert(link(a), AlertKind::Muted), 10000);

    // A product step from the console reaches room B alone.
    const int productBefore = link(b)->status().productIndex, productOfA = link(a)->status().productIndex;
    QTest::mouseClick(window.tile(b.id)->findChild<QPushButton *>(QStringLiteral("next")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(link(b)->status().productIndex != productBefore, 10000);
    QCOMPARE(link(a)->status().productIndex, productOfA);

    // The ingest dies: every room alerts, in red and with a sound, and recovers when it is back.
    const int soundsBefore = window.alertSounds();
    QVERIFY(lj::test::killIngest());
    for (const Room &room : m_rooms)
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(link(room), AlertKind::Reconnecting) || hasAlert(link(room), AlertKind::Failed), 30000);
    for (const Room &room : m_rooms)
        QCOMPARE(window.tile(room.id)->property("alertLevel").toInt(), 2);
    QVERIFY(window.alertSounds() >= soundsBefore + 1);
    QVERIFY(lj::test::restartIngest());
    for (const Room &room : m_rooms)
        QTRY_VERIFY_WITH_TIMEOUT(allPlatforms(link(room), QStringLiteral("live")) && !hasAlert(link(room), AlertKind::Reconnecting), 90000);
    auto *log = window.findChild<QListWidget *>(QStringLiteral("alertLog"));
    QVERIFY(!log->findItems(QStringLiteral("Resolved"), Qt::MatchContains).isEmpty());

    // Studio B dies: offline in the console, the others unaffected; started again, it is back by itself.
    b.process->kill();
    b.process->waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(!link(b)->isOnline() && hasAlert(link(b), AlertKind::Offline), 15000);
    QVERIFY(link(a)->isOnline() && link(c)->isOnline());
    QVERIFY(!hasAlert(link(a), AlertKind::Offline) && !hasAlert(link(c), AlertKind::Offline));
    startStudio(b);
    QTRY_VERIFY_WITH_TIMEOUT(link(b)->isOnline() && link(b)->status().valid, 60000);
    QVERIFY(!hasAlert(link(b), AlertKind::Offline));
    QVERIFY(!log->findItems(QStringLiteral("Back online"), Qt::MatchContains).isEmpty());

    // Ending every show is asked first too.
    answered = false;
    answerBox(QStringLiteral("confirmStopAll"), QMessageBox::Yes, &answered);
    window.stopAll();
    QVERIFY(answered);
    for (const Room *room : {&a, &c})
        QTRY_VERIFY_WITH_TIMEOUT(link(*room)->status().valid && !link(*room)->status().live, 30000);
}

/// A trainer's classroom: the trainer's room and two students' rehearsal
/// rooms. The trainer's rundown (with a product the class has never had) and
/// a fast pace of made-up orders reach every student; a student's voice too
/// loud or too quiet alerts; after the rehearsals, each student's coaching
/// report is collected into a folder of the trainer's.
void TestConsole::classroom()
{
    m_rooms.push_back({QStringLiteral("teacher"), QString(), 0x404040, false});
    m_rooms.push_back({QStringLiteral("student-1"), QStringLiteral("class-1"), 0x3060A0, true, true});
    m_rooms.push_back({QStringLiteral("student-2"), QStringLiteral("class-2"), 0x60A030, true, true});
    prepareRooms();
    // Each on a computer of its own, as in a classroom: its own catalog, shows and reports.
    for (Room &room : m_rooms) {
        room.computer = std::make_unique<QTemporaryDir>();
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), m_config.path() + QStringLiteral("/."), room.computer->path()}), 0);
    }
    for (Room &room : m_rooms)
        startStudio(room);
    for (const Room &room : m_rooms)
        QTRY_VERIFY_WITH_TIMEOUT(portOpen(room.port), 60000);
    RoomStore store(m_config.filePath(QStringLiteral("console/rooms.json")));
    AlertLimits limits;
    limits.silentSeconds = 30; // the students rehearse in silence here, but for the tones
    ConsoleWindow window(store, limits);
    window.show();
    addRooms(window);
    const auto link = [&window](const Room &room) { return &window.tile(room.id)->link(); };
    Room &teacher = m_rooms[0], &one = m_rooms[1], &two = m_rooms[2];
    for (const Room &room : m_rooms)
        QTRY_VERIFY_WITH_TIMEOUT(link(room)->isOnline() && link(room)->status().valid, 30000);
    QVERIFY(link(one)->status().rehearsal && !link(teacher)->status().rehearsal);

    // The trainer prepares today's lesson in the trainer's room: a product nobody has yet.
    const QString lessonProduct = QStringLiteral("课堂样品 五常稻花香 1kg");
    const QJsonObject lesson{{QStringLiteral("name"), QStringLiteral("第3课 大米讲解")},
                             {QStringLiteral("products"),
                              QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("CLASS-RICE-1")},
                                                     {QStringLiteral("title"), lessonProduct},
                                                     {QStringLiteral("list_price_fen"), 3990},
                                                     {QStringLiteral("live_price_fen"), 2990},
                                                     {QStringLiteral("stock"), 50},
                                                     {QStringLiteral("unit"), QStringLiteral("袋")},
                                                     {QStringLiteral("planned_minutes"), 3}},
                                         QJsonObject{{QStringLiteral("code"), QStringLiteral("DEMO-FUNGUS")},
                                                     {QStringLiteral("title"), QStringLiteral("东宁黑木耳 250g")},
                                                     {QStringLiteral("list_price_fen"), 5800},
                                                     {QStringLiteral("live_price_fen"), 3880},
                                                     {QStringLiteral("stock"), 86},
                                                     {QStringLiteral("unit"), QStringLiteral("盒")},
                                                     {QStringLiteral("planned_minutes"), 2}}}}};
    bool answered = false, accepted = false;
    QString why;
    link(teacher)->sendRundown(QJsonObject{{QStringLiteral("name"), QStringLiteral("空")}}, [&](bool ok, const QJsonObject &, const QString &e) {
        answered = true;
        accepted = ok;
        why = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!accepted && !why.isEmpty()); // a rundown without products is refused, with the reason
    answered = false;
    link(teacher)->sendRundown(lesson, [&](bool ok, const QJsonObject &, const QString &e) {
        answered = true;
        accepted = ok;
        why = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY2(accepted, qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(link(teacher)->status().productCount == 2, 10000);

    // The lesson and a fast pace of made-up orders go to every student at once.
    QSignalSpy done(&window, &ConsoleWindow::lessonDone);
    window.sendLesson(teacher.id, 600);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
    QCOMPARE(done.first().at(1).toInt(), 2);
    QCOMPARE(done.first().at(2).toInt(), 2);
    for (const Room *student : {&one, &two}) {
        QTRY_VERIFY_WITH_TIMEOUT(link(*student)->status().productCount == 2, 10000);
        QCOMPARE(link(*student)->status().productTitle.isEmpty() ? lessonProduct : link(*student)->status().productTitle, lessonProduct);
    }
    // 600 a minute on the students' tickers; the trainer's keeps its own (12 a minute).
    const int teacherOrders = link(teacher)->status().orders;
    QTRY_VERIFY_WITH_TIMEOUT(link(one)->status().orders >= 40 && link(two)->status().orders >= 40, 30000);
    QVERIFY2(link(teacher)->status().orders - teacherOrders < 20,
             qPrintable(QStringLiteral("%1 -> %2").arg(teacherOrders).arg(link(teacher)->status().orders)));

    // The students rehearse (the classroom address only).
    for (const Room *student : {&one, &two})
        QTest::mouseClick(window.tile(student->id)->findChild<QPushButton *>(QStringLiteral("live")), Qt::LeftButton);
    for (const Room *student : {&one, &two})
        QTRY_VERIFY_WITH_TIMEOUT(link(*student)->status().live, 30000);
    QVERIFY(window.tile(one.id)->findChild<QLabel *>(QStringLiteral("state"))->text().contains(QStringLiteral("Rehearsal")));
    // A voice far too loud, then far too quiet, into the microphones they listen to.
    const auto tone = [this](const QString &name, const QString &volume, const QString &gain) {
        const QString file = m_config.filePath(name);
        QProcess::execute(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("44100"), QStringLiteral("-c"),
                                                  QStringLiteral("2"), file, QStringLiteral("synth"), QStringLiteral("10"), QStringLiteral("sine"),
                                                  QStringLiteral("300"), QStringLiteral("vol"), volume});
        auto play = std::make_unique<QProcess>();
        play->start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("studio_null"), QStringLiteral("--volume=") + gain, file});
        return play;
    };
    {
        auto loud = tone(QStringLiteral("loud.wav"), QStringLiteral("1.0"), QStringLiteral("131072")); // full scale, doubled: clipped
        for (const Room *student : {&one, &two})
            QTRY_VERIFY2_WITH_TIMEOUT(hasAlert(link(*student), AlertKind::TooLoud), qPrintable(QStringLiteral("peak %1, recent %2, silent %3 s")
                                                                                          .arg(link(*student)->status().micPeakDb)
                                                                                          .arg(link(*student)->status().micRecentPeakDb)
                                                                                          .arg(link(*student)->status().micSilentSeconds)),
                                      15000);
        QVERIFY(!hasAlert(link(one), AlertKind::TooQuiet));
        loud->kill();
        loud->waitForFinished();
    }
    {
        auto quiet = tone(QStringLiteral("quiet.wav"), QStringLiteral("0.01"), QStringLiteral("65536")); // about -40 dBFS
        for (const Room *student : {&one, &two})
            QTRY_VERIFY_WITH_TIMEOUT(hasAlert(link(*student), AlertKind::TooQuiet) && !hasAlert(link(*student), AlertKind::TooLoud), 15000);
        quiet->kill();
        quiet->waitForFinished();
    }
    for (const Room *student : {&one, &two})
        link(*student)->stopLive();
    for (const Room *student : {&one, &two})
        QTRY_VERIFY_WITH_TIMEOUT(!link(*student)->status().live, 30000);

    // The trainer collects the students' coaching reports (the trainer's room has none: it never went live).
    QTemporaryDir collected;
    int gathered = 0;
    for (int attempt = 0; attempt < 30 && gathered < 2; ++attempt) {
        done.clear();
        window.collectReports(collected.path());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        gathered = done.first().at(1).toInt();
        if (gathered < 2)
            QTest::qWait(2000); // the reports are being written after the rehearsals
    }
    if (gathered != 2) {
        // What the console and the studios said, to see why.
        QStringList said;
        auto *log = window.findChild<QListWidget *>(QStringLiteral("alertLog"));
        for (int i = 0; i < log->count() && i < 12; ++i)
            said << log->item(i)->text();
        for (const Room &room : m_rooms) {
            QDirIterator logs(room.computer->path(), {QStringLiteral("*.log")}, QDir::Files, QDirIterator::Subdirectories);
            while (logs.hasNext()) {
                QFile f(logs.next());
                if (f.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : f.readAll().split('\n'))
                        if (line.contains("coaching") || line.contains("report"))
                            said << room.name + QStringLiteral(": ") + QString::fromUtf8(line);
            }
        }
        QFAIL(qPrintable(said.join(QLatin1Char('\n'))));
    }
    for (const Room *student : {&one, &two}) {
        const QDir dir(collected.filePath(student->name));
        const QStringList json = dir.entryList({QStringLiteral("*.json")});
        const QStringList html = dir.entryList({QStringLiteral("*.html")});
        QCOMPARE(json.size(), 1);
        QCOMPARE(html.size(), 1);
        QFile report(dir.filePath(json.first()));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(report.readAll()).object();
        // The rehearsal's report knows the lesson's products.
        QVERIFY2(QJsonDocument(r).toJson().contains("CLASS-RICE-1"), qPrintable(dir.filePath(json.first())));
        QFile page(dir.filePath(html.first()));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains(lessonProduct.toUtf8()));
    }
    QVERIFY(!QDir(collected.filePath(teacher.name)).exists());
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
