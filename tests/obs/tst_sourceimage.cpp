// A source's picture read back from libobs without a window (grabSourceImage)
// and the live preview built on it (SourcePreview): the colours are the
// source's, the size keeps its aspect, and a previewed media file plays.
#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/sourceimage.h"
#include "core/sourcepreview.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSourceImage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void colourAndSizeOfASource();
    void previewPlaysAMediaFile();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    lj::ObsRuntime m_runtime;
};

namespace {

bool near(QColor c, int r, int g, int b, int tolerance)
{
    return qAbs(c.red() - r) <= tolerance && qAbs(c.green() - g) <= tolerance && qAbs(c.blue() - b) <= tolerance;
}

} // namespace

void TestSourceImage::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "needs the X display from scripts/test-services.sh");
    lj::StudioPaths::setConfigRoot(m_dir.path());
    QString error;
    QVERIFY2(m_runtime.start(lj::VideoSettings{}, QStringLiteral("zh-CN"), &error), qPrintable(error));
}

void TestSourceImage::colourAndSizeOfASource()
{
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_int(settings, "color", 0xFF3366CC); // ABGR: red CC, green 66, blue 33
    obs_data_set_int(settings, "width", 1280);
    obs_data_set_int(settings, "height", 720);
    OBSSourceAutoRelease colour = obs_source_create_private("color_source", "colour", settings);
    QVERIFY(colour);

    const QImage small = lj::grabSourceImage(colour, QSize(100, 100));
    QCOMPARE(small.size(), QSize(100, 56)); // 16:9 kept inside the box
    for (const QPoint p : {QPoint(0, 0), QPoint(50, 28), QPoint(99, 55)})
        QVERIFY2(near(small.pixelColor(p), 0xCC, 0x66, 0x33, 3), qPrintable(small.pixelColor(p).name()));

    // Never larger than the source.
    QCOMPARE(lj::grabSourceImage(colour, QSize(4000, 4000)).size(), QSize(1280, 720));
    // Nothing to read: a null picture, not a crash.
    QVERIFY(lj::grabSourceImage(nullptr, QSize(100, 100)).isNull());
    QVERIFY(lj::grabSourceImage(colour, QSize()).isNull());
}

void TestSourceImage::previewPlaysAMediaFile()
{
    // A clip of one known colour (orange, 0xE08020), as a camera stand-in would be.
    const QString clip = m_dir.filePath(QStringLiteral("orange.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                            QStringLiteral("-i"), QStringLiteral("color=c=0xE08020:s=320x180:r=25:d=3"),
                                            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip});
    QVERIFY(ffmpeg.waitForFinished(30000));
    QCOMPARE(ffmpeg.exitCode(), 0);

    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_bool(settings, "is_local_file", true);
    obs_data_set_string(settings, "local_file", clip.toUtf8().constData());
    obs_data_set_bool(settings, "looping", true);
    OBSSourceAutoRelease media = obs_source_create_private("ffmpeg_source", "clip", settings);
    QVERIFY(media);

    lj::SourcePreview preview;
    preview.resize(160, 90);
    preview.show();
    QSignalSpy pictures(&preview, &lj::SourcePreview::imageChanged);
    preview.setSource(media);
    QVERIFY(obs_source_showing(media)); // a previewed source plays
    QTRY_VERIFY_WITH_TIMEOUT(!preview.lastImage().isNull(), 10000);
    const QImage image = preview.lastImage();
    QCOMPARE(image.size(), QSize(160, 90));
    const QColor centre = image.pixelColor(80, 45);
    QVERIFY2(near(centre, 0xE0, 0x80, 0x20, 12), qPrintable(centre.name()));
    QTRY_VERIFY(pictures.count() >= 3); // it keeps reading: a live picture

    // Let go: the source is no longer shown by the preview.
    preview.setSource(nullptr);
    QVERIFY(!obs_source_showing(media));
    QVERIFY(preview.lastImage().isNull());
}

void TestSourceImage::cleanupTestCase()
{
    m_runtime.shutdown();
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
}

QTEST_MAIN(TestSourceImage)
#include "tst_sourceimage.moc"
