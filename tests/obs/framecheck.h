#pragma once

#include <QImage>
#include <QJsonObject>
#include <QRect>
#include <QString>

/// Helpers that look at recorded output the way a viewer would: FFmpeg's
/// own tools decode it, the test inspects the pixels.
namespace framecheck {

/// ffprobe's JSON for the file's streams and format, with frames counted.
QJsonObject probe(const QString &file);
/// The first stream of a type ("video" or "audio") in a probe result.
QJsonObject stream(const QJsonObject &probe, const QString &type);
/// Decodes the frame shown at `seconds`.
QImage frameAt(const QString &file, double seconds);
/// True if every pixel of `rect` is within `tolerance` of `rgb` in each channel.
bool regionIs(const QImage &image, const QRect &rect, QRgb rgb, int tolerance);
/// Bounding box of the pixels brighter than `threshold` in all channels, inside `area`.
QRect brightBox(const QImage &image, const QRect &area, int threshold = 200);
/// How many pixels of `area` differ in grey level by more than `threshold`
/// between two frames of the same size.
int differingPixels(const QImage &a, const QImage &b, const QRect &area, int threshold);
/// Splits `box` into `cells` equal columns and returns the smallest fraction of
/// differing ink pixels between any two cells: near 0 when all cells look the
/// same (missing-glyph boxes), clearly above 0 for distinct glyphs.
double minCellDifference(const QImage &image, const QRect &box, int cells, int threshold = 200);
/// Writes an image under $LJ_TEST_ARTIFACTS (if set) for a person to look at.
void saveArtifact(const QImage &image, const QString &name);

} // namespace framecheck
