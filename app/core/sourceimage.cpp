#include "core/sourceimage.h"

#include <graphics/graphics.h>
#include <graphics/vec4.h>

#include <cstring>

namespace lj {

QImage grabSourceImage(obs_source_t *source, QSize maxSize)
{
    if (!source || maxSize.isEmpty())
        return {};
    const uint32_t sourceW = obs_source_get_width(source);
    const uint32_t sourceH = obs_source_get_height(source);
    if (!sourceW || !sourceH)
        return {};
    QSize size = QSize(int(sourceW), int(sourceH));
    if (size.width() > maxSize.width() || size.height() > maxSize.height())
        size = size.scaled(maxSize, Qt::KeepAspectRatio);
    size = size.expandedTo(QSize(1, 1));
    const auto cx = uint32_t(size.width());
    const auto cy = uint32_t(size.height());

    QImage image;
    obs_enter_graphics();
    gs_texrender_t *render = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    gs_stagesurf_t *stage = gs_stagesurface_create(cx, cy, GS_RGBA);
    if (render && stage && gs_texrender_begin(render, cx, cy)) {
        vec4 clear;
        vec4_zero(&clear);
        gs_clear(GS_CLEAR_COLOR, &clear, 0.0f, 0);
        gs_ortho(0.0f, float(sourceW), 0.0f, float(sourceH), -100.0f, 100.0f);
        gs_blend_state_push();
        gs_blend_function(GS_BLEND_ONE, GS_BLEND_ZERO);
        obs_source_video_render(source);
        gs_blend_state_pop();
        gs_texrender_end(render);
        gs_stage_texture(stage, gs_texrender_get_texture(render));
        uint8_t *data = nullptr;
        uint32_t lineSize = 0;
        if (gs_stagesurface_map(stage, &data, &lineSize)) {
            image = QImage(int(cx), int(cy), QImage::Format_RGBA8888);
            for (uint32_t y = 0; y < cy; ++y)
                std::memcpy(image.scanLine(int(y)), data + size_t(y) * lineSize, size_t(cx) * 4);
            gs_stagesurface_unmap(stage);
        }
    }
    gs_stagesurface_destroy(stage);
    gs_texrender_destroy(render);
    obs_leave_graphics();
    return image;
}

} // namespace lj
