// A room file (room.json) and a push-targets file, as written by hand or damaged.
#include "core/roomprofile.h"
#include "pushtarget.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    const lj::RoomProfile room = lj::RoomProfile::fromJson(object);
    (void)room.toJson();
    QVector<lj::push::PushTarget> targets;
    QMap<QString, QString> keys;
    QString error;
    if (lj::push::TargetFile::read(object, &targets, &keys, &error)) {
        for (const lj::push::PushTarget &t : targets)
            if (t.id.isEmpty())
                __builtin_trap(); // every target read gets an id
    }
    return 0;
}
