#include "obswsprotocol.h"

#include <QCryptographicHash>

namespace lj::remote {

QByteArray authenticationString(const QString &password, const QByteArray &salt, const QByteArray &challenge)
{
    const QByteArray secret = QCryptographicHash::hash(QByteArray(password.toUtf8() + salt), QCryptographicHash::Sha256).toBase64();
    return QCryptographicHash::hash(QByteArray(secret + challenge), QCryptographicHash::Sha256).toBase64();
}

} // namespace lj::remote
