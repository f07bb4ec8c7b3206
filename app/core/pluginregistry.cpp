#include "core/pluginregistry.h"

#include "core/hotkeys.h"
#include "core/liveservice.h"
#include "core/settingspage.h"

#include <QAction>
#include <QWidget>

#include <algorithm>

namespace lj {

PluginRegistry::PluginRegistry(HotkeyManager &hotkeys, QObject *parent) : QObject(parent), m_hotkeys(hotkeys) {}

PluginRegistry::~PluginRegistry() = default;

template <typename R, typename A>
std::function<R *(A *)> PluginRegistry::tracked(std::function<R *(A *)> create,
                                                const std::shared_ptr<QList<QPointer<QObject>>> &made)
{
    return [create = std::move(create), made](A *parent) -> R * {
        R *object = create ? create(parent) : nullptr;
        if (object)
            made->append(object);
        return object;
    };
}

void PluginRegistry::add(Entry entry)
{
    entry.made = std::make_shared<QList<QPointer<QObject>>>();
    switch (entry.kind) {
    case Entry::Kind::Dock:
        entry.dock.create = tracked(std::move(entry.dock.create), entry.made);
        break;
    case Entry::Kind::Action:
        entry.action.create = tracked(std::move(entry.action.create), entry.made);
        break;
    case Entry::Kind::SettingsPage:
        entry.page.create = tracked(std::move(entry.page.create), entry.made);
        break;
    case Entry::Kind::HostPanel:
        entry.hostPanel.create = tracked(std::move(entry.hostPanel.create), entry.made);
        break;
    default:
        break;
    }
    m_entries.push_back(std::move(entry));
}

SourceTypeSlot *PluginRegistry::newSlot(void *owner)
{
    m_slots.push_back(std::make_unique<SourceTypeSlot>(SourceTypeSlot{owner}));
    return m_slots.back().get();
}

template <typename T>
std::vector<T> PluginRegistry::collect(Entry::Kind kind, T Entry::*field) const
{
    std::vector<T> result;
    for (const Entry &e : m_entries)
        if (e.kind == kind)
            result.push_back(e.*field);
    return result;
}

std::vector<DockContribution> PluginRegistry::docks() const
{
    return collect(Entry::Kind::Dock, &Entry::dock);
}

std::vector<ActionContribution> PluginRegistry::actions() const
{
    return collect(Entry::Kind::Action, &Entry::action);
}

std::vector<SettingsPageContribution> PluginRegistry::settingsPages() const
{
    return collect(Entry::Kind::SettingsPage, &Entry::page);
}

QStringList PluginRegistry::sourceTypes() const
{
    const std::vector<QString> names = collect(Entry::Kind::SourceType, &Entry::name);
    return QStringList(names.begin(), names.end());
}

std::vector<LiveService *> PluginRegistry::liveServices() const
{
    return collect(Entry::Kind::LiveService, &Entry::live);
}

std::vector<DemoContribution> PluginRegistry::demoContent() const
{
    return collect(Entry::Kind::DemoContent, &Entry::demo);
}

std::vector<PortraitContribution> PluginRegistry::portraitContent() const
{
    return collect(Entry::Kind::PortraitContent, &Entry::portrait);
}

std::vector<PreflightCheck> PluginRegistry::preflightChecks() const
{
    return collect(Entry::Kind::Preflight, &Entry::check);
}

std::vector<HostPanelContribution> PluginRegistry::hostPanels() const
{
    std::vector<HostPanelContribution> panels = collect(Entry::Kind::HostPanel, &Entry::hostPanel);
    std::stable_sort(panels.begin(), panels.end(), [](const auto &a, const auto &b) { return a.order < b.order; });
    return panels;
}

std::vector<ReportWriter> PluginRegistry::reportWriters() const
{
    return collect(Entry::Kind::Report, &Entry::report);
}

std::vector<ClipsWriter> PluginRegistry::clipsWriters() const
{
    return collect(Entry::Kind::Clips, &Entry::clips);
}

std::vector<RemoteRequestContribution> PluginRegistry::remoteRequests() const
{
    return collect(Entry::Kind::RemoteRequest, &Entry::remote);
}

int PluginRegistry::count(const QString &owner) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.owner == owner; }));
}

const PluginRegistry::Entry *PluginRegistry::serviceEntry(const QByteArray &id) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
        return e.kind == Entry::Kind::Service && e.name == QLatin1String(id);
    });
    return it != m_entries.end() ? &*it : nullptr;
}

QString PluginRegistry::serviceOwner(const QByteArray &id) const
{
    const Entry *e = serviceEntry(id);
    return e ? e->owner : QString();
}

void *PluginRegistry::serviceObject(const QByteArray &id) const
{
    const Entry *e = serviceEntry(id);
    return e ? e->service : nullptr;
}

int PluginRegistry::withdraw(const QString &owner)
{
    int withdrawn = 0;
    // Newest first: what was registered last may rely on what came before.
    for (auto it = m_entries.end(); it != m_entries.begin();) {
        --it;
        if (it->owner != owner)
            continue;
        for (const QPointer<QObject> &made : std::as_const(*it->made))
            delete made.data();
        if (it->kind == Entry::Kind::Hotkey)
            m_hotkeys.remove(it->name);
        if (it->slot)
            it->slot->owner = nullptr;
        it = m_entries.erase(it);
        ++withdrawn;
    }
    m_withdrawnTotal += withdrawn;
    if (withdrawn > 0)
        qInfo("plugin %s: %d contributions withdrawn", qPrintable(owner), withdrawn);
    Q_EMIT this->withdrawn(owner, withdrawn);
    return withdrawn;
}

} // namespace lj
