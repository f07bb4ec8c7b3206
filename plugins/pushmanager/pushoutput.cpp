#include "pushoutput.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUrl>

namespace lj::push {

PushOutput::PushOutput(const PushTarget &target, QObject *parent) : QObject(parent), m_target(target) {}

PushOutput::~PushOutput()
{
    m_signals.clear();
    if (isActive())
        obs_output_force_stop(m_output);
}

QString PushOutput::stopMessage(int code, const QString &lastError)
{
    QString message;
    switch (code) {
    case OBS_OUTPUT_SUCCESS:
        return {};
    case OBS_OUTPUT_BAD_PATH:
        message = tr("The server address is wrong or its name cannot be found.");
        break;
    case OBS_OUTPUT_CONNECT_FAILED:
        message = tr("Cannot reach the server: the host is unreachable or refused the connection.");
        break;
    case OBS_OUTPUT_INVALID_STREAM:
        message = tr("The platform rejected the stream: the key is wrong, expired or already in use.");
        break;
    case OBS_OUTPUT_DISCONNECTED:
        message = tr("The connection was lost and could not be restored.");
        break;
    case OBS_OUTPUT_UNSUPPORTED:
        message = tr("The server does not accept this kind of stream.");
        break;
    case OBS_OUTPUT_ENCODE_ERROR:
        message = tr("The encoder failed.");
        break;
    default:
        message = tr("The push stopped because of an error (code %1).").arg(code);
        break;
    }
    return lastError.isEmpty() ? message : message + QStringLiteral(" (") + lastError + QLatin1Char(')');
}

bool PushOutput::startWithOwnEncoders(const PushUrl &url, const OutputSettings &settings, video_t *canvas)
{
    QString error;
    m_ownEncoders = EncoderPair::create(settings, QStringLiteral("push ") + m_target.id, &error, canvas);
    if (!m_ownEncoders.isValid()) {
        m_health.lastError = error;
        setState(PushState::Failed);
        return false;
    }
    return start(url, m_ownEncoders.video, m_ownEncoders.audio);
}

bool PushOutput::start(const PushUrl &url, obs_encoder_t *video, obs_encoder_t *audio)
{
    m_url = url;
    m_stopping = false;
    m_health = {};
    m_byteSamples.clear();

    OBSDataAutoRelease serviceSettings = obs_data_create();
    obs_data_set_string(serviceSettings, "server", url.connectUrl().toUtf8().constData());
    obs_data_set_string(serviceSettings, "key", url.isSrt() ? "" : url.key.toUtf8().constData());
    const QByteArray name = (QStringLiteral("push ") + m_target.name + QStringLiteral(" [") + m_target.id +
                             QLatin1Char(']')).toUtf8();
    m_service = obs_service_create("rtmp_custom", name.constData(), serviceSettings, nullptr);

    OBSDataAutoRelease outputSettings = obs_data_create();
    // On a shared encoder, one congested platform must not lower everyone's quality.
    obs_data_set_bool(outputSettings, "dyn_bitrate", m_ownEncoders.isValid());
    m_output = obs_output_create(url.isSrt() ? "ffmpeg_mpegts_muxer" : "rtmp_output", name.constData(),
                                 outputSettings, nullptr);
    if (!m_service || !m_output) {
        m_health.lastError = tr("The push output could not be created.");
        setState(PushState::Failed);
        return false;
    }
    obs_output_set_service(m_output, m_service);
    obs_output_set_video_encoder(m_output, video);
    obs_output_set_audio_encoder(m_output, audio, 0);
    obs_output_set_reconnect_settings(m_output, m_target.maxRetries, m_target.reconnectDelaySec);

    connectSignals();
    lookUpEndpoints();

    setState(PushState::Connecting);
    if (!obs_output_start(m_output)) {
        const char *last = obs_output_get_last_error(m_output);
        m_health.lastError = tr("The push could not start: %1")
                                 .arg(last ? QString::fromUtf8(last) : tr("unknown error"));
        setState(PushState::Failed);
        return false;
    }
    return true;
}

void PushOutput::lookUpEndpoints()
{
    m_endpoints.clear();
    const QUrl server(m_url.connectUrl());
    if (m_url.isSrt() || server.host().isEmpty())
        return;
    const quint16 port = quint16(server.port(server.scheme().compare(QLatin1String("rtmps"), Qt::CaseInsensitive) == 0 ? 443 : 1935));
    QHostInfo::lookupHost(server.host(), this, [this, port](const QHostInfo &info) {
        for (const QHostAddress &address : info.addresses())
            m_endpoints << UplinkProbe::Endpoint{address, port};
    });
}

void PushOutput::connectSignals()
{
    signal_handler_t *handler = obs_output_get_signal_handler(m_output);
    m_signals.clear();
    m_signals.emplace_back(handler, "start", [](void *data, calldata_t *) {
        auto *self = static_cast<PushOutput *>(data);
        invokeOnQt(self, [self] { self->onStarted(); });
    }, this);
    m_signals.emplace_back(handler, "stop", [](void *data, calldata_t *cd) {
        auto *self = static_cast<PushOutput *>(data);
        const int code = int(calldata_int(cd, "code"));
        const char *last = calldata_string(cd, "last_error");
        const QString lastError = last ? QString::fromUtf8(last) : QString();
        invokeOnQt(self, [self, code, lastError] { self->onStopped(code, lastError); });
    }, this);
    m_signals.emplace_back(handler, "reconnect", [](void *data, calldata_t *cd) {
        auto *self = static_cast<PushOutput *>(data);
        const int timeout = int(calldata_int(cd, "timeout_sec"));
        invokeOnQt(self, [self, timeout] { self->onReconnect(timeout); });
    }, this);
    m_signals.emplace_back(handler, "reconnect_success", [](void *data, calldata_t *) {
        auto *self = static_cast<PushOutput *>(data);
        invokeOnQt(self, [self] { self->onReconnected(); });
    }, this);
}

void PushOutput::stop()
{
    if (!m_output)
        return;
    m_stopping = true;
    if (obs_output_active(m_output) || obs_output_reconnecting(m_output))
        obs_output_stop(m_output);
    else
        onStopped(OBS_OUTPUT_SUCCESS, {});
}

bool PushOutput::isActive() const
{
    return m_output && (obs_output_active(m_output) || obs_output_reconnecting(m_output));
}

obs_encoder_t *PushOutput::videoEncoder() const
{
    return m_output ? obs_output_get_video_encoder(m_output) : nullptr;
}

void PushOutput::sample()
{
    if (!m_output)
        return;
    m_health.bytesSent = obs_output_get_total_bytes(m_output);
    m_health.droppedFrames = obs_output_get_frames_dropped(m_output);
    m_health.totalFrames = obs_output_get_total_frames(m_output);
    if (obs_encoder_t *video = videoEncoder()) {
        OBSDataAutoRelease settings = obs_encoder_get_settings(video);
        m_health.bitrateKbps = int(obs_data_get_int(settings, "bitrate"));
    }
    m_byteSamples.append(m_health.bytesSent);
    if (m_byteSamples.size() > 61)
        m_byteSamples.removeFirst();
    const qsizetype n = m_byteSamples.size();
    m_health.kbpsLastSecond = n >= 2 ? double(m_byteSamples[n - 1] - m_byteSamples[n - 2]) * 8 / 1000 : 0;
    m_health.kbpsLastMinute = n >= 2 ? double(m_byteSamples[n - 1] - m_byteSamples[0]) * 8 / 1000 / double(n - 1) : 0;
    Q_EMIT changed();
}

void PushOutput::setState(PushState state)
{
    m_health.state = state;
    if (state == PushState::Live && !m_health.liveSince.isValid())
        m_health.liveSince = QDateTime::currentDateTime();
    if (state != PushState::Live && state != PushState::Reconnecting)
        m_health.liveSince = {};
    Q_EMIT changed();
}

void PushOutput::onStarted()
{
    m_health.lastError.clear();
    setState(PushState::Live);
}

void PushOutput::onStopped(int code, const QString &lastError)
{
    if (m_stopping && code == OBS_OUTPUT_DISCONNECTED)
        code = OBS_OUTPUT_SUCCESS; // a stop we asked for while reconnecting
    const QString message = stopMessage(code, lastError);
    if (!message.isEmpty())
        m_health.lastError = m_health.retries > 0
                                 ? tr("%1 Gave up after %2 tries.").arg(message).arg(m_health.retries)
                                 : message;
    m_health.nextRetry = {};
    setState(message.isEmpty() ? PushState::Idle : PushState::Failed);
    m_signals.clear();
    Q_EMIT finished();
}

void PushOutput::onReconnect(int timeoutSec)
{
    ++m_health.retries;
    m_health.lastError = tr("The connection was lost; trying again.");
    m_health.nextRetry = QDateTime::currentDateTime().addSecs(timeoutSec);
    setState(PushState::Reconnecting);
}

void PushOutput::onReconnected()
{
    m_health.nextRetry = {};
    m_health.lastError = tr("Reconnected after the connection was lost.");
    setState(PushState::Live);
}

} // namespace lj::push
