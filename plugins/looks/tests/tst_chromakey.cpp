// A green screen (绿幕) keyed by libobs' chroma key through the studio: a
// green frame with a red square in it, over a blue background, recorded by
// the studio's recorder and decoded again. Where the green was, the
// recording shows the background; the square is intact; with the key off,
// the green is back (so the check can fail).
#include "looksfixture.h"

#include "core/obsptr.h"
#include "core/obsruntime.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lj;

class TestChromaKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void greenGoesTheSquareStays();

private:
    QImage record(const QString &name);

    QTemporaryDir m_dir;
    ObsRuntime m_runtime;
    OBSSceneAutoRelease m_scene;
    OBSSourceAutoRelease m_screen;
    OBSSourceAutoRelease m_key;
};

namespace {

bool near(QRgb p, int r, int g, int b, int tolerance = 30)
{
    return std::abs(qRed(p) - r) <= tolerance && std::abs(qGreen(p) - g) <= tolerance && std::abs(qBlue(p) - b) <= tolerance;
}

} // namespace

void TestChromaKey::initTestCase()
{
    QString error;
    QVERIFY2(looksfixture::startObs(m_runtime, m_dir.path(), 640, 360, &error), qPrintable(error));

    // The host's green cloth, with a red product box held up in front of it.
    QImage green(640, 360, QImage::Format_RGB32);
    green.fill(QColor(0, 177, 64));
    QPainter(&green).fillRect(QRect(240, 110, 160, 140), QColor(210, 30, 40));
    const QString file = m_dir.filePath(QStringLiteral("greenscreen.png"));
    QVERIFY(green.save(file));

    m_scene = obs_scene_create("keyed");
    OBSDataAutoRelease blue = obs_data_create();
    obs_data_set_int(blue, "color", 0xFFC06020); // ABGR: a blue background (32, 96, 192)
    obs_data_set_int(blue, "width", 640);
    obs_data_set_int(blue, "height", 360);
    OBSSourceAutoRelease background = obs_source_create("color_source_v3", "background", blue, nullptr);
    obs_scene_add(m_scene, background);
    OBSDataAutoRelease image = obs_data_create();
    obs_data_set_string(image, "file", file.toUtf8().constData());
    m_screen = obs_source_create("image_source", "green screen", image, nullptr);
    obs_scene_add(m_scene, m_screen);
    OBSDataAutoRelease key = obs_data_create();
    obs_data_set_string(key, "key_color_type", "green");
    m_key = obs_source_create_private("chroma_key_filter_v2", "绿幕抠像", key);
    QVERIFY2(m_key, "libobs' obs-filters has no chroma key");
    obs_source_filter_add(m_screen, m_key);
    obs_set_output_source(0, obs_scene_get_source(m_scene));
    QTRY_VERIFY(obs_source_get_width(m_screen) == 640);
}

void TestChromaKey::cleanupTestCase()
{
    obs_set_output_source(0, nullptr);
    if (m_screen && m_key)
        obs_source_filter_remove(m_screen, m_key);
    m_key = nullptr;
    m_screen = nullptr;
    m_scene = nullptr;
    m_runtime.shutdown();
}

QImage TestChromaKey::record(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!looksfixture::recordProgram(path, 2500, 4000, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QStringLiteral("1.5"),
                                            QStringLiteral("-i"), path, QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                                            QStringLiteral("image2pipe"), QStringLiteral("-c:v"), QStringLiteral("png"), QStringLiteral("-")});
    ffmpeg.waitForFinished(30000);
    return QImage::fromData(ffmpeg.readAllStandardOutput(), "PNG");
}

void TestChromaKey::greenGoesTheSquareStays()
{
    const QImage keyed = record(QStringLiteral("keyed.mp4"));
    QCOMPARE(keyed.size(), QSize(640, 360));
    // Where the green cloth was: the blue background, all round the square.
    for (const QPoint p : {QPoint(40, 40), QPoint(600, 40), QPoint(40, 320), QPoint(600, 320), QPoint(320, 60), QPoint(160, 180)})
        QVERIFY2(near(keyed.pixel(p), 32, 96, 192), qPrintable(QStringLiteral("(%1, %2): %3").arg(p.x()).arg(p.y()).arg(QColor(keyed.pixel(p)).name())));
    // The red box, whole.
    for (const QPoint p : {QPoint(320, 180), QPoint(250, 120), QPoint(390, 240)})
        QVERIFY2(near(keyed.pixel(p), 210, 30, 40), qPrintable(QStringLiteral("(%1, %2): %3").arg(p.x()).arg(p.y()).arg(QColor(keyed.pixel(p)).name())));

    // The key off: the green is back where the background showed.
    obs_source_set_enabled(m_key, false);
    const QImage plain = record(QStringLiteral("plain.mp4"));
    QVERIFY(near(plain.pixel(40, 40), 0, 177, 64));
    obs_source_set_enabled(m_key, true);
}

QTEST_MAIN(TestChromaKey)
#include "tst_chromakey.moc"
