#include "pushpreflight.h"

#include "pushmanager.h"
#include "pushurl.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace lj::push {

namespace {

using Level = PreflightResult::Level;
const QString kFix = QStringLiteral("dock:pushDock");

/// Collects the results of one run; answers once every probe has.
struct Run {
    std::function<void(QList<PreflightResult>)> done;
    QList<PreflightResult> results;
    int pending = 0;

    void finishOne()
    {
        if (--pending == 0)
            done(results);
    }
};

/// Resolves the ingest's host and connects to its port (TCP: RTMP, RTMPS).
void probeIngest(const PushTarget &target, const QUrl &url, const std::shared_ptr<Run> &run, int slot)
{
    const QString check = PushPreflight::tr("Ingest · %1").arg(target.name);
    const int defaultPort = url.scheme() == QLatin1String("rtmps") ? 443 : 1935;
    const QString host = url.host();
    const int port = url.port(defaultPort);
    auto *socket = new QTcpSocket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto answer = [run, slot, socket, check, host, port](bool ok, const QString &why) {
        run->results[slot] = ok ? PreflightResult{Level::Pass, check, PushPreflight::tr("%1:%2 accepts a connection.").arg(host).arg(port), QString()}
                                : PreflightResult{Level::Fail, check,
                                                  PushPreflight::tr("%1:%2 cannot be reached (%3). Check the network and the push address.")
                                                      .arg(host)
                                                      .arg(port)
                                                      .arg(why),
                                                  kFix};
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        run->finishOne();
    };
    QObject::connect(socket, &QTcpSocket::connected, socket, [answer] { answer(true, {}); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [answer, socket] { answer(false, socket->errorString()); });
    QObject::connect(timer, &QTimer::timeout, socket,
                     [answer] { answer(false, PushPreflight::tr("no answer within %1 s").arg(PushPreflight::kConnectTimeoutMs / 1000)); });
    timer->start(PushPreflight::kConnectTimeoutMs);
    socket->connectToHost(host, quint16(port));
}

} // namespace

void PushPreflight::run(PushManager &manager, const PreflightOptions &options, std::function<void(QList<PreflightResult>)> done)
{
    QList<PushTarget> enabled;
    for (const PushTarget &t : manager.targets())
        if (manager.takesPart(t))
            enabled << t;
    if (enabled.isEmpty() && manager.isRehearsal()) {
        done({{Level::Pass, tr("Platforms"), tr("Rehearsal: no public platform is pushed to, and no classroom address is set; it is recorded."),
               QString()}});
        return;
    }
    if (enabled.isEmpty()) {
        done({{Level::Fail, tr("Platforms"), tr("No platform is set up to go live on. Add one in the Live Push panel."), kFix}});
        return;
    }
    manager.collectKeys([enabled, options, done](const QMap<QString, QString> &keys) {
        auto run = std::make_shared<Run>();
        run->done = done;
        struct Probe {
            PushTarget target;
            QUrl url;
            int slot; ///< where its result goes, in the targets' order
        };
        QList<Probe> probes;
        const QDateTime showEnds = QDateTime::currentDateTime().addSecs(qint64(options.plannedMinutes) * 60);
        for (const PushTarget &t : enabled) {
            const QString key = keys.value(t.id);
            const PushUrl url = PushUrl::split(t.server, key);
            // Without a saved key, a server that cannot stand alone is a missing key, not a bad address.
            if ((key.isEmpty() && !url.isValid()) || (url.isValid() && url.key.isEmpty())) {
                run->results << PreflightResult{Level::Fail, tr("Stream key · %1").arg(t.name),
                                                tr("No stream key is saved in the system keychain. Edit the target and paste the push URL."),
                                                kFix};
                continue;
            }
            if (!url.isValid()) {
                run->results << PreflightResult{Level::Fail, tr("Push address · %1").arg(t.name), url.error, kFix};
                continue;
            }
            run->results << PreflightResult{Level::Pass, tr("Stream key · %1").arg(t.name), tr("Saved in the system keychain."), QString()};
            const QDateTime expiry = PushUrl::expiry(url.key);
            if (expiry.isValid() && expiry <= QDateTime::currentDateTime()) {
                run->results << PreflightResult{Level::Fail, tr("Push address · %1").arg(t.name),
                                                tr("The push URL expired at %1. Get a new one from the platform's console.")
                                                    .arg(expiry.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                                kFix};
                continue;
            }
            if (expiry.isValid() && expiry < showEnds)
                run->results << PreflightResult{Level::Warning, tr("Push address · %1").arg(t.name),
                                                tr("The push URL expires at %1, before the planned end of the show.")
                                                    .arg(expiry.toString(QStringLiteral("HH:mm"))),
                                                kFix};
            const QUrl connect(url.connectUrl());
            if (url.isSrt()) // SRT runs over UDP: nothing to connect to before it starts
                continue;
            probes << Probe{t, connect, int(run->results.size())};
            run->results << PreflightResult{}; // filled in when the probe answers
        }
        if (probes.isEmpty()) {
            done(run->results);
            return;
        }
        run->pending = int(probes.size());
        for (const Probe &probe : std::as_const(probes))
            probeIngest(probe.target, probe.url, run, probe.slot);
    });
}

} // namespace lj::push
