#include "pushtarget.h"

#include "platforms.h"

#include <QJsonArray>
#include <QUuid>

namespace lj::push {

namespace {
const QString kFormat = QStringLiteral("longjiang-push-targets");
}

QJsonObject PushTarget::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("server"), server},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("ownEncoder"), ownEncoder},
            {QStringLiteral("videoBitrateKbps"), videoBitrateKbps},
            {QStringLiteral("reconnectDelaySec"), reconnectDelaySec},
            {QStringLiteral("maxRetries"), maxRetries},
            {QStringLiteral("classroom"), classroom},
            {QStringLiteral("main"), main},
            {QStringLiteral("relayEngine"), relayEngine},
            {QStringLiteral("relayStatUrl"), relayStatUrl},
            {QStringLiteral("srtLatencyMs"), srtLatencyMs},
            {QStringLiteral("srtPassphrase"), srtPassphrase},
            {QStringLiteral("canvas"), portrait ? QStringLiteral("portrait") : QStringLiteral("landscape")}};
}

PushTarget PushTarget::fromJson(const QJsonObject &o)
{
    PushTarget t;
    t.id = o.value(QStringLiteral("id")).toString();
    if (t.id.isEmpty())
        t.id = newId();
    t.name = o.value(QStringLiteral("name")).toString();
    t.platform = Platforms::byId(o.value(QStringLiteral("platform")).toString()).id;
    t.server = o.value(QStringLiteral("server")).toString();
    t.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    t.ownEncoder = o.value(QStringLiteral("ownEncoder")).toBool(false);
    t.videoBitrateKbps = qBound(0, o.value(QStringLiteral("videoBitrateKbps")).toInt(0), 50000);
    t.reconnectDelaySec = qBound(1, o.value(QStringLiteral("reconnectDelaySec")).toInt(2), 600);
    t.maxRetries = qBound(0, o.value(QStringLiteral("maxRetries")).toInt(20), 10000);
    t.classroom = o.value(QStringLiteral("classroom")).toBool(false);
    t.main = o.value(QStringLiteral("main")).toBool(false);
    t.relayEngine = o.value(QStringLiteral("relayEngine")).toString() == QLatin1String("srs") ? QStringLiteral("srs") : QStringLiteral("nginx-rtmp");
    t.relayStatUrl = o.value(QStringLiteral("relayStatUrl")).toString();
    t.srtLatencyMs = qBound(0, o.value(QStringLiteral("srtLatencyMs")).toInt(0), 10000);
    t.srtPassphrase = o.value(QStringLiteral("srtPassphrase")).toBool(false);
    t.portrait = o.value(QStringLiteral("canvas")).toString() == QLatin1String("portrait");
    return t;
}

QString PushTarget::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QJsonObject TargetFile::write(const QVector<PushTarget> &targets, const QMap<QString, QString> &keysById)
{
    QJsonArray list;
    for (const PushTarget &t : targets) {
        QJsonObject o = t.toJson();
        if (keysById.contains(t.id))
            o.insert(QStringLiteral("key"), keysById.value(t.id));
        list.append(o);
    }
    return {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("targets"), list}};
}

bool TargetFile::read(const QJsonObject &file, QVector<PushTarget> *targets, QMap<QString, QString> *keysById,
                      QString *error)
{
    if (file.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("This is not a push targets file.");
        return false;
    }
    if (file.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("This push targets file was written by a newer version of the studio.");
        return false;
    }
    const QJsonValue list = file.value(QStringLiteral("targets"));
    if (!list.isArray()) {
        *error = tr("The push targets file has no list of targets.");
        return false;
    }
    QVector<PushTarget> read;
    QMap<QString, QString> keys;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
            *error = tr("Target %1 in the file has no name.").arg(index);
            return false;
        }
        PushTarget t = PushTarget::fromJson(o);
        t.id = PushTarget::newId(); // never collide with the room's own targets
        if (o.contains(QStringLiteral("key")))
            keys.insert(t.id, o.value(QStringLiteral("key")).toString());
        read.append(t);
    }
    *targets = read;
    *keysById = keys;
    return true;
}

} // namespace lj::push
