#pragma once

// What a studio tells the console of one room (the "longjiang" vendor's
// GetRoomStatus), read into plain values.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lj::console {

struct PlatformStatus {
    QString id;
    QString name;     ///< as the host named it, e.g. 抖音
    QString platform; ///< douyin, kuaishou, rtmp...
    QString state;    ///< idle, connecting, live, reconnecting, failed, paused
    bool enabled = true;
    double kbps = 0;
    int bitrateKbps = 0; ///< what its encoder runs at now (lowered on a weak uplink)
    qint64 droppedFrames = 0;
    qint64 totalFrames = 0;
    int retries = 0;
    QString lastError;
};

struct RoomStatus {
    bool valid = false;
    qint64 atMs = 0; ///< when the console received it
    QString room;
    bool onAir = false;
    bool live = false;
    qint64 liveMs = 0;
    bool rehearsal = false;
    bool recording = false;
    QString scene;
    double cpuUsage = 0;
    int videoBitrateKbps = 0; ///< the room's setting
    double diskFreeMb = -1;
    double recordingMinutesLeft = -1;
    qint64 encoderSkippedFrames = 0;
    qint64 encoderTotalFrames = 0;
    bool micPresent = false;
    QString micName;
    bool micMuted = false;
    bool micDelivering = false;
    double micSilentSeconds = 0;
    double micPeakDb = -100;
    double micRecentPeakDb = -100; ///< the loudest of the last seconds
    QList<PlatformStatus> platforms;
    QString productTitle;
    int productIndex = -1;
    int productCount = 0;
    int orders = 0;
    qint64 salesFen = 0;
    QString salesText;

    static RoomStatus fromJson(const QJsonObject &o, qint64 atMs);
};

} // namespace lj::console
