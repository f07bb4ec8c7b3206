// The live-sales ticker plugin: a libobs source with the latest orders and
// running totals, buyers masked, scrolling over the video.
#include "tickersource.h"

#include "core/appsettings.h"
#include "core/plugincontext.h"
#include "core/plugintranslator.h"
#include "core/studio.h"
#include "core/studioplugin.h"

namespace lj::ticker {

class TickerPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "salesticker.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &context, QString *) override
    {
        m_translator = std::make_unique<PluginTranslator>(QStringLiteral("salesticker"),
                                                          context.studio().settings().effectiveLocale());
        context.addSourceType(TickerSource::info());
        return true;
    }
    void shutdown() override { m_translator.reset(); }

private:
    std::unique_ptr<PluginTranslator> m_translator;
};

} // namespace lj::ticker

#include "tickerplugin.moc"
