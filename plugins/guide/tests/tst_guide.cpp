// 开播向导 walked through as a new host would, with the mouse and keyboard:
// the first start opens it; a room from the field template; no camera here,
// so a video file stands in, previewed live; the microphone, which hears
// speech played into the sound server; a platform by its pasted push URL (the
// key into the keychain, not the room file); the product spreadsheet imported
// as today's rundown; and the host layout then shows the platform's chip.
#include "core/golive.h"
#include "core/lookpresets.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/sourcepreview.h"
#include "core/studio.h"
#include "core/volumemeter.h"
#include "mainwindow.h"
#include "windowlayout.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

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

/// Runs a command to its end; its error output when it fails.
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(": ") + p.errorString() + QLatin1Char(' ') + QString::fromUtf8(p.readAllStandardError());
    return {};
}

/// Answers the next file dialog as a host would: types the path, presses
/// Enter. The path's completer may pop up and take that Enter: then it is
/// closed and Enter pressed again, until the dialog has gone (after 20 s it is
/// cancelled, so a dialog that will not take the answer fails the test
/// instead of hanging it).
void answerFileDialog(const QString &path)
{
    auto *poll = new QTimer;
    poll->setInterval(100);
    auto typed = std::make_shared<bool>(false);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, path, typed, ticks] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (*typed)
                poll->deleteLater();
            return;
        }
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!*typed) {
            QTest::keyClicks(name, path);
            *typed = true;
        }
        if (++*ticks > 200) {
            dialog->reject();
            return;
        }
        if (QCompleter *completer = name->completer(); completer && completer->popup()->isVisible())
            completer->popup()->hide();
        if (name->text() != path)
            name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    poll->start();
}

} // namespace

void TestGuide::walkThroughTheGuide()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "needs the Xvfb display");
    QTemporaryDir config;
    lj::StudioPaths::setConfigRoot(config.path());
    const QString key = QStringLiteral("guide-key-") + QString::number(QCoreApplication::applicationPid());
    qint64 importedRundown = 0;
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
            // The field template's presets are chosen for the camera and the microphone.
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("guideLook"))->currentData().toString(), QStringLiteral("outdoor"));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("guideVoice"))->currentData().toString(), QStringLiteral("outdoor"));

            // 2. No camera on this machine: the alternatives are offered; a video file is picked.
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("guideNoCamera"))->isVisible());
            auto *videoFile = dialog->findChild<QRadioButton *>(QStringLiteral("guideCamera4"));
            QTest::mouseClick(videoFile, Qt::LeftButton, {}, QPoint(5, videoFile->height() / 2));
            QVERIFY(videoFile->isChecked());
            const QString clip = lj::StudioPaths::dataFile(QStringLiteral("demo/product-clip.mp4"));
            auto *preview = dialog->findChild<lj::SourcePreview *>(QStringLiteral("guideCameraPreview"));
            auto *cameraState = dialog->findChild<QLabel *>(QStringLiteral("guideCameraState"));
            QVERIFY(preview->isVisible());
            QVERIFY(!cameraState->text().isEmpty()); // asks for the file
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("guideCameraValue")), clip);
            // The clip shows in the preview before the host goes on: an opaque picture (nothing rendered is transparent).
            QTRY_VERIFY_WITH_TIMEOUT(!preview->lastImage().isNull(), 10000);
            const QImage picture = preview->lastImage();
            QCOMPARE(picture.pixelColor(picture.width() / 2, picture.height() / 2).alpha(), 255);
            QCOMPARE(cameraState->text(), QStringLiteral("This is what the camera shows."));
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(!preview->source()); // the step let go of its preview
            scene = studio.scenes().currentScene();
            QString type;
            QCOMPARE(sourceSetting(scene, "手机摄像头", "local_file", &type), clip);
            QCOMPARE(type, QStringLiteral("ffmpeg_source"));
            // The new camera wears the look (户外田间: daylight colour).
            QCOMPARE(lj::LookPresets::appliedTo(obs_sceneitem_get_source(obs_scene_find_source(scene, "手机摄像头"))),
                     QStringLiteral("outdoor"));

            // 3. The microphone: a live level, and a check that it hears the host.
            QVERIFY2(run(QStringLiteral("pactl"), {QStringLiteral("info")}).isEmpty(), "needs the sound server of scripts/test-services.sh");
            auto *heard = dialog->findChild<QLabel *>(QStringLiteral("guideMicrophoneHeard"));
            QVERIFY(dialog->findChild<lj::VolumeMeter *>(QStringLiteral("guideMicrophoneMeter")));
            QVERIFY(heard->isVisible());
            // Silence is not mistaken for a voice (a window to observe, not a synchronisation).
            QTest::qWait(1500);
            QVERIFY(!heard->property("heard").toBool());
            // Speech played into the null sink, whose monitor is the default microphone here.
            const QString speech = config.filePath(QStringLiteral("speech.wav"));
            QString failed = run(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-w"), speech,
                                                              QStringLiteral("欢迎来到龙江直播间，今天给大家介绍五常大米")});
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            QProcess play;
            play.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("studio_null"), speech});
            QTRY_VERIFY_WITH_TIMEOUT(heard->property("heard").toBool(), 15000);
            QVERIFY(play.waitForFinished(30000));
            QCOMPARE(play.exitCode(), 0);
            // Unticked, the microphone is let go of; ticked again, it is listened to again.
            auto *use = dialog->findChild<QCheckBox *>(QStringLiteral("guideMicrophone"));
            QTest::mouseClick(use, Qt::LeftButton, {}, QPoint(5, use->height() / 2));
            QVERIFY(!dialog->findChild<lj::VolumeMeter *>(QStringLiteral("guideMicrophoneMeter")));
            QTest::mouseClick(use, Qt::LeftButton, {}, QPoint(5, use->height() / 2));
            QVERIFY(dialog->findChild<lj::VolumeMeter *>(QStringLiteral("guideMicrophoneMeter")));
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(!dialog->findChild<lj::VolumeMeter *>(QStringLiteral("guideMicrophoneMeter"))); // the check let go of the microphone
            obs_source_t *microphone = nullptr;
            obs_scene_enum_items(
                scene,
                [](obs_scene_t *, obs_sceneitem_t *item, void *found) {
                    if (qstrcmp(obs_source_get_id(obs_sceneitem_get_source(item)), "pulse_input_capture") == 0)
                        *static_cast<obs_source_t **>(found) = obs_sceneitem_get_source(item);
                    return true;
                },
                &microphone);
            QVERIFY(microphone);
            // The outdoor voice chain: wind cut, noise suppression, gate, compressor, loudness, limiter.
            QStringList chain;
            obs_source_enum_filters(
                microphone, [](obs_source_t *, obs_source_t *f, void *p) { *static_cast<QStringList *>(p) << QString::fromUtf8(obs_source_get_id(f)); },
                &chain);
            QCOMPARE(chain, QStringList({QStringLiteral("basic_eq_filter"), QStringLiteral("noise_suppress_filter_v2"), QStringLiteral("noise_gate_filter"),
                                         QStringLiteral("compressor_filter"), QStringLiteral("lj_loudness_filter"), QStringLiteral("limiter_filter")}));

            // 4. A platform, by pasting its push URL (typed into a masked field).
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("guidePushUrl"));
            QCOMPARE(url->echoMode(), QLineEdit::Password);
            QTest::keyClicks(url, QStringLiteral("rtmp://127.0.0.1:1935/live/") + key);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("guideAddPlatform")), Qt::LeftButton);
            QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("guidePlatforms"))->count(), 1);
            QTest::mouseClick(next, Qt::LeftButton);

            // 5. Today's products from a spreadsheet: the good rows become today's rundown, the bad one is named.
            const QString sheet = config.filePath(QStringLiteral("today-products.csv"));
            {
                QFile csv(sheet);
                QVERIFY(csv.open(QIODevice::WriteOnly));
                csv.write("编码,标题,原价,直播价,库存\n"
                          "GD-3,五常稻花香大米 5kg,89.90,59.90,100\n"
                          "GD-1,东宁黑木耳 250g,58,38.80,50\n"
                          "GD-9,,19.90,15.90,10\n"
                          "GD-2,饶河椴树蜜 500g,98,68,30\n");
            }
            auto *report = dialog->findChild<QLabel *>(QStringLiteral("guideImportReport"));
            auto *rundowns = dialog->findChild<QComboBox *>(QStringLiteral("guideRundown"));
            answerFileDialog(sheet);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("guideImport")), Qt::LeftButton);
            QTRY_VERIFY(report->text().contains(QStringLiteral("3 products imported.")));
            QVERIFY2(report->text().contains(QStringLiteral("Line 4:")), qPrintable(report->text())); // the row without a title
            QVERIFY(rundowns->currentText().endsWith(QStringLiteral("today-products")));
            importedRundown = rundowns->currentData().toLongLong();
            QVERIFY(importedRundown > 0);

            // Finish: the guide closes on the host layout with the new platform's chip.
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
        // The shelf shows the imported rundown, and the room remembers it.
        const QJsonObject shelf =
            QJsonDocument::fromJson(json).object().value(QStringLiteral("pluginData")).toObject().value(QStringLiteral("productshelf")).toObject();
        QCOMPARE(shelf.value(QStringLiteral("rundown")).toInteger(), importedRundown);
        studio.stop();
    }
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
    // What the guide saved in the keychain goes again.
    lj::SecretStore secrets;
    Q_UNUSED(secrets)
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
