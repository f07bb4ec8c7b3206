// The push manager plugin: one encode pushed to every platform of the room.
#include "pushdock.h"
#include "pushmanager.h"

#include "core/appsettings.h"
#include "core/hotkeys.h"
#include "core/plugincontext.h"
#include "core/plugintranslator.h"
#include "core/studio.h"
#include "core/studioplugin.h"

#include <QAction>
#include <QCoreApplication>

namespace lj::push {

class PushPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "pushmanager.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &context, QString *) override
    {
        Studio &studio = context.studio();
        m_translator = std::make_unique<PluginTranslator>(QStringLiteral("pushmanager"), studio.settings().effectiveLocale());
        m_manager = std::make_unique<PushManager>(studio);
        PushManager *manager = m_manager.get();
        context.addLiveService(manager);
        QObject::connect(&studio, &Studio::roomChanged, manager, &PushManager::reload);
        context.addDock({QStringLiteral("pushDock"), tr("Live Push"), [&studio, manager](QWidget *parent) {
                             return new PushDock(studio, *manager, parent);
                         }});
        context.addAction({QStringLiteral("tools"), [manager](QObject *parent) {
                               auto *action = new QAction(tr("Go live on all platforms"), parent);
                               action->setObjectName(QStringLiteral("pushGoLive"));
                               QObject::connect(action, &QAction::triggered, manager, &PushManager::goLive);
                               return action;
                           }});
        context.addAction({QStringLiteral("tools"), [manager](QObject *parent) {
                               auto *action = new QAction(tr("Stop all pushes"), parent);
                               QObject::connect(action, &QAction::triggered, manager, &PushManager::stopLive);
                               return action;
                           }});
        studio.hotkeys().add(QStringLiteral("push.goLive"), tr("Go live on all platforms"), [manager] { manager->goLive(); });
        studio.hotkeys().add(QStringLiteral("push.stopAll"), tr("Stop all pushes"), [manager] { manager->stopLive(); });
        return true;
    }

    void shutdown() override
    {
        m_manager.reset(); // stops every output before libobs goes
        m_translator.reset();
    }

private:
    std::unique_ptr<PushManager> m_manager;
    std::unique_ptr<PluginTranslator> m_translator;
};

} // namespace lj::push

#include "pushplugin.moc"
