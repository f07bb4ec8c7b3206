// The remote-control plugin: the studio speaks obs-websocket 5 to
// controllers (Companion, Stream Deck, obs-websocket-js) and to the base
// console. Off unless the room's settings turn it on (Settings → Remote
// control) or `--remote-control PORT` asks for it for one run; listens on
// 127.0.0.1 unless the technician opens it to the network; the password
// comes from LJ_REMOTE_PASSWORD or the keychain.
#include "pushservice.h"
#include "remotecontrol.h"
#include "remotepassword.h"
#include "remotesettingspage.h"
#include "shelfservice.h"
#include "tickerservice.h"

#include "core/plugincontext.h"
#include "core/studioplugin.h"

#include <QHostAddress>

#include <cstdio>
#include <memory>

namespace lj::remote {

class RemotePlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "remotecontrol.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override { return true; }

    bool dependenciesReady(PluginContext &context, QString *error) override
    {
        auto *push = context.service<push::PushService>();
        auto *shelf = context.service<shelf::ShelfService>();
        auto *ticker = context.service<ticker::TickerService>();
        if (!push || !shelf || !ticker)
            return false; // the context has the reason
        m_context = &context;
        m_control = std::make_unique<RemoteControl>(context, *push, *shelf, *ticker);
        context.addSettingsPage({QStringLiteral("remotecontrol"), tr("Remote control"), [this](QWidget *parent) {
                                     return new RemoteSettingsPage(*m_context, RemoteSettings::fromJson(m_context->roomData()),
                                                                   [this](const RemoteSettings &s, QString *why) { return apply(s, why); }, parent);
                                 }});
        const QVariant port = context.argument(QStringLiteral("remote-control"));
        if (port.isValid()) {
            // This run only, on this computer: a headless room, a test.
            m_fromCommandLine = true;
            if (!m_control->listen(QHostAddress::LocalHost, quint16(port.toUInt()), commandLinePassword(), error))
                return false;
            qCInfo(context.log()).noquote() << "remote control on ws://127.0.0.1:" << m_control->port();
            return true;
        }
        startFromRoom();
        connect(&context, &PluginContext::roomChanged, this, &RemotePlugin::startFromRoom);
        return true;
    }

    void aboutToShutdown(const std::function<void()> &done) override
    {
        if (m_control)
            m_control->exitStarted();
        done();
    }

    void shutdown() override { m_control.reset(); }

private:
    /// The password for --remote-control; none kept yet: a new one, shown once on the terminal (never logged).
    QString commandLinePassword()
    {
        const QString current = currentPassword(m_context->secrets());
        if (!current.isEmpty())
            return current;
        QString error;
        const QString made = makePassword(m_context->secrets(), &error);
        if (!made.isEmpty())
            fprintf(stderr, "%s\n", qPrintable(tr("Remote control password (shown once, kept in the keychain): %1").arg(made)));
        return made;
    }

    /// The room's settings, as the room opens: a problem is logged, the studio goes on without remote control.
    void startFromRoom()
    {
        QString error;
        m_active = {};
        if (!listenAs(RemoteSettings::fromJson(m_context->roomData()), &error))
            qCWarning(m_context->log()).noquote() << error;
    }

    bool listenAs(const RemoteSettings &settings, QString *error)
    {
        if (!settings.enabled) {
            m_control->stop();
            m_active = settings;
            return true;
        }
        if (m_control->isListening() && settings.port == m_active.port && settings.network == m_active.network && m_active.enabled)
            return true; // nothing changed: the consoles keep their connections
        QString problem;
        const QString password = currentPassword(m_context->secrets(), &problem);
        if (password.isEmpty()) {
            *error = problem.isEmpty() ? tr("Remote control has no password yet: turn it off and on again in Settings → Remote control.")
                                       : tr("The remote-control password cannot be read: %1").arg(problem);
            return false;
        }
        if (!m_control->listen(settings.network ? QHostAddress::AnyIPv4 : QHostAddress::LocalHost, settings.port, password, error))
            return false;
        m_active = settings;
        qCInfo(m_context->log()).noquote() << "remote control on port" << m_control->port() << (settings.network ? "(network)" : "(this computer)");
        return true;
    }

    /// Settings → Remote control: listen as asked, then keep it with the room.
    bool apply(const RemoteSettings &settings, QString *error)
    {
        if (!m_fromCommandLine && !listenAs(settings, error))
            return false;
        return m_context->setRoomData(settings.toJson(), error);
    }

    PluginContext *m_context = nullptr;
    std::unique_ptr<RemoteControl> m_control;
    RemoteSettings m_active;
    bool m_fromCommandLine = false;
};

} // namespace lj::remote

#include "remoteplugin.moc"
