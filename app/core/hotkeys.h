#pragma once

#include "core/export.h"

#include <obs.h>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace lj {

/// Named actions bound to keys through libobs' hotkey system, which sees keys
/// even while the studio window is not focused. Actions run on the Qt thread;
/// bindings are saved per room.
class LJ_CORE_EXPORT HotkeyManager final : public QObject {
    Q_OBJECT
public:
    explicit HotkeyManager(QObject *parent = nullptr);
    ~HotkeyManager() override;

    /// Registers an action; `name` must be unique and stable (it is the saved key).
    bool add(const QString &name, const QString &description, std::function<void()> onPressed);
    void remove(const QString &name);
    /// Unregisters everything (before libobs shuts down).
    void clear();

    QStringList names() const;
    /// Runs an action as its keys would (a remote controller's button); false when there is none by that name.
    bool trigger(const QString &name);
    QString description(const QString &name) const;
    /// Replaces the keys bound to an action; an empty list unbinds it.
    bool setBindings(const QString &name, const QList<obs_key_combination_t> &keys);
    QList<obs_key_combination_t> bindings(const QString &name) const;
    /// "Ctrl+Shift+N"-style text of a combination.
    static QString keyText(obs_key_combination_t combo);

    QJsonObject saveBindings() const;
    /// Applies saved bindings to registered actions, and keeps them for
    /// actions registered later (plugins register after the room is loaded).
    void loadBindings(const QJsonObject &saved);

    /// Keys pressed while another window has focus still trigger actions.
    static void setWorkInBackground(bool enabled);

Q_SIGNALS:
    void triggered(const QString &name);

private:
    struct Entry {
        obs_hotkey_id id = OBS_INVALID_HOTKEY_ID;
        QString description;
        std::function<void()> onPressed;
    };
    static void onHotkey(void *data, obs_hotkey_id id, obs_hotkey_t *hotkey, bool pressed);
    void fire(obs_hotkey_id id);

    void applySaved(const Entry &entry, const QString &name);

    std::map<QString, Entry> m_entries;
    QJsonObject m_saved;
};

} // namespace lj
