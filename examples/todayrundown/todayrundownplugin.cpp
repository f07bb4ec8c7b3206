// An example plugin: a dock listing today's rundown, read through the
// catalog plugin's service. Read with docs/plugin-guide.md.
#include "todayrundowndock.h"

#include "catalogservice.h"

#include "core/plugincontext.h"
#include "core/studioplugin.h"

namespace lj::example {

class TodayRundownPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "todayrundown.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override
    {
        // Step 1: register what is the plugin's own and export its services.
        // This one has none: its one dock needs the catalog, which is handed
        // out in step 2. (Its translations are installed by the studio.)
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

    // No shutdown(): the dock is withdrawn (and deleted) by the studio, and
    // nothing else is held.
};

} // namespace lj::example

#include "todayrundownplugin.moc"
