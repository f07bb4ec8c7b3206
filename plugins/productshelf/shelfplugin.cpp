// The product shelf plugin: the show's products on the video, with the one
// being explained, following the catalog's rundown.
#include "hostproductpanel.h"
#include "shelfcontroller.h"
#include "shelfdock.h"
#include "shelfsource.h"

#include "catalogservice.h"
#include "rundownshare.h"

#include "core/demoroom.h"
#include "core/obsptr.h"
#include "core/plugincontext.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"
#include "core/studioplugin.h"

#include <QAction>
#include <QJsonObject>

namespace lj::shelf {

class ShelfPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "productshelf.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override
    {
        return true; // everything it registers needs the catalog: see dependenciesReady()
    }

    bool dependenciesReady(PluginContext &context, QString *) override
    {
        catalog::CatalogService *catalog = context.service<catalog::CatalogService>();
        if (!catalog)
            return false; // the context has the reason
        m_controller = std::make_unique<ShelfController>(*catalog);
        ShelfController *controller = m_controller.get();
        context.exportService<ShelfService>(controller);
        // Each room remembers the rundown it shows, whoever chose it.
        auto showRoomsRundown = [&context, controller] {
            const qint64 saved = context.roomData().value(QStringLiteral("rundown")).toInteger();
            controller->setRundown(saved > 0 ? saved : controller->defaultRundown());
        };
        if (controller->rundownId() == 0)
            showRoomsRundown();
        connect(&context, &PluginContext::roomChanged, controller, showRoomsRundown);
        // A rehearsing room's shows are rehearsals.
        controller->setRehearsal(context.room().rehearsal);
        connect(&context, &PluginContext::roomSettingsChanged, controller,
                [&context, controller] { controller->setRehearsal(context.room().rehearsal); });
        // The show record runs from 开播 to 下播 (the coaching report and the
        // platform's report are of that show); the host may also start one by
        // explaining a product before going live.
        connect(&context, &PluginContext::onAirChanged, controller, [controller](bool onAir) {
            if (onAir)
                controller->startShow();
            else
                controller->endShow();
        });
        connect(controller, &ShelfController::rundownSet, this, [&context](qint64 id) {
            QJsonObject data = context.roomData();
            if (data.value(QStringLiteral("rundown")).toInteger() == id)
                return;
            data.insert(QStringLiteral("rundown"), id);
            QString error;
            if (!context.setRoomData(data, &error))
                qCWarning(context.log()).noquote() << error;
        });
        connect(controller, &ShelfController::problem, this, [&context](const QString &message) {
            qCWarning(context.log()).noquote() << message;
        });

        context.addDock({QStringLiteral("shelfDock"), tr("Now explaining"), [controller](QWidget *parent) {
                             return new ShelfDock(*controller, parent);
                         }});
        context.addAction({QStringLiteral("tools"), [controller](QObject *parent) {
                               auto *action = new QAction(tr("Next product"), parent);
                               action->setObjectName(QStringLiteral("shelfNextAction"));
                               QObject::connect(action, &QAction::triggered, controller, &ShelfController::next);
                               return action;
                           }});
        context.addAction({QStringLiteral("tools"), [controller](QObject *parent) {
                               auto *action = new QAction(tr("Previous product"), parent);
                               QObject::connect(action, &QAction::triggered, controller, &ShelfController::previous);
                               return action;
                           }});
        context.addHostPanel({QStringLiteral("hostProduct"), 20,
                              [controller](QWidget *parent) { return new HostProductPanel(*controller, parent); }});
        context.addPreflightCheck([controller](const PreflightOptions &, std::function<void(QList<PreflightResult>)> done) {
            if (controller->rundownId() == 0 || controller->productCount() == 0)
                done({{PreflightResult::Level::Warning, tr("Rundown"),
                       tr("No rundown with products is chosen: the product shelf will show nothing. Choose one in the "
                          "\"Now explaining\" panel."),
                       QStringLiteral("dock:shelfDock")}});
            else
                done({{PreflightResult::Level::Pass, tr("Rundown"),
                       tr("\"%1\", %2 products.").arg(controller->rundownName()).arg(controller->productCount()), QString()}});
        });
        // A trainer's classroom: this room's rundown sent to every student's room (through remote control).
        m_share = std::make_unique<RundownShare>(*catalog, *controller);
        RundownShare *share = m_share.get();
        context.addRemoteRequest(QStringLiteral("GetRundown"), [share](const QJsonObject &) { return share->current(); });
        context.addRemoteRequest(QStringLiteral("SetRundown"), [share](const QJsonObject &data) { return share->apply(data); });
        context.addHotkey(QStringLiteral("shelf.next"), tr("Next product"), [controller] { controller->next(); });
        context.addHotkey(QStringLiteral("shelf.previous"), tr("Previous product"), [controller] { controller->previous(); });
        // The cards speak the audience's language (a room setting), not the desktop's.
        const auto followRoom = [this, controller, &context] {
            if (m_language.language() == context.room().output.overlayLanguage)
                return;
            m_language.setLanguage(context.room().output.overlayLanguage);
            Q_EMIT controller->changed(); // every shelf repaints
        };
        m_language.setLanguage(context.room().output.overlayLanguage);
        connect(&context, &PluginContext::roomSettingsChanged, this, followRoom);
        PluginContext *ctx = &context;
        m_sourceOwner = {controller, &m_language, [ctx] { return QSize(ctx->room().portrait.width, ctx->room().portrait.height); }};
        context.addSourceType(ShelfSource::info(), &m_sourceOwner);
        controller->setCardAreaProvider([ctx] {
            obs_video_info video = {};
            obs_get_video_info(&video);
            return ShelfSource::cardArea(ctx->scenes().currentScene(), QSizeF(video.base_width, video.base_height));
        });
        context.addDemoContent([controller](SceneCollection &scenes, obs_scene_t *scene, const VideoSettings &) {
            controller->seedDemo(DemoRoom::catalogFile());
            OBSDataAutoRelease settings = obs_data_create();
            obs_data_set_string(settings, "layout", "strip");
            obs_data_set_int(settings, "max_cards", 3);
            obs_sceneitem_t *item = scenes.addSource(scene, ShelfSource::kTypeId, tr("Product shelf"), settings);
            // Just above the sales ticker's strip.
            const vec2 pos = {{{0.0f, -44.0f}}};
            if (item)
                obs_sceneitem_set_pos(item, &pos);
        });
        // On the phone platforms' portrait canvas: the product being explained, one card inside 抖音's safe area.
        context.addPortraitContent([](SceneCollection &scenes, obs_scene_t *portrait, QSize) {
            OBSDataAutoRelease settings = obs_data_create();
            obs_data_set_string(settings, "canvas", "portrait");
            obs_data_set_string(settings, "layout", "single");
            obs_data_set_string(settings, "safe_area", "douyin");
            scenes.addSource(portrait, ShelfSource::kTypeId, tr("Product shelf (portrait)"), settings);
        });
        return true;
    }

    void shutdown() override
    {
        m_share.reset();
        m_controller.reset();
    }

private:
    std::unique_ptr<ShelfController> m_controller;
    std::unique_ptr<RundownShare> m_share;
    OverlayTranslator m_language{QStringLiteral("productshelf")};
    ShelfSourceOwner m_sourceOwner;
};

} // namespace lj::shelf

#include "shelfplugin.moc"
