#pragma once

#include "core/preflight.h"

#include <obs.h>

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <vector>

namespace lj {

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
    /// A microphone below this level (dBFS) in the window counts as silent.
    static constexpr float kSilenceDb = -55.0f;

    StudioChecks(const RoomProfile &room, SceneCollection &scenes, QObject *parent = nullptr);
    ~StudioChecks() override;

    /// Every check, answered at once (it uses what was sampled until now).
    QList<PreflightResult> run(const PreflightOptions &options);

private:
    PreflightResult disk(const PreflightOptions &options) const;
    PreflightResult performance() const;
    QList<PreflightResult> camera() const;
    QList<PreflightResult> microphone();
    /// Samples libobs' frame counters and attaches meters to new microphones.
    void sample();

    struct Frames {
        qint64 atMs;
        quint32 lagged;  ///< frames the renderer missed
        quint32 skipped; ///< frames the encoders were not fed
    };
    /// A meter on one audio input, remembering when it last heard something.
    struct Meter {
        obs_weak_source_t *source = nullptr;
        obs_volmeter_t *meter = nullptr;
        std::atomic<qint64> lastSoundMs{0};
        std::atomic<qint64> lastDataMs{0};
    };
    /// The meter listening to `source`, or null.
    const Meter *meterFor(obs_source_t *source) const;
    static void onLevels(void *param, const float magnitude[MAX_AUDIO_CHANNELS], const float peak[MAX_AUDIO_CHANNELS],
                         const float inputPeak[MAX_AUDIO_CHANNELS]);

    const RoomProfile &m_room;
    SceneCollection &m_scenes;
    std::deque<Frames> m_frames;
    std::vector<std::unique_ptr<Meter>> m_meters;
    QTimer m_sampler;
};

} // namespace lj
