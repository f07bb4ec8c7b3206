#pragma once

#include <QImage>
#include <QString>

namespace lj::shelf {

/// The QR code of `text` (a product link) as a black-on-white image with a
/// quiet zone, `size` pixels square; null if the text cannot be encoded.
QImage qrCode(const QString &text, int size);

} // namespace lj::shelf
