// The go-live guide plugin (开播向导): shown on the studio's first start and
// from Help, through the services of the push manager, the catalog and the shelf.
#include "guidedialog.h"

#include "catalogservice.h"
#include "pushservice.h"
#include "shelfservice.h"

#include "core/plugincontext.h"
#include "core/studioplugin.h"

#include <QAction>
#include <QPointer>
#include <QWidget>

namespace lj::guide {

class GuidePlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "guide.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override
    {
        return true; // the guide works through other plugins' services: see dependenciesReady()
    }

    bool dependenciesReady(PluginContext &context, QString *) override
    {
        auto *push = context.service<push::PushService>();
        auto *catalog = context.service<catalog::CatalogService>();
        auto *shelf = context.service<shelf::ShelfService>();
        if (!push || !catalog || !shelf)
            return false; // the context has the reason
        PluginContext *ctx = &context;
        ActionContribution open{QStringLiteral("help"), [this, ctx, push, catalog, shelf](QObject *parent) {
                                    auto *action = new QAction(tr("Go-live guide…"), parent);
                                    action->setObjectName(QStringLiteral("guideAction"));
                                    connect(action, &QAction::triggered, action, [this, ctx, push, catalog, shelf, action] {
                                        if (m_dialog) {
                                            m_dialog->raise();
                                            return;
                                        }
                                        // Not modal: the host sees the room change behind it.
                                        m_dialog = new GuideDialog(*ctx, *push, *catalog, *shelf, qobject_cast<QWidget *>(action->parent()));
                                        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
                                        m_dialog->show();
                                    });
                                    return action;
                                }};
        open.onFirstStart = true;
        context.addAction(open);
        return true;
    }

    void shutdown() override { delete m_dialog.data(); }

private:
    QPointer<GuideDialog> m_dialog;
};

} // namespace lj::guide

#include "guideplugin.moc"
