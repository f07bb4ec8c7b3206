// An example plugin: a dock listing today's rundown, read through the
// catalog plugin's service. Read with docs/plugin-guide.md.
#include "todayrundowndock.h"

#include "catalogservice.h"

#include "core/plugincontext.h"
#include "core/plugintranslator.h"
#include "core/studioplugin.h"

#include <memory>

namespace lj::example {

class TodayRundownPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "todayrundown.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &context, QString *) override
    {
        // Step 1: only what is the plugin's own. Other plugins' services are not handed out yet.
        m_translator = std::make_unique<PluginTranslator>(QStringLiteral("todayrundown"), context.locale());
        return true;
    }

    bool dependenciesReady(PluginContext &context, QString *) override
    {
        // Step 2: the catalog (declared in todayrundown.json) is ready.
        catalog::CatalogService *catalog = context.service<catalog::CatalogService>();
        if (!catalog)
            return false; // the context has recorded why; the studio goes on without this plugin
        context.addDock({QStringLiteral("todayRundownDock"), tr("Today's rundown"),
                         [catalog](QWidget *parent) { return new TodayRundownDock(*catalog, parent); }});
        return true;
    }

    void shutdown() override
    {
        // The dock was withdrawn (and deleted) before this; nothing else to release.
        m_translator.reset();
    }

private:
    std::unique_ptr<PluginTranslator> m_translator;
};

} // namespace lj::example

#include "todayrundownplugin.moc"
