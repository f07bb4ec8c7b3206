#pragma once

#include "salesfeed.h"

#include <QList>
#include <QRandomGenerator>
#include <QTimer>

namespace lj::ticker {

/// Orders made up for rehearsals and classrooms: local buyers and goods at a
/// live room's pace and prices, stock running down to "仅剩 N 件" and "已售罄".
/// Nothing it makes is stored or sent anywhere.
class SimulatedFeed final : public SalesFeed {
    Q_OBJECT
public:
    struct Item {
        QString code;
        QString title;
        qint64 priceFen = 0;
        int stock = 0;
    };

    /// `ordersPerMinute` is the average pace; `seed` makes a run repeatable (0: random).
    explicit SimulatedFeed(double ordersPerMinute = 12.0, quint32 seed = 0, QObject *parent = nullptr);

    /// The goods sold: the demo room's Heilongjiang specialities
    /// (resources/data/demo/catalog.json) unless replaced.
    void setItems(const QList<Item> &items);
    static QList<Item> defaultItems();

    void start() override;
    /// Makes the next order now (and the alert it causes, if any).
    void next();
    /// Milliseconds until the next order, drawn around the average pace.
    int nextDelayMs();

private:
    QString buyer();

    double m_perMinute;
    QRandomGenerator m_random;
    QList<Item> m_items;
    qint64 m_seq = 0;
    /// "sim-<this feed>-": ids stay unique in a rehearsal's record when a feed is made anew.
    QString m_idPrefix = QStringLiteral("sim-%1-").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QTimer m_timer;
};

} // namespace lj::ticker
