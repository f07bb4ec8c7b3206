#include "core/roomprofile.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace lj {

namespace {


const QString kRoomFile = QStringLiteral("room.json");
const QString kScenesFile = QStringLiteral("scenes.json");

bool copyDir(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyDir(info.absoluteFilePath(), target)
                         : !QFile::copy(info.absoluteFilePath(), target))
            return false;
    }
    return true;
}

} // namespace

QJsonObject RoomProfile::toJson() const
{
    return {{QStringLiteral("formatVersion"), kFormatVersion},
            {QStringLiteral("name"), name},
            {QStringLiteral("video"), video.toJson()},
            {QStringLiteral("output"), output.toJson()},
            {QStringLiteral("portrait"), portrait.toJson()},
            {QStringLiteral("hotkeys"), hotkeys},
            {QStringLiteral("pluginData"), pluginData},
            {QStringLiteral("rehearsal"), rehearsal}};
}

RoomProfile RoomProfile::fromJson(const QJsonObject &o)
{
    RoomProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.video = VideoSettings::fromJson(o.value(QStringLiteral("video")).toObject());
    p.output = OutputSettings::fromJson(o.value(QStringLiteral("output")).toObject());
    p.portrait = PortraitSettings::fromJson(o.value(QStringLiteral("portrait")).toObject());
    p.hotkeys = o.value(QStringLiteral("hotkeys")).toObject();
    p.pluginData = o.value(QStringLiteral("pluginData")).toObject();
    p.rehearsal = o.value(QStringLiteral("rehearsal")).toBool();
    return p;
}

ProfileManager::ProfileManager(QString rootDir) : m_root(std::move(rootDir))
{
    QDir().mkpath(m_root);
}

QStringList ProfileManager::names() const
{
    QStringList result;
    for (const QFileInfo &info : QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(info.absoluteFilePath() + QLatin1Char('/') + kRoomFile))
            result << info.fileName();
    }
    return result;
}

bool ProfileManager::exists(const QString &name) const
{
    return !name.isEmpty() && QFile::exists(roomDir(name) + QLatin1Char('/') + kRoomFile);
}

QString ProfileManager::roomDir(const QString &name) const
{
    return m_root + QLatin1Char('/') + name;
}

QString ProfileManager::scenesFile(const QString &name) const
{
    return roomDir(name) + QLatin1Char('/') + kScenesFile;
}

QString ProfileManager::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A room needs a name.");
    if (trimmed.size() > 64)
        return tr("A room name can have at most 64 characters.");
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : trimmed) {
        if (reserved.contains(c) || c.category() == QChar::Other_Control)
            return tr("A room name cannot contain %1").arg(c);
    }
    if (trimmed.startsWith(QLatin1Char('.')))
        return tr("A room name cannot start with a dot.");
    if (trimmed != name)
        return tr("A room name cannot start or end with spaces.");
    return {};
}

std::optional<RoomProfile> ProfileManager::load(const QString &name, QString *error) const
{
    if (!exists(name)) {
        if (error)
            *error = tr("There is no room named \"%1\".").arg(name);
        return std::nullopt;
    }
    QString readError;
    const QJsonObject json = readJsonFile(roomDir(name) + QLatin1Char('/') + kRoomFile, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    RoomProfile profile = RoomProfile::fromJson(json);
    profile.name = name; // the folder is the truth; a copied folder keeps working
    return profile;
}

bool ProfileManager::save(const RoomProfile &profile, QString *error) const
{
    const QString problem = checkName(profile.name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return writeJsonAtomically(roomDir(profile.name) + QLatin1Char('/') + kRoomFile,
                               profile.toJson(), error);
}

bool ProfileManager::create(const QString &name, QString *error) const
{
    if (exists(name)) {
        if (error)
            *error = tr("A room named \"%1\" already exists.").arg(name);
        return false;
    }
    RoomProfile profile;
    profile.name = name;
    return save(profile, error);
}

bool ProfileManager::checkCopy(const QString &from, const QString &to, QString *error) const
{
    QString problem = checkName(to);
    if (problem.isEmpty() && exists(to))
        problem = tr("A room named \"%1\" already exists.").arg(to);
    if (problem.isEmpty() && !exists(from))
        problem = tr("There is no room named \"%1\".").arg(from);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

bool ProfileManager::duplicate(const QString &from, const QString &to, QString *error) const
{
    if (!checkCopy(from, to, error))
        return false;
    // Copy into a staging folder and rename it into place, so an interrupted
    // copy never shows up as a half room.
    const QString staging = m_root + QStringLiteral("/.staging-") + to;
    QDir(staging).removeRecursively();
    if (!copyDir(roomDir(from), staging) || !QDir().rename(staging, roomDir(to))) {
        QDir(staging).removeRecursively();
        if (error)
            *error = tr("Could not copy the room \"%1\".").arg(from);
        return false;
    }
    std::optional<RoomProfile> copy = load(to, error);
    if (!copy)
        return false;
    copy->name = to;
    return save(*copy, error);
}

bool ProfileManager::rename(const QString &from, const QString &to, QString *error) const
{
    if (!checkCopy(from, to, error))
        return false;
    if (!QDir().rename(roomDir(from), roomDir(to))) {
        if (error)
            *error = tr("Could not rename the room \"%1\".").arg(from);
        return false;
    }
    std::optional<RoomProfile> renamed = load(to, error);
    if (!renamed)
        return false;
    renamed->name = to;
    return save(*renamed, error);
}

bool ProfileManager::remove(const QString &name, QString *error) const
{
    if (!exists(name)) {
        if (error)
            *error = tr("There is no room named \"%1\".").arg(name);
        return false;
    }
    if (!QDir(roomDir(name)).removeRecursively()) {
        if (error)
            *error = tr("Could not delete the room \"%1\".").arg(name);
        return false;
    }
    return true;
}

} // namespace lj
