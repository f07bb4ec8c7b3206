#pragma once

// The console's saved list of rooms (console/rooms.json in the studio's
// config folder: names and addresses only); each room's password is in the
// keychain under "console/<room id>".

#include "roomlink.h"

#include "core/secretstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lj::console {

class RoomStore final {
    Q_DECLARE_TR_FUNCTIONS(lj::console::RoomStore)
public:
    /// `file`: where the list lives (RoomStore::defaultFile() for the user's).
    explicit RoomStore(QString file);
    static QString defaultFile();

    /// Reads the list; a damaged file is kept aside and reported, never overwritten silently.
    QList<RoomAddress> load(QString *error);
    bool save(const QList<RoomAddress> &rooms, QString *error);
    static QString newId();

    SecretResult password(const QString &roomId);
    SecretResult setPassword(const QString &roomId, const QString &password);
    SecretResult forgetPassword(const QString &roomId);

private:
    QString m_file;
    SecretStore m_secrets;
};

} // namespace lj::console
