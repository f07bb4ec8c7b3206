#include "framecheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace framecheck {

QJsonObject probe(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                        QStringLiteral("-show_streams"), QStringLiteral("-show_format"),
                                        QStringLiteral("-of"), QStringLiteral("json"), file});
    if (!p.waitForFinished(120000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject stream(const QJsonObject &probe, const QString &type)
{
    for (const QJsonValue &s : probe.value(QStringLiteral("streams")).toArray()) {
        if (s.toObject().value(QStringLiteral("codec_type")).toString() == type)
            return s.toObject();
    }
    return {};
}

QImage frameAt(const QString &file, double seconds)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"),
                                       QString::number(seconds), QStringLiteral("-i"), file,
                                       QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                                       QStringLiteral("image2pipe"), QStringLiteral("-vcodec"), QStringLiteral("png"),
                                       QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QImage::fromData(p.readAllStandardOutput(), "PNG").convertToFormat(QImage::Format_RGB32);
}

bool regionIs(const QImage &image, const QRect &rect, QRgb rgb, int tolerance)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAbs(qRed(p) - qRed(rgb)) > tolerance || qAbs(qGreen(p) - qGreen(rgb)) > tolerance ||
                qAbs(qBlue(p) - qBlue(rgb)) > tolerance)
                return false;
        }
    }
    return true;
}

namespace {
bool bright(QRgb p, int threshold)
{
    return qRed(p) > threshold && qGreen(p) > threshold && qBlue(p) > threshold;
}
} // namespace

int differingPixels(const QImage &a, const QImage &b, const QRect &area, int threshold)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > threshold;
    return n;
}

QRect brightBox(const QImage &image, const QRect &area, int threshold)
{
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (bright(image.pixel(x, y), threshold))
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

double minCellDifference(const QImage &image, const QRect &box, int cells, int threshold)
{
    const int cellWidth = box.width() / cells;
    double smallest = 1.0;
    for (int a = 0; a < cells; ++a) {
        for (int b = a + 1; b < cells; ++b) {
            int differing = 0, total = 0;
            for (int y = box.top(); y <= box.bottom(); ++y) {
                for (int dx = 0; dx < cellWidth; ++dx) {
                    const bool inkA = bright(image.pixel(box.left() + a * cellWidth + dx, y), threshold);
                    const bool inkB = bright(image.pixel(box.left() + b * cellWidth + dx, y), threshold);
                    differing += inkA != inkB;
                    total += inkA || inkB;
                }
            }
            smallest = qMin(smallest, total ? double(differing) / total : 0.0);
        }
    }
    return smallest;
}

void saveArtifact(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("LJ_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(dir + QLatin1Char('/') + name);
}

} // namespace framecheck
