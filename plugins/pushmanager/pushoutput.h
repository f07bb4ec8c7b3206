#pragma once

#include "pushservice.h"
#include "pushtarget.h"
#include "pushurl.h"
#include "uplinkprobe.h"

#include "core/encoders.h"
#include "core/obsptr.h"

#include <QDateTime>
#include <QObject>
#include <QVector>

namespace lj::push {

/// One libobs output for one target: connects, reconnects, reports health.
/// Uses the encoders it is given (shared) or its own.
class PushOutput final : public QObject {
    Q_OBJECT
public:
    PushOutput(const PushTarget &target, QObject *parent = nullptr);
    ~PushOutput() override;

    /// Starts connecting; false (state Failed, lastError set) if it cannot even start.
    bool start(const PushUrl &url, obs_encoder_t *video, obs_encoder_t *audio);
    /// Starts with encoders of its own at the given settings.
    /// `canvas`: the video they encode (null: the landscape canvas).
    bool startWithOwnEncoders(const PushUrl &url, const OutputSettings &settings, video_t *canvas = nullptr);
    /// Stops; the state becomes Idle once libobs has stopped the output.
    void stop();
    /// Takes this second's counters (called once a second).
    void sample();

    const PushHealth &health() const { return m_health; }
    const PushTarget &target() const { return m_target; }
    bool isActive() const;
    obs_output_t *output() const { return m_output; }
    obs_encoder_t *videoEncoder() const;
    /// Where its TCP connection goes (the server's addresses once looked up;
    /// empty for SRT, which is UDP): for UplinkProbe.
    const QList<UplinkProbe::Endpoint> &endpoints() const { return m_endpoints; }

    /// Plain words for a libobs stop code.
    static QString stopMessage(int code, const QString &lastError);

Q_SIGNALS:
    void changed();
    /// The output stopped for good (by request or failure).
    void finished();

private:
    void connectSignals();
    void lookUpEndpoints();
    void setState(PushState state);
    void onStarted();
    void onStopped(int code, const QString &lastError);
    void onReconnect(int timeoutSec);
    void onReconnected();

    PushTarget m_target;
    PushUrl m_url;
    EncoderPair m_ownEncoders;
    OBSServiceAutoRelease m_service;
    OBSOutputAutoRelease m_output;
    std::vector<OBSSignal> m_signals;
    PushHealth m_health;
    QVector<quint64> m_byteSamples; ///< one a second, the last 61
    QList<UplinkProbe::Endpoint> m_endpoints;
    bool m_stopping = false;
};

} // namespace lj::push
