#pragma once

#include <QCoreApplication>

#include "core/export.h"
#include "core/videosettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lj {

/// One studio room: its canvas, its output, its hotkey bindings. Scenes live
/// beside it in the room's folder.
struct LJ_CORE_EXPORT RoomProfile {
    static constexpr int kFormatVersion = 1;

    QString name;
    VideoSettings video;
    OutputSettings output;
    PortraitSettings portrait;
    QJsonObject hotkeys;     ///< hotkey name -> libobs binding array
    QJsonObject pluginData;  ///< plugin id -> that plugin's per-room settings
    /// Rehearsal (彩排): pushes go only to the classroom address (or nowhere),
    /// orders are made up, the show is recorded and never reported.
    bool rehearsal = false;

    QJsonObject toJson() const;
    static RoomProfile fromJson(const QJsonObject &object);
};

/// Stores rooms as folders under one root: `<root>/<room>/room.json` and
/// `<root>/<room>/scenes.json`. Every write is atomic.
class LJ_CORE_EXPORT ProfileManager final {
    Q_DECLARE_TR_FUNCTIONS(lj::ProfileManager)
public:
    explicit ProfileManager(QString rootDir);

    QString rootDir() const { return m_root; }
    QStringList names() const;
    bool exists(const QString &name) const;
    QString roomDir(const QString &name) const;
    QString scenesFile(const QString &name) const;

    /// Empty when the name is fine; otherwise why not (empty, too long, reserved characters).
    static QString checkName(const QString &name);

    std::optional<RoomProfile> load(const QString &name, QString *error) const;
    bool save(const RoomProfile &profile, QString *error) const;
    bool create(const QString &name, QString *error) const;
    bool duplicate(const QString &from, const QString &to, QString *error) const;
    bool rename(const QString &from, const QString &to, QString *error) const;
    bool remove(const QString &name, QString *error) const;

private:
    /// `to` is a valid, free name and `from` exists.
    bool checkCopy(const QString &from, const QString &to, QString *error) const;

    QString m_root;
};

} // namespace lj
