// The base console's alerts from a room's status as the studio sends it
// (GetRoomStatus): a platform the link budget lowered or paused is said, in
// orange, for that platform only; a room at its own bitrate says nothing.
#include "roomalerts.h"
#include "roomstatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace lj::console;

namespace {

QJsonObject platform(const QString &name, const QString &state, int bitrate)
{
    return {{QStringLiteral("id"), name}, {QStringLiteral("name"), name}, {QStringLiteral("state"), state}, {QStringLiteral("enabled"), true},
            {QStringLiteral("kbps"), 1000}, {QStringLiteral("bitrateKbps"), bitrate}, {QStringLiteral("outputSkippedFrames"), 0},
            {QStringLiteral("outputTotalFrames"), 300}};
}

RoomStatus status(const QJsonArray &platforms)
{
    return RoomStatus::fromJson({{QStringLiteral("room"), QStringLiteral("field")},
                                 {QStringLiteral("live"), true},
                                 {QStringLiteral("onAir"), true},
                                 {QStringLiteral("videoBitrateKbps"), 2500},
                                 {QStringLiteral("platforms"), platforms}},
                                1000);
}

} // namespace

class TestRoomAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weakLinkAndPaused();
};

void TestRoomAlerts::weakLinkAndPaused()
{
    RoomAlerts alerts;
    QVERIFY(alerts.update(status({platform(QStringLiteral("抖音"), QStringLiteral("live"), 2500)})).isEmpty());

    const QList<Alert> weak = alerts.update(
        status({platform(QStringLiteral("抖音"), QStringLiteral("live"), 900), platform(QStringLiteral("快手"), QStringLiteral("paused"), 0)}));
    QCOMPARE(weak.size(), 2);
    const auto find = [&weak](AlertKind kind) {
        return std::find_if(weak.begin(), weak.end(), [kind](const Alert &a) { return a.kind == kind; });
    };
    const auto lowered = find(AlertKind::WeakLink), paused = find(AlertKind::Paused);
    QVERIFY(lowered != weak.end() && paused != weak.end());
    QCOMPARE(lowered->subject, QStringLiteral("抖音"));
    QVERIFY2(lowered->text.contains(QStringLiteral("900 kbps")) && lowered->text.contains(QStringLiteral("2500")), qPrintable(lowered->text));
    QVERIFY(!lowered->critical);
    QCOMPARE(paused->subject, QStringLiteral("快手"));
    QVERIFY(!paused->critical);
}

QTEST_GUILESS_MAIN(TestRoomAlerts)
#include "tst_roomalerts.moc"
