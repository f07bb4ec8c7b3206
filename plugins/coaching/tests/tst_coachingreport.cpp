// The coaching report from a show record and the sound of its recording:
// planned against actual minutes per product, talk time, orders per product
// and per minute, the JSON other programs read, and suggestions that name
// what stood out.
#include "coachingreport.h"

#include <QJsonArray>
#include <QTest>

using namespace lj::coaching;
using lj::catalog::Order;

class TestCoachingReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void productsTalkOrdersAndSuggestions();
    void aQuietClippedVoiceIsNamed();
};

namespace {

constexpr qint64 kShowStart = 1'764'000'000'000; // the show's clock, ms

/// Three products explained for 4, 12 and 5 minutes (planned 5 each); the
/// recording starts 10 s before the first product.
ShowFacts threeProducts()
{
    ShowFacts f;
    f.title = QStringLiteral("五常大米专场");
    f.recordingStartedAtMs = kShowStart - 10'000;
    f.startedAtMs = kShowStart;
    f.endedAtMs = kShowStart + 21 * 60'000;
    f.plan = {{QStringLiteral("R1"), 5}, {QStringLiteral("R2"), 5}, {QStringLiteral("R3"), 5}};
    f.titles = {{QStringLiteral("R1"), QStringLiteral("五常大米")}, {QStringLiteral("R2"), QStringLiteral("东宁黑木耳")},
                {QStringLiteral("R3"), QStringLiteral("饶河蜂蜜")}};
    f.explanations = {{QStringLiteral("R1"), kShowStart, kShowStart + 4 * 60'000},
                      {QStringLiteral("R2"), kShowStart + 4 * 60'000, kShowStart + 16 * 60'000},
                      {QStringLiteral("R3"), kShowStart + 16 * 60'000, 0}};
    auto order = [](const char *id, const char *code, qint64 atMs, lj::catalog::Fen fen) {
        Order o;
        o.orderId = QString::fromLatin1(id);
        o.productCode = QString::fromLatin1(code);
        o.orderedAtMs = kShowStart + atMs;
        o.amountFen = fen;
        return o;
    };
    f.orders = {order("o1", "R1", 30'000, 5990), order("o2", "R2", 5 * 60'000, 3880), order("o3", "R2", 5 * 60'000 + 20'000, 3880),
                order("o4", "R3", 17 * 60'000, 12800)};
    return f;
}

} // namespace

void TestCoachingReport::productsTalkOrdersAndSuggestions()
{
    AudioAnalysis audio;
    audio.durationSec = 21 * 60 + 10;
    audio.integratedLufs = -17.2;
    audio.rangeLu = 6;
    // Talking through the first product; during the second only its first minute.
    audio.voiced = {{10, 250}, {250, 310}};
    audio.silences = {{310, 350}}; // from 5:10, 350 s
    const CoachingReport r = CoachingReport::build(threeProducts(), audio);

    QCOMPARE(r.products.size(), 3);
    const ProductReport &rice = r.products[0], &fungus = r.products[1], &honey = r.products[2];
    QCOMPARE(rice.startSec, 10.0);
    QCOMPARE(rice.plannedSeconds, 300.0);
    QCOMPARE(rice.actualSeconds, 240.0);
    QCOMPARE(rice.timing, ProductReport::Timing::OnTime); // 4 of 5 minutes: within 20 % of the plan
    QCOMPARE(rice.talkSeconds, 240.0);
    QCOMPARE(fungus.actualSeconds, 720.0);
    QCOMPARE(fungus.timing, ProductReport::Timing::Long);
    QCOMPARE(fungus.talkSeconds, 60.0);
    QCOMPARE(honey.actualSeconds, 300.0); // open until the show's end
    QCOMPARE(honey.timing, ProductReport::Timing::OnTime);
    QCOMPARE(fungus.orders, 2);
    QCOMPARE(fungus.salesFen, lj::catalog::Fen(7760));
    QCOMPARE(honey.salesFen, lj::catalog::Fen(12800));
    // Orders per minute of the recording: minute 0 (40 s in), minute 5 (310 s and 330 s), minute 17 (1030 s).
    QCOMPARE(r.ordersPerMinute.size(), 22);
    QCOMPARE(r.ordersPerMinute[0], 1);
    QCOMPARE(r.ordersPerMinute[5], 2);
    QCOMPARE(r.ordersPerMinute[17], 1);
    QCOMPARE(r.loudness(), CoachingReport::Loudness::Good);

    // Suggestions: the overrun (product 2, 12 of 5 minutes), the silence, the quiet stretch, the best seller.
    QVERIFY(r.suggestions.size() >= 3 && r.suggestions.size() <= 5);
    QVERIFY2(r.suggestions.first().contains(QStringLiteral("Product 2")) && r.suggestions.first().contains(QStringLiteral("for 12:00")) &&
                 r.suggestions.first().contains(QStringLiteral("the plan was 5:00")),
             qPrintable(r.suggestions.join(QLatin1Char('\n'))));
    QVERIFY(r.suggestions.join(QLatin1Char('\n')).contains(QStringLiteral("Silences of more than 5 seconds: 1; the longest was 350 s at 5:10")));
    QVERIFY(r.suggestions.join(QLatin1Char('\n')).contains(QStringLiteral("东宁黑木耳 you spoke only 8 %")));
    QVERIFY(r.suggestions.join(QLatin1Char('\n')).contains(QStringLiteral("饶河蜂蜜 (orders: 1, ¥128.00)")));

    // The JSON other programs read: the figures above, in show order.
    const QJsonObject json = r.toJson();
    const QJsonArray products = json.value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 3);
    QCOMPARE(products[1][QStringLiteral("code")].toString(), QStringLiteral("R2"));
    QCOMPARE(products[1][QStringLiteral("plannedSeconds")].toDouble(), 300.0);
    QCOMPARE(products[1][QStringLiteral("actualSeconds")].toDouble(), 720.0);
    QCOMPARE(products[1][QStringLiteral("talkSeconds")].toDouble(), 60.0);
    QCOMPARE(products[1][QStringLiteral("timing")].toString(), QStringLiteral("long"));
    QCOMPARE(json.value(QStringLiteral("silences")).toArray().first()[QStringLiteral("start")].toDouble(), 310.0);
    QCOMPARE(json.value(QStringLiteral("silences")).toArray().first()[QStringLiteral("duration")].toDouble(), 350.0);
    QCOMPARE(json.value(QStringLiteral("loudness"))[QStringLiteral("integratedLufs")].toDouble(), -17.2);
    QCOMPARE(json.value(QStringLiteral("loudness"))[QStringLiteral("rangeLu")].toDouble(), 6.0);
    QCOMPARE(json.value(QStringLiteral("suggestions")).toArray().size(), r.suggestions.size());
}

void TestCoachingReport::aQuietClippedVoiceIsNamed()
{
    AudioAnalysis audio;
    audio.durationSec = 21 * 60;
    audio.integratedLufs = -31.5;
    audio.clippingAt = {62.0, 400.0};
    audio.voiced = {{0, 21 * 60}};
    const CoachingReport r = CoachingReport::build(threeProducts(), audio);
    QCOMPARE(r.loudness(), CoachingReport::Loudness::TooQuiet);
    const QString all = r.suggestions.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("clipped (moments: 2, the first at 1:02)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("too quiet (-31.5 LUFS")), qPrintable(all));
    QVERIFY(r.suggestions.size() <= 5);
    // Nothing audible at all is "too quiet", and the JSON says null rather than -inf.
    AudioAnalysis silent;
    silent.durationSec = 60;
    const CoachingReport quiet = CoachingReport::build(threeProducts(), silent);
    QCOMPARE(quiet.loudness(), CoachingReport::Loudness::TooQuiet);
    QVERIFY(quiet.toJson().value(QStringLiteral("loudness"))[QStringLiteral("integratedLufs")].isNull());
}

QTEST_GUILESS_MAIN(TestCoachingReport)
#include "tst_coachingreport.moc"
