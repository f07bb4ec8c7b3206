#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace lj::shelf {

QImage qrCode(const QString &text, int size)
{
    if (text.isEmpty() || size <= 0)
        return {};
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width;
    const int quiet = 2; // modules of white around it; the card adds more
    const int cells = modules + 2 * quiet;
    QImage image(cells, cells, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            if (code->data[y * modules + x] & 1)
                image.setPixel(x + quiet, y + quiet, qRgb(0, 0, 0));
    // Whole-pixel modules stay sharp for a phone camera.
    const int scale = qMax(1, size / cells);
    QImage scaled = image.scaled(cells * scale, cells * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    if (scaled.width() == size)
        return scaled;
    QImage framed(size, size, QImage::Format_RGB32);
    framed.fill(Qt::white);
    QPainter(&framed).drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled);
    return framed;
}

} // namespace lj::shelf
