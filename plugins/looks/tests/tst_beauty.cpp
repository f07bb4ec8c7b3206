// 美颜 on a synthetic picture committed with the tests (data/beauty-test.png:
// skin-toned noise on the left, a sharp black box and small black text on
// white on the right), composed by libobs (llvmpipe) and read back:
// - smoothing at 50 halves the noise of the skin (standard deviation) or better;
// - the box's edge keeps its contrast and the text its pixels (not skin);
// - every slider at 0 leaves the picture exactly as it was;
// - brightening makes the skin lighter, the rosy tint redder, and the
//   before / after split keeps the left half untouched.
// `tst_beauty --make-picture FILE` writes the picture (how it was made).
#include "beautyfilter.h"
#include "looksfixture.h"

#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/sourceimage.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace lj;
using looks::BeautyFilter;

namespace {

constexpr QRect kSkin(24, 24, 272, 312);   ///< inside the skin-toned half
constexpr QRect kBox(400, 40, 120, 140);   ///< the black box on white
constexpr QRect kText(330, 250, 300, 90);  ///< where the text is

QImage makePicture()
{
    QImage picture(640, 360, QImage::Format_RGB32);
    picture.fill(Qt::white);
    // Skin (a warm, light tone) with fine noise, σ = 10 per channel.
    std::mt19937 random(20261202);
    std::normal_distribution<double> noise(0.0, 10.0);
    for (int y = 0; y < 360; ++y)
        for (int x = 0; x < 320; ++x) {
            const auto c = [&](int v) { return std::clamp(int(std::lround(v + noise(random))), 0, 255); };
            picture.setPixel(x, y, qRgb(c(226), c(176), c(146)));
        }
    QPainter p(&picture);
    p.fillRect(kBox, Qt::black);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(18);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRect(340, 260, 290, 30), Qt::AlignLeft, QStringLiteral("五常稻花香大米 5kg ¥59.90"));
    font.setPixelSize(12);
    p.setFont(font);
    p.drawText(QRect(340, 300, 290, 30), Qt::AlignLeft, QStringLiteral("产地直发 · 当季新米 · 软糯香甜"));
    return picture;
}

/// The standard deviation of each channel in `area`, averaged over the three.
double stddev(const QImage &image, QRect area)
{
    double total = 0;
    using Channel = int (*)(QRgb);
    for (const Channel channel : {Channel(qRed), Channel(qGreen), Channel(qBlue)}) {
        double sum = 0, sum2 = 0;
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                const int v = channel(image.pixel(x, y));
                sum += v;
                sum2 += double(v) * v;
                ++n;
            }
        const double mean = sum / n;
        total += std::sqrt(std::max(0.0, sum2 / n - mean * mean));
    }
    return total / 3.0;
}

double meanOf(const QImage &image, QRect area, int (*channel)(QRgb))
{
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            sum += channel(image.pixel(x, y));
    return sum / (area.width() * area.height());
}

int grey(QRgb p)
{
    return qGray(p);
}

/// The largest difference of any channel of any pixel in `area`, and the mean one.
std::pair<int, double> difference(const QImage &a, const QImage &b, QRect area)
{
    int most = 0;
    double total = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
            most = std::max(most, d);
            total += d;
        }
    return {most, total / (area.width() * area.height())};
}

} // namespace

class TestBeauty : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void smoothsSkinKeepsEdgesAndText();
    void zeroLeavesThePictureAlone();
    void brightenRosyAndSplit();

private:
    QImage composed(int smooth, int whiten, int rosy, int sharpen, bool split = false);

    QTemporaryDir m_dir;
    ObsRuntime m_runtime;
    OBSSourceAutoRelease m_picture;
    OBSSourceAutoRelease m_filter;
    QImage m_original; ///< the picture as libobs composes it, without the filter
};

void TestBeauty::initTestCase()
{
    QString error;
    QVERIFY2(looksfixture::startObs(m_runtime, m_dir.path(), 640, 360, &error), qPrintable(error));
    const obs_source_info info = BeautyFilter::info();
    obs_register_source(&info);

    const QString file = QStringLiteral(LJ_LOOKS_TEST_DATA "/beauty-test.png");
    QVERIFY(QImage(file).size() == QSize(640, 360));
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "file", file.toUtf8().constData());
    m_picture = obs_source_create_private("image_source", "picture", settings);
    QVERIFY(m_picture);
    QTRY_VERIFY(obs_source_get_width(m_picture) == 640);
    m_original = grabSourceImage(m_picture, QSize(640, 360)).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(m_original.size(), QSize(640, 360));
    // libobs shows the file as it is.
    QVERIFY(difference(m_original, QImage(file).convertToFormat(QImage::Format_RGB32), QRect(0, 0, 640, 360)).first <= 2);

    m_filter = obs_source_create_private(BeautyFilter::kTypeId, "美颜", nullptr);
    QVERIFY(m_filter);
    obs_source_filter_add(m_picture, m_filter);
}

void TestBeauty::cleanupTestCase()
{
    if (m_picture && m_filter)
        obs_source_filter_remove(m_picture, m_filter);
    m_filter = nullptr;
    m_picture = nullptr;
    m_runtime.shutdown();
}

QImage TestBeauty::composed(int smooth, int whiten, int rosy, int sharpen, bool split)
{
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_int(settings, BeautyFilter::kSmooth, smooth);
    obs_data_set_int(settings, BeautyFilter::kWhiten, whiten);
    obs_data_set_int(settings, BeautyFilter::kRosy, rosy);
    obs_data_set_int(settings, BeautyFilter::kSharpen, sharpen);
    obs_data_set_bool(settings, BeautyFilter::kSplit, split);
    obs_source_update(m_filter, settings);
    QTest::qWait(200); // libobs applies a video source's settings at its next frame
    return grabSourceImage(m_picture, QSize(640, 360)).convertToFormat(QImage::Format_RGB32);
}

void TestBeauty::smoothsSkinKeepsEdgesAndText()
{
    const QImage smoothed = composed(50, 0, 0, 0);
    const double before = stddev(m_original, kSkin), after = stddev(smoothed, kSkin);
    qInfo("skin noise (standard deviation): %.2f before, %.2f with smoothing at 50 (%.0f%% of it)", before, after, 100.0 * after / before);
    QVERIFY(before > 8.0);
    QVERIFY(after <= before / 2.0);
    // The same skin tone: smoothing does not wash it out.
    QVERIFY(std::abs(meanOf(smoothed, kSkin, qRed) - meanOf(m_original, kSkin, qRed)) <= 3.0);

    // The edge: a band across the box's left side, black inside, white outside.
    const QRect inside(kBox.left() + 2, kBox.top() + 10, 6, kBox.height() - 20), outside(kBox.left() - 8, kBox.top() + 10, 6, kBox.height() - 20);
    const double contrastBefore = meanOf(m_original, outside, grey) - meanOf(m_original, inside, grey);
    const double contrastAfter = meanOf(smoothed, outside, grey) - meanOf(smoothed, inside, grey);
    qInfo("edge contrast: %.1f before, %.1f after", contrastBefore, contrastAfter);
    QVERIFY(std::abs(contrastAfter - contrastBefore) <= 0.02 * contrastBefore);
    const auto [edgeMost, edgeMean] = difference(m_original, smoothed, kBox.adjusted(-10, -10, 10, 10));
    QVERIFY2(edgeMost <= 6, qPrintable(QString::number(edgeMost)));

    // The text: its pixels as they were.
    const auto [textMost, textMean] = difference(m_original, smoothed, kText);
    qInfo("text pixels: largest change %d, mean %.3f levels", textMost, textMean);
    QVERIFY(textMost <= 8);
    QVERIFY(textMean <= 0.5);
}

void TestBeauty::zeroLeavesThePictureAlone()
{
    const QImage untouched = composed(0, 0, 0, 0);
    const auto [most, mean] = difference(m_original, untouched, QRect(0, 0, 640, 360));
    QCOMPARE(most, 0);
    Q_UNUSED(mean);
}

void TestBeauty::brightenRosyAndSplit()
{
    const QImage bright = composed(0, 80, 0, 0);
    QVERIFY(meanOf(bright, kSkin, grey) > meanOf(m_original, kSkin, grey) + 8);
    QVERIFY(difference(m_original, bright, kText).first <= 8); // white and black are not skin
    const QImage rosy = composed(0, 0, 100, 0);
    const double redShare = meanOf(rosy, kSkin, qRed) / meanOf(rosy, kSkin, qGreen);
    QVERIFY(redShare > meanOf(m_original, kSkin, qRed) / meanOf(m_original, kSkin, qGreen) + 0.05);
    // Before | after: the left half (the skin) untouched, the right half filtered.
    const QImage split = composed(100, 100, 0, 0, true);
    QVERIFY(difference(m_original, split, QRect(0, 0, 300, 360)).first == 0);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--make-picture") == 0) {
        QGuiApplication app(argc, argv);
        return makePicture().save(QString::fromLocal8Bit(argv[2])) ? 0 : 1;
    }
    QApplication app(argc, argv);
    TestBeauty test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_beauty.moc"
