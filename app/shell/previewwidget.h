#pragma once

#include "core/obsptr.h"

#include <QMutex>
#include <QSizeF>

#include <atomic>
#include <QPointF>
#include <QRectF>
#include <QTimer>
#include <QWidget>

namespace lj {

class Studio;

/// A canvas, live, drawn by libobs straight into this native window: the
/// landscape program, or the portrait (9:16) canvas with its own scene.
/// Click to select a source, drag to move it, drag its corner handle to resize.
class PreviewWidget final : public QWidget {
    Q_OBJECT
public:
    explicit PreviewWidget(Studio &studio, QWidget *parent = nullptr);
    ~PreviewWidget() override;

    QPaintEngine *paintEngine() const override { return nullptr; }
    /// Shows (and edits) the portrait canvas instead of the landscape one.
    void setPortrait(bool portrait);
    bool isPortrait() const { return m_portrait; }
    /// The scene this preview edits: the program scene, or the portrait one.
    obs_scene_t *scene() const;
    void setSelectedItem(obs_sceneitem_t *item);
    obs_sceneitem_t *selectedItem() const { return m_selected; }
    /// Widget coordinates to canvas coordinates.
    QPointF toCanvas(const QPointF &widgetPos) const;
    /// The item's axis-aligned bounds on the canvas.
    static QRectF itemBounds(obs_sceneitem_t *item);

Q_SIGNALS:
    void itemSelected(obs_sceneitem_t *item);
    void itemMoved(obs_sceneitem_t *item);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    static void draw(void *data, uint32_t cx, uint32_t cy);
    void createDisplay();
    void recreateDisplay();
    QRectF viewport() const;
    QSizeF canvasSize() const;
    obs_sceneitem_t *itemAt(const QPointF &canvasPos) const;

    Studio &m_studio;
    std::atomic_bool m_portrait = false; ///< read by the graphics thread
    OBSDisplay m_display;
    QTimer m_recreate;
    /// Read by the graphics thread while drawing: guarded by m_selectionMutex.
    OBSSceneItem m_selected;
    QMutex m_selectionMutex;
    enum class Drag { None, Move, Resize } m_drag = Drag::None;
    QPointF m_dragStart;
    vec2 m_startPos = {};
    vec2 m_startScale = {};
    QRectF m_startBounds;
};

} // namespace lj
