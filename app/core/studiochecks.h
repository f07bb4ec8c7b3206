#pragma once

#include "core/preflight.h"

#include <obs.h>

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace lj {

class MicrophoneWatch;
class SceneCollection;
struct RoomProfile;

/// The studio's own part of the check before going live: disk space for the
/// backup recording, whether the machine keeps up, and whether the camera and
/// the microphone of the scene on air are there and delivering.
class StudioChecks final : public QObject {
    Q_OBJECT
public:
    /// How far back "the last seconds" reach.
    static constexpr int kWindowSec = 5;
    StudioChecks(const RoomProfile &room, SceneCollection &scenes, const MicrophoneWatch &microphones, QObject *parent = nullptr);

    /// Every check, answered at once (it uses what was sampled until now).
    QList<PreflightResult> run(const PreflightOptions &options);

private:
    PreflightResult disk(const PreflightOptions &options) const;
    PreflightResult performance() const;
    QList<PreflightResult> camera() const;
    QList<PreflightResult> microphone() const;
    /// Samples libobs' frame counters.
    void sample();

    struct Frames {
        qint64 atMs;
        quint32 lagged;  ///< frames the renderer missed
        quint32 skipped; ///< frames the encoders were not fed
    };
    const RoomProfile &m_room;
    SceneCollection &m_scenes;
    const MicrophoneWatch &m_microphones;
    std::deque<Frames> m_frames;
    QTimer m_sampler;
};

} // namespace lj
