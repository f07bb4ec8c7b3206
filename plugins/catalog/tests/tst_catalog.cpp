// The catalog on a real SQLite file: migrations, Chinese search, exact prices,
// imports (UTF-8 and GBK, bad rows), rundowns and show records.
#include "apiparse.h"
#include "catalogdb.h"
#include "importer.h"
#include "localcatalog.h"
#include "productstore.h"
#include "showstore.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lj::catalog;
using lj::formatYuan;
using lj::parseYuan;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(LJ_CATALOG_TEST_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Product product(const QString &code, const QString &title, const QString &origin, const QString &category,
                const QStringList &certs, Fen live = 1000)
{
    Product p;
    p.code = code;
    p.title = title;
    p.origin = origin;
    p.category = category;
    p.certifications = certs;
    p.listPriceFen = live + 1000;
    p.livePriceFen = live;
    p.stock = 10;
    return p;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.close(); }
    void migratesFromTheFirstSchemaKeepingData();
    void refusesANewerSchema();
    void prices_data();
    void prices();
    void search_data();
    void search();
    void platformKeepsHostNotes();
    void csvInUtf8AndGbkImportTheSameRows();
    void badRowsAreReportedAndNothingChanges();
    void takeGoodRowsImportsTheRest();
    void jsonRoundTrip();
    void controlCharactersAndLengthsAreRefusedPerRow();
    void oldMacLineEndingsImport();
    void unicodeTextFromExcelImports();
    void fullWidthDigitsAreNormalised();
    void aColumnNamedTwiceIsReported();
    void aDamagedCharacterIsLocated();
    void jsonRefusesNegativeStockAndPrices();
    void aRolledBackImportCountsNothing();
    void platformNumbersBeyondTheirFieldsAreRefused();
    void rundownsReorderAndDuplicate();
    void showRecordsAndTotals();
    void serviceSearchesOnItsWorker();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    CatalogDb m_db;
};

void TestCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("catalog.db")), &error), qPrintable(error));
    QCOMPARE(m_db.schemaVersion(), CatalogDb::kSchemaVersion);
    ProductStore store(m_db);
    QList<Product> seed = {
        product(QStringLiteral("LJ1"), QStringLiteral("五常稻花香大米 5kg"), QStringLiteral("五常"), QStringLiteral("粮油"), {QStringLiteral("地理标志"), QStringLiteral("绿色食品")}),
        product(QStringLiteral("LJ2"), QStringLiteral("东宁黑木耳 250g"), QStringLiteral("东宁"), QStringLiteral("山珍"), {QStringLiteral("地理标志")}),
        product(QStringLiteral("LJ3"), QStringLiteral("伊春野生蓝莓"), QStringLiteral("伊春"), QStringLiteral("果蔬"), {QStringLiteral("有机")}),
        product(QStringLiteral("LJ4"), QStringLiteral("五大连池矿泉大豆"), QStringLiteral("五大连池"), QStringLiteral("粮油"), {QStringLiteral("有机"), QStringLiteral("地理标志")}),
        product(QStringLiteral("LJ5"), QStringLiteral("哈尔滨红肠 Harbin Sausage"), QStringLiteral("哈尔滨"), QStringLiteral("熟食"), {}),
        product(QStringLiteral("LJ6"), QStringLiteral("饶河黑蜂椴树蜜"), QStringLiteral("饶河"), QStringLiteral("蜂产品"), {QStringLiteral("有机")}),
    };
    seed[0].sellingPoints = QStringLiteral("当季新米 软糯香甜");
    QString error2;
    for (Product &p : seed)
        QVERIFY2(store.upsert(p, &error2), qPrintable(error2));
}

void TestCatalog::migratesFromTheFirstSchemaKeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        // Statements end at the end of a line (values may hold ';').
        for (const QString &statement : QString::fromUtf8(fixture(QStringLiteral("catalog-v1.sql"))).split(QStringLiteral(";\n"))) {
            QStringList lines;
            for (const QString &line : statement.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines << line;
            }
            const QString sql = lines.join(QLatin1Char('\n')).trimmed();
            if (sql.isEmpty())
                continue;
            QSqlQuery q(raw);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    CatalogDb db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), CatalogDb::kSchemaVersion);
    ProductStore store(db);
    QCOMPARE(store.count(), 3);
    const std::optional<Product> rice = store.byCode(QStringLiteral("LJ000101"));
    QVERIFY(rice);
    QCOMPARE(rice->title, QStringLiteral("五常稻花香大米 10kg"));
    QCOMPARE(rice->livePriceFen, Fen(11990));
    QCOMPARE(rice->notes, QStringLiteral("主播口播：先讲产地"));
    QCOMPARE(rice->certifications, (QStringList{QStringLiteral("地理标志"), QStringLiteral("绿色食品")}));
    // The old rows are searchable, and the new tables work.
    QCOMPARE(store.search({QStringLiteral("木耳")}).size(), 1);
    QCOMPARE(store.search({QStringLiteral("土鸡蛋")}).first().code, QStringLiteral("LOCAL-1"));
    ShowStore shows(db);
    Rundown r{0, QStringLiteral("明日"), QStringLiteral("2026-11-29"), {{QStringLiteral("LJ000101"), 8}}};
    QVERIFY(shows.saveRundown(r, &error));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestCatalog::refusesANewerSchema()
{
    QSqlQuery(m_db.db()).exec(QStringLiteral("PRAGMA user_version = 99"));
    const QString path = m_db.path();
    m_db.close();
    CatalogDb db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
}

void TestCatalog::prices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("two decimals") << QStringLiteral("59.90") << true << qint64(5990);
    QTest::newRow("one decimal") << QStringLiteral("59.9") << true << qint64(5990);
    QTest::newRow("whole") << QStringLiteral("128") << true << qint64(12800);
    QTest::newRow("yen sign") << QStringLiteral("¥0.01") << true << qint64(1);
    QTest::newRow("floating trap") << QStringLiteral("0.29") << true << qint64(29);
    QTest::newRow("three decimals") << QStringLiteral("1.999") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("十九块") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestCatalog::prices()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    Fen parsed = 0;
    QCOMPARE(parseYuan(text, &parsed), ok);
    if (ok) {
        QCOMPARE(parsed, fen);
        QVERIFY(parseYuan(formatYuan(parsed), &parsed));
        QCOMPARE(parsed, fen);
    }
}

void TestCatalog::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("two chars in a title") << QStringLiteral("木耳") << "" << "" << "" << QStringList{QStringLiteral("LJ2")};
    QTest::newRow("one char") << QStringLiteral("莓") << "" << "" << "" << QStringList{QStringLiteral("LJ3")};
    QTest::newRow("substring, not a word") << QStringLiteral("稻花香") << "" << "" << "" << QStringList{QStringLiteral("LJ1")};
    QTest::newRow("selling points") << QStringLiteral("软糯香甜") << "" << "" << "" << QStringList{QStringLiteral("LJ1")};
    QTest::newRow("origin text") << QStringLiteral("五大连池") << "" << "" << "" << QStringList{QStringLiteral("LJ4")};
    QTest::newRow("code") << QStringLiteral("LJ5") << "" << "" << "" << QStringList{QStringLiteral("LJ5")};
    QTest::newRow("latin, any case") << QStringLiteral("harbin") << "" << "" << "" << QStringList{QStringLiteral("LJ5")};
    QTest::newRow("shared by two") << QStringLiteral("五") << "" << "" << "" << QStringList{QStringLiteral("LJ1"), QStringLiteral("LJ4")};
    QTest::newRow("not there") << QStringLiteral("人参") << "" << "" << "" << QStringList{};
    QTest::newRow("quotes are not syntax") << QStringLiteral("\"大米") << "" << "" << "" << QStringList{QStringLiteral("LJ1")};
    QTest::newRow("two words") << QStringLiteral("东宁 木耳") << "" << "" << "" << QStringList{QStringLiteral("LJ2")};
    QTest::newRow("long substring") << QStringLiteral("五常稻花香大米") << "" << "" << "" << QStringList{QStringLiteral("LJ1")};
    QTest::newRow("no false join") << QStringLiteral("米东") << "" << "" << "" << QStringList{};
    QTest::newRow("category filter") << QString() << QStringLiteral("粮油") << "" << "" << QStringList{QStringLiteral("LJ1"), QStringLiteral("LJ4")};
    QTest::newRow("origin filter") << QString() << "" << QStringLiteral("饶河") << "" << QStringList{QStringLiteral("LJ6")};
    QTest::newRow("certification filter") << QString() << "" << "" << QStringLiteral("有机") << QStringList{QStringLiteral("LJ3"), QStringLiteral("LJ4"), QStringLiteral("LJ6")};
    QTest::newRow("text and filter") << QStringLiteral("五") << "" << "" << QStringLiteral("有机") << QStringList{QStringLiteral("LJ4")};
}

void TestCatalog::search()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, origin);
    QFETCH(QString, cert);
    QFETCH(QStringList, codes);
    ProductStore store(m_db);
    QString error;
    QStringList found;
    for (const Product &p : store.search({text, category, origin, cert}, &error))
        found << p.code;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    found.sort();
    QCOMPARE(found, codes);
    // A deleted product is never found.
    if (!codes.isEmpty()) {
        QVERIFY(store.markDeleted(codes.first(), &error));
        QVERIFY(!store.search({text, category, origin, cert}).contains(*store.byCode(codes.first())));
    }
}

void TestCatalog::platformKeepsHostNotes()
{
    ProductStore store(m_db);
    QString error;
    std::optional<Product> rice = store.byCode(QStringLiteral("LJ1"));
    QVERIFY(store.setNotes(rice->id, QStringLiteral("先讲五常的黑土"), &error));
    Product fromPlatform = *rice;
    fromPlatform.livePriceFen = 4990;
    fromPlatform.title = QStringLiteral("五常稻花香大米 5kg 新米");
    fromPlatform.notes = QStringLiteral("platform must not write this");
    QVERIFY(store.applyFromPlatform(fromPlatform, &error));
    rice = store.byCode(QStringLiteral("LJ1"));
    QCOMPARE(rice->livePriceFen, Fen(4990));
    QCOMPARE(rice->title, QStringLiteral("五常稻花香大米 5kg 新米"));
    QCOMPARE(rice->notes, QStringLiteral("先讲五常的黑土"));
    QCOMPARE(rice->source, QStringLiteral("platform"));
    QCOMPARE(store.search({QStringLiteral("新米")}).size(), 1); // the index follows
}

void TestCatalog::csvInUtf8AndGbkImportTheSameRows()
{
    const ImportResult utf8 = ProductImporter::importCsv(m_db, fixture(QStringLiteral("products-utf8.csv")), ImportMode::AllOrNothing);
    QVERIFY2(utf8.problems.isEmpty() && utf8.error.isEmpty(), qPrintable(utf8.error));
    QCOMPARE(utf8.imported, 5);
    QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));
    ProductStore store(m_db);
    const QList<Product> fromUtf8 = store.search({QStringLiteral("LJ1000")});

    CatalogDb other;
    QTemporaryDir dir;
    QString error;
    QVERIFY(other.open(dir.filePath(QStringLiteral("gbk.db")), &error));
    const ImportResult gbk = ProductImporter::importCsv(other, fixture(QStringLiteral("products-gbk.csv")), ImportMode::AllOrNothing);
    QVERIFY2(gbk.problems.isEmpty() && gbk.error.isEmpty(), qPrintable(gbk.error));
    QCOMPARE(gbk.encoding, QStringLiteral("GB18030"));
    const QList<Product> fromGbk = ProductStore(other).search({QStringLiteral("LJ1000")});
    QCOMPARE(fromGbk.size(), 5);
    for (int i = 0; i < fromGbk.size(); ++i) {
        Product a = fromUtf8[i], b = fromGbk[i];
        a.id = b.id = {};
        a.updatedAtMs = b.updatedAtMs = 0;
        QCOMPARE(a, b);
    }
    const Product honey = *store.byCode(QStringLiteral("LJ100003"));
    QCOMPARE(honey.sellingPoints, QStringLiteral("东北黑蜂\n椴树雪蜜"));
    QCOMPARE(honey.notes, QStringLiteral("含\"结晶\"现象"));
    QCOMPARE(honey.listPriceFen, Fen(12800));
    QCOMPARE(store.byCode(QStringLiteral("LJ100002"))->sellingPoints, QStringLiteral("小碗耳, 肉厚无根"));
    QCOMPARE(store.byCode(QStringLiteral("LJ100002"))->livePriceFen, Fen(3880));
}

void TestCatalog::badRowsAreReportedAndNothingChanges()
{
    ProductStore store(m_db);
    const int before = store.count();
    const ImportResult r = ProductImporter::importCsv(m_db, fixture(QStringLiteral("products-bad.csv")), ImportMode::AllOrNothing);
    QCOMPARE(r.imported, 0);
    QVERIFY(!r.applied);
    QCOMPARE(store.count(), before);
    QVERIFY(!store.byCode(QStringLiteral("LJ200001")));
    QMap<int, QString> byLine;
    for (const ImportProblem &p : r.problems)
        byLine.insert(p.line, p.reason);
    QVERIFY2(byLine.value(3).contains(QStringLiteral("title")), qPrintable(byLine.value(3)));
    QVERIFY(byLine.value(4).contains(QStringLiteral("list price")));
    QVERIFY(byLine.value(5).contains(QStringLiteral("99.999")));
    QVERIFY(byLine.value(6).contains(QStringLiteral("twice")));
    QVERIFY(byLine.value(7).contains(QStringLiteral("stock")));
    QVERIFY(byLine.value(8).contains(QStringLiteral("quot")));
    QVERIFY(byLine.value(9).contains(QStringLiteral("list price")));
    QVERIFY(byLine.value(10).contains(QStringLiteral("live price")));
    QVERIFY(byLine.value(11).contains(QStringLiteral("never closed")));
    QCOMPARE(byLine.size(), 9);
}

void TestCatalog::takeGoodRowsImportsTheRest()
{
    const ImportResult r = ProductImporter::importCsv(m_db, fixture(QStringLiteral("products-bad.csv")), ImportMode::TakeGoodRows);
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.problems.size(), 9);
    QCOMPARE(ProductStore(m_db).byCode(QStringLiteral("LJ200001"))->livePriceFen, Fen(2990));
}

void TestCatalog::jsonRoundTrip()
{
    ProductStore store(m_db);
    const QList<Product> all = store.all();
    const QByteArray json = ProductImporter::exportJson(all);
    const QByteArray csv = ProductImporter::exportCsv(all);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    for (const QByteArray &data : {json, csv}) {
        CatalogDb other;
        QTemporaryDir dir;
        QString error;
        QVERIFY(other.open(dir.filePath(QStringLiteral("copy.db")), &error));
        const ImportResult r = data == json ? ProductImporter::importJson(other, data, ImportMode::AllOrNothing)
                                            : ProductImporter::importCsv(other, data, ImportMode::AllOrNothing);
        QVERIFY2(r.problems.isEmpty() && r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.imported, int(all.size()));
        for (const Product &p : all) {
            Product copy = *ProductStore(other).byCode(p.code);
            copy.id = p.id;
            copy.updatedAtMs = p.updatedAtMs;
            QCOMPARE(copy, p);
        }
    }
    const ImportResult broken = ProductImporter::importJson(m_db, "{\"products\": [", ImportMode::AllOrNothing);
    QVERIFY(broken.error.contains(QStringLiteral("not valid JSON")));
}

namespace {

/// The problems of an import by line.
QMap<int, QString> problemsByLine(const ImportResult &r)
{
    QMap<int, QString> byLine;
    for (const ImportProblem &p : r.problems)
        byLine.insert(p.line, p.reason);
    return byLine;
}

const char kHeader[] = "编码,标题,原价,直播价,库存\n";

} // namespace

void TestCatalog::controlCharactersAndLengthsAreRefusedPerRow()
{
    QByteArray csv = kHeader;
    csv += "C1,好大米,10,9,1\n";
    csv += QByteArray("C2,坏") + QByteArray(1, '\0') + "大米,10,9,1\n"; // a NUL inside the title
    csv += "C3,\"坏\x07铃\",10,9,1\n";                              // a bell
    csv += "C4," + QString(1000000, QChar(u'长')).toUtf8() + ",10,9,1\n";   // a million characters
    csv += "C5,好木耳,10,9,1\n";
    const ImportResult r = ProductImporter::importCsv(m_db, csv, ImportMode::TakeGoodRows);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.codes, (QStringList{QStringLiteral("C1"), QStringLiteral("C5")}));
    const QMap<int, QString> byLine = problemsByLine(r);
    QCOMPARE(byLine.size(), 3);
    QVERIFY2(byLine.value(3).contains(QStringLiteral("U+0000")), qPrintable(byLine.value(3)));
    QVERIFY2(byLine.value(4).contains(QStringLiteral("U+0007")), qPrintable(byLine.value(4)));
    QVERIFY2(byLine.value(5).contains(QStringLiteral("1000000 characters")), qPrintable(byLine.value(5)));
    ProductStore store(m_db);
    QVERIFY(!store.byCode(QStringLiteral("C2")));
    QVERIFY(!store.byCode(QStringLiteral("C4")));

    // Selling points may span lines (a quoted field), a title may not.
    const ImportResult lines = ProductImporter::importCsv(
        m_db, "编码,标题,卖点,原价,直播价\nM1,\"两行\n标题\",x,1,1\nM2,标题,\"两行\n卖点\",1,1\n", ImportMode::TakeGoodRows);
    QCOMPARE(lines.codes, QStringList{QStringLiteral("M2")});
    QVERIFY(problemsByLine(lines).value(2).contains(QStringLiteral("U+000a")));
}

void TestCatalog::oldMacLineEndingsImport()
{
    QByteArray csv = fixture(QStringLiteral("products-utf8.csv"));
    csv.replace("\r\n", "\n");
    const qsizetype quotedNewline = csv.indexOf("东北黑蜂\n"); // a newline inside a quoted field stays one
    QVERIFY(quotedNewline > 0);
    csv.replace('\n', '\r');
    const ImportResult r = ProductImporter::importCsv(m_db, csv, ImportMode::AllOrNothing);
    QVERIFY2(r.error.isEmpty() && r.problems.isEmpty(), qPrintable(r.error + ProductImporter::report(r, ImportMode::AllOrNothing)));
    QCOMPARE(r.imported, 5);
    QCOMPARE(ProductStore(m_db).byCode(QStringLiteral("LJ100003"))->sellingPoints, QStringLiteral("东北黑蜂\n椴树雪蜜"));
}

void TestCatalog::unicodeTextFromExcelImports()
{
    // What Excel and WPS save as "Unicode text": UTF-16 LE with a BOM, tab-separated, CRLF.
    const QString text = QStringLiteral("编码\t标题\t卖点\t原价\t直播价\t库存\r\n"
                                        "U1\t五常大米\t\"软糯, 香甜\"\t89.90\t59.90\t320\r\n"
                                        "U2\t东宁黑木耳\t肉厚\t58\t38.80\t150\r\n");
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const ImportResult r = ProductImporter::importCsv(m_db, utf16, ImportMode::AllOrNothing);
    QVERIFY2(r.error.isEmpty() && r.problems.isEmpty(), qPrintable(r.error + ProductImporter::report(r, ImportMode::AllOrNothing)));
    QCOMPARE(r.encoding, QStringLiteral("UTF-16"));
    QCOMPARE(r.codes, (QStringList{QStringLiteral("U1"), QStringLiteral("U2")}));
    ProductStore store(m_db);
    QCOMPARE(store.byCode(QStringLiteral("U1"))->sellingPoints, QStringLiteral("软糯, 香甜"));
    QCOMPARE(store.byCode(QStringLiteral("U2"))->livePriceFen, Fen(3880));
    QCOMPARE(store.byCode(QStringLiteral("U1"))->stock, 320);

    // Tab-separated UTF-8 too.
    QString tabbed = text;
    tabbed.replace(QStringLiteral("U1"), QStringLiteral("T1")).replace(QStringLiteral("U2"), QStringLiteral("T2"));
    const ImportResult t = ProductImporter::importCsv(m_db, tabbed.toUtf8(), ImportMode::AllOrNothing);
    QCOMPARE(t.codes, (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));
    QCOMPARE(store.byCode(QStringLiteral("T1"))->listPriceFen, Fen(8990));
}

void TestCatalog::fullWidthDigitsAreNormalised()
{
    const QByteArray csv = QByteArray(kHeader) + "F1,大豆,４９．９０,￥３９．９０,１００\n";
    const ImportResult r = ProductImporter::importCsv(m_db, csv, ImportMode::AllOrNothing);
    QVERIFY2(r.problems.isEmpty(), qPrintable(ProductImporter::report(r, ImportMode::AllOrNothing)));
    const Product p = *ProductStore(m_db).byCode(QStringLiteral("F1"));
    QCOMPARE(p.listPriceFen, Fen(4990));
    QCOMPARE(p.livePriceFen, Fen(3990));
    QCOMPARE(p.stock, 100);
    qint64 fen = 0;
    QVERIFY(!parseYuan(QStringLiteral("٣٩"), &fen)); // other scripts' digits are not prices
}

void TestCatalog::aColumnNamedTwiceIsReported()
{
    const ImportResult r =
        ProductImporter::importCsv(m_db, "编码,标题,原价,直播价,title\nD1,甲,1,1,乙\n", ImportMode::TakeGoodRows);
    QVERIFY2(r.error.contains(QStringLiteral("twice")) && r.error.contains(QStringLiteral("columns 2 and 5")), qPrintable(r.error));
    QCOMPARE(r.imported, 0);
    QVERIFY(!ProductStore(m_db).byCode(QStringLiteral("D1")));
}

void TestCatalog::aDamagedCharacterIsLocated()
{
    QByteArray csv = fixture(QStringLiteral("products-utf8.csv"));
    const qsizetype at = csv.indexOf("东宁黑木耳"); // on line 3
    QVERIFY(at > 0);
    csv[at + 1] = char(0xFF); // one damaged byte inside a character
    const ImportResult r = ProductImporter::importCsv(m_db, csv, ImportMode::AllOrNothing);
    QVERIFY2(r.error.contains(QStringLiteral("line 3, byte %1").arg(at + 1)), qPrintable(r.error));
    QCOMPARE(r.imported, 0);

    // Bytes that are neither (no UTF-8 character anywhere): where GBK reading stopped.
    const ImportResult junk =
        ProductImporter::importCsv(m_db, "code,title,list_price,live_price\nX1,\x81\x20,1,1\n", ImportMode::AllOrNothing);
    QVERIFY2(junk.error.contains(QStringLiteral("neither UTF-8 nor GBK")) && junk.error.contains(QStringLiteral("line 2")),
             qPrintable(junk.error));
}

void TestCatalog::jsonRefusesNegativeStockAndPrices()
{
    const QByteArray json = R"({"products": [
        {"code": "J1", "title": "好", "list_price_fen": 100, "live_price_fen": 90, "stock": 5},
        {"code": "J2", "title": "负库存", "list_price_fen": 100, "live_price_fen": 90, "stock": -3},
        {"code": "J3", "title": "负价", "list_price_fen": 100, "live_price_fen": -90, "stock": 1},
        {"code": "J4", "title": "坏\u0000标题", "list_price_fen": 100, "live_price_fen": 90}
    ]})";
    const ImportResult r = ProductImporter::importJson(m_db, json, ImportMode::AllOrNothing);
    QCOMPARE(r.imported, 0);
    const QMap<int, QString> byLine = problemsByLine(r);
    QVERIFY2(byLine.value(2).contains(QStringLiteral("stock")), qPrintable(byLine.value(2)));
    QVERIFY2(byLine.value(3).contains(QStringLiteral("live_price_fen")), qPrintable(byLine.value(3)));
    QVERIFY2(byLine.value(4).contains(QStringLiteral("U+0000")), qPrintable(byLine.value(4)));
    for (const QString &reason : byLine)
        QVERIFY2(!reason.contains(QStringLiteral("CHECK")), qPrintable(reason)); // our words, not SQLite's
    QVERIFY(!ProductStore(m_db).byCode(QStringLiteral("J1")));
}

void TestCatalog::aRolledBackImportCountsNothing()
{
    // The third row's write fails inside the transaction (a trigger, as a full or damaged disk would).
    QSqlQuery trigger(m_db.db());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_r3 BEFORE INSERT ON products WHEN NEW.code = 'R3' "
                                        "BEGIN SELECT RAISE(ABORT, 'refused on purpose'); END")));
    QByteArray csv = kHeader;
    for (int i = 1; i <= 4; ++i)
        csv += QStringLiteral("R%1,商品%1,10,9,1\n").arg(i).toUtf8();
    const int before = ProductStore(m_db).count();
    const ImportResult r = ProductImporter::importCsv(m_db, csv, ImportMode::AllOrNothing);
    QCOMPARE(r.imported, 0);
    QVERIFY(r.codes.isEmpty());
    QVERIFY(!r.applied);
    QCOMPARE(problemsByLine(r).size(), 1);
    QVERIFY(problemsByLine(r).value(4).contains(QStringLiteral("refused on purpose")));
    QCOMPARE(ProductStore(m_db).count(), before);
    QVERIFY(!ProductStore(m_db).byCode(QStringLiteral("R1")));
    QVERIFY(ProductImporter::report(r, ImportMode::AllOrNothing).startsWith(QStringLiteral("0 products imported.")));
}

void TestCatalog::platformNumbersBeyondTheirFieldsAreRefused()
{
    // Found by fuzzing the province API's pages: a stock beyond an int
    // wrapped round to a negative one; an order's quantity of 2^32 + 1 to 1.
    const auto item = [](qint64 stock) {
        return QJsonObject{{QStringLiteral("code"), QStringLiteral("LJ1")},
                           {QStringLiteral("title"), QStringLiteral("五常大米")},
                           {QStringLiteral("list_price_fen"), 8990},
                           {QStringLiteral("live_price_fen"), 5990},
                           {QStringLiteral("stock"), stock},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-28T08:00:00Z")}};
    };
    Product p;
    bool tombstone = false;
    QCOMPARE(api::readProduct(item(320), &p, &tombstone), QString());
    QCOMPARE(p.stock, 320);
    QCOMPARE(api::readProduct(item(34444444444420), &p, &tombstone), QStringLiteral("stock"));
    QCOMPARE(api::readProduct(item(-1), &p, &tombstone), QStringLiteral("stock"));

    const auto order = [](qint64 quantity) {
        return QJsonObject{{QStringLiteral("order_id"), QStringLiteral("o-1")}, {QStringLiteral("seq"), 1},
                           {QStringLiteral("product_code"), QStringLiteral("LJ1")}, {QStringLiteral("quantity"), quantity},
                           {QStringLiteral("amount_fen"), 5990}};
    };
    Order o;
    QCOMPARE(api::readOrder(order(2), &o), QString());
    QCOMPARE(o.quantity, 2);
    QCOMPARE(api::readOrder(order(4294967297), &o), QStringLiteral("orders"));
    QCOMPARE(api::readOrder(order(0), &o), QStringLiteral("orders"));
}

void TestCatalog::rundownsReorderAndDuplicate()
{
    ShowStore shows(m_db);
    QString error;
    Rundown r{0, QStringLiteral("五常大米专场"), QStringLiteral("2026-11-28"),
              {{QStringLiteral("LJ1"), 10}, {QStringLiteral("LJ2"), 5}, {QStringLiteral("LJ3"), 8}}};
    QVERIFY2(shows.saveRundown(r, &error), qPrintable(error));
    QVERIFY(r.id > 0);
    std::swap(r.items[0], r.items[2]); // the host drags LJ3 to the top
    QVERIFY(shows.saveRundown(r, &error));
    const std::optional<Rundown> back = shows.rundown(r.id);
    QCOMPARE(back->items, r.items);

    const std::optional<Rundown> tomorrow = shows.duplicateRundown(r.id, QStringLiteral("明日专场"), QStringLiteral("2026-11-29"), &error);
    QVERIFY(tomorrow);
    QVERIFY(tomorrow->id != r.id);
    QCOMPARE(shows.rundown(tomorrow->id)->items, r.items);
    QCOMPARE(shows.rundowns().size(), 2);
    QCOMPARE(shows.rundowns().first().name, QStringLiteral("明日专场")); // newest show date first
    QVERIFY(shows.removeRundown(r.id, &error));
    QCOMPARE(shows.rundowns().size(), 1);
}

void TestCatalog::showRecordsAndTotals()
{
    ShowStore shows(m_db);
    QString error;
    const qint64 show = shows.startShow(QStringLiteral("蓝莓专场"), 0, {QStringLiteral("douyin"), QStringLiteral("kuaishou")}, &error);
    QVERIFY2(show > 0, qPrintable(error));
    QVERIFY(shows.explain(show, QStringLiteral("LJ3"), &error));
    QTest::qWait(5);
    QVERIFY(shows.explain(show, QStringLiteral("LJ6"), &error));
    QVERIFY(shows.addOrder(show, {QStringLiteral("o-1"), 1, QStringLiteral("LJ3"), 2, 11800, QStringLiteral("张三"), QStringLiteral("哈尔滨"), 1}, &error));
    QVERIFY(!shows.addOrder(show, {QStringLiteral("o-1"), 1, QStringLiteral("LJ3"), 2, 11800, QStringLiteral("张三"), QStringLiteral("哈尔滨"), 1}, &error));
    QVERIFY(shows.addOrder(show, {QStringLiteral("o-2"), 2, QStringLiteral("LJ6"), 1, 8900, QStringLiteral("Alice"), QStringLiteral("大庆"), 2}, &error));
    QVERIFY(shows.endShow(show, &error));
    const ShowTotals t = shows.totals(show);
    QCOMPARE(t.orders, 2);
    QCOMPARE(t.items, 3);
    QCOMPARE(t.salesFen, Fen(20700));
    const auto explained = shows.explanations(show);
    QCOMPARE(explained.size(), 2);
    QCOMPARE(std::get<0>(explained[0]), QStringLiteral("LJ3"));
    QVERIFY(std::get<2>(explained[0]) >= std::get<1>(explained[0]) && std::get<2>(explained[0]) > 0);
    QVERIFY(std::get<2>(explained[1]) > 0); // closed when the show ended
    QVERIFY(!shows.showUid(show).isEmpty());
}

void TestCatalog::serviceSearchesOnItsWorker()
{
    // The service other plugins use: the search runs on the catalog's worker
    // thread and answers on the asker's thread; a gone asker gets nothing.
    LocalCatalog catalog(m_db.path(), {});
    QVERIFY(catalog.isOpen());
    QList<Product> found;
    bool answered = false;
    QThread *answeredOn = nullptr;
    QObject asker;
    catalog.search(QStringLiteral("木耳"), 10, &asker, [&](const QList<Product> &products) {
        found = products;
        answered = true;
        answeredOn = QThread::currentThread();
    });
    QVERIFY(!answered); // not inline on the caller's thread
    QTRY_VERIFY(answered);
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, QStringLiteral("LJ2"));

    bool late = false;
    {
        QObject gone;
        catalog.search(QStringLiteral("五常"), 10, &gone, [&](const QList<Product> &) { late = true; });
    }
    // A later search answers, so the earlier one has been through the worker too.
    answered = false;
    catalog.search(QStringLiteral("蓝莓"), 10, &asker, [&](const QList<Product> &) { answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(!late);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
