#include "goods.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

struct Base {
    const char *name;
    const char *category;
    const char *origin;
    const char *certs;
    const char *points;
    int priceFen; // per smallest spec
    const char *unit;
};

// Goods the province actually sells live, with their places of origin.
const Base kGoods[] = {
    {"五常稻花香大米", "粮油", "五常", "地理标志;绿色食品", "当季新米 软糯香甜 稻花香2号", 3990, "袋"},
    {"响水石板大米", "粮油", "宁安", "地理标志", "火山岩石板地 颗粒饱满", 4590, "袋"},
    {"方正富硒大米", "粮油", "方正", "绿色食品", "富硒土壤 粒粒晶莹", 3590, "袋"},
    {"五大连池矿泉大豆", "粮油", "五大连池", "地理标志;有机", "矿泉水灌溉 高蛋白", 2290, "袋"},
    {"海伦非转基因大豆", "粮油", "海伦", "绿色食品", "黑土地种植 出油率高", 1990, "袋"},
    {"东宁黑木耳", "山珍", "东宁", "地理标志", "小碗耳 肉厚无根", 3890, "盒"},
    {"尚志秋木耳", "山珍", "尚志", "绿色食品", "秋季采摘 泡发率高", 4290, "盒"},
    {"伊春野生蓝莓", "果蔬", "伊春", "有机", "小兴安岭野生 花青素丰富", 5990, "盒"},
    {"呼玛蓝莓果干", "果蔬", "呼玛", "绿色食品", "无添加蔗糖 酸甜可口", 3290, "袋"},
    {"饶河东北黑蜂椴树蜜", "蜂产品", "饶河", "地理标志;有机", "东北黑蜂 椴树雪蜜 自然结晶", 8990, "瓶"},
    {"虎林椴树蜜", "蜂产品", "虎林", "绿色食品", "完达山椴树林 成熟蜜", 6890, "瓶"},
    {"哈尔滨红肠", "熟食", "哈尔滨", "", "果木熏烤 蒜香浓郁 百年工艺", 4980, "根"},
    {"哈尔滨风干肠", "熟食", "哈尔滨", "", "传统风干 越嚼越香", 5680, "袋"},
    {"铁力林下人参", "山珍", "铁力", "有机", "林下种植 参龄十年", 19800, "盒"},
    {"克东腐乳", "调味品", "克东", "地理标志", "天然发酵 细腻醇香", 2590, "瓶"},
    {"庆安大米", "粮油", "庆安", "地理标志;绿色食品", "寒地黑土 一年一季", 3490, "袋"},
    {"大庆杂粮礼盒", "粮油", "大庆", "绿色食品", "小米 黄米 红豆 绿豆 五谷搭配", 8800, "盒"},
    {"林甸羔羊肉", "生鲜", "林甸", "", "草原散养 肉质细嫩", 12800, "份"},
    {"宝清大白鹅", "生鲜", "宝清", "", "散养整只 炖菜首选", 16800, "只"},
    {"哈尔滨格瓦斯", "饮品", "哈尔滨", "", "面包发酵 老味道", 1290, "瓶"},
};

const struct {
    const char *label;
    int factor; // price multiplier in tenths
} kSpecs[] = {{"500g", 10}, {"1kg", 18}, {"2.5kg", 40}, {"5kg", 75}, {"10kg", 140}, {"礼盒装", 25}, {"家庭装", 60}};

} // namespace

QJsonObject makeGood(int index, const QString &imageBase)
{
    const int goodsCount = int(std::size(kGoods)), specCount = int(std::size(kSpecs));
    const Base &g = kGoods[index % goodsCount];
    const auto &spec = kSpecs[(index / goodsCount) % specCount];
    const int batch = index / (goodsCount * specCount);
    const QString code = QStringLiteral("LJ%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    QString title = QString::fromUtf8(g.name) + QLatin1Char(' ') + QString::fromUtf8(spec.label);
    if (batch > 0)
        title += QStringLiteral(" 第%1批").arg(batch + 1);
    const qint64 live = qint64(g.priceFen) * spec.factor / 10 / 10 * 10; // whole jiao
    const qint64 list = live * 13 / 10 / 10 * 10 + 90;
    QJsonArray certs;
    for (const QString &c : QString::fromUtf8(g.certs).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        certs.append(c);
    return {{QStringLiteral("code"), code},
            {QStringLiteral("title"), title},
            {QStringLiteral("selling_points"), QString::fromUtf8(g.points)},
            {QStringLiteral("category"), QString::fromUtf8(g.category)},
            {QStringLiteral("origin"), QString::fromUtf8(g.origin)},
            {QStringLiteral("certifications"), certs},
            {QStringLiteral("list_price_fen"), list},
            {QStringLiteral("live_price_fen"), live},
            {QStringLiteral("stock"), 50 + (index * 37) % 950},
            {QStringLiteral("unit"), QString::fromUtf8(g.unit)},
            {QStringLiteral("image_urls"), QJsonArray{QString(imageBase + QStringLiteral("/images/") + code + QStringLiteral(".png"))}},
            {QStringLiteral("link"), QString(QStringLiteral("https://ljhh.example/p/") + code)}};
}
