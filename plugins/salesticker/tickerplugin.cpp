// The live-sales ticker plugin: a libobs source with the latest orders and
// running totals, buyers masked, scrolling over the video.
#include "hostsalespanel.h"
#include "salesentrydock.h"
#include "tickerhub.h"
#include "tickersource.h"

#include "catalogservice.h"

#include "core/obsptr.h"
#include "core/plugincontext.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"
#include "core/studioplugin.h"
#include "core/videosettings.h"

namespace lj::ticker {

class TickerPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "salesticker.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override
    {
        return true; // everything it registers needs the catalog: see dependenciesReady()
    }

    bool dependenciesReady(PluginContext &context, QString *) override
    {
        // Platform orders come through the catalog (its sync client, its show record).
        catalog::CatalogService *catalog = context.service<catalog::CatalogService>();
        if (!catalog)
            return false; // the context has the reason
        m_hub = std::make_unique<TickerHub>(catalog);
        TickerHub *hub = m_hub.get();
        // The ticker speaks the audience's language (a room setting), not the desktop's.
        const auto followRoom = [hub, &context] { hub->setLanguage(context.room().output.overlayLanguage); };
        followRoom();
        connect(&context, &PluginContext::roomSettingsChanged, hub, followRoom);
        // A rehearsing room's tickers show made-up orders, marked so.
        hub->setRehearsal(context.room().rehearsal);
        connect(&context, &PluginContext::roomSettingsChanged, hub, [hub, &context] { hub->setRehearsal(context.room().rehearsal); });
        context.exportService<TickerService>(hub);
        // A trainer sets the pace of made-up orders for the whole class (through remote control).
        context.addRemoteRequest(QStringLiteral("SetSimulatedPace"), [hub](const QJsonObject &data) -> RemoteReply {
            const QJsonValue pace = data.value(QStringLiteral("ordersPerMinute"));
            if (!pace.isDouble() || pace.toDouble() < 0 || pace.toDouble() > 600)
                return {false, tr("ordersPerMinute goes from 0 (each ticker's own) to 600."), {}};
            hub->setSimulatedPace(pace.toDouble());
            return {true, {}, {{QStringLiteral("ordersPerMinute"), hub->simulatedPace()}}};
        });
        context.addDock({QStringLiteral("salesEntryDock"), tr("Sales entry"), [hub](QWidget *parent) {
                             return new SalesEntryDock(hub->manual(), parent);
                         }});
        context.addHostPanel({QStringLiteral("hostSales"), 30, [hub](QWidget *parent) { return new HostSalesPanel(*hub, parent); }});
        context.addSourceType(TickerSource::info(), hub);
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
        // On the portrait canvas: across the phone's frame, under the platform's own top bar.
        context.addPortraitContent([](SceneCollection &scenes, obs_scene_t *portrait, QSize size) {
            // The same orders as the landscape ticker on program shows (if there is one).
            OBSDataAutoRelease settings = obs_data_create();
            if (obs_scene_t *program = scenes.currentScene())
                obs_scene_enum_items(
                    program,
                    [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
                        obs_source_t *source = obs_sceneitem_get_source(item);
                        if (qstrcmp(obs_source_get_id(source), TickerSource::kTypeId) != 0)
                            return true;
                        OBSDataAutoRelease landscape = obs_source_get_settings(source);
                        obs_data_apply(static_cast<obs_data_t *>(param), landscape);
                        return false;
                    },
                    settings.Get());
            obs_data_set_int(settings, "width", size.width());
            obs_data_set_int(settings, "height", std::max(40, size.width() / 18));
            obs_sceneitem_t *item = scenes.addSource(portrait, TickerSource::kTypeId, tr("Live sales ticker (portrait)"), settings);
            const vec2 pos = {{{0.0f, float(size.height()) * 0.14f}}};
            if (item)
                obs_sceneitem_set_pos(item, &pos);
        });
        return true;
    }

    void shutdown() override
    {
        m_hub.reset();
    }

private:
    std::unique_ptr<TickerHub> m_hub;
};

} // namespace lj::ticker

#include "tickerplugin.moc"
