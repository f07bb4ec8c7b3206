#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

#include <unistd.h>

namespace lj {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error, FileAccess access)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("lj", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // On the temporary file, before a byte is written: the secret is never
    // readable by others, not even for the moment before the rename.
    if (access == FileAccess::OwnerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        if (error)
            *error = QCoreApplication::translate("lj", "Cannot make %1 private: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const bool written = file.write(data) == data.size();
    const QString why = file.errorString(); // before cancelWriting() replaces it
    if (!written)
        file.cancelWriting(); // nothing is renamed: the old file stays whole
    if (!written || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("lj", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), written ? file.errorString() : why);
        return false;
    }
    return true;
}

bool writeJsonAtomically(const QString &path, const QJsonObject &object, QString *error, FileAccess access)
{
    return writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented), error, access);
}

bool commitPartFile(const QString &part, const QString &path)
{
    QFile written(part);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
        return false;
    written.close();
    return std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) == 0;
}

QJsonObject readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("lj", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("lj", "%1 is damaged (%2 at byte %3)")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())
                         .arg(parseError.offset);
        return {};
    }
    return doc.object();
}

} // namespace lj
