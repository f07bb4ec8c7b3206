// A JSON-lines sales feed: duplicates, out-of-order and malformed events, a
// half-written last line, and a rotated file.
#include "filefeed.h"
#include "tickerstate.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lj::ticker;

class TestFileFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtureWithEverythingWrong();
    void appendedLaterAndHalfWritten();
    void rotatedFileIsReadAgain();
};

namespace {

void append(const QString &path, const QByteArray &data, bool truncate = false)
{
    QFile f(path);
    QVERIFY(f.open(truncate ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::Append));
    f.write(data);
}

} // namespace

void TestFileFeed::fixtureWithEverythingWrong()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.jsonl"));
    QVERIFY(QFile::copy(QStringLiteral(LJ_TICKER_TEST_DATA "/orders.jsonl"), path));
    FileFeed feed(path);
    TickerState state;
    QList<std::pair<int, QString>> problems;
    connect(&feed, &FileFeed::received, &feed, [&](const SaleEvent &e) { state.add(e); });
    connect(&feed, &FileFeed::problem, &feed, [&](int line, const QString &reason) { problems.append({line, reason}); });
    feed.poll();

    // Lines 3 (duplicate of 1) adds nothing; 5, 7 and 8 are broken and reported.
    QCOMPARE(state.orders(), 4);
    QCOMPARE(state.items(), 2 + 1 + 3 + 1);
    QCOMPARE(state.salesFen(), qint64(11980 + 8900 + 11640 + 4980));
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems[0].first, 5);
    QVERIFY(problems[0].second.contains(QStringLiteral("JSON")));
    QCOMPARE(problems[1].first, 7);
    QVERIFY(problems[1].second.contains(QStringLiteral("quantity")));
    QCOMPARE(problems[2].first, 8);
    QVERIFY(problems[2].second.contains(QStringLiteral("id")));
    // The late order (seq 2, line 6) sits between seq 1 and seq 3; the alert keeps its place by time.
    QStringList ids;
    for (const SaleEvent &e : state.recent())
        ids << e.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("o-1"), QStringLiteral("o-2"), QStringLiteral("o-3"), QStringLiteral("a-1"), QStringLiteral("o-4")}));
}

void TestFileFeed::appendedLaterAndHalfWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.jsonl"));
    append(path, R"({"type":"order","id":"x1","seq":1,"product_title":"蓝莓","quantity":1,"amount_fen":5900,"buyer":"Alice"})"
                 "\n",
           true);
    FileFeed feed(path);
    QSignalSpy received(&feed, &FileFeed::received);
    feed.poll();
    QCOMPARE(received.size(), 1);
    // Another program is in the middle of writing a line.
    append(path, R"({"type":"order","id":"x2","seq":2,"product_title":"木耳",)");
    feed.poll();
    QCOMPARE(received.size(), 1);
    append(path, "\"quantity\":2,\"amount_fen\":7760}\n");
    feed.poll();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.last().first().value<SaleEvent>().id, QStringLiteral("x2"));
    feed.poll(); // nothing new, nothing twice
    QCOMPARE(received.size(), 2);
}

void TestFileFeed::rotatedFileIsReadAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rot.jsonl"));
    append(path, R"({"type":"alert","id":"a1","text":"库存紧张 13812345678"})" "\n", true);
    FileFeed feed(path);
    QSignalSpy received(&feed, &FileFeed::received);
    feed.poll();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<SaleEvent>().text, QStringLiteral("库存紧张 138****5678"));
    append(path, R"({"type":"alert","id":"a2","text":"已售罄"})" "\n", true);
    feed.poll();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.last().first().value<SaleEvent>().id, QStringLiteral("a2"));
}

QTEST_GUILESS_MAIN(TestFileFeed)
#include "tst_filefeed.moc"
