#include "requests.h"
#include "requestutil.h"

#include "pushservice.h"

#include "core/golive.h"
#include "core/obsptr.h"
#include "core/plugincontext.h"
#include "core/preflight.h"
#include "core/recorder.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"
#include "core/sourceimage.h"

#include <obs.h>
#include <util/platform.h>

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QScreen>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>
#include <QTime>

#include <algorithm>
#include <memory>

namespace lj::remote {

Requests::Requests(PluginContext &context, push::PushService &push, shelf::ShelfService &shelf, ticker::TickerService &ticker,
                   QObject *parent)
    : QObject(parent), m_context(context), m_push(push), m_shelf(shelf), m_ticker(ticker),
      m_cpu(os_cpu_usage_info_start(), os_cpu_usage_info_destroy)
{
    addGeneral();
    addScenes();
    addOutputs();
    addInputs();
    addVendor();
}

void Requests::addGeneral()
{
    add("GetVersion", [this](const QJsonObject &, const Done &done) {
        done({Status::Success, {},
              {{QStringLiteral("obsVersion"), QString::fromUtf8(obs_get_version_string())},
               {QStringLiteral("obsWebSocketVersion"), QLatin1String(kProtocolVersion)},
               {QStringLiteral("rpcVersion"), kRpcVersion},
               {QStringLiteral("availableRequests"), QJsonArray::fromStringList(available())},
               {QStringLiteral("supportedImageFormats"), QJsonArray{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")}},
               {QStringLiteral("platform"), QSysInfo::productType()},
               {QStringLiteral("platformDescription"), QSysInfo::prettyProductName()}}});
    });
    add("GetStats", [this](const QJsonObject &, const Done &done) {
        video_t *video = obs_get_video();
        done({Status::Success, {},
              {{QStringLiteral("cpuUsage"), cpuUsage()},
               {QStringLiteral("memoryUsage"), double(os_get_proc_resident_size()) / (1024.0 * 1024.0)},
               {QStringLiteral("availableDiskSpace"), double(std::max<qint64>(0, freeDiskBytes(m_context.room().output.effectiveFolder()))) / (1024.0 * 1024.0)},
               {QStringLiteral("activeFps"), obs_get_active_fps()},
               {QStringLiteral("averageFrameRenderTime"), double(obs_get_average_frame_time_ns()) / 1e6},
               {QStringLiteral("renderSkippedFrames"), double(obs_get_lagged_frames())},
               {QStringLiteral("renderTotalFrames"), double(obs_get_total_frames())},
               {QStringLiteral("outputSkippedFrames"), double(video ? video_output_get_skipped_frames(video) : 0)},
               {QStringLiteral("outputTotalFrames"), double(video ? video_output_get_total_frames(video) : 0)},
               {QStringLiteral("webSocketSessionIncomingMessages"), double(m_incoming)},
               {QStringLiteral("webSocketSessionOutgoingMessages"), double(m_outgoing)}}});
    });
    add("GetHotkeyList", [this](const QJsonObject &, const Done &done) {
        done({Status::Success, {}, {{QStringLiteral("hotkeys"), QJsonArray::fromStringList(m_context.hotkeyNames())}}});
    });
    add("TriggerHotkeyByName", [this](const QJsonObject &data, const Done &done) {
        const QString name = data.value(QStringLiteral("hotkeyName")).toString();
        if (name.isEmpty())
            return done(missing("hotkeyName"));
        if (!m_context.triggerHotkey(name))
            return done({Status::ResourceNotFound, QStringLiteral("No hotkey named %1").arg(name), {}});
        done({});
    });
    // Profiles are the studio's rooms; switching rooms stays with the host.
    add("GetProfileList", [this](const QJsonObject &, const Done &done) {
        done({Status::Success, {},
              {{QStringLiteral("currentProfileName"), m_context.room().name},
               {QStringLiteral("profiles"), QJsonArray::fromStringList(m_context.roomNames())}}});
    });
    add("GetMonitorList", [](const QJsonObject &, const Done &done) {
        // The studio always runs a QApplication (headless rooms on the offscreen platform: one virtual screen).
        QJsonArray monitors;
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (int i = 0; i < screens.size(); ++i) {
            const QRect g = screens[i]->geometry();
            monitors.append(QJsonObject{{QStringLiteral("monitorName"), QStringLiteral("%1(%2)").arg(screens[i]->name()).arg(i)},
                                        {QStringLiteral("monitorIndex"), i},
                                        {QStringLiteral("monitorWidth"), g.width()},
                                        {QStringLiteral("monitorHeight"), g.height()},
                                        {QStringLiteral("monitorPositionX"), g.x()},
                                        {QStringLiteral("monitorPositionY"), g.y()}});
        }
        done({Status::Success, {}, {{QStringLiteral("monitors"), monitors}}});
    });
    add("GetStudioModeEnabled", [](const QJsonObject &, const Done &done) {
        done({Status::Success, {}, {{QStringLiteral("studioModeEnabled"), false}}});
    });
    add("GetRecordStatus", [this](const QJsonObject &, const Done &done) { done({Status::Success, {}, recordStatus()}); });
    add("StartRecord", [this](const QJsonObject &, const Done &done) {
        Recorder &recorder = m_context.recorder();
        if (recorder.isActive())
            return done({Status::OutputRunning, QStringLiteral("A recording is already running."), {}});
        const RoomProfile &room = m_context.room();
        QString error;
        if (!recorder.start(Recorder::newFilePath(room.output, room.name), room.output, &error))
            return done({Status::ResourceActionFailed, error, {}});
        done({});
    });
    add("StopRecord", [this](const QJsonObject &, const Done &done) {
        Recorder &recorder = m_context.recorder();
        if (!recorder.isActive())
            return done({Status::OutputNotRunning, QStringLiteral("No recording is running."), {}});
        const QString path = recorder.path();
        recorder.stop();
        done({Status::Success, {}, {{QStringLiteral("outputPath"), path}}});
    });
    add("GetSourceScreenshot", [this](const QJsonObject &data, const Done &done) { screenshot(data, done); });
}

double Requests::cpuUsage()
{
    // libobs measures since the previous query: a second poller must not shrink the window to nothing.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_cpuQueriedMs >= 500) {
        m_cpuPercent = os_cpu_usage_info_query(m_cpu.get());
        m_cpuQueriedMs = now;
    }
    return m_cpuPercent;
}

void Requests::add(const char *type, Handler handler)
{
    m_handlers.emplace(QString::fromLatin1(type), std::move(handler));
}

QStringList Requests::available() const
{
    QStringList list;
    for (const auto &[type, handler] : m_handlers)
        list << type;
    return list;
}

void Requests::countMessages(qint64 incoming, qint64 outgoing)
{
    m_incoming += incoming;
    m_outgoing += outgoing;
}

void Requests::handle(const QString &type, const QJsonObject &data, Done done)
{
    if (type.isEmpty())
        return done({Status::MissingRequestType, QStringLiteral("Missing requestType"), {}});
    const auto it = m_handlers.find(type);
    if (it == m_handlers.end())
        return done({Status::UnknownRequestType, QStringLiteral("Your request type is not valid."), {}});
    it->second(data, done);
}

QJsonObject Requests::recordStatus() const
{
    const Recorder &recorder = m_context.recorder();
    const bool active = recorder.isActive();
    return {{QStringLiteral("outputActive"), active},
            {QStringLiteral("outputPaused"), false},
            {QStringLiteral("outputTimecode"), timecode(recorder.elapsedMs())},
            {QStringLiteral("outputDuration"), double(recorder.elapsedMs())},
            {QStringLiteral("outputBytes"), active ? double(QFileInfo(recorder.path()).size()) : 0.0}};
}

void Requests::screenshot(const QJsonObject &data, const Done &done)
{
    const QString name = data.value(QStringLiteral("sourceName")).toString();
    const QString format = data.value(QStringLiteral("imageFormat")).toString().toLower();
    if (name.isEmpty())
        return done(missing("sourceName"));
    if (format.isEmpty())
        return done(missing("imageFormat"));
    if (format != QLatin1String("png") && format != QLatin1String("jpg") && format != QLatin1String("jpeg"))
        return done({Status::InvalidRequestField, QStringLiteral("Unsupported imageFormat: %1").arg(format), {}});
    OBSSourceAutoRelease source = obs_get_source_by_name(name.toUtf8().constData());
    if (!source)
        return done({Status::ResourceNotFound, QStringLiteral("No source named %1").arg(name), {}});
    const int width = data.value(QStringLiteral("imageWidth")).toInt(0), height = data.value(QStringLiteral("imageHeight")).toInt(0);
    if ((width != 0 && (width < 8 || width > 4096)) || (height != 0 && (height < 8 || height > 4096)))
        return done({Status::RequestFieldOutOfRange, QStringLiteral("imageWidth and imageHeight go from 8 to 4096."), {}});
    const QSize full(int(obs_source_get_width(source)), int(obs_source_get_height(source)));
    const QImage image = grabSourceImage(source, QSize(width ? width : full.width(), height ? height : full.height()));
    if (image.isNull())
        return done({Status::RequestProcessingFailed, QStringLiteral("The source could not be rendered."), {}});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool png = format == QLatin1String("png");
    image.save(&buffer, png ? "PNG" : "JPEG", data.value(QStringLiteral("imageCompressionQuality")).toInt(-1));
    const QString url = QStringLiteral("data:image/%1;base64,").arg(png ? QStringLiteral("png") : QStringLiteral("jpeg")) +
                        QString::fromLatin1(bytes.toBase64());
    done({Status::Success, {}, {{QStringLiteral("imageData"), url}}});
}

} // namespace lj::remote
