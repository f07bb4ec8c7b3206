// The stream (开播 on every platform), and each platform's push as an output
// of its own, named as the host named the platform. Never a key.
#include "requests.h"
#include "requestutil.h"

#include "pushservice.h"

#include "core/golive.h"
#include "core/plugincontext.h"
#include "core/preflight.h"
#include "core/roomprofile.h"

#include <QJsonArray>

#include <memory>

namespace lj::remote {

namespace {

QString stateName(push::PushState state)
{
    switch (state) {
    case push::PushState::Connecting:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTING");
    case push::PushState::Live:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED");
    case push::PushState::Reconnecting:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_RECONNECTING");
    case push::PushState::Idle:
    case push::PushState::Failed:
    case push::PushState::Paused:
        break;
    }
    return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED");
}

} // namespace

void Requests::addOutputs()
{
    add("GetStreamStatus", [this](const QJsonObject &, const Done &done) { done({Status::Success, {}, streamStatus()}); });
    add("StartStream", [this](const QJsonObject &, const Done &done) { startStream(done); });
    add("StopStream", [this](const QJsonObject &, const Done &done) {
        if (m_context.goLive().state() != GoLive::State::Live)
            return done({Status::OutputNotRunning, QStringLiteral("The studio is not live."), {}});
        m_context.goLive().stop();
        done({});
    });
    add("ToggleStream", [this](const QJsonObject &, const Done &done) {
        const bool live = m_context.goLive().state() == GoLive::State::Live;
        if (live)
            m_context.goLive().stop();
        else
            startStream([done](const Reply &r) {
                Reply reply = r;
                if (r.status == Status::Success)
                    reply.data.insert(QStringLiteral("outputActive"), true);
                done(reply);
            });
        if (live)
            done({Status::Success, {}, {{QStringLiteral("outputActive"), false}}});
    });
    // The stream's "service": which platforms, never their keys.
    add("GetStreamServiceSettings", [this](const QJsonObject &, const Done &done) {
        QJsonArray platforms;
        for (const push::PushTargetInfo &t : m_push.targetList())
            platforms.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("platform"), t.platform}, {QStringLiteral("enabled"), t.enabled}});
        done({Status::Success, {},
              {{QStringLiteral("streamServiceType"), QStringLiteral("longjiang_multi_platform")},
               {QStringLiteral("streamServiceSettings"), QJsonObject{{QStringLiteral("platforms"), platforms}}}}});
    });
    add("GetOutputList", [this](const QJsonObject &, const Done &done) {
        QJsonArray outputs;
        for (const push::PushTargetInfo &t : m_push.targetList()) {
            const push::PushHealth h = m_push.health(t.id);
            outputs.append(QJsonObject{{QStringLiteral("outputName"), t.name},
                                       {QStringLiteral("outputKind"), t.platform == QLatin1String("srt") ? QStringLiteral("ffmpeg_mpegts_muxer")
                                                                                                          : QStringLiteral("rtmp_output")},
                                       {QStringLiteral("outputWidth"), m_context.room().video.outputWidth},
                                       {QStringLiteral("outputHeight"), m_context.room().video.outputHeight},
                                       {QStringLiteral("outputActive"), h.state == push::PushState::Live || h.state == push::PushState::Reconnecting},
                                       {QStringLiteral("outputFlags"), QJsonObject{{QStringLiteral("OBS_OUTPUT_AUDIO"), true},
                                                                                    {QStringLiteral("OBS_OUTPUT_VIDEO"), true},
                                                                                    {QStringLiteral("OBS_OUTPUT_ENCODED"), true},
                                                                                    {QStringLiteral("OBS_OUTPUT_MULTI_TRACK"), false},
                                                                                    {QStringLiteral("OBS_OUTPUT_SERVICE"), true}}}});
        }
        done({Status::Success, {}, {{QStringLiteral("outputs"), outputs}}});
    });
    const auto withTarget = [this](const QJsonObject &data, const Done &done, const std::function<void(const QString &id)> &act) {
        const QString name = data.value(QStringLiteral("outputName")).toString();
        if (name.isEmpty())
            return done(missing("outputName"));
        const QString id = targetNamed(name);
        if (id.isEmpty())
            return done({Status::ResourceNotFound, QStringLiteral("No platform named %1").arg(name), {}});
        act(id);
    };
    add("GetOutputStatus", [this, withTarget](const QJsonObject &data, const Done &done) {
        withTarget(data, done, [this, done](const QString &id) { done({Status::Success, {}, outputStatus(id)}); });
    });
    add("StartOutput", [this, withTarget](const QJsonObject &data, const Done &done) {
        withTarget(data, done, [this, done](const QString &id) {
            m_push.startTarget(id);
            done({});
        });
    });
    add("StopOutput", [this, withTarget](const QJsonObject &data, const Done &done) {
        withTarget(data, done, [this, done](const QString &id) {
            m_push.stopTarget(id);
            done({});
        });
    });
    add("ToggleOutput", [this, withTarget](const QJsonObject &data, const Done &done) {
        withTarget(data, done, [this, done](const QString &id) {
            const push::PushState s = m_push.health(id).state;
            const bool running = s == push::PushState::Live || s == push::PushState::Reconnecting || s == push::PushState::Connecting;
            running ? m_push.stopTarget(id) : m_push.startTarget(id);
            done({Status::Success, {}, {{QStringLiteral("outputActive"), !running}}});
        });
    });
}

QString Requests::targetNamed(const QString &outputName) const
{
    for (const push::PushTargetInfo &t : m_push.targetList())
        if (t.name == outputName || t.id == outputName)
            return t.id;
    return {};
}

QJsonObject Requests::outputStatus(const QString &targetId) const
{
    const push::PushHealth h = m_push.health(targetId);
    const qint64 ms = h.liveSince.isValid() ? h.liveSince.msecsTo(QDateTime::currentDateTime()) : 0;
    return {{QStringLiteral("outputActive"), h.state == push::PushState::Live || h.state == push::PushState::Reconnecting},
            {QStringLiteral("outputReconnecting"), h.state == push::PushState::Reconnecting},
            {QStringLiteral("outputState"), stateName(h.state)},
            {QStringLiteral("outputTimecode"), timecode(ms)},
            {QStringLiteral("outputDuration"), double(ms)},
            {QStringLiteral("outputCongestion"), 0.0},
            {QStringLiteral("outputBytes"), double(h.bytesSent)},
            {QStringLiteral("outputSkippedFrames"), h.droppedFrames},
            {QStringLiteral("outputTotalFrames"), h.totalFrames}};
}

QJsonObject Requests::streamStatus() const
{
    bool reconnecting = false;
    double bytes = 0, skipped = 0, total = 0;
    for (const push::PushTargetInfo &t : m_push.targetList()) {
        const push::PushHealth h = m_push.health(t.id);
        reconnecting |= h.state == push::PushState::Reconnecting;
        bytes += double(h.bytesSent);
        skipped += h.droppedFrames;
        total = std::max(total, double(h.totalFrames));
    }
    const GoLive &live = m_context.goLive();
    const qint64 ms = live.elapsedMs();
    return {{QStringLiteral("outputActive"), live.state() == GoLive::State::Live},
            {QStringLiteral("outputReconnecting"), reconnecting},
            {QStringLiteral("outputTimecode"), timecode(ms)},
            {QStringLiteral("outputDuration"), double(ms)},
            {QStringLiteral("outputCongestion"), 0.0},
            {QStringLiteral("outputBytes"), bytes},
            {QStringLiteral("outputSkippedFrames"), skipped},
            {QStringLiteral("outputTotalFrames"), total}};
}

void Requests::startStream(const Done &done)
{
    GoLive &live = m_context.goLive();
    if (live.state() != GoLive::State::Idle)
        return done({Status::OutputRunning, QStringLiteral("The studio is live or about to be."), {}});
    // The answer waits for the check before going live: a failed check says why;
    // warnings do not stop a technician who asked from afar (they are in the comment).
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto finish = [connections, done](const Reply &reply) {
        if (connections->isEmpty())
            return; // answered already
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
        connections->clear();
        done(reply);
    };
    const auto lines = [](const QList<PreflightResult> &results) {
        QStringList text;
        for (const PreflightResult &r : results)
            if (r.level != PreflightResult::Level::Pass)
                text << Preflight::line(r);
        return text.join(QLatin1Char('\n'));
    };
    *connections << connect(&live, &GoLive::blocked, this, [finish, lines](const QList<PreflightResult> &results) {
        finish({Status::RequestProcessingFailed, lines(results), {}});
    });
    *connections << connect(&live, &GoLive::warningsToConfirm, this, [finish, lines, &live](const QList<PreflightResult> &results) {
        finish({Status::Success, lines(results), {}});
        live.proceed();
    });
    *connections << connect(&live, &GoLive::stateChanged, this, [finish](GoLive::State state) {
        if (state == GoLive::State::Live)
            finish({});
    });
    live.start();
}

} // namespace lj::remote
