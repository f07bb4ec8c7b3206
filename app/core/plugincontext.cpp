#include "core/plugincontext.h"

#include "core/appsettings.h"
#include "core/hotkeys.h"
#include "core/microphonewatch.h"
#include "core/roomprofile.h"
#include "core/paths.h"
#include "core/recorder.h"
#include "core/studio.h"

#include <QCoreApplication>

#include <utility>

namespace lj {

PluginContext::PluginContext(Studio &studio, const QString &pluginId, const QStringList &dependencies)
    : m_studio(studio), m_registry(studio.pluginRegistry()), m_pluginId(pluginId), m_dependencies(dependencies)
{
    m_secrets.setKeyPrefix(pluginId);
    m_logName = "plugin." + pluginId.toUtf8();
    m_log = std::make_unique<QLoggingCategory>(m_logName.constData());
    connect(&studio, &Studio::roomChanged, this, [this] {
        Q_EMIT roomChanged();
        Q_EMIT roomSettingsChanged(); // another room has other settings
    });
    connect(&studio, &Studio::roomSettingsChanged, this, &PluginContext::roomSettingsChanged);
    connect(&studio, &Studio::onAirChanged, this, &PluginContext::onAirChanged);
    Recorder &recorder = studio.recorder();
    connect(&recorder, &Recorder::started, this, [this, &recorder] {
        m_recording = recorder.path();
        Q_EMIT recordingStarted(m_recording, recorder.startedAtMs());
    });
    connect(&recorder, &Recorder::stopped, this, [this](const QString &error) {
        if (!m_recording.isEmpty())
            Q_EMIT recordingStopped(std::exchange(m_recording, QString()), error);
    });
}

PluginContext::~PluginContext() = default;

QString PluginContext::locale() const
{
    return m_studio.settings().effectiveLocale();
}

bool PluginContext::isHeadless() const
{
    return m_studio.isHeadless();
}

bool PluginContext::isOnAir() const
{
    return m_studio.isOnAir();
}

GoLive &PluginContext::goLive()
{
    return m_studio.goLive();
}

PortraitCanvas &PluginContext::portrait()
{
    return m_studio.portrait();
}

Recorder &PluginContext::recorder()
{
    return m_studio.recorder();
}

QStringList PluginContext::hotkeyNames() const
{
    return m_studio.hotkeys().names();
}

bool PluginContext::triggerHotkey(const QString &name)
{
    return m_studio.hotkeys().trigger(name);
}

QStringList PluginContext::roomNames() const
{
    return m_studio.rooms().names();
}

QList<MicrophoneLevel> PluginContext::microphones() const
{
    const MicrophoneWatch *watch = m_studio.microphones();
    return watch ? watch->levels() : QList<MicrophoneLevel>{};
}

QVariant PluginContext::argument(const QString &name) const
{
    return m_studio.pluginArgument(name);
}

const RoomProfile &PluginContext::room() const
{
    return m_studio.room();
}

QJsonObject PluginContext::roomData() const
{
    return m_studio.pluginData(m_pluginId);
}

bool PluginContext::setRoomData(const QJsonObject &data, QString *error)
{
    return m_studio.setPluginData(m_pluginId, data, error);
}

SceneCollection &PluginContext::scenes()
{
    return m_studio.scenes();
}

bool PluginContext::createRoomFromTemplate(const QString &name, const QString &templateId, QString *error)
{
    return m_studio.createRoomFromTemplate(name, templateId, error);
}

QString PluginContext::configDir() const
{
    return StudioPaths::configRoot();
}

void PluginContext::addDock(DockContribution dock)
{
    dock.owner = m_pluginId;
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::Dock, m_pluginId, dock.id};
    e.dock = std::move(dock);
    m_registry.add(std::move(e));
}

void PluginContext::addAction(ActionContribution action)
{
    action.owner = m_pluginId;
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::Action, m_pluginId, action.menu};
    e.action = std::move(action);
    m_registry.add(std::move(e));
}

void PluginContext::addSettingsPage(SettingsPageContribution page)
{
    page.owner = m_pluginId;
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::SettingsPage, m_pluginId, page.id};
    e.page = std::move(page);
    m_registry.add(std::move(e));
}

void PluginContext::addSourceType(obs_source_info info, void *owner)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::SourceType, m_pluginId, QString::fromUtf8(info.id)};
    e.slot = m_registry.newSlot(owner);
    info.type_data = e.slot;
    info.free_type_data = nullptr; // the registry owns the slot
    obs_register_source(&info);
    m_registry.add(std::move(e));
}

void PluginContext::addLiveService(LiveService *service)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::LiveService, m_pluginId, QString()};
    e.live = service;
    m_registry.add(std::move(e));
}

void PluginContext::addPortraitContent(PortraitContribution contribution)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::PortraitContent, m_pluginId, QString()};
    e.portrait = std::move(contribution);
    m_registry.add(std::move(e));
}

void PluginContext::addDemoContent(DemoContribution contribution)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::DemoContent, m_pluginId, QString()};
    e.demo = std::move(contribution);
    m_registry.add(std::move(e));
}

void PluginContext::addPreflightCheck(PreflightCheck check)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::Preflight, m_pluginId, QString()};
    e.check = std::move(check);
    m_registry.add(std::move(e));
}

void PluginContext::addHostPanel(HostPanelContribution panel)
{
    panel.owner = m_pluginId;
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::HostPanel, m_pluginId, panel.id};
    e.hostPanel = std::move(panel);
    m_registry.add(std::move(e));
}

void PluginContext::addReportWriter(ReportWriter writer)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::Report, m_pluginId, QString()};
    e.report = std::move(writer);
    m_registry.add(std::move(e));
}

void PluginContext::addClipsWriter(ClipsWriter writer)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::Clips, m_pluginId, QString()};
    e.clips = std::move(writer);
    m_registry.add(std::move(e));
}

void PluginContext::addRemoteRequest(const QString &type, std::function<RemoteReply(const QJsonObject &data)> handle)
{
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::RemoteRequest, m_pluginId, type};
    e.remote = {type, std::move(handle)};
    m_registry.add(std::move(e));
}

std::vector<RemoteRequestContribution> PluginContext::remoteRequests() const
{
    return m_registry.remoteRequests();
}

bool PluginContext::addHotkey(const QString &name, const QString &description, std::function<void()> onPressed)
{
    if (!m_studio.hotkeys().add(name, description, std::move(onPressed)))
        return false;
    m_registry.add({PluginRegistry::Entry::Kind::Hotkey, m_pluginId, name});
    return true;
}

void PluginContext::exportService(const QByteArray &id, void *service)
{
    const QString owner = m_registry.serviceOwner(id);
    if (!owner.isEmpty()) {
        m_serviceErrors << QCoreApplication::translate("lj::PluginContext", "it offers the service \"%1\", which plugin \"%2\" offers already")
                               .arg(QString::fromLatin1(id), owner);
        return;
    }
    PluginRegistry::Entry e{PluginRegistry::Entry::Kind::Service, m_pluginId, QString::fromLatin1(id)};
    e.service = service;
    m_registry.add(std::move(e));
}

void *PluginContext::service(const QByteArray &id)
{
    const QString name = QString::fromLatin1(id);
    const QString owner = m_registry.serviceOwner(id);
    QString problem;
    if (!m_servicesOpen)
        problem = QCoreApplication::translate("lj::PluginContext", "it asked for the service \"%1\" before its dependencies were ready "
                                                                   "(ask in dependenciesReady())")
                      .arg(name);
    else if (owner.isEmpty())
        problem = QCoreApplication::translate("lj::PluginContext", "it needs the service \"%1\", which no loaded plugin offers").arg(name);
    else if (owner != m_pluginId && !m_dependencies.contains(owner))
        problem = QCoreApplication::translate("lj::PluginContext", "it asked for the service \"%1\" of plugin \"%2\" without declaring "
                                                                   "\"%2\" in its dependencies")
                      .arg(name, owner);
    if (!problem.isEmpty()) {
        if (!m_serviceErrors.contains(problem))
            m_serviceErrors << problem;
        return nullptr;
    }
    return m_registry.serviceObject(id);
}

} // namespace lj
