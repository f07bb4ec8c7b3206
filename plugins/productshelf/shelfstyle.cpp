#include "shelfstyle.h"

namespace lj::shelf {

QList<ShelfTheme> ShelfPresets::themes()
{
    return {
        // 喜庆红: the red and gold of a festive sale.
        {QStringLiteral("festive"), QColor(120, 12, 18, 225), QColor(255, 248, 235), QColor(240, 200, 180),
         QColor(255, 196, 0), QColor(255, 221, 87), QColor(90, 10, 10)},
        // 黑土地: dark soil and green shoots.
        {QStringLiteral("blackearth"), QColor(22, 26, 22, 225), QColor(240, 244, 236), QColor(170, 180, 165),
         QColor(76, 175, 80), QColor(255, 152, 0), QColor(255, 255, 255)},
        // 冰雪白: Harbin ice, for bright rooms.
        {QStringLiteral("snow"), QColor(250, 252, 255, 235), QColor(20, 30, 48), QColor(110, 120, 135),
         QColor(0, 114, 206), QColor(220, 38, 38), QColor(255, 255, 255)},
    };
}

ShelfTheme ShelfPresets::theme(const QString &id)
{
    const QList<ShelfTheme> all = themes();
    for (const ShelfTheme &t : all)
        if (t.id == id)
            return t;
    return all.first();
}

QString ShelfPresets::themeName(const QString &id)
{
    if (id == QLatin1String("blackearth"))
        return tr("Black earth (dark)");
    if (id == QLatin1String("snow"))
        return tr("Ice and snow (light)");
    return tr("Festive red");
}

QList<SafeArea> ShelfPresets::safeAreas()
{
    // Measured on each app's portrait live room: host info on top, like and
    // share buttons down the right, comments and the input bar at the bottom.
    return {
        {QStringLiteral("none"), QMarginsF(0.03, 0.04, 0.03, 0.04)},
        {QStringLiteral("douyin"), QMarginsF(0.04, 0.14, 0.18, 0.24)},
        {QStringLiteral("kuaishou"), QMarginsF(0.04, 0.13, 0.17, 0.22)},
        {QStringLiteral("taobao"), QMarginsF(0.04, 0.15, 0.16, 0.26)},
        {QStringLiteral("channels"), QMarginsF(0.04, 0.12, 0.16, 0.22)},
        {QStringLiteral("bilibili"), QMarginsF(0.05, 0.10, 0.05, 0.16)},
    };
}

SafeArea ShelfPresets::safeArea(const QString &id)
{
    const QList<SafeArea> all = safeAreas();
    for (const SafeArea &a : all)
        if (a.id == id)
            return a;
    return all.first();
}

QString ShelfPresets::safeAreaName(const QString &id)
{
    if (id == QLatin1String("douyin"))
        return tr("Douyin portrait");
    if (id == QLatin1String("kuaishou"))
        return tr("Kuaishou portrait");
    if (id == QLatin1String("taobao"))
        return tr("Taobao Live portrait");
    if (id == QLatin1String("channels"))
        return tr("WeChat Channels portrait");
    if (id == QLatin1String("bilibili"))
        return tr("Bilibili");
    return tr("Small margin only");
}

ShelfLayout ShelfPresets::layout(const QString &id)
{
    if (id == QLatin1String("side"))
        return ShelfLayout::Side;
    if (id == QLatin1String("strip"))
        return ShelfLayout::Strip;
    return ShelfLayout::Single;
}

} // namespace lj::shelf
