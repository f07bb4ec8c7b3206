#include "remotepassword.h"

#include "core/secretstore.h"

#include <QRandomGenerator>

namespace lj::remote {

namespace {
constexpr const char *kPasswordKey = "password";
}

bool passwordFromEnvironment()
{
    return !qEnvironmentVariableIsEmpty("LJ_REMOTE_PASSWORD");
}

QString currentPassword(SecretStore &secrets, QString *error)
{
    if (passwordFromEnvironment())
        return qEnvironmentVariable("LJ_REMOTE_PASSWORD");
    const SecretResult saved = secrets.readSync(QString::fromLatin1(kPasswordKey));
    if (!saved.ok() && saved.status != SecretResult::Status::NotFound && error)
        *error = saved.message;
    return saved.ok() ? saved.value : QString();
}

QString makePassword(SecretStore &secrets, QString *error)
{
    // 16 letters and digits that cannot be mistaken for each other when read aloud or copied by hand.
    const QString letters = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString made;
    for (int i = 0; i < 16; ++i)
        made += letters.at(int(QRandomGenerator::system()->bounded(quint32(letters.size()))));
    const SecretResult kept = secrets.writeSync(QString::fromLatin1(kPasswordKey), made);
    if (!kept.ok()) {
        if (error)
            *error = kept.message;
        return {};
    }
    return made;
}

} // namespace lj::remote
