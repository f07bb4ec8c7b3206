// The push manager plugin: one encode pushed to every platform of the room.
#include "pushdock.h"
#include "pushmanager.h"
#include "pushpreflight.h"

#include "core/plugincontext.h"
#include "core/roomprofile.h"
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
        m_manager = std::make_unique<PushManager>(context);
        PushManager *manager = m_manager.get();
        context.exportService<PushService>(manager);
        context.addLiveService(manager);
        QObject::connect(&context, &PluginContext::roomChanged, manager, &PushManager::reload);
        // A rehearsing room (彩排) pushes only to its classroom address.
        manager->setRehearsal(context.room().rehearsal);
        QObject::connect(&context, &PluginContext::roomSettingsChanged, manager,
                         [&context, manager] { manager->setRehearsal(context.room().rehearsal); });
        context.addDock({QStringLiteral("pushDock"), tr("Live Push"), [manager](QWidget *parent) {
                             return new PushDock(*manager, parent);
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
        context.addPreflightCheck([manager](const PreflightOptions &options, std::function<void(QList<PreflightResult>)> done) {
            PushPreflight::run(*manager, options, std::move(done));
        });
        context.addHotkey(QStringLiteral("push.goLive"), tr("Go live on all platforms"), [manager] { manager->goLive(); });
        context.addHotkey(QStringLiteral("push.stopAll"), tr("Stop all pushes"), [manager] { manager->stopLive(); });
        return true;
    }

    void aboutToShutdown(const std::function<void()> &done) override
    {
        // Every push ends with a proper unpublish while its sources still exist.
        if (!m_manager || !m_manager->isLive()) {
            done();
            return;
        }
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(m_manager.get(), &LiveService::stopped, this, [once, done] {
            QObject::disconnect(*once);
            done();
        });
        m_manager->stopLive();
    }

    void shutdown() override
    {
        m_manager.reset(); // anything still running is stopped before libobs goes
    }

private:
    std::unique_ptr<PushManager> m_manager;
};

} // namespace lj::push

#include "pushplugin.moc"
