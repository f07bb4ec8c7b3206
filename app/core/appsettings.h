#pragma once

#include "core/export.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace lj {

/// Studio-wide settings (not per room), in one INI file written atomically.
class LJ_CORE_EXPORT AppSettings final {
public:
    explicit AppSettings(const QString &file);

    /// "system", "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    /// The locale to use: the override, or the system's.
    QString effectiveLocale() const;

    QString currentRoom() const;
    /// False until the window has opened once (the first-start guide shows then).
    bool firstStartDone() const;
    void setFirstStartDone();
    void setCurrentRoom(const QString &name);

    QStringList disabledPlugins() const;
    void setDisabledPlugins(const QStringList &ids);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    /// The window layout a room opens in: "host" (主播模式, the default) or "technician".
    QString layoutMode(const QString &room) const;
    void setLayoutMode(const QString &room, const QString &mode);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace lj
