#include "previewwidget.h"

#include "core/portraitcanvas.h"

#include "core/obsruntime.h"
#include "core/scenecollection.h"
#include "core/studio.h"

#include <graphics/matrix4.h>

#include <QMouseEvent>
#include <QWindow>

namespace lj {

namespace {

constexpr float kHandleSize = 14.0f; // canvas pixels

} // namespace

PreviewWidget::PreviewWidget(Studio &studio, QWidget *parent) : QWidget(parent), m_studio(studio)
{
    setAttribute(Qt::WA_PaintOnScreen);
    setAttribute(Qt::WA_NativeWindow);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    setMouseTracking(true);
    setAccessibleName(tr("Program preview"));
    m_recreate.setSingleShot(true);
    m_recreate.setInterval(150);
    connect(&m_recreate, &QTimer::timeout, this, &PreviewWidget::recreateDisplay);
}

PreviewWidget::~PreviewWidget()
{
    m_display = nullptr; // destroyed before the native window goes
}

void PreviewWidget::createDisplay()
{
    if (m_display || !windowHandle() || !m_studio.runtime().isStarted())
        return;
    const qreal ratio = devicePixelRatioF();
    gs_init_data info = {};
    info.cx = uint32_t(width() * ratio);
    info.cy = uint32_t(height() * ratio);
    info.format = GS_BGRA;
    info.zsformat = GS_ZS_NONE;
    info.window.id = uint32_t(winId());
    info.window.display = m_studio.runtime().x11Display();
    m_display = obs_display_create(&info, 0xFF202020);
    if (m_display)
        obs_display_add_draw_callback(m_display, draw, this);
}

void PreviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    createDisplay();
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The EGL surface of a software (llvmpipe) X11 window keeps the size it was
    // created with, so once the size settles the display is made anew.
    m_recreate.start();
}

void PreviewWidget::recreateDisplay()
{
    m_display = nullptr;
    createDisplay();
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    createDisplay();
}

void PreviewWidget::setPortrait(bool portrait)
{
    if (portrait == m_portrait)
        return;
    setSelectedItem(nullptr);
    m_portrait = portrait;
    Q_EMIT itemSelected(nullptr);
}

obs_scene_t *PreviewWidget::scene() const
{
    return m_portrait ? m_studio.scenes().portraitScene() : m_studio.scenes().currentScene();
}

QSizeF PreviewWidget::canvasSize() const
{
    if (m_portrait)
        return m_studio.portrait().size();
    const VideoSettings &video = m_studio.runtime().video();
    return QSizeF(video.baseWidth, video.baseHeight);
}

QRectF PreviewWidget::viewport() const
{
    const QSizeF canvas = canvasSize();
    const qreal ratio = devicePixelRatioF();
    const qreal w = width() * ratio, h = height() * ratio;
    const qreal scale = qMin(w / canvas.width(), h / canvas.height());
    const qreal vw = canvas.width() * scale, vh = canvas.height() * scale;
    return QRectF((w - vw) / 2, (h - vh) / 2, vw, vh);
}

QPointF PreviewWidget::toCanvas(const QPointF &widgetPos) const
{
    const QRectF vp = viewport();
    const QSizeF canvas = canvasSize();
    const qreal ratio = devicePixelRatioF();
    return {(widgetPos.x() * ratio - vp.x()) * canvas.width() / vp.width(),
            (widgetPos.y() * ratio - vp.y()) * canvas.height() / vp.height()};
}

QRectF PreviewWidget::itemBounds(obs_sceneitem_t *item)
{
    matrix4 box;
    obs_sceneitem_get_box_transform(item, &box);
    qreal minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const auto &[ux, uy] : {std::pair{0.f, 0.f}, {1.f, 0.f}, {0.f, 1.f}, {1.f, 1.f}}) {
        vec3 p;
        vec3_set(&p, ux, uy, 0.0f);
        vec3_transform(&p, &p, &box);
        minX = qMin(minX, qreal(p.x));
        minY = qMin(minY, qreal(p.y));
        maxX = qMax(maxX, qreal(p.x));
        maxY = qMax(maxY, qreal(p.y));
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void PreviewWidget::draw(void *data, uint32_t cx, uint32_t cy)
{
    auto *self = static_cast<PreviewWidget *>(data);
    obs_video_info ovi;
    if (!obs_get_video_info(&ovi))
        return;
    const bool portrait = self->m_portrait;
    if (portrait) {
        const QSize size = self->m_studio.portrait().size();
        ovi.base_width = uint32_t(size.width());
        ovi.base_height = uint32_t(size.height());
    }
    const float scale = qMin(float(cx) / ovi.base_width, float(cy) / ovi.base_height);
    const int vw = int(ovi.base_width * scale), vh = int(ovi.base_height * scale);
    const int vx = (int(cx) - vw) / 2, vy = (int(cy) - vh) / 2;

    gs_viewport_push();
    gs_projection_push();
    gs_ortho(0.0f, float(ovi.base_width), 0.0f, float(ovi.base_height), -100.0f, 100.0f);
    gs_set_viewport(vx, vy, vw, vh);
    if (portrait)
        self->m_studio.portrait().render(); // its scene, drawn for this preview (nothing while it is off)
    else
        obs_render_main_texture();

    // The selection outline and its resize handle, drawn on the canvas.
    QMutexLocker lock(&self->m_selectionMutex);
    obs_sceneitem_t *item = self->m_selected;
    if (item) {
        const QRectF r = itemBounds(item);
        gs_effect_t *solid = obs_get_base_effect(OBS_EFFECT_SOLID);
        gs_eparam_t *color = gs_effect_get_param_by_name(solid, "color");
        vec4 red;
        vec4_set(&red, 1.0f, 0.2f, 0.2f, 1.0f);
        gs_effect_set_vec4(color, &red);
        while (gs_effect_loop(solid, "Solid")) {
            const float l = float(r.left()), t = float(r.top()), rr = float(r.right()), b = float(r.bottom());
            for (float inset : {0.0f, 1.0f, 2.0f}) {
                gs_render_start(true);
                gs_vertex2f(l + inset, t + inset);
                gs_vertex2f(rr - inset, t + inset);
                gs_vertex2f(rr - inset, b - inset);
                gs_vertex2f(l + inset, b - inset);
                gs_vertex2f(l + inset, t + inset);
                gs_render_stop(GS_LINESTRIP);
            }
            gs_matrix_push();
            gs_matrix_translate3f(rr - kHandleSize, b - kHandleSize, 0.0f);
            gs_draw_sprite(nullptr, 0, uint32_t(kHandleSize), uint32_t(kHandleSize));
            gs_matrix_pop();
        }
    }
    gs_projection_pop();
    gs_viewport_pop();
}

obs_sceneitem_t *PreviewWidget::itemAt(const QPointF &canvasPos) const
{
    obs_scene_t *scene = this->scene();
    if (!scene)
        return nullptr;
    struct Hit {
        QPointF pos;
        obs_sceneitem_t *item = nullptr;
    } hit{canvasPos};
    // Items are enumerated bottom to top: the last hit is the one on top.
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *data) {
            auto *h = static_cast<Hit *>(data);
            if (obs_sceneitem_visible(item) && !obs_sceneitem_locked(item) &&
                itemBounds(item).contains(h->pos))
                h->item = item;
            return true;
        },
        &hit);
    return hit.item;
}

void PreviewWidget::setSelectedItem(obs_sceneitem_t *item)
{
    QMutexLocker lock(&m_selectionMutex);
    m_selected = item;
}

void PreviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = toCanvas(event->position());
    if (m_selected && !obs_sceneitem_locked(m_selected)) {
        const QRectF r = itemBounds(m_selected);
        const QRectF handle(r.right() - kHandleSize * 1.5, r.bottom() - kHandleSize * 1.5,
                            kHandleSize * 2, kHandleSize * 2);
        if (handle.contains(pos)) {
            m_drag = Drag::Resize;
            m_dragStart = pos;
            m_startBounds = r;
            obs_sceneitem_get_scale(m_selected, &m_startScale);
            return;
        }
    }
    obs_sceneitem_t *item = itemAt(pos);
    setSelectedItem(item);
    Q_EMIT itemSelected(item);
    if (item) {
        m_drag = Drag::Move;
        m_dragStart = pos;
        obs_sceneitem_get_pos(item, &m_startPos);
    }
}

void PreviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || !m_selected)
        return;
    const QPointF pos = toCanvas(event->position());
    const QPointF delta = pos - m_dragStart;
    if (m_drag == Drag::Move) {
        vec2 p;
        vec2_set(&p, m_startPos.x + float(delta.x()), m_startPos.y + float(delta.y()));
        obs_sceneitem_set_pos(m_selected, &p);
    } else {
        // Uniform scale, keeping the aspect ratio, from the top-left corner.
        const qreal w = qMax<qreal>(8.0, m_startBounds.width() + delta.x());
        const qreal factor = w / qMax<qreal>(1.0, m_startBounds.width());
        vec2 s;
        vec2_set(&s, m_startScale.x * float(factor), m_startScale.y * float(factor));
        obs_sceneitem_set_scale(m_selected, &s);
    }
}

void PreviewWidget::mouseReleaseEvent(QMouseEvent *)
{
    if (m_drag != Drag::None && m_selected)
        Q_EMIT itemMoved(m_selected);
    m_drag = Drag::None;
}

} // namespace lj
