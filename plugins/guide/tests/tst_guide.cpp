// 开播向导 walked through as a new host would, with the mouse and keyboard:
// the first start opens it; a room from the field template; no camera here,
// so a video file stands in; the microphone; a platform by its pasted push
// URL (the key into the keychain, not the room file); today's rundown; and
// the host layout then shows the platform's chip.
#include "core/golive.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/studio.h"
#include "mainwindow.h"
#include "windowlayout.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

class TestGuide : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void walkThroughTheGuide();
};

namespace {

QDialog *guide()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("guideDialog") && w->isVisible())
            return qobject_cast<QDialog *>(w);
    return nullptr;
}

QString sourceSetting(obs_scene_t *scene, const char *name, const char *key, QString *type)
{
    obs_sceneitem_t *item = obs_scene_find_source(scene, name);
    if (!item)
        return {};
    obs_source_t *source = obs_sceneitem_get_source(item);
    *type = QString::fromUtf8(obs_source_get_id(source));
    OBSDataAutoRelease settings = obs_source_get_settings(source);
    return QString::fromUtf8(obs_data_get_string(settings, key));
}

} // namespace

void TestGuide::walkThroughTheGuide()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "needs the Xvfb display");
    QTemporaryDir config;
    lj::StudioPaths::setConfigRoot(config.path());
    const QString key = QStringLiteral("guide-key-") + QString::number(QCoreApplication::applicationPid());
    {
        lj::Studio studio;
        QString error;
        QVERIFY2(studio.start({}, &error), qPrintable(error));
        {
            lj::MainWindow window(studio);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The first start opens the guide.
            QTRY_VERIFY_WITH_TIMEOUT(guide() != nullptr, 5000);
            QDialog *dialog = guide();
            // It fits the laptop's screen, as the window behind it does.
            const QRect available = window.screen()->availableGeometry();
            QCOMPARE(available.size(), QSize(1366, 768));
            QVERIFY(available.contains(dialog->frameGeometry()));
            QVERIFY(available.contains(window.frameGeometry()));
            auto *next = dialog->findChild<QPushButton *>(QStringLiteral("guideNext"));

            // 1. A room from the field template.
            auto *templates = dialog->findChild<QListWidget *>(QStringLiteral("guideTemplates"));
            for (int i = 0; i < templates->count(); ++i)
                if (templates->item(i)->data(Qt::UserRole).toString() == QLatin1String("field"))
                    templates->setCurrentRow(i);
            QTest::mouseClick(next, Qt::LeftButton); // no name yet: it stays and says so
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("guideProblem"))->text().isEmpty());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("guideRoomName")), QStringLiteral("field-room"));
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(studio.room().name, QStringLiteral("field-room"));
            obs_scene_t *scene = studio.scenes().currentScene();
            QVERIFY(obs_scene_find_source(scene, "手机摄像头"));

            // 2. No camera on this machine: the alternatives are offered; a video file is picked.
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("guideNoCamera"))->isVisible());
            auto *videoFile = dialog->findChild<QRadioButton *>(QStringLiteral("guideCamera4"));
            QTest::mouseClick(videoFile, Qt::LeftButton, {}, QPoint(5, videoFile->height() / 2));
            QVERIFY(videoFile->isChecked());
            const QString clip = lj::StudioPaths::dataFile(QStringLiteral("demo/product-clip.mp4"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("guideCameraValue")), clip);
            QTest::mouseClick(next, Qt::LeftButton);
            scene = studio.scenes().currentScene();
            QString type;
            QCOMPARE(sourceSetting(scene, "手机摄像头", "local_file", &type), clip);
            QCOMPARE(type, QStringLiteral("ffmpeg_source"));

            // 3. The microphone.
            QTest::mouseClick(next, Qt::LeftButton);
            bool microphone = false;
            obs_scene_enum_items(
                scene,
                [](obs_scene_t *, obs_sceneitem_t *item, void *found) {
                    *static_cast<bool *>(found) |= qstrcmp(obs_source_get_id(obs_sceneitem_get_source(item)), "pulse_input_capture") == 0;
                    return true;
                },
                &microphone);
            QVERIFY(microphone);

            // 4. A platform, by pasting its push URL (typed into a masked field).
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("guidePushUrl"));
            QCOMPARE(url->echoMode(), QLineEdit::Password);
            QTest::keyClicks(url, QStringLiteral("rtmp://127.0.0.1:1935/live/") + key);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("guideAddPlatform")), Qt::LeftButton);
            QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("guidePlatforms"))->count(), 1);
            QTest::mouseClick(next, Qt::LeftButton);

            // 5. Finish: the guide closes on the host layout with the new platform's chip.
            QCOMPARE(next->text(), QStringLiteral("Finish"));
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_VERIFY(guide() == nullptr);
            QCOMPARE(window.windowLayout()->mode(), lj::WindowLayout::Mode::Host);
            QTRY_VERIFY(!window.findChildren<QLabel *>(QRegularExpression(QStringLiteral("^platformChip_"))).isEmpty());
            QString saveError;
            QVERIFY(studio.saveRoom(&saveError));
        }
        // The stream key is in the keychain, never in the room's files.
        QFile room(config.filePath(QStringLiteral("rooms/field-room/room.json")));
        QVERIFY(room.open(QIODevice::ReadOnly));
        const QByteArray json = room.readAll();
        QVERIFY(json.contains("127.0.0.1:1935/live"));
        QVERIFY(!json.contains(key.toUtf8()));
        studio.stop();
    }
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
    // What the guide saved in the keychain goes again.
    lj::SecretStore secrets;
    Q_UNUSED(secrets)
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
