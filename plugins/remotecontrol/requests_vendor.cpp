// The studio's own things as vendor requests (vendorName "longjiang"):
// the product being explained and the next / previous one, today's sales,
// each platform's health.
#include "requests.h"
#include "requestutil.h"

#include "pushservice.h"
#include "shelfservice.h"
#include "tickerservice.h"

#include "core/golive.h"
#include "core/microphonewatch.h"
#include "core/money.h"
#include "core/plugincontext.h"
#include "core/recorder.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"

#include <obs.h>

#include <QDateTime>

#include <algorithm>

#include <QJsonArray>

namespace lj::remote {

namespace {

constexpr const char *kVendor = "longjiang";

const char *stateKey(push::PushState state)
{
    switch (state) {
    case push::PushState::Connecting:
        return "connecting";
    case push::PushState::Live:
        return "live";
    case push::PushState::Reconnecting:
        return "reconnecting";
    case push::PushState::Failed:
        return "failed";
    case push::PushState::Paused:
        return "paused";
    case push::PushState::Idle:
        break;
    }
    return "idle";
}

} // namespace

QJsonObject Requests::currentProduct() const
{
    const shelf::CurrentProduct p = m_shelf.currentProduct();
    return {{QStringLiteral("index"), p.index},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("livePriceFen"), double(p.livePriceFen)},
            {QStringLiteral("stock"), p.stock},
            {QStringLiteral("productCount"), m_shelf.productCount()}};
}

QJsonObject Requests::sales() const
{
    // The first ticker counts (a second one on another scene shows the same orders).
    const QList<ticker::TickerTotals> all = m_ticker.totals();
    const ticker::TickerTotals t = all.isEmpty() ? ticker::TickerTotals{} : all.first();
    return {{QStringLiteral("feed"), t.feed},
            {QStringLiteral("rehearsal"), t.rehearsal},
            {QStringLiteral("orders"), t.orders},
            {QStringLiteral("items"), t.items},
            {QStringLiteral("salesFen"), double(t.salesFen)},
            {QStringLiteral("sales"), formatYuan(t.salesFen)}};
}

QJsonArray Requests::platformHealth() const
{
    QJsonArray platforms;
    for (const push::PushTargetInfo &t : m_push.targetList()) {
        const push::PushHealth h = m_push.health(t.id);
        QJsonObject o = outputStatus(t.id);
        o.insert(QStringLiteral("id"), t.id);
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("platform"), t.platform);
        o.insert(QStringLiteral("enabled"), t.enabled);
        o.insert(QStringLiteral("state"), QLatin1String(stateKey(h.state)));
        o.insert(QStringLiteral("kbps"), h.kbpsLastSecond);
        o.insert(QStringLiteral("bitrateKbps"), h.bitrateKbps);
        o.insert(QStringLiteral("retries"), h.retries);
        o.insert(QStringLiteral("lastError"), h.lastError);
        platforms.append(o);
    }
    return platforms;
}

QJsonObject Requests::roomStatus()
{
    const RoomProfile &room = m_context.room();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The quietest microphone speaks for the room: one that hears nothing is the one to fix.
    QJsonObject microphone{{QStringLiteral("present"), false}};
    qint64 longestSilence = -1;
    for (const MicrophoneLevel &mic : m_context.microphones()) {
        if (mic.silentMs(now) <= longestSilence)
            continue;
        longestSilence = mic.silentMs(now);
        microphone = {{QStringLiteral("present"), true},
                      {QStringLiteral("name"), mic.name},
                      {QStringLiteral("muted"), mic.muted},
                      {QStringLiteral("delivering"), mic.lastDataMs > now - 3000},
                      {QStringLiteral("peakDb"), double(mic.peakDb)},
                      {QStringLiteral("recentPeakDb"), double(mic.recentPeakDb)},
                      {QStringLiteral("silentSeconds"), double(longestSilence) / 1000.0}};
    }
    const qint64 free = freeDiskBytes(room.output.effectiveFolder());
    const qint64 perMinute = std::max<qint64>(1, room.output.recordingBytes(60));
    video_t *video = obs_get_video();
    const GoLive &live = m_context.goLive();
    return {{QStringLiteral("room"), room.name},
            {QStringLiteral("onAir"), m_context.isOnAir()},
            {QStringLiteral("live"), live.state() == GoLive::State::Live},
            {QStringLiteral("liveMs"), double(live.elapsedMs())},
            {QStringLiteral("rehearsal"), room.rehearsal},
            {QStringLiteral("recording"), m_context.recorder().isActive()},
            {QStringLiteral("scene"), m_context.scenes().sceneName(m_context.scenes().currentIndex())},
            {QStringLiteral("cpuUsage"), cpuUsage()},
            {QStringLiteral("videoBitrateKbps"), room.output.videoBitrateKbps},
            {QStringLiteral("diskFreeMb"), free < 0 ? -1.0 : double(free) / (1024.0 * 1024.0)},
            {QStringLiteral("recordingMinutesLeft"), free < 0 ? -1.0 : double(free / perMinute)},
            {QStringLiteral("renderSkippedFrames"), double(obs_get_lagged_frames())},
            {QStringLiteral("outputSkippedFrames"), double(video ? video_output_get_skipped_frames(video) : 0)},
            {QStringLiteral("outputTotalFrames"), double(video ? video_output_get_total_frames(video) : 0)},
            {QStringLiteral("microphone"), microphone},
            {QStringLiteral("platforms"), platformHealth()},
            {QStringLiteral("product"), currentProduct()},
            {QStringLiteral("sales"), sales()}};
}

void Requests::addVendor()
{
    add("CallVendorRequest", [this](const QJsonObject &data, const Done &done) {
        const QString vendor = data.value(QStringLiteral("vendorName")).toString();
        const QString type = data.value(QStringLiteral("requestType")).toString();
        if (vendor.isEmpty())
            return done(missing("vendorName"));
        if (type.isEmpty())
            return done(missing("requestType"));
        if (vendor != QLatin1String(kVendor))
            return done({Status::ResourceNotFound, QStringLiteral("No vendor named %1").arg(vendor), {}});
        const auto answer = [&done, &vendor, &type](const QJsonObject &response) {
            done({Status::Success, {},
                  {{QStringLiteral("vendorName"), vendor}, {QStringLiteral("requestType"), type}, {QStringLiteral("responseData"), response}}});
        };
        if (type == QLatin1String("GetCurrentProduct"))
            return answer(currentProduct());
        if (type == QLatin1String("NextProduct") || type == QLatin1String("PreviousProduct")) {
            type == QLatin1String("NextProduct") ? m_shelf.next() : m_shelf.previous();
            return answer(currentProduct());
        }
        if (type == QLatin1String("GetSales"))
            return answer(sales());
        if (type == QLatin1String("GetPlatformHealth"))
            return answer({{QStringLiteral("platforms"), platformHealth()}});
        if (type == QLatin1String("GetRoomStatus"))
            return answer(roomStatus());
        // What the other plugins answer (the shelf's rundown, the ticker's pace, the coaching reports...).
        for (const RemoteRequestContribution &r : m_context.remoteRequests()) {
            if (r.type != type)
                continue;
            const RemoteReply reply = r.handle(data.value(QStringLiteral("requestData")).toObject());
            if (!reply.ok)
                return done({Status::RequestProcessingFailed, reply.error, {}});
            return answer(reply.data);
        }
        done({Status::UnknownRequestType, QStringLiteral("The longjiang vendor has no request %1.").arg(type), {}});
    });
}

} // namespace lj::remote
