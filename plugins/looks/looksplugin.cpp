// Looks and voice (美颜): the studio's own video filters for hosts, beside
// libobs' obs-filters.
#include "beautyfilter.h"

#include "core/plugincontext.h"
#include "core/studioplugin.h"

namespace lj::looks {

class LooksPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "looks.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &context, QString *) override
    {
        context.addSourceType(BeautyFilter::info());
        return true;
    }
};

} // namespace lj::looks

#include "looksplugin.moc"
