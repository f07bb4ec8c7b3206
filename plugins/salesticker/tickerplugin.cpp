// The live-sales ticker plugin: a libobs source with the latest orders and
// running totals, buyers masked, scrolling over the video.
#include "manualfeed.h"
#include "platformfeed.h"
#include "salesentrydock.h"
#include "tickersource.h"

#include "core/appsettings.h"
#include "core/obsptr.h"
#include "core/plugincontext.h"
#include "core/plugintranslator.h"
#include "core/scenecollection.h"
#include "core/videosettings.h"
#include "core/secretstore.h"
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
        m_manual = std::make_unique<ManualSales>();
        Studio *studio = &context.studio();
        PlatformFeed::setTokenReader([studio] {
            const SecretResult token = studio->secrets().readSync(QStringLiteral("catalog/token"));
            return token.ok() ? token.value : QString();
        });
        ManualSales *manual = m_manual.get();
        context.addDock({QStringLiteral("salesEntryDock"), tr("Sales entry"), [manual](QWidget *parent) {
                             return new SalesEntryDock(*manual, parent);
                         }});
        context.addSourceType(TickerSource::info());
        context.addDemoContent([](SceneCollection &scenes, obs_scene_t *scene, const VideoSettings &video) {
            // The demo room is a rehearsal: made-up orders, labelled as such.
            OBSDataAutoRelease settings = obs_data_create();
            obs_data_set_string(settings, "feed", "simulated");
            obs_data_set_int(settings, "width", video.baseWidth);
            obs_data_set_int(settings, "height", 60);
            obs_sceneitem_t *item = scenes.addSource(scene, TickerSource::kTypeId, tr("Live sales ticker"), settings);
            const vec2 pos = {{{0.0f, float(video.baseHeight) - 60.0f}}};
            if (item)
                obs_sceneitem_set_pos(item, &pos);
        });
        return true;
    }
    void shutdown() override
    {
        PlatformFeed::setTokenReader({});
        m_manual.reset();
        m_translator.reset();
    }

private:
    std::unique_ptr<PluginTranslator> m_translator;
    std::unique_ptr<ManualSales> m_manual;
};

} // namespace lj::ticker

#include "tickerplugin.moc"
