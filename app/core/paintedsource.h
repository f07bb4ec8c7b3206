#pragma once

#include "core/export.h"

#include <obs.h>

#include <QImage>
#include <QMutex>

namespace lj {

/// The drawing half of a libobs source painted with QPainter: content is
/// painted into a QImage only when it changes (on the Qt thread), uploaded as
/// a texture once on the graphics thread, and every frame is one textured
/// draw — scrolled horizontally (wrapping around) when a speed is set.
class LJ_CORE_EXPORT PaintedSource {
public:
    PaintedSource() = default;
    ~PaintedSource();
    PaintedSource(const PaintedSource &) = delete;
    PaintedSource &operator=(const PaintedSource &) = delete;

    /// The size the source shows on the canvas.
    void setSize(uint32_t width, uint32_t height);
    uint32_t width() const { return m_width; }
    uint32_t height() const { return m_height; }
    /// Replaces the content (any thread), drawn with its top-left corner at
    /// `at` inside the source. An image wider than the source scrolls.
    void setImage(const QImage &image, QPoint at = {});
    void setScrollSpeed(float pixelsPerSecond) { m_speed = pixelsPerSecond; }

    /// From obs_source_info::video_tick.
    void tick(float seconds);
    /// From obs_source_info::video_render (graphics thread).
    void render();
    /// Frees the texture (any thread, while libobs runs).
    void releaseTexture();
    /// How many times the content was uploaded (for tests and benchmarks).
    int uploads() const { return m_uploads; }

private:
    QMutex m_mutex;
    QImage m_pending;
    QPoint m_pendingAt;
    QPoint m_at;
    bool m_dirty = false;
    gs_texture_t *m_texture = nullptr;
    gs_samplerstate_t *m_pointSampler = nullptr;
    uint32_t m_textureWidth = 0, m_textureHeight = 0;
    uint32_t m_width = 0, m_height = 0;
    float m_speed = 0;
    float m_offset = 0;
    int m_uploads = 0;
};

} // namespace lj
