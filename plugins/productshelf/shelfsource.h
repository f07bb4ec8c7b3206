#pragma once

#include "cardpainter.h"
#include "shelfstyle.h"

#include "core/overlaytranslator.h"
#include "core/paintedsource.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <functional>

namespace lj::shelf {

class ShelfController;

/// What shelf sources reach through their type (obs_source_info::type_data):
/// the plugin's controller and the words of the room's overlay language.
struct ShelfSourceOwner {
    ShelfController *controller = nullptr;
    const OverlayTranslator *language = nullptr;
    /// The room's portrait canvas size, for a shelf drawn on it (settings "canvas": "portrait").
    std::function<QSize()> portraitSize;
};

/// The "product shelf" libobs source: cards of the show's products with the
/// one being explained, painted only when the content changes (or, during an
/// offer countdown, once a second) and drawn as one texture per frame.
class ShelfSource final : public QObject {
    Q_OBJECT
public:
    static const char *const kTypeId;
    /// The type's callbacks; sources reach their controller through the
    /// type's owner (PluginContext::addSourceType).
    static obs_source_info info();

    ShelfSource(obs_data_t *settings, obs_source_t *source);
    void update(obs_data_t *settings);
    PaintedSource &painted() { return m_painted; }
    /// Where it last painted cards, in its own pixels (empty: none); Qt thread.
    QRect paintedArea() const { return m_area; }
    bool isPortrait() const { return m_portrait; }
    /// Where the landscape shelves of `scene` show cards, as fractions of a
    /// `canvas`-sized picture (their scene items' placement applied).
    static QRectF cardArea(obs_scene_t *scene, QSizeF canvas);
    const FeatureCardCache &cardCache() const { return m_cardCache; }

private:
    void repaint();

    QPointer<ShelfController> m_controller;
    std::function<QSize()> m_portraitSize;
    PaintedSource m_painted;
    QRect m_area;
    bool m_portrait = false;
    ShelfStyle m_style;
    FeatureCardCache m_cardCache;
    QTimer m_countdown;
};

} // namespace lj::shelf
