#include "core/paintedsource.h"

#include <graphics/matrix4.h>

#include <QMutexLocker>

#include <cmath>

namespace lj {

PaintedSource::~PaintedSource()
{
    releaseTexture();
}

void PaintedSource::releaseTexture()
{
    QMutexLocker lock(&m_mutex);
    if (!m_texture && !m_pointSampler)
        return;
    obs_enter_graphics();
    gs_texture_destroy(m_texture);
    gs_samplerstate_destroy(m_pointSampler);
    obs_leave_graphics();
    m_texture = nullptr;
    m_pointSampler = nullptr;
}

void PaintedSource::setSize(uint32_t width, uint32_t height)
{
    m_width = width;
    m_height = height;
}

void PaintedSource::setImage(const QImage &image, QPoint at)
{
    QMutexLocker lock(&m_mutex);
    m_pendingAt = at;
    // libobs wants BGRA in memory, which is Qt's ARGB32 on little-endian machines.
    m_pending = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    m_dirty = true;
}

void PaintedSource::tick(float seconds)
{
    if (m_speed <= 0 || m_textureWidth <= m_width)
        return;
    m_offset = std::fmod(m_offset + m_speed * seconds, float(m_textureWidth));
}

void PaintedSource::render()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_dirty) {
            m_dirty = false;
            m_at = m_pendingAt;
            if (m_texture) {
                gs_texture_destroy(m_texture);
                m_texture = nullptr;
            }
            if (!m_pending.isNull()) {
                const uint8_t *data = m_pending.constBits();
                m_texture = gs_texture_create(uint32_t(m_pending.width()), uint32_t(m_pending.height()), GS_BGRA, 1,
                                              &data, 0);
                m_textureWidth = uint32_t(m_pending.width());
                m_textureHeight = uint32_t(m_pending.height());
                ++m_uploads;
            }
            if (m_textureWidth <= m_width)
                m_offset = 0;
        }
    }
    if (!m_texture)
        return;
    gs_effect_t *effect = obs_get_base_effect(OBS_EFFECT_PREMULTIPLIED_ALPHA);
    gs_eparam_t *image = gs_effect_get_param_by_name(effect, "image");
    gs_effect_set_texture(image, m_texture);
    // Drawn pixel for pixel (the usual case: the item is not scaled), nearest
    // sampling gives the same picture as linear filtering for much less work
    // on a software renderer.
    matrix4 m;
    gs_matrix_get(&m);
    const bool unscaled = m.x.x == 1.0f && m.y.y == 1.0f && m.x.y == 0.0f && m.y.x == 0.0f &&
                          m.t.x == std::floor(m.t.x) && m.t.y == std::floor(m.t.y);
    if (unscaled) {
        if (!m_pointSampler) {
            gs_sampler_info info = {};
            info.filter = GS_FILTER_POINT;
            info.address_u = info.address_v = info.address_w = GS_ADDRESS_CLAMP;
            m_pointSampler = gs_samplerstate_create(&info);
        }
        gs_effect_set_next_sampler(image, m_pointSampler);
    }
    const bool moved = !m_at.isNull();
    if (moved) {
        gs_matrix_push();
        gs_matrix_translate3f(float(m_at.x()), float(m_at.y()), 0.0f);
    }
    const uint32_t h = qMin(uint32_t(qMax(0, int(m_height) - m_at.y())), m_textureHeight);
    while (gs_effect_loop(effect, "Draw")) {
        if (m_textureWidth <= m_width) {
            gs_draw_sprite_subregion(m_texture, 0, 0, 0, qMin(m_textureWidth, uint32_t(qMax(0, int(m_width) - m_at.x()))), h);
            continue;
        }
        // Scrolling: the tail of the strip from the offset, then its head.
        const uint32_t x = uint32_t(m_offset);
        const uint32_t first = qMin(m_width, m_textureWidth - x);
        gs_draw_sprite_subregion(m_texture, 0, x, 0, first, h);
        if (first < m_width) {
            gs_matrix_push();
            gs_matrix_translate3f(float(first), 0.0f, 0.0f);
            gs_draw_sprite_subregion(m_texture, 0, 0, 0, m_width - first, h);
            gs_matrix_pop();
        }
    }
    if (moved)
        gs_matrix_pop();
}

} // namespace lj
