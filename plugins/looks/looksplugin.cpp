// Looks and voice (美颜): the studio's own video filters for hosts, beside
// libobs' obs-filters.
#include "beautyfilter.h"
#include "looksdialog.h"
#include "loudnessfilter.h"

#include "core/plugincontext.h"
#include "core/studioplugin.h"

#include <QAction>

namespace lj::looks {

class LooksPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "looks.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &context, QString *) override
    {
        context.addSourceType(BeautyFilter::info());
        context.addSourceType(LoudnessFilter::info());
        if (context.isHeadless())
            return true;
        PluginContext *ctx = &context;
        context.addAction({QStringLiteral("tools"), [ctx](QObject *parent) {
                               auto *action = new QAction(tr("Looks and voice (美颜与声音)…"), parent);
                               action->setObjectName(QStringLiteral("looksAction"));
                               QObject::connect(action, &QAction::triggered, action, [ctx, parent] {
                                   LooksDialog dialog(*ctx, qobject_cast<QWidget *>(parent));
                                   dialog.exec();
                               });
                               return action;
                           }});
        context.addHostPanel({QStringLiteral("hostLooks"), 40, [ctx](QWidget *parent) { return new LooksHostPanel(*ctx, parent); }});
        return true;
    }
};

} // namespace lj::looks

#include "looksplugin.moc"
