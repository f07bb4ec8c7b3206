// The host layout on a 1366×768 laptop screen (an Xvfb display of that size):
// a first start opens it, every widget of both layouts lies inside the
// screen, and 开播 goes live on every platform with a backup recording —
// one rejected key leaving the others live and its chip red with the reason.
#include "../obs/framecheck.h"

#include "core/appsettings.h"
#include "core/golive.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/secretstore.h"
#include "core/sourceimage.h"
#include "core/studio.h"
#include "hostbar.h"
#include "mainwindow.h"
#include "previewwidget.h"
#include "windowlayout.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

class TestHostLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstStartOpensTheHostLayout();
    void technicianLayoutFitsTheScreenToo();
    void goLiveWithOneClick();
    void rehearsalReachesOnlyTheClassroom();

private:
    /// Every visible widget of the window lies inside the screen's available area.
    void expectInsideScreen(const QString &what);
    QLabel *chip(const QString &id) const;
    /// The visible top-level window of that name (a dialog the studio opened).
    static QWidget *topLevel(const QString &name);
    QString ingestStat() const;

    QTemporaryDir m_config;
    QString m_room = QStringLiteral("主播测试");
    QString m_unique = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QMap<QString, QString> m_keys; ///< target id -> key (the public platforms)
    QString m_classroomId = QStringLiteral("classroom") + m_unique;
    QString m_classroomKey = QStringLiteral("class-") + m_unique;
    lj::SecretStore m_secrets;
    std::unique_ptr<lj::Studio> m_studio;
    std::unique_ptr<lj::MainWindow> m_window;
};

void TestHostLayout::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "needs an X display");
    // A 1366x768 laptop at 100 %, or (LJ_EXPECT_SCREEN) another size such as
    // 1920x1080 at 125 %, which Qt sees as 1536x864.
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QString expected = qEnvironmentVariable("LJ_EXPECT_SCREEN", QStringLiteral("1366x768"));
    QVERIFY2(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()) == expected,
             qPrintable(QStringLiteral("screen is %1x%2, not %3").arg(screen.width()).arg(screen.height()).arg(expected)));
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    lj::StudioPaths::setConfigRoot(m_config.path());

    // A room with three platforms: two keys the ingest takes, one it refuses.
    const QString rtmp = qEnvironmentVariable("LJ_RTMP_URL");
    const QList<std::tuple<QString, QString, QString, QString>> targets = {
        {QStringLiteral("douyin") + m_unique, QStringLiteral("抖音"), rtmp + QStringLiteral("/live/"), QStringLiteral("dy-") + m_unique},
        {QStringLiteral("kuaishou") + m_unique, QStringLiteral("快手"), rtmp + QStringLiteral("/auth/"), QStringLiteral("bad-") + m_unique},
        {QStringLiteral("taobao") + m_unique, QStringLiteral("淘宝直播"), rtmp + QStringLiteral("/auth/"), QStringLiteral("good-") + m_unique}};
    QJsonArray list;
    m_secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    for (const auto &[id, name, server, key] : targets) {
        list.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("platform"), QStringLiteral("rtmp")},
                                {QStringLiteral("server"), server}, {QStringLiteral("maxRetries"), 0}});
        QVERIFY(m_secrets.writeSync(id, key).ok());
        m_keys.insert(id, key);
    }
    // And the classroom's ingest, for rehearsals only.
    list.append(QJsonObject{{QStringLiteral("id"), m_classroomId}, {QStringLiteral("name"), QStringLiteral("课堂")},
                            {QStringLiteral("platform"), QStringLiteral("rtmp")}, {QStringLiteral("server"), QString(rtmp + QStringLiteral("/classroom/"))},
                            {QStringLiteral("maxRetries"), 0}, {QStringLiteral("classroom"), true}});
    QVERIFY(m_secrets.writeSync(m_classroomId, m_classroomKey).ok());
    const QJsonObject room{{QStringLiteral("name"), m_room},
                           {QStringLiteral("output"), QJsonObject{{QStringLiteral("folder"), m_config.filePath(QStringLiteral("videos"))},
                                                                  {QStringLiteral("plannedMinutes"), 30}}},
                           {QStringLiteral("pluginData"),
                            QJsonObject{{QStringLiteral("pushmanager"), QJsonObject{{QStringLiteral("targets"), list}}}}}};
    QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("rooms/") + m_room)));
    QFile file(m_config.filePath(QStringLiteral("rooms/%1/room.json").arg(m_room)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(room).toJson());
    file.close();

    m_studio = std::make_unique<lj::Studio>();
    QString error;
    QVERIFY2(m_studio->start({m_room}, &error), qPrintable(error));
    m_window = std::make_unique<lj::MainWindow>(*m_studio);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHostLayout::cleanupTestCase()
{
    m_window.reset();
    if (m_studio)
        m_studio->stop();
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
    for (const QString &id : m_keys.keys())
        m_secrets.removeSync(id);
    m_secrets.removeSync(m_classroomId);
}

void TestHostLayout::expectInsideScreen(const QString &what)
{
    // The X server without a window manager applies sizes a moment later: wait for them.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->screen()->availableGeometry().contains(m_window->frameGeometry()), 3000);
    // The window as Qt paints it, with the program picture where the preview is
    // (libobs draws that into a native window a widget grab cannot see). The
    // host-live one is the screenshot of the AppStream metainfo (docs/screenshots/).
    QImage shot = m_window->grab().toImage();
    if (auto *preview = m_window->findChild<lj::PreviewWidget *>(); preview && preview->isVisible()) {
        const QRect area(preview->mapTo(m_window.get(), QPoint(0, 0)) * shot.devicePixelRatio(), preview->size() * shot.devicePixelRatio());
        OBSSourceAutoRelease program = obs_get_output_source(0);
        const QImage picture = lj::grabSourceImage(program, area.size());
        QPainter painter(&shot);
        painter.fillRect(area, QColor(24, 24, 24));
        QRect fitted(QPoint(0, 0), picture.size());
        fitted.moveCenter(area.center());
        painter.drawImage(fitted, picture);
    }
    framecheck::saveArtifact(shot,
                             QStringLiteral("layout-%1-%2.png").arg(qEnvironmentVariable("LJ_EXPECT_SCREEN", QStringLiteral("1366x768")), what));
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1: window %2,%3 %4x%5 is larger than the screen")
                            .arg(what)
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())));
    int checked = 0;
    const QRect windowRect(m_window->mapToGlobal(QPoint(0, 0)), m_window->size());
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() == 0 || w->height() == 0 || w->window() != m_window.get())
            continue;
        const QRect global(w->mapToGlobal(QPoint(0, 0)), w->size());
        // Qt parks the docks behind other tabs, and unused tab bars, far
        // outside the window instead of hiding them: not on screen at all.
        if (!global.intersects(windowRect))
            continue;
        QVERIFY2(available.contains(global), qPrintable(QStringLiteral("%1: %2 (%3) at %4,%5 %6x%7 lies outside the screen")
                                                            .arg(what, w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                                                            .arg(global.x()).arg(global.y()).arg(global.width()).arg(global.height())));
        ++checked;
    }
    QVERIFY(checked > 10);
}

QWidget *TestHostLayout::topLevel(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return w;
    return nullptr;
}

QLabel *TestHostLayout::chip(const QString &id) const
{
    return m_window->findChild<QLabel *>(QStringLiteral("platformChip_") + id);
}

QString TestHostLayout::ingestStat() const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(qEnvironmentVariable("LJ_INGEST_STAT_URL"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString body = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    return body;
}

void TestHostLayout::firstStartOpensTheHostLayout()
{

    QCOMPARE(m_window->windowLayout()->mode(), lj::WindowLayout::Mode::Host);
    QVERIFY(m_window->hostBar()->isVisible());
    QVERIFY(m_window->preview()->isVisible());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("goLiveButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(button->height() >= 56);
    for (const QString &id : m_keys.keys())
        QVERIFY2(chip(id) && chip(id)->isVisible(), qPrintable(id));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("hostProductPanel"))->isVisible());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("hostSalesPanel"))->isVisible());
    // The preview keeps most of the window.
    QVERIFY(m_window->preview()->height() > m_window->height() / 2);
    expectInsideScreen(QStringLiteral("host"));
}

void TestHostLayout::technicianLayoutFitsTheScreenToo()
{
    auto *toggle = m_window->findChild<QToolButton *>(QStringLiteral("layoutToggle"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_window->windowLayout()->mode(), lj::WindowLayout::Mode::Technician);
    QVERIFY(!m_window->hostBar()->isVisible());
    int docks = 0;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        docks += !dock->isHidden();
    QVERIFY(docks >= 9); // five of the studio's, four of the plugins'
    expectInsideScreen(QStringLiteral("technician"));
    QCOMPARE(m_studio->settings().layoutMode(m_room), QStringLiteral("technician")); // remembered per room

    // Reset layout puts every dock back in its tab group, still on screen.
    m_window->findChild<QAction *>(QStringLiteral("resetLayout"))->trigger();
    expectInsideScreen(QStringLiteral("technician-reset"));

    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_window->windowLayout()->mode(), lj::WindowLayout::Mode::Host);
    QCOMPARE(m_studio->settings().layoutMode(m_room), QStringLiteral("host"));
}

void TestHostLayout::goLiveWithOneClick()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("goLiveButton"));
    lj::GoLive &goLive = *m_window->goLiveControl();
    QTest::mouseClick(button, Qt::LeftButton);
    // The check warns (no microphone in the demo scene): the host is asked once.
    auto *anyway = m_window->findChild<QPushButton *>(QStringLiteral("goLiveAnyway"));
    QTRY_VERIFY_WITH_TIMEOUT(anyway->isVisible(), 10000);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("preflightNotice"))->text().contains(QStringLiteral("Microphone")));
    QTest::mouseClick(anyway, Qt::LeftButton);
    QCOMPARE(goLive.state(), lj::GoLive::State::Live);

    const QStringList ids = m_keys.keys();
    const QString douyin = ids.filter(QStringLiteral("douyin")).first(), kuaishou = ids.filter(QStringLiteral("kuaishou")).first(),
                  taobao = ids.filter(QStringLiteral("taobao")).first();
    QTRY_COMPARE_WITH_TIMEOUT(chip(douyin)->property("state").toString(), QStringLiteral("live"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(chip(taobao)->property("state").toString(), QStringLiteral("live"), 20000);
    // The refused key: its chip red, the reason on hover; the others stay live.
    QTRY_COMPARE_WITH_TIMEOUT(chip(kuaishou)->property("state").toString(), QStringLiteral("failed"), 20000);
    QVERIFY2(!chip(kuaishou)->toolTip().isEmpty() && chip(kuaishou)->toolTip() != QStringLiteral("failed"), qPrintable(chip(kuaishou)->toolTip()));
    // The banner says which platform failed and why.
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("preflightNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->text().contains(QStringLiteral("快手")), 10000);
    const QString stat = ingestStat();
    QVERIFY2(stat.contains(m_keys.value(douyin)) && stat.contains(m_keys.value(taobao)), qPrintable(stat.left(2000)));
    QVERIFY(!stat.contains(m_keys.value(kuaishou)));
    QVERIFY(!stat.contains(m_classroomKey)); // a public show never reaches the classroom's ingest
    QVERIFY(button->text().contains(QStringLiteral(":")));
    expectInsideScreen(QStringLiteral("host-live"));

    QTRY_VERIFY_WITH_TIMEOUT(goLive.elapsedMs() >= 4000, 10000); // a show of about four seconds
    const double shownSec = double(goLive.elapsedMs()) / 1000.0;
    QTest::mouseClick(button, Qt::LeftButton); // 下播
    QTRY_COMPARE_WITH_TIMEOUT(goLive.state(), lj::GoLive::State::Idle, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(chip(douyin)->property("state").toString(), QStringLiteral("idle"), 10000);

    // The backup recording: in the room's folder, named with the room, H.264 + AAC, the show's length.
    const QString backup = goLive.backupPath();
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QVERIFY(QFileInfo(backup).fileName().startsWith(m_room + QLatin1Char('_')));
    QVERIFY(backup.startsWith(m_config.filePath(QStringLiteral("videos"))));
    // The show's coaching report, offered at its end, holds each platform's push over the show.
    QWidget *offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((offer = topLevel(QStringLiteral("coachingReady"))) != nullptr, 30000);
    const QStringList reports = QDir(m_config.filePath(QStringLiteral("reports"))).entryList({QStringLiteral("show-*.json")});
    QCOMPARE(reports.size(), 1);
    QFile reportFile(m_config.filePath(QStringLiteral("reports/") + reports.first()));
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> platforms;
    for (const QJsonValue &v : QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("platforms")).toArray())
        platforms.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    qInfo("platforms in the report: %s", qPrintable(QStringList(platforms.keys()).join(QLatin1Char(' '))));
    QVERIFY(platforms.value(douyin).value(QStringLiteral("averageKbps")).toDouble() > 0);
    QVERIFY(platforms.value(douyin).value(QStringLiteral("liveShare")).toDouble() > 0);
    QVERIFY(platforms.value(taobao).value(QStringLiteral("averageKbps")).toDouble() > 0);
    QVERIFY(platforms.contains(kuaishou)); // refused: in the report, never live
    QCOMPARE(platforms.value(kuaishou).value(QStringLiteral("liveShare")).toDouble(), 0.0);
    QVERIFY(!platforms.contains(m_classroomId));
    QTest::mouseClick(offer->findChild<QPushButton *>(QStringLiteral("coachingLater")), Qt::LeftButton);
    QTRY_VERIFY(topLevel(QStringLiteral("coachingReady")) == nullptr);

    const QJsonObject info = framecheck::probe(backup);
    QCOMPARE(framecheck::stream(info, QStringLiteral("video")).value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
    QCOMPARE(framecheck::stream(info, QStringLiteral("audio")).value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
    const double duration = info.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
    QVERIFY2(qAbs(duration - shownSec) <= 1.0, qPrintable(QStringLiteral("recording %1 s, show %2 s").arg(duration).arg(shownSec)));
}

void TestHostLayout::rehearsalReachesOnlyTheClassroom()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("goLiveButton"));
    auto *toggle = m_window->findChild<QPushButton *>(QStringLiteral("rehearsalToggle"));
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("rehearsalBadge"));
    lj::GoLive &goLive = *m_window->goLiveControl();
    QVERIFY(toggle && toggle->isVisible() && badge);
    QVERIFY(!badge->isVisible());
    QVERIFY(chip(m_keys.firstKey()));
    QVERIFY(!chip(m_classroomId)); // a public show never shows (or reaches) the classroom

    // One click: the room rehearses — plain to see above the preview and on the button.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_studio->room().rehearsal);
    QVERIFY(badge->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Start rehearsal"));
    QTRY_VERIFY(chip(m_classroomId) != nullptr);
    for (const QString &id : m_keys.keys())
        QVERIFY2(!chip(id), qPrintable(id));
    expectInsideScreen(QStringLiteral("host-rehearsal"));

    QTest::mouseClick(button, Qt::LeftButton);
    auto *anyway = m_window->findChild<QPushButton *>(QStringLiteral("goLiveAnyway"));
    QTRY_VERIFY_WITH_TIMEOUT(anyway->isVisible() || goLive.state() == lj::GoLive::State::Live, 10000);
    if (goLive.state() != lj::GoLive::State::Live)
        QTest::mouseClick(anyway, Qt::LeftButton);
    QCOMPARE(goLive.state(), lj::GoLive::State::Live);
    QVERIFY(!toggle->isEnabled()); // not switched mid-show
    QTRY_COMPARE_WITH_TIMEOUT(chip(m_classroomId)->property("state").toString(), QStringLiteral("live"), 20000);
    // The ingest sees the classroom's stream and none of the public platforms' keys.
    const QString stat = ingestStat();
    QVERIFY2(stat.contains(m_classroomKey), qPrintable(stat.left(2000)));
    for (const QString &key : m_keys)
        QVERIFY2(!stat.contains(key), qPrintable(key));
    QVERIFY(button->text().startsWith(QStringLiteral("End rehearsal")));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(goLive.state(), lj::GoLive::State::Idle, 20000);
    // The rehearsal was recorded (it always is, for its coaching report)...
    QVERIFY2(QFileInfo::exists(goLive.backupPath()), qPrintable(goLive.backupPath()));
    // ...and at its end the studio offers the report: one click opens it on this rehearsal.
    QTRY_VERIFY_WITH_TIMEOUT(topLevel(QStringLiteral("coachingReady")) != nullptr, 30000);
    QTest::mouseClick(topLevel(QStringLiteral("coachingReady"))->findChild<QPushButton *>(QStringLiteral("coachingOpen")), Qt::LeftButton);
    QWidget *reports = topLevel(QStringLiteral("coachingReports"));
    QVERIFY(reports);
    auto *shows = reports->findChild<QTreeWidget *>(QStringLiteral("coachingShows"));
    QVERIFY(shows->currentItem());
    QCOMPARE(shows->currentItem()->text(2), QStringLiteral("Rehearsal"));
    QTRY_VERIFY_WITH_TIMEOUT(reports->findChild<QPushButton *>(QStringLiteral("coachingSave"))->isEnabled(), 30000);
    QVERIFY(reports->frameGeometry().height() <= m_window->screen()->availableGeometry().height());
    reports->close();
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_studio->room().rehearsal);
    QVERIFY(!badge->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Go live"));
}

QTEST_MAIN(TestHostLayout)
#include "tst_hostlayout.moc"
