#include "core/plugincontext.h"

#include <obs.h>

namespace lj {

PluginContext::PluginContext(Studio &studio) : m_studio(studio) {}

void PluginContext::addDock(DockContribution dock)
{
    m_docks.push_back(std::move(dock));
}

void PluginContext::addAction(ActionContribution action)
{
    m_actions.push_back(std::move(action));
}

void PluginContext::addSettingsPage(SettingsPageContribution page)
{
    m_pages.push_back(std::move(page));
}

void PluginContext::addSourceType(const obs_source_info &info)
{
    obs_register_source(&info);
    m_sourceTypes << QString::fromUtf8(info.id);
}

} // namespace lj

namespace lj {

void PluginContext::addDemoContent(DemoContribution contribution)
{
    m_demoContent.push_back(std::move(contribution));
}

void PluginContext::addLiveService(LiveService *service)
{
    m_liveServices.push_back(service);
}

} // namespace lj
