#pragma once

// One studio run on a shaped link (tests/network and bench/ share it): a
// room in a config folder of its own pushing to the namespace's ingest, the
// studio started inside the namespace, and what the run left: the studio's
// push health log and the ingest's recording of what arrived.

#include "core/secretstore.h"
#include "shapedlink.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

#include <algorithm>

namespace lj::test {

struct Platform {
    QString name;
    QString key;
    bool main = false;
};

/// One line of the push health log (push-health/<date>.jsonl).
struct HealthSample {
    qint64 atMs = 0;
    QString name;
    QString state;
    int dropped = 0;
    int frames = 0;
    int bitrate = 0;
};

/// What arrived at the ingest for one stream, from its recording.
struct Arrived {
    double seconds = 0;
    int videoFrames = 0;
    double kbps = 0; ///< every packet, audio included
};

/// A room named "field" in a new folder under `parent`: the demo scenes,
/// 720p30 at 2500 kbps, pushing to the namespace's ingest; the keys go to
/// the keychain (their entries are added to `keychainEntries`). Empty on failure.
inline QString makeFieldRoom(const QString &parent, const QList<Platform> &platforms, bool adaptive, QStringList *keychainEntries)
{
    lj::SecretStore secrets;
    secrets.setKeyPrefix(QStringLiteral("pushmanager"));
    const QString config = parent + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QJsonArray targets;
    for (const Platform &p : platforms) {
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
        targets.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("platform"), QStringLiteral("rtmp")},
                                   {QStringLiteral("server"), QStringLiteral("rtmp://127.0.0.1:1935/live/")},
                                   {QStringLiteral("main"), p.main}});
        if (!secrets.writeSync(id, p.key).ok())
            return {};
        *keychainEntries << id;
    }
    const QJsonObject output{{QStringLiteral("folder"), QString(config + QStringLiteral("/videos"))},
                             {QStringLiteral("videoBitrateKbps"), 2500},
                             {QStringLiteral("audioBitrateKbps"), 128},
                             {QStringLiteral("backupRecording"), false},
                             {QStringLiteral("adaptiveBitrate"), adaptive}};
    const QJsonObject room{{QStringLiteral("name"), QStringLiteral("field")},
                           {QStringLiteral("output"), output},
                           {QStringLiteral("pluginData"),
                            QJsonObject{{QStringLiteral("pushmanager"), QJsonObject{{QStringLiteral("targets"), targets}}}}}};
    QDir().mkpath(config + QStringLiteral("/rooms/field"));
    QFile file(config + QStringLiteral("/rooms/field/room.json"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(room).toJson());
    return config;
}

/// The studio (LJ_STUDIO_BIN) inside the namespace, headless, live in the "field" room for `seconds`.
inline void startFieldStudio(QProcess &studio, const ShapedLink &link, const QString &config, int seconds, const QStringList &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), config);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    studio.setProcessEnvironment(env);
    link.start(studio, qEnvironmentVariable("LJ_STUDIO_BIN"),
               QStringList{QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("field"), QStringLiteral("--go-live"),
                           QStringLiteral("--duration"), QString::number(seconds)} +
                   extra);
}

/// Every sample of the studio's push health log in `config`.
inline QList<HealthSample> healthLog(const QString &config)
{
    QList<HealthSample> samples;
    const QDir dir(config + QStringLiteral("/push-health"));
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                samples << HealthSample{o.value(QStringLiteral("t")).toInteger(), o.value(QStringLiteral("name")).toString(),
                                        o.value(QStringLiteral("state")).toString(),  o.value(QStringLiteral("dropped")).toInt(),
                                        o.value(QStringLiteral("frames")).toInt(),    o.value(QStringLiteral("bitrate")).toInt()};
        }
    }
    return samples;
}

/// Over the samples of `name` between the two times: dropped frames against all frames (1 when nothing was sent).
inline double droppedShare(const QList<HealthSample> &log, const QString &name, qint64 fromMs, qint64 toMs)
{
    const HealthSample *first = nullptr, *last = nullptr;
    for (const HealthSample &s : log) {
        if (s.name != name || s.atMs < fromMs || s.atMs > toMs)
            continue;
        if (!first)
            first = &s;
        last = &s;
    }
    if (!first || last->frames <= first->frames)
        return 1; // nothing sent: as bad as it gets
    return double(last->dropped - first->dropped) / double(last->frames - first->frames);
}

/// The log of one platform, a line per sample, to see why a check failed.
inline QString timeline(const QList<HealthSample> &log, const QString &name)
{
    QStringList lines;
    const qint64 start = log.isEmpty() ? 0 : log.first().atMs;
    for (const HealthSample &s : log)
        if (s.name == name)
            lines << QStringLiteral("%1 s %2 %3 kbps dropped %4 of %5").arg((s.atMs - start) / 1000.0, 0, 'f', 1).arg(s.state).arg(s.bitrate).arg(s.dropped).arg(s.frames);
    return lines.join(QLatin1Char('\n'));
}

/// From a recording at the ingest: what arrived between `from` and `to` seconds of the stream.
inline Arrived arrived(const QString &flv, double from, double to)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                            QStringLiteral("packet=codec_type,pts_time,size"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), flv});
    probe.waitForFinished(60000);
    Arrived a;
    double bytes = 0, end = 0;
    for (const QByteArray &line : probe.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(',');
        if (f.size() < 3)
            continue;
        const double t = f[1].toDouble();
        end = std::max(end, t);
        if (t < from || t >= to)
            continue;
        bytes += f[2].toDouble();
        a.videoFrames += f[0] == "video" ? 1 : 0;
    }
    a.seconds = end;
    a.kbps = bytes * 8 / 1000 / (to - from);
    return a;
}

} // namespace lj::test
