// The looks-and-voice window and the mixer driven as a host would, in the
// studio on its demo room. 绿幕抠像: a green picture with a red box as the
// camera, the preset picked, a background chosen in the same window, Apply —
// the composed program shows the background where the green was and the box
// intact; 室内主播 after it takes the key and the background away again.
// The mixer: a voice's short-term loudness against the target, "too quiet"
// without the chain, "good" with 人声清晰 (and so says the host layout's
// line), "silent" muted.
#include "looksdialog.h"
#include "mixerdock.h"

#include "core/lookpresets.h"
#include "core/loudnessmeter.h"
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/scenecollection.h"
#include "core/sourceimage.h"
#include "core/studio.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace lj;

class TestLooksWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void greenScreenPreset();
    void mixerLoudness();
};

namespace {

QStringList filterIds(obs_source_t *source)
{
    QStringList ids;
    obs_source_enum_filters(
        source, [](obs_source_t *, obs_source_t *f, void *p) { *static_cast<QStringList *>(p) << QString::fromUtf8(obs_source_get_id(f)); },
        &ids);
    return ids;
}

bool near(QRgb p, int r, int g, int b, int tolerance = 40)
{
    return std::abs(qRed(p) - r) <= tolerance && std::abs(qGreen(p) - g) <= tolerance && std::abs(qBlue(p) - b) <= tolerance;
}

QString colourAt(const QImage &image, QPoint p)
{
    return QStringLiteral("(%1, %2): %3").arg(p.x()).arg(p.y()).arg(QColor(image.pixel(p)).name());
}

obs_sceneitem_t *fillCanvas(obs_sceneitem_t *item)
{
    obs_video_info ovi = {};
    obs_get_video_info(&ovi);
    obs_transform_info info = {};
    obs_sceneitem_get_info(item, &info);
    info.pos = {};
    info.alignment = OBS_ALIGN_LEFT | OBS_ALIGN_TOP;
    info.bounds_type = OBS_BOUNDS_STRETCH;
    info.bounds = {{{float(ovi.base_width), float(ovi.base_height)}}};
    obs_sceneitem_set_info(item, &info);
    return item;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
    if (!ok)
        qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
    return ok;
}

} // namespace

void TestLooksWindow::greenScreenPreset()
{
    QTemporaryDir config;
    StudioPaths::setConfigRoot(config.path());
    Studio studio;
    QString error;
    QVERIFY2(studio.start({}, &error), qPrintable(error));
    PluginContext context(studio, QStringLiteral("looks"));
    obs_scene_t *scene = studio.scenes().currentScene();

    // The host in front of a green cloth, holding up a red box: on top of the room.
    QImage green(640, 360, QImage::Format_RGB32);
    green.fill(QColor(0, 177, 64));
    QPainter(&green).fillRect(QRect(240, 110, 160, 140), QColor(210, 30, 40));
    const QString greenFile = config.filePath(QStringLiteral("greencloth.png"));
    QVERIFY(green.save(greenFile));
    QImage orange(640, 360, QImage::Format_RGB32);
    orange.fill(QColor(240, 140, 20));
    const QString backgroundFile = config.filePath(QStringLiteral("farm.png"));
    QVERIFY(orange.save(backgroundFile));
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "file", greenFile.toUtf8().constData());
    obs_sceneitem_t *cameraItem = fillCanvas(studio.scenes().addSource(scene, "image_source", QStringLiteral("绿幕摄像头"), settings));
    QVERIFY(cameraItem);
    obs_source_t *camera = obs_sceneitem_get_source(cameraItem);
    obs_source_t *program = obs_scene_get_source(scene);
    QTRY_VERIFY(obs_source_get_width(camera) == 640);

    {
        looks::LooksDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The window fits a laptop's screen.
        QVERIFY(dialog.height() <= 700);
        auto *greenScreen = dialog.findChild<QGroupBox *>(QStringLiteral("looksGreenScreen"));
        QVERIFY(!greenScreen->isVisible()); // 室内主播 first: no background to choose
        auto *preset = dialog.findChild<QRadioButton *>(QStringLiteral("preset_greenscreen"));
        QTest::mouseClick(preset, Qt::LeftButton, {}, QPoint(5, preset->height() / 2));
        QVERIFY(preset->isChecked());
        QVERIFY(greenScreen->isVisible());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("looksMicrophone"))->isEnabled());
        auto *cameras = dialog.findChild<QComboBox *>(QStringLiteral("looksCamera"));
        const int index = cameras->findData(QStringLiteral("绿幕摄像头"));
        QVERIFY(index >= 0);
        cameras->setCurrentIndex(index);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("looksBackground")), backgroundFile);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("looksApply")), Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("looksStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("绿幕摄像头")), qPrintable(status->text()));
        QVERIFY2(status->styleSheet().isEmpty(), qPrintable(status->text())); // no problem said
        // The combo now says what the camera wears.
        QVERIFY(cameras->currentText().contains(QStringLiteral("绿幕")));
    }
    QCOMPARE(filterIds(camera), QStringList({QStringLiteral("crop_filter"), QStringLiteral("chroma_key_filter_v2")}));
    QCOMPARE(LookPresets::appliedTo(camera), QStringLiteral("greenscreen"));
    // The background right behind the camera.
    obs_sceneitem_t *background = obs_scene_find_source(scene, LookPresets::backgroundName().toUtf8().constData());
    QVERIFY(background);
    QVERIFY(LookPresets::isBackground(obs_sceneitem_get_source(background)));
    QCOMPARE(obs_sceneitem_get_order_position(background) + 1, obs_sceneitem_get_order_position(cameraItem));

    // The composed program: the background where the green was, the box intact.
    QTest::qWait(300); // filter settings reach the picture on libobs' next frame
    QImage composed;
    QTRY_VERIFY_WITH_TIMEOUT((composed = grabSourceImage(program, QSize(640, 360)), near(composed.pixel(40, 40), 240, 140, 20)), 5000);
    const QImage image = composed.convertToFormat(QImage::Format_RGB32);
    for (const QPoint p : {QPoint(40, 40), QPoint(600, 40), QPoint(40, 300), QPoint(600, 300), QPoint(320, 60), QPoint(160, 180)})
        QVERIFY2(near(image.pixel(p), 240, 140, 20), qPrintable(colourAt(image, p)));
    for (const QPoint p : {QPoint(320, 180), QPoint(250, 120), QPoint(390, 240)})
        QVERIFY2(near(image.pixel(p), 210, 30, 40), qPrintable(colourAt(image, p)));
    image.save(qEnvironmentVariable("LJ_TEST_ARTIFACTS", QDir::tempPath()) + QStringLiteral("/greenscreen-preset.png"));

    // 室内主播 instead: the key, the crop and the background go; 美颜 and colour come.
    QString note;
    QVERIFY2(LookPresets::applyToCamera(QString::fromLatin1(LookPresets::kIndoor), camera, studio.scenes(), scene, {}, &error, &note),
             qPrintable(error));
    QCOMPARE(filterIds(camera), QStringList({QStringLiteral("lj_beauty_filter"), QStringLiteral("color_filter_v2")}));
    QVERIFY(!obs_scene_find_source(scene, LookPresets::backgroundName().toUtf8().constData()));
    QTRY_VERIFY_WITH_TIMEOUT(near(grabSourceImage(program, QSize(640, 360)).pixel(40, 40), 0, 177, 64, 60), 5000);
    // The host's own filter stays when a preset is put on again.
    OBSSourceAutoRelease own = obs_source_create("sharpness_filter_v2", "my sharpness", nullptr, nullptr);
    obs_source_filter_add(camera, own);
    QVERIFY(LookPresets::applyToCamera(QString::fromLatin1(LookPresets::kOutdoor), camera, studio.scenes(), scene, {}, &error));
    QCOMPARE(filterIds(camera), QStringList({QStringLiteral("sharpness_filter_v2"), QStringLiteral("color_filter_v2")}));
    studio.stop();
}

void TestLooksWindow::mixerLoudness()
{
    QTemporaryDir config;
    StudioPaths::setConfigRoot(config.path());
    // A quiet voice: espeak-ng sentences with pauses, peaks at -18 dBFS (about 15 LU under the target).
    const QString speech = config.filePath(QStringLiteral("s.wav")), voice = config.filePath(QStringLiteral("voice.wav"));
    QVERIFY(run(QStringLiteral("espeak-ng"), {QStringLiteral("-w"), speech,
                                              QStringLiteral("Fresh blueberries from the Greater Khingan, picked this morning, "
                                                             "sweet and full, order now.")}));
    QVERIFY(run(QStringLiteral("sox"), {speech, QStringLiteral("-r"), QStringLiteral("48000"), voice, QStringLiteral("pad"), QStringLiteral("0"),
                                        QStringLiteral("1"), QStringLiteral("gain"), QStringLiteral("-n"), QStringLiteral("-18")}));
    Studio studio;
    QString error;
    QVERIFY2(studio.start({}, &error), qPrintable(error));
    obs_scene_t *scene = studio.scenes().currentScene();
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_bool(settings, "is_local_file", true);
    obs_data_set_string(settings, "local_file", voice.toUtf8().constData());
    obs_data_set_bool(settings, "looping", true);
    QVERIFY(studio.scenes().addSource(scene, "ffmpeg_source", QStringLiteral("主播声音"), settings));
    obs_source_t *source = obs_sceneitem_get_source(obs_scene_find_source(scene, "主播声音"));
    {
        MixerPanel mixer(studio);
        mixer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mixer));
        QWidget *strip = mixer.findChild<QWidget *>(QStringLiteral("strip_主播声音"));
        QVERIFY(strip);
        auto *loudness = strip->findChild<QLabel *>(QStringLiteral("loudness"));
        // A media file is not a microphone: no loudness line until something gives it a target.
        QTest::qWait(500);
        QVERIFY(!loudness->isVisible());
        const auto verdict = [loudness] { return LoudnessMeter::Verdict(loudness->property("verdict").toInt()); };

        // The leveler alone, allowed no boost: measured against its target, too quiet.
        OBSDataAutoRelease levelSettings = obs_data_create();
        obs_data_set_double(levelSettings, "max_boost_db", 0.0);
        OBSSourceAutoRelease leveler = obs_source_create("lj_loudness_filter", "level", levelSettings, nullptr);
        QVERIFY(leveler);
        obs_source_filter_add(source, leveler);
        QTRY_VERIFY2_WITH_TIMEOUT(loudness->isVisible() && verdict() == LoudnessMeter::Verdict::TooQuiet, qPrintable(loudness->text()), 15000);
        qInfo("the leveler allowed no boost: %s", qPrintable(loudness->text()));
        QVERIFY2(loudness->text().contains(QStringLiteral("LUFS")), qPrintable(loudness->text()));
        obs_source_filter_remove(source, leveler);

        // 人声清晰: brought to the target.
        QVERIFY2(LookPresets::applyToMicrophone(QString::fromLatin1(LookPresets::kVoice), source, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(verdict() == LoudnessMeter::Verdict::Good, qPrintable(loudness->text()), 20000);
        qInfo("with the chain: %s", qPrintable(loudness->text()));

        // The host layout's line says it too, with the preset the voice wears.
        PluginContext context(studio, QStringLiteral("looks"));
        looks::LooksHostPanel host(context);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        auto *state = host.findChild<QLabel *>(QStringLiteral("hostLooksState"));
        auto *voiceLine = host.findChild<QLabel *>(QStringLiteral("hostLooksVoice"));
        QVERIFY2(state->text().contains(LookPresets::byId(QString::fromLatin1(LookPresets::kVoice))->name), qPrintable(state->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(voiceLine->isVisible() && LoudnessMeter::Verdict(voiceLine->property("verdict").toInt()) == LoudnessMeter::Verdict::Good,
                                  qPrintable(voiceLine->text()), 10000);
        qInfo("the host's line: %s / %s", qPrintable(state->text()), qPrintable(voiceLine->text()));

        // Muted: silent.
        obs_source_set_muted(source, true);
        QTRY_VERIFY_WITH_TIMEOUT(verdict() == LoudnessMeter::Verdict::Silent, 15000);
        obs_source_set_muted(source, false);
    }
    studio.stop();
}

QTEST_MAIN(TestLooksWindow)
#include "tst_lookswindow.moc"
