#include "core/hotkeys.h"

#include "core/obsptr.h"

#include <util/dstr.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace lj {

HotkeyManager::HotkeyManager(QObject *parent) : QObject(parent) {}

HotkeyManager::~HotkeyManager()
{
    clear();
}

bool HotkeyManager::add(const QString &name, const QString &description,
                        std::function<void()> onPressed)
{
    if (name.isEmpty() || m_entries.count(name) || !obs_initialized())
        return false;
    Entry entry;
    entry.description = description;
    entry.onPressed = std::move(onPressed);
    entry.id = obs_hotkey_register_frontend(name.toUtf8().constData(),
                                            description.toUtf8().constData(), onHotkey, this);
    if (entry.id == OBS_INVALID_HOTKEY_ID)
        return false;
    applySaved(entry, name);
    m_entries.emplace(name, std::move(entry));
    return true;
}

void HotkeyManager::remove(const QString &name)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    if (obs_initialized())
        obs_hotkey_unregister(it->second.id);
    m_entries.erase(it);
}

void HotkeyManager::clear()
{
    while (!m_entries.empty())
        remove(m_entries.begin()->first);
}

QStringList HotkeyManager::names() const
{
    QStringList result;
    for (const auto &[name, entry] : m_entries)
        result << name;
    return result;
}

QString HotkeyManager::description(const QString &name) const
{
    auto it = m_entries.find(name);
    return it == m_entries.end() ? QString() : it->second.description;
}

bool HotkeyManager::setBindings(const QString &name, const QList<obs_key_combination_t> &keys)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return false;
    QList<obs_key_combination_t> copy = keys;
    obs_hotkey_load_bindings(it->second.id, copy.data(), size_t(copy.size()));
    return true;
}

QList<obs_key_combination_t> HotkeyManager::bindings(const QString &name) const
{
    QList<obs_key_combination_t> result;
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return result;
    struct Query {
        obs_hotkey_id id;
        QList<obs_key_combination_t> *out;
    } query{it->second.id, &result};
    obs_enum_hotkey_bindings(
        [](void *data, size_t, obs_hotkey_binding_t *binding) {
            auto *q = static_cast<Query *>(data);
            if (obs_hotkey_binding_get_hotkey_id(binding) == q->id)
                q->out->append(obs_hotkey_binding_get_key_combination(binding));
            return true;
        },
        &query);
    return result;
}

QString HotkeyManager::keyText(obs_key_combination_t combo)
{
    QStringList parts;
    if (combo.modifiers & INTERACT_CONTROL_KEY)
        parts << QStringLiteral("Ctrl");
    if (combo.modifiers & INTERACT_ALT_KEY)
        parts << QStringLiteral("Alt");
    if (combo.modifiers & INTERACT_SHIFT_KEY)
        parts << QStringLiteral("Shift");
    if (combo.modifiers & INTERACT_COMMAND_KEY)
        parts << QStringLiteral("Super");
    if (combo.key != OBS_KEY_NONE) {
        dstr name = {};
        obs_key_to_str(combo.key, &name);
        parts << QString::fromUtf8(name.array ? name.array : obs_key_to_name(combo.key));
        dstr_free(&name);
    }
    return parts.join(QLatin1Char('+'));
}

QJsonObject HotkeyManager::saveBindings() const
{
    QJsonObject result;
    for (const auto &[name, entry] : m_entries) {
        OBSDataArrayAutoRelease array = obs_hotkey_save(entry.id);
        OBSDataAutoRelease wrapper = obs_data_create();
        obs_data_set_array(wrapper, "b", array);
        const QJsonObject json = QJsonDocument::fromJson(obs_data_get_json(wrapper)).object();
        result.insert(name, json.value(QStringLiteral("b")).toArray());
    }
    return result;
}

void HotkeyManager::loadBindings(const QJsonObject &saved)
{
    m_saved = saved;
    for (const auto &[name, entry] : m_entries)
        applySaved(entry, name);
}

void HotkeyManager::applySaved(const Entry &entry, const QString &name)
{
    const QJsonObject wrapper{{QStringLiteral("b"), m_saved.value(name).toArray()}};
    OBSDataAutoRelease data =
        obs_data_create_from_json(QJsonDocument(wrapper).toJson(QJsonDocument::Compact).constData());
    OBSDataArrayAutoRelease array = obs_data_get_array(data, "b");
    obs_hotkey_load(entry.id, array);
}

void HotkeyManager::setWorkInBackground(bool enabled)
{
    obs_hotkey_enable_background_press(enabled);
}

void HotkeyManager::onHotkey(void *data, obs_hotkey_id id, obs_hotkey_t *, bool pressed)
{
    if (!pressed)
        return;
    auto *self = static_cast<HotkeyManager *>(data);
    invokeOnQt(self, [self, id] { self->fire(id); });
}

bool HotkeyManager::trigger(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return false;
    fire(it->second.id);
    return true;
}

void HotkeyManager::fire(obs_hotkey_id id)
{
    for (const auto &[name, entry] : m_entries) {
        if (entry.id == id) {
            Q_EMIT triggered(name);
            if (entry.onPressed)
                entry.onPressed();
            return;
        }
    }
}

} // namespace lj
