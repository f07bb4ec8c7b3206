#include "simulatedfeed.h"

#include "core/demoroom.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace lj::ticker {

namespace {

const char16_t *const kSurnames[] = {u"张", u"王", u"李", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴",
                                     u"孙", u"马", u"于", u"高", u"郭", u"欧阳", u"司马"};
const char16_t *const kGiven[] = {u"伟", u"芳", u"娜", u"秀英", u"敏", u"静", u"丽", u"强", u"磊", u"洋",
                                  u"艳", u"勇", u"军", u"杰", u"娟", u"雪梅", u"红霞", u"建国"};
const char16_t *const kEnglish[] = {u"Anna", u"Mike Zhang", u"Olga", u"Lucy Wang"};
const char16_t *const kCities[] = {u"哈尔滨", u"齐齐哈尔", u"牡丹江", u"佳木斯", u"大庆", u"绥化", u"黑河",
                                   u"伊春", u"鸡西", u"北京", u"上海", u"广州", u"深圳", u"杭州", u"成都"};

template <typename T, size_t N>
QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromUtf16(list[random.bounded(int(N))]);
}

} // namespace

SimulatedFeed::SimulatedFeed(double ordersPerMinute, quint32 seed, QObject *parent)
    : SalesFeed(parent), m_perMinute(qBound(0.5, ordersPerMinute, 600.0)),
      m_random(seed ? seed : QRandomGenerator::global()->generate()), m_items(defaultItems())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        next();
        m_timer.start(nextDelayMs());
    });
}

QList<SimulatedFeed::Item> SimulatedFeed::defaultItems()
{
    // The demo room's goods: the same file the demo catalog is made from.
    QList<Item> items;
    QFile file(DemoRoom::catalogFile());
    if (!file.open(QIODevice::ReadOnly))
        return items;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("products")).toArray())
        items << Item{v[QStringLiteral("code")].toString(), v[QStringLiteral("title")].toString(),
                      v[QStringLiteral("live_price_fen")].toInteger(), v[QStringLiteral("stock")].toInt()};
    return items;
}

void SimulatedFeed::setItems(const QList<Item> &items)
{
    if (!items.isEmpty())
        m_items = items;
}

void SimulatedFeed::start()
{
    if (m_items.isEmpty()) {
        Q_EMIT problem(0, tr("There are no goods to simulate orders for: %1 could not be read.")
                              .arg(DemoRoom::catalogFile()));
        return;
    }
    m_timer.start(nextDelayMs());
}

int SimulatedFeed::nextDelayMs()
{
    // Orders arrive as a Poisson process around the average pace, never in
    // the same instant and never stalled for long.
    const double mean = 60000.0 / m_perMinute;
    const double delay = -std::log(1.0 - m_random.generateDouble()) * mean;
    return int(qBound(mean * 0.15, delay, mean * 4.0));
}

QString SimulatedFeed::buyer()
{
    const int roll = m_random.bounded(100);
    if (roll < 5)
        return pick(m_random, kEnglish);
    if (roll < 10) // some platforms hand over a phone number as the name
        return QStringLiteral("1%1%2").arg(3 + m_random.bounded(7)).arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0'));
    QString name = pick(m_random, kSurnames) + pick(m_random, kGiven);
    if (roll < 30)
        name += pick(m_random, kGiven);
    return name;
}

void SimulatedFeed::next()
{
    QList<int> available;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].stock > 0)
            available << i;
    if (available.isEmpty())
        return;
    Item &item = m_items[available[m_random.bounded(int(available.size()))]];
    const int roll = m_random.bounded(100);
    const int quantity = qMin(item.stock, roll < 60 ? 1 : roll < 85 ? 2 : roll < 95 ? 3 : 5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    SaleEvent order;
    order.id = m_idPrefix + QString::number(++m_seq);
    order.seq = m_seq;
    order.timeMs = now;
    order.productCode = item.code;
    order.productTitle = item.title;
    order.quantity = quantity;
    order.amountFen = item.priceFen * quantity;
    order.buyer = buyer();
    order.city = pick(m_random, kCities);
    const int before = item.stock;
    item.stock -= quantity;
    Q_EMIT received(order);

    if (item.stock == 0 || (before > 10 && item.stock <= 10)) {
        SaleEvent alert;
        alert.kind = SaleEvent::Kind::Alert;
        alert.id = m_idPrefix + QString::number(++m_seq);
        alert.seq = m_seq;
        alert.timeMs = now;
        alert.productCode = item.code;
        alert.text = item.stock == 0 ? SaleEventText::tr("%1 sold out").arg(item.title)
                                     : SaleEventText::tr("%1: only %2 left").arg(item.title).arg(item.stock);
        Q_EMIT received(alert);
    }
}

} // namespace lj::ticker
