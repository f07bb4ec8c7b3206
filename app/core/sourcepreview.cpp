#include "core/sourcepreview.h"

#include "core/sourceimage.h"

#include <QPainter>

namespace lj {

namespace {
constexpr int kFramesPerSecond = 10;

/// Whether anything was drawn: a media source knows its size before its
/// first frame, and until then renders nothing (every pixel transparent).
bool hasPicture(const QImage &image)
{
    Q_ASSERT(image.format() == QImage::Format_RGBA8888); // what grabSourceImage() reads back
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            if (line[4 * x + 3] != 0) // R, G, B, A
                return true;
    }
    return false;
}
}

SourcePreview::SourcePreview(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(160, 90);
    m_timer.setInterval(1000 / kFramesPerSecond);
    connect(&m_timer, &QTimer::timeout, this, &SourcePreview::refresh);
}

SourcePreview::~SourcePreview()
{
    release();
}

void SourcePreview::release()
{
    m_timer.stop();
    if (m_source) {
        obs_source_dec_showing(m_source);
        obs_source_dec_active(m_source);
        m_source = nullptr;
    }
    m_image = {};
}

void SourcePreview::setSource(obs_source_t *source)
{
    if (source == m_source)
        return;
    release();
    m_source = source;
    if (m_source) {
        obs_source_inc_active(m_source);
        obs_source_inc_showing(m_source);
        m_timer.start();
    }
    update();
}

void SourcePreview::refresh()
{
    if (!isVisible() || !m_source)
        return;
    // Read at the widget's size on a high-density screen: no larger.
    const QImage image = grabSourceImage(m_source, size() * devicePixelRatioF());
    if (image.isNull() || !hasPicture(image))
        return;
    m_image = image;
    update();
    Q_EMIT imageChanged();
}

void SourcePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 24));
    if (m_image.isNull())
        return;
    QSizeF shown = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    QRectF target(QPointF(0, 0), shown);
    target.moveCenter(QRectF(rect()).center());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

} // namespace lj
