#include "roomstore.h"

#include "core/atomicfile.h"
#include "core/paths.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QUuid>

namespace lj::console {

RoomStore::RoomStore(QString file) : m_file(std::move(file))
{
    m_secrets.setKeyPrefix(QStringLiteral("console"));
}

QString RoomStore::defaultFile()
{
    return StudioPaths::configRoot() + QStringLiteral("/console/rooms.json");
}

QString RoomStore::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QList<RoomAddress> RoomStore::load(QString *error)
{
    QString problem;
    const QJsonObject saved = readJsonFile(m_file, &problem);
    QList<RoomAddress> rooms;
    if (!problem.isEmpty()) {
        const QString kept = m_file + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
        QFile::rename(m_file, kept);
        if (error)
            *error = tr("The saved list of rooms could not be read (%1); it was kept as %2.").arg(problem, kept);
        return rooms;
    }
    for (const QJsonValue &v : saved.value(QStringLiteral("rooms")).toArray()) {
        const QJsonObject o = v.toObject();
        RoomAddress room;
        room.id = o.value(QStringLiteral("id")).toString();
        room.name = o.value(QStringLiteral("name")).toString();
        room.host = o.value(QStringLiteral("host")).toString();
        const int port = o.value(QStringLiteral("port")).toInt();
        if (room.id.isEmpty() || room.host.isEmpty() || port <= 0 || port > 65535)
            continue; // a hand-edited entry the console cannot use
        room.port = quint16(port);
        rooms << room;
    }
    return rooms;
}

bool RoomStore::save(const QList<RoomAddress> &rooms, QString *error)
{
    QJsonArray list;
    for (const RoomAddress &room : rooms)
        list.append(QJsonObject{{QStringLiteral("id"), room.id},
                                {QStringLiteral("name"), room.name},
                                {QStringLiteral("host"), room.host},
                                {QStringLiteral("port"), room.port}});
    return writeJsonAtomically(m_file, {{QStringLiteral("version"), 1}, {QStringLiteral("rooms"), list}}, error);
}

SecretResult RoomStore::password(const QString &roomId)
{
    return m_secrets.readSync(roomId);
}

SecretResult RoomStore::setPassword(const QString &roomId, const QString &password)
{
    return m_secrets.writeSync(roomId, password);
}

SecretResult RoomStore::forgetPassword(const QString &roomId)
{
    return m_secrets.removeSync(roomId);
}

} // namespace lj::console
