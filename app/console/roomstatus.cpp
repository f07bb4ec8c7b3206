#include "roomstatus.h"

#include <QJsonArray>

namespace lj::console {

RoomStatus RoomStatus::fromJson(const QJsonObject &o, qint64 atMs)
{
    RoomStatus s;
    s.valid = o.contains(QStringLiteral("room")) && o.value(QStringLiteral("platforms")).isArray();
    s.atMs = atMs;
    s.room = o.value(QStringLiteral("room")).toString();
    s.onAir = o.value(QStringLiteral("onAir")).toBool();
    s.live = o.value(QStringLiteral("live")).toBool();
    s.liveMs = qint64(o.value(QStringLiteral("liveMs")).toDouble());
    s.rehearsal = o.value(QStringLiteral("rehearsal")).toBool();
    s.recording = o.value(QStringLiteral("recording")).toBool();
    s.scene = o.value(QStringLiteral("scene")).toString();
    s.cpuUsage = o.value(QStringLiteral("cpuUsage")).toDouble();
    s.videoBitrateKbps = o.value(QStringLiteral("videoBitrateKbps")).toInt();
    s.diskFreeMb = o.value(QStringLiteral("diskFreeMb")).toDouble(-1);
    s.recordingMinutesLeft = o.value(QStringLiteral("recordingMinutesLeft")).toDouble(-1);
    s.encoderSkippedFrames = qint64(o.value(QStringLiteral("outputSkippedFrames")).toDouble());
    s.encoderTotalFrames = qint64(o.value(QStringLiteral("outputTotalFrames")).toDouble());
    const QJsonObject mic = o.value(QStringLiteral("microphone")).toObject();
    s.micPresent = mic.value(QStringLiteral("present")).toBool();
    s.micName = mic.value(QStringLiteral("name")).toString();
    s.micMuted = mic.value(QStringLiteral("muted")).toBool();
    s.micDelivering = mic.value(QStringLiteral("delivering")).toBool();
    s.micSilentSeconds = mic.value(QStringLiteral("silentSeconds")).toDouble();
    s.micPeakDb = mic.value(QStringLiteral("peakDb")).toDouble(-100);
    s.micRecentPeakDb = mic.value(QStringLiteral("recentPeakDb")).toDouble(-100);
    for (const QJsonValue &v : o.value(QStringLiteral("platforms")).toArray()) {
        const QJsonObject p = v.toObject();
        PlatformStatus ps;
        ps.id = p.value(QStringLiteral("id")).toString();
        ps.name = p.value(QStringLiteral("name")).toString();
        ps.platform = p.value(QStringLiteral("platform")).toString();
        ps.state = p.value(QStringLiteral("state")).toString();
        ps.enabled = p.value(QStringLiteral("enabled")).toBool(true);
        ps.kbps = p.value(QStringLiteral("kbps")).toDouble();
        ps.bitrateKbps = p.value(QStringLiteral("bitrateKbps")).toInt();
        ps.droppedFrames = qint64(p.value(QStringLiteral("outputSkippedFrames")).toDouble());
        ps.totalFrames = qint64(p.value(QStringLiteral("outputTotalFrames")).toDouble());
        ps.retries = p.value(QStringLiteral("retries")).toInt();
        ps.lastError = p.value(QStringLiteral("lastError")).toString();
        s.platforms << ps;
    }
    const QJsonObject product = o.value(QStringLiteral("product")).toObject();
    s.productTitle = product.value(QStringLiteral("title")).toString();
    s.productIndex = product.value(QStringLiteral("index")).toInt(-1);
    s.productCount = product.value(QStringLiteral("productCount")).toInt();
    const QJsonObject sales = o.value(QStringLiteral("sales")).toObject();
    s.orders = sales.value(QStringLiteral("orders")).toInt();
    s.salesFen = qint64(sales.value(QStringLiteral("salesFen")).toDouble());
    s.salesText = sales.value(QStringLiteral("sales")).toString();
    return s;
}

} // namespace lj::console
