#include "shelfsource.h"

#include <graphics/matrix4.h>

#include "cardpainter.h"
#include "shelfcontroller.h"

#include "core/qtsource.h"

#include <QDateTime>

namespace lj::shelf {

const char *const ShelfSource::kTypeId = "lj_product_shelf";

ShelfSource::ShelfSource(obs_data_t *settings, obs_source_t *source)
{
    if (const ShelfSourceOwner *owner = sourceTypeOwner<ShelfSourceOwner>(source)) {
        m_controller = owner->controller;
        m_style.language = owner->language;
        m_portraitSize = owner->portraitSize;
    }
    if (m_controller)
        connect(m_controller, &ShelfController::changed, this, &ShelfSource::repaint);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ShelfSource::repaint);
    update(settings);
}

void ShelfSource::update(obs_data_t *settings)
{
    // Laid out for the canvas it is drawn on: the landscape one, or the portrait one.
    m_portrait = QString::fromUtf8(obs_data_get_string(settings, "canvas")) == QLatin1String("portrait");
    if (m_portrait && m_portraitSize) {
        const QSize size = m_portraitSize();
        m_painted.setSize(uint32_t(size.width()), uint32_t(size.height()));
    } else {
        obs_video_info video = {};
        obs_get_video_info(&video);
        m_painted.setSize(video.base_width, video.base_height);
    }
    m_style.layout = ShelfPresets::layout(QString::fromUtf8(obs_data_get_string(settings, "layout")));
    m_style.theme = ShelfPresets::theme(QString::fromUtf8(obs_data_get_string(settings, "theme")));
    m_style.safe = ShelfPresets::safeArea(QString::fromUtf8(obs_data_get_string(settings, "safe_area")));
    m_style.showQr = obs_data_get_bool(settings, "show_qr");
    m_style.maxCards = int(obs_data_get_int(settings, "max_cards"));
    m_style.fontScale = qBound(0.6, double(obs_data_get_int(settings, "text_size")) / 100.0, 2.0);
    repaint();
}

QRectF ShelfSource::cardArea(obs_scene_t *scene, QSizeF canvas)
{
    struct Found {
        QRectF area;
        QSizeF canvas;
    } found{{}, canvas};
    if (!scene || canvas.isEmpty())
        return {};
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            auto *f = static_cast<Found *>(param);
            obs_source_t *source = obs_sceneitem_get_source(item);
            if (qstrcmp(obs_source_get_id(source), kTypeId) != 0 || !obs_sceneitem_visible(item))
                return true;
            const auto *shelf = static_cast<const ShelfSource *>(obs_obj_get_data(source));
            const QRect painted = shelf && !shelf->isPortrait() ? shelf->paintedArea() : QRect();
            const float w = float(obs_source_get_width(source)), h = float(obs_source_get_height(source));
            if (painted.isEmpty() || w <= 0 || h <= 0)
                return true;
            // The item's box transform maps the source's unit square onto the canvas.
            matrix4 box;
            obs_sceneitem_get_box_transform(item, &box);
            const auto onCanvas = [&box, w, h](QPointF corner) {
                vec3 p;
                vec3_set(&p, float(corner.x()) / w, float(corner.y()) / h, 0.0f);
                vec3_transform(&p, &p, &box);
                return QPointF(p.x, p.y);
            };
            const QRectF mapped = QRectF(onCanvas(QPointF(painted.topLeft())), onCanvas(QPointF(painted.bottomRight() + QPoint(1, 1)))).normalized();
            f->area = f->area.isEmpty() ? mapped : f->area.united(mapped);
            return true;
        },
        &found);
    const QRectF area = found.area.intersected(QRectF(QPointF(0, 0), canvas));
    return area.isEmpty() ? QRectF()
                          : QRectF(area.x() / canvas.width(), area.y() / canvas.height(), area.width() / canvas.width(),
                                   area.height() / canvas.height());
}

void ShelfSource::repaint()
{
    if (!m_controller) {
        m_painted.setImage({});
        return;
    }
    const ShelfContent &content = m_controller->content();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Repainting every second only while an offer counts down on the card.
    const bool counting = content.countdownEndMs > now && m_style.layout == ShelfLayout::Single;
    if (counting && !m_countdown.isActive())
        m_countdown.start();
    else if (!counting)
        m_countdown.stop();
    QPoint at;
    // Each countdown tick repaints only the card's line of stock and time left.
    const QImage image =
        CardPainter::paint(content, m_style, QSize(int(m_painted.width()), int(m_painted.height())), now, &at, &m_cardCache);
    m_painted.setImage(image, at);
    m_area = image.isNull() ? QRect() : QRect(at, image.size());
}

obs_source_info ShelfSource::info()
{
    obs_source_info info = {};
    info.id = kTypeId;
    info.type = OBS_SOURCE_TYPE_INPUT;
    info.output_flags = OBS_SOURCE_VIDEO | OBS_SOURCE_CUSTOM_DRAW;
    info.get_name = [](void *) {
        static const QByteArray name = tr("Product shelf").toUtf8();
        return name.constData();
    };
    setQtSourceCallbacks<ShelfSource>(info);
    info.get_defaults = [](obs_data_t *settings) {
        obs_data_set_default_string(settings, "layout", "single");
        obs_data_set_default_string(settings, "theme", "festive");
        obs_data_set_default_string(settings, "safe_area", "none");
        obs_data_set_default_bool(settings, "show_qr", true);
        obs_data_set_default_int(settings, "max_cards", 4);
        obs_data_set_default_int(settings, "text_size", 100);
    };
    info.get_properties = [](void *) {
        obs_properties_t *props = obs_properties_create();
        obs_property_t *layout = obs_properties_add_list(props, "layout", tr("Layout").toUtf8().constData(), OBS_COMBO_TYPE_LIST,
                                                         OBS_COMBO_FORMAT_STRING);
        obs_property_list_add_string(layout, tr("One large \"now explaining\" card").toUtf8().constData(), "single");
        obs_property_list_add_string(layout, tr("Side shelf of several cards").toUtf8().constData(), "side");
        obs_property_list_add_string(layout, tr("Strip along the bottom").toUtf8().constData(), "strip");
        obs_property_t *theme = obs_properties_add_list(props, "theme", tr("Theme").toUtf8().constData(), OBS_COMBO_TYPE_LIST,
                                                        OBS_COMBO_FORMAT_STRING);
        for (const ShelfTheme &t : ShelfPresets::themes())
            obs_property_list_add_string(theme, ShelfPresets::themeName(t.id).toUtf8().constData(), t.id.toUtf8().constData());
        obs_property_t *safe = obs_properties_add_list(props, "safe_area", tr("Keep clear of the app's buttons").toUtf8().constData(),
                                                       OBS_COMBO_TYPE_LIST, OBS_COMBO_FORMAT_STRING);
        for (const SafeArea &a : ShelfPresets::safeAreas())
            obs_property_list_add_string(safe, ShelfPresets::safeAreaName(a.id).toUtf8().constData(), a.id.toUtf8().constData());
        obs_properties_add_bool(props, "show_qr", tr("QR code of the product link").toUtf8().constData());
        obs_properties_add_int(props, "max_cards", tr("Cards on the shelf").toUtf8().constData(), 1, 8, 1);
        obs_properties_add_int_slider(props, "text_size", tr("Text size (%)").toUtf8().constData(), 60, 200, 5);
        return props;
    };
    return info;
}

} // namespace lj::shelf
