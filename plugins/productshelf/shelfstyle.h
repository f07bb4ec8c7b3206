#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QString>

namespace lj {
class OverlayTranslator;
}

namespace lj::shelf {

/// Colours and type of the cards.
struct ShelfTheme {
    QString id;
    QColor card;     ///< card background (with alpha)
    QColor text;
    QColor muted;    ///< selling points, struck list price
    QColor accent;   ///< "讲解中" badge, current card border
    QColor price;    ///< live price
    QColor badgeText;

    bool operator==(const ShelfTheme &) const = default;
};

/// Where a platform's own buttons and comments cover the picture, as
/// fractions of the frame: cards stay inside what is left.
struct SafeArea {
    QString id;
    QMarginsF margins; ///< left, top, right, bottom as fractions of width/height

    bool operator==(const SafeArea &) const = default;
};

enum class ShelfLayout { Side, Single, Strip };

/// Everything about how the shelf looks, from the source's settings.
struct ShelfStyle {
    ShelfLayout layout = ShelfLayout::Single;
    ShelfTheme theme;
    SafeArea safe;
    bool showQr = true;
    int maxCards = 4;        ///< side shelf and strip
    double fontScale = 1.0;
    /// What the card's words are in (the room's overlay language); null: the UI's.
    const OverlayTranslator *language = nullptr;

    bool operator==(const ShelfStyle &) const = default;
};

class ShelfPresets final {
    Q_DECLARE_TR_FUNCTIONS(lj::shelf::ShelfPresets)
public:
    static QList<ShelfTheme> themes();
    /// The theme with `id`, or the first one.
    static ShelfTheme theme(const QString &id);
    static QString themeName(const QString &id);

    static QList<SafeArea> safeAreas();
    static SafeArea safeArea(const QString &id);
    static QString safeAreaName(const QString &id);

    static ShelfLayout layout(const QString &id);
};

} // namespace lj::shelf
