// Buyer names and phone numbers never reach the screen whole.
#include "masking.h"
#include "saleevent.h"

#include <QTest>
#include <QTranslator>

using namespace lj::ticker;

class TestMasking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buyers_data();
    void buyers();
    void phonesInText_data();
    void phonesInText();
    void displayedOrderIsMasked();
};

void TestMasking::buyers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("1 character") << QStringLiteral("刘") << QStringLiteral("刘**");
    QTest::newRow("2 characters") << QStringLiteral("张三") << QStringLiteral("张**");
    QTest::newRow("3 characters") << QStringLiteral("李小明") << QStringLiteral("李**");
    QTest::newRow("4 characters, compound surname") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧**");
    QTest::newRow("spaces around") << QStringLiteral("  王芳 ") << QStringLiteral("王**");
    QTest::newRow("English name") << QStringLiteral("Alice Wang") << QStringLiteral("A**");
    QTest::newRow("English single") << QStringLiteral("Bo") << QStringLiteral("B**");
    QTest::newRow("mobile number") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("name with phone") << QStringLiteral("张三13812345678") << QStringLiteral("张**");
    QTest::newRow("other digits") << QStringLiteral("20261128") << QStringLiteral("***");
    QTest::newRow("emoji first") << QStringLiteral("🍚米饭") << QStringLiteral("🍚**");
    QTest::newRow("empty") << QString() << QStringLiteral("**");
}

void TestMasking::buyers()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    const QString masked = maskBuyer(name);
    QCOMPARE(masked, shown);
    // Never more than the first character of a name survives.
    const QList<uint> chars = name.trimmed().toUcs4();
    if (chars.size() > 1 && !name.contains(QStringLiteral("138")))
        QVERIFY(!masked.toUcs4().contains(chars[1]));
}

void TestMasking::phonesInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one") << QStringLiteral("联系 13912345678 发货") << QStringLiteral("联系 139****5678 发货");
    QTest::newRow("two") << QStringLiteral("15000000001,18699998888") << QStringLiteral("150****0001,186****8888");
    QTest::newRow("too long is not a phone") << QStringLiteral("订单 138123456789") << QStringLiteral("订单 138123456789");
    QTest::newRow("landline untouched") << QStringLiteral("0451-12345678") << QStringLiteral("0451-12345678");
    QTest::newRow("nothing") << QStringLiteral("五常大米 已售罄") << QStringLiteral("五常大米 已售罄");
}

void TestMasking::phonesInText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(maskPhones(text), shown);
}

void TestMasking::displayedOrderIsMasked()
{
    SaleEvent e;
    e.id = QStringLiteral("o-1");
    e.buyer = QStringLiteral("张三");
    e.city = QStringLiteral("哈尔滨");
    e.productTitle = QStringLiteral("五常大米");
    e.quantity = 2;
    const QString line = SaleEventText::display(e);
    QCOMPARE(line, QStringLiteral("张** from 哈尔滨 just ordered 五常大米 ×2"));
    QVERIFY(!line.contains(QStringLiteral("张三")));

    // In Chinese the line reads as hosts expect it.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(LJ_TICKER_QM_DIR "/salesticker_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    QCOMPARE(SaleEventText::display(e), QStringLiteral("哈尔滨的 张** 刚刚下单 五常大米 ×2"));
    QCoreApplication::removeTranslator(&zh);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
