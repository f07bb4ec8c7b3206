// The product card as pixels: a fixed product and theme match a committed
// reference image, and every layout keeps its cards inside the safe area.
#include "cardpainter.h"
#include "qrcode.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTest>
#include <QTranslator>

#include "core/overlaytranslator.h"

using namespace lj::shelf;

namespace {

CardProduct rice()
{
    CardProduct p;
    p.code = QStringLiteral("LJ100001");
    p.title = QStringLiteral("五常稻花香大米 5kg 当季新米");
    p.sellingPoints = QStringLiteral("地理标志产品，软糯香甜，产地直发");
    p.category = QStringLiteral("粮油");
    p.link = QStringLiteral("https://ljhh.example/p/LJ100001");
    p.livePriceFen = 5990;
    p.listPriceFen = 8990;
    p.stock = 12;
    return p;
}

ShelfStyle style(ShelfLayout layout, const QString &theme = QStringLiteral("festive"), const QString &safe = QStringLiteral("none"))
{
    ShelfStyle s;
    s.layout = layout;
    s.theme = ShelfPresets::theme(theme);
    s.safe = ShelfPresets::safeArea(safe);
    return s;
}

/// Share of pixels differing by more than `threshold` in any channel.
double differingShare(const QImage &a, const QImage &b, int threshold)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            differing += qAbs(qRed(p) - qRed(q)) > threshold || qAbs(qGreen(p) - qGreen(q)) > threshold ||
                         qAbs(qBlue(p) - qBlue(q)) > threshold || qAbs(qAlpha(p) - qAlpha(q)) > threshold;
        }
    return double(differing) / double(a.width() * a.height());
}

/// The bounding box of the pixels that differ between two pictures of a size.
QRect differingRegion(const QImage &a, const QImage &b, int threshold)
{
    QRect box;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) > threshold || qAbs(qGreen(p) - qGreen(q)) > threshold ||
                qAbs(qBlue(p) - qBlue(q)) > threshold || qAbs(qAlpha(p) - qAlpha(q)) > threshold)
                box |= QRect(x, y, 1, 1);
        }
    return box;
}

void saveArtifact(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("LJ_TEST_ARTIFACTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        image.save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestShelfCard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void differsByContent();
    void countdownTickRepaintsOnlyItsLine();
    void texts_data();
    void texts();
    void qrHasFinderPatterns();
    void layoutsStayInsideSafeArea_data();
    void layoutsStayInsideSafeArea();
    void stripKeepsCurrentInView();
    void overlayLanguageIsTheAudiences();

private:
    QTranslator m_translator;
};

void TestShelfCard::initTestCase()
{
    // The reference is the card a Chinese-speaking host sees.
    QVERIFY(m_translator.load(QStringLiteral(LJ_SHELF_QM_DIR "/productshelf_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
}

void TestShelfCard::matchesReference_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("file");
    QTest::newRow("festive") << QStringLiteral("festive") << QStringLiteral("card-festive.png");
    QTest::newRow("snow") << QStringLiteral("snow") << QStringLiteral("card-snow.png");
}

void TestShelfCard::matchesReference()
{
    QFETCH(QString, theme);
    QFETCH(QString, file);
    const QImage card = CardPainter::featureCard(rice(), style(ShelfLayout::Single, theme), 1.0,
                                                 CardPainter::countdownText(299000))
                            .convertToFormat(QImage::Format_ARGB32);
    saveArtifact(card, file);
    const QString reference = QStringLiteral(LJ_SHELF_TEST_DATA "/") + file;
    if (qEnvironmentVariableIsSet("LJ_UPDATE_REFERENCES")) {
        QVERIFY(card.save(reference));
        qInfo("reference written: %s (check it by eye before committing)", qPrintable(reference));
        return;
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(!expected.isNull(), qPrintable(reference));
    QCOMPARE(card.size(), expected.size());
    // Anti-aliasing may differ by a few levels between builds; text in
    // another place or another font would change far more than 1 %.
    const double share = differingShare(card, expected, 48);
    QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1 % of the pixels differ").arg(share * 100, 0, 'f', 2)));
    // The figures a buyer acts on are held to far less: the prices and the
    // stock, each where this card draws it (what changes when only it changes).
    // A price swapped with the other, or drawn as "¥59.9", changes a good part
    // of its region; anti-aliasing changes almost none of it.
    const auto regionOf = [&](auto change) {
        CardProduct other = rice();
        change(other);
        return differingRegion(card, CardPainter::featureCard(other, style(ShelfLayout::Single, theme), 1.0,
                                                              CardPainter::countdownText(299000))
                                         .convertToFormat(QImage::Format_ARGB32),
                               48);
    };
    const QList<std::pair<QString, QRect>> figures = {
        {QStringLiteral("live price"), regionOf([](CardProduct &p) { p.livePriceFen = 1234; })},
        {QStringLiteral("list price"), regionOf([](CardProduct &p) { p.listPriceFen = 1234; })},
        {QStringLiteral("stock"), regionOf([](CardProduct &p) { p.stock = 87; })},
    };
    for (const auto &[what, region] : figures) {
        QVERIFY2(region.width() > 10 && region.height() > 8, qPrintable(what)); // the card draws it
        const double inRegion = differingShare(card.copy(region), expected.copy(region), 48);
        QVERIFY2(inRegion < 0.003, qPrintable(QStringLiteral("%1: %2 % of its pixels differ from the reference")
                                                  .arg(what)
                                                  .arg(inRegion * 100, 0, 'f', 2)));
    }
}

void TestShelfCard::differsByContent()
{
    const ShelfStyle s = style(ShelfLayout::Single);
    const QImage base = CardPainter::featureCard(rice(), s, 1.0, {}).convertToFormat(QImage::Format_ARGB32);
    CardProduct other = rice();
    other.livePriceFen = 4990;
    const QImage cheaper = CardPainter::featureCard(other, s, 1.0, {}).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(cheaper.size(), base.size());
    QVERIFY(differingShare(base, cheaper, 48) > 0.002);
    other = rice();
    other.title = QStringLiteral("东宁黑木耳 250g");
    QVERIFY(differingShare(base, CardPainter::featureCard(other, s, 1.0, {}).convertToFormat(QImage::Format_ARGB32), 48) > 0.005);
    // The same content paints the same pixels.
    // The same content paints the same card (glyph caching may move a few
    // anti-aliased edge pixels slightly, nothing more).
    const QImage again = CardPainter::featureCard(rice(), s, 1.0, {}).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(again.size(), base.size());
    QVERIFY(differingShare(again, base, 48) < 0.0005);
}

void TestShelfCard::countdownTickRepaintsOnlyItsLine()
{
    auto argb = [](const QImage &image) { return image.convertToFormat(QImage::Format_ARGB32); };
    const ShelfStyle s = style(ShelfLayout::Single);
    const QString first = CardPainter::countdownText(299000), second = CardPainter::countdownText(298000);
    FeatureCardCache cache;
    const QImage before = argb(CardPainter::featureCard(rice(), s, 1.0, first, &cache));
    QCOMPARE(cache.hits(), 0);

    // The next second: the still parts come from the cache, and the card is
    // the one painted from scratch, with the new time on it.
    const QImage ticked = argb(CardPainter::featureCard(rice(), s, 1.0, second, &cache));
    QCOMPARE(cache.hits(), 1);
    const QImage fresh = argb(CardPainter::featureCard(rice(), s, 1.0, second));
    QCOMPARE(ticked.size(), fresh.size());
    QVERIFY(differingShare(ticked, fresh, 48) < 0.0005);
    QVERIFY2(differingShare(ticked, before, 48) * before.width() * before.height() > 20, "the time left did not change");
    saveArtifact(ticked, QStringLiteral("card-ticked.png"));

    // Anything else changed paints the whole card again.
    CardProduct cheaper = rice();
    cheaper.livePriceFen = 4990;
    const QImage repriced = argb(CardPainter::featureCard(cheaper, s, 1.0, second, &cache));
    QCOMPARE(cache.hits(), 1);
    QVERIFY(differingShare(repriced, argb(CardPainter::featureCard(cheaper, s, 1.0, second)), 48) < 0.0005);
    QVERIFY(differingShare(repriced, ticked, 48) > 0.002);
    const ShelfStyle snow = style(ShelfLayout::Single, QStringLiteral("snow"));
    const QImage restyled = argb(CardPainter::featureCard(cheaper, snow, 1.0, second, &cache));
    QCOMPARE(cache.hits(), 1);
    QVERIFY(differingShare(restyled, argb(CardPainter::featureCard(cheaper, snow, 1.0, second)), 48) < 0.0005);
    CardPainter::featureCard(cheaper, snow, 1.5, second, &cache);
    QCOMPARE(cache.hits(), 1);
    CardPainter::featureCard(cheaper, snow, 1.5, first, &cache);
    QCOMPARE(cache.hits(), 2);
}

void TestShelfCard::texts_data()
{
    QTest::addColumn<int>("stock");
    QTest::addColumn<qint64>("remainingMs");
    QTest::addColumn<QString>("stockText");
    QTest::addColumn<QString>("countdown");
    QTest::newRow("plenty, no offer") << 500 << qint64(0) << QString() << QString();
    QTest::newRow("low") << 12 << qint64(299000) << QStringLiteral("仅剩 12 件") << QStringLiteral("限时 04:59");
    QTest::newRow("last one") << 1 << qint64(1) << QStringLiteral("仅剩 1 件") << QStringLiteral("限时 00:01");
    QTest::newRow("sold out") << 0 << qint64(-5) << QStringLiteral("已售罄") << QString();
    QTest::newRow("hour") << 99 << qint64(3600000) << QStringLiteral("仅剩 99 件") << QStringLiteral("限时 60:00");
}

void TestShelfCard::texts()
{
    QFETCH(int, stock);
    QFETCH(qint64, remainingMs);
    QFETCH(QString, stockText);
    QFETCH(QString, countdown);
    QCOMPARE(CardPainter::stockText(stock), stockText);
    QCOMPARE(CardPainter::countdownText(remainingMs), countdown);
}

void TestShelfCard::qrHasFinderPatterns()
{
    const QImage code = qrCode(QStringLiteral("https://ljhh.example/p/LJ100001"), 100);
    QCOMPARE(code.size(), QSize(100, 100));
    // The symbol: the box of dark pixels; its module size is a seventh of the
    // top-left finder pattern's top edge, and it is square, of 17 + 4v modules.
    QRect box;
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            if (qGray(code.pixel(x, y)) < 128)
                box |= QRect(x, y, 1, 1);
    QCOMPARE(box.width(), box.height());
    int run = 0;
    while (qGray(code.pixel(box.left() + run, box.top())) < 128)
        ++run;
    QCOMPARE(run % 7, 0);
    const int cell = run / 7, modules = box.width() / cell;
    QCOMPARE(box.width() % cell, 0);
    QCOMPARE((modules - 17) % 4, 0);
    QVERIFY(box.left() >= 2 * cell); // a quiet zone
    auto dark = [&](int mx, int my) { return qGray(code.pixel(box.left() + mx * cell + cell / 2, box.top() + my * cell + cell / 2)) < 128; };
    for (int corner = 0; corner < 3; ++corner) {
        const int ox = corner == 1 ? modules - 7 : 0, oy = corner == 2 ? modules - 7 : 0;
        for (int i = 0; i < 7; ++i) {
            QVERIFY(dark(ox + i, oy) && dark(ox + i, oy + 6) && dark(ox, oy + i) && dark(ox + 6, oy + i));
            if (i >= 1 && i <= 5)
                QVERIFY(!dark(ox + i, oy + 1) && !dark(ox + 1, oy + i));
        }
        QVERIFY(dark(ox + 3, oy + 3));
    }
    QVERIFY(qrCode(QString(), 100).isNull());
}

void TestShelfCard::layoutsStayInsideSafeArea_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("safe");
    QTest::addColumn<QSize>("canvas");
    for (const QString &layout : {QStringLiteral("single"), QStringLiteral("side"), QStringLiteral("strip")}) {
        QTest::addRow("%s landscape", qPrintable(layout)) << layout << QStringLiteral("none") << QSize(1280, 720);
        for (const SafeArea &a : ShelfPresets::safeAreas())
            QTest::addRow("%s %s portrait", qPrintable(layout), qPrintable(a.id)) << layout << a.id << QSize(720, 1280);
    }
}

void TestShelfCard::layoutsStayInsideSafeArea()
{
    QFETCH(QString, layout);
    QFETCH(QString, safe);
    QFETCH(QSize, canvas);
    ShelfContent content;
    for (int i = 0; i < 6; ++i) {
        CardProduct p = rice();
        p.code = QStringLiteral("P%1").arg(i);
        content.products << p;
    }
    content.current = 3;
    const ShelfStyle s = style(ShelfPresets::layout(layout), QStringLiteral("festive"), safe);
    QPoint at;
    const QImage image = CardPainter::paint(content, s, canvas, 0, &at);
    QVERIFY(!image.isNull());
    const QMarginsF m = s.safe.margins;
    const QRectF area(canvas.width() * m.left(), canvas.height() * m.top(), canvas.width() * (1 - m.left() - m.right()),
                      canvas.height() * (1 - m.top() - m.bottom()));
    const QRect placed(at, image.size());
    QVERIFY2(area.adjusted(-1, -1, 1, 1).contains(QRectF(placed)),
             qPrintable(QStringLiteral("cards at %1,%2 %3x%4").arg(at.x()).arg(at.y()).arg(image.width()).arg(image.height())));
    if (layout == QLatin1String("single"))
        QVERIFY(placed.bottom() > area.center().y()); // the big card sits low, beside the host
    if (layout == QLatin1String("side"))
        QVERIFY(qAbs(placed.right() - area.right()) <= 2);
    if (layout == QLatin1String("strip"))
        QVERIFY(placed.width() > placed.height());
    // Nothing shown before the first product is explained, on the big card.
    content.current = -1;
    if (layout == QLatin1String("single"))
        QVERIFY(CardPainter::paint(content, s, canvas, 0, &at).isNull());
}

void TestShelfCard::stripKeepsCurrentInView()
{
    ShelfContent content;
    for (int i = 0; i < 8; ++i) {
        CardProduct p = rice();
        p.title = QStringLiteral("商品%1").arg(i);
        content.products << p;
    }
    ShelfStyle s = style(ShelfLayout::Strip);
    s.maxCards = 3;
    QPoint at;
    content.current = 0;
    const QImage first = CardPainter::paint(content, s, QSize(1280, 720), 0, &at);
    content.current = 6;
    const QImage later = CardPainter::paint(content, s, QSize(1280, 720), 0, &at);
    const QImage card = CardPainter::compactCard(content.products[0], s, 1.0, false);
    // Three cards and two gaps, whichever product is current.
    QCOMPARE(first.width(), 3 * card.width() + 20);
    QCOMPARE(later.size(), first.size());
    QVERIFY(later != first);
    saveArtifact(later, QStringLiteral("shelf-strip.png"));
    // The current card carries the accent outline, the others do not.
    const QImage current = CardPainter::compactCard(content.products[6], s, 1.0, true);
    QVERIFY(current != CardPainter::compactCard(content.products[6], s, 1.0, false));
}

void TestShelfCard::overlayLanguageIsTheAudiences()
{
    // A host whose desktop is in English (no UI translation) still shows the
    // Chinese card to a Chinese audience, and the other way round.
    QCoreApplication::removeTranslator(&m_translator);
    const lj::OverlayTranslator chinese(QStringLiteral("productshelf"), QStringLiteral("zh_CN"), QStringLiteral(LJ_SHELF_QM_DIR));
    const lj::OverlayTranslator english(QStringLiteral("productshelf"), QStringLiteral("en"), QStringLiteral(LJ_SHELF_QM_DIR));
    QCOMPARE(CardPainter::stockText(12), QStringLiteral("Only 12 left"));
    QCOMPARE(CardPainter::stockText(12, &chinese), QStringLiteral("仅剩 12 件"));
    QCOMPARE(CardPainter::countdownText(299000, &chinese), QStringLiteral("限时 04:59"));
    QCOMPARE(CardPainter::text(&chinese, "Now explaining"), QStringLiteral("讲解中"));
    // The whole card: the same pixels as the committed Chinese reference.
    ShelfStyle s = style(ShelfLayout::Single, QStringLiteral("festive"));
    s.language = &chinese;
    const QImage card = CardPainter::featureCard(rice(), s, 1.0, CardPainter::countdownText(299000, &chinese))
                            .convertToFormat(QImage::Format_ARGB32);
    const QImage expected = QImage(QStringLiteral(LJ_SHELF_TEST_DATA "/card-festive.png")).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(differingShare(card, expected, 48) < 0.01);

    QCoreApplication::installTranslator(&m_translator); // the desktop in Chinese, the audience English
    QCOMPARE(CardPainter::stockText(12, &english), QStringLiteral("Only 12 left"));
    s.language = &english;
    const QImage englishCard = CardPainter::featureCard(rice(), s, 1.0, CardPainter::countdownText(299000, &english))
                                   .convertToFormat(QImage::Format_ARGB32);
    QVERIFY(differingShare(englishCard, expected, 48) > 0.01);
    saveArtifact(englishCard, QStringLiteral("card-festive-english.png"));
}

QTEST_MAIN(TestShelfCard)
#include "tst_shelfcard.moc"
