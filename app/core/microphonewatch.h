#pragma once

#include "core/export.h"

#include <obs.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace lj {

class SceneCollection;

/// What one microphone of the scene on air heard lately.
struct MicrophoneLevel {
    QString name;
    bool muted = false;
    qint64 lastDataMs = 0;  ///< when libobs last delivered its sound (wall clock; 0: never)
    qint64 lastSoundMs = 0; ///< when it last heard something above kSilenceDb (0: never)
    float peakDb = -100.0f; ///< the latest peak of its loudest channel
    qint64 watchedSinceMs = 0; ///< when its meter was attached (0: not yet)
    float recentPeakDb = -100.0f; ///< the loudest peak of the last kRecentSeconds

    /// How long it has heard nothing (since it was first watched when it never has).
    qint64 silentMs(qint64 nowMs) const { return watchedSinceMs ? nowMs - std::max(lastSoundMs, watchedSinceMs) : 0; }
};

/// Listens to the microphones of the scene on air (audio input captures,
/// nested scenes' items included): each gets a libobs volume meter from
/// when it appears, so the preflight check and a remote console can say
/// whether it delivers sound and how long it has been quiet.
class LJ_CORE_EXPORT MicrophoneWatch final : public QObject {
    Q_OBJECT
public:
    /// A microphone below this level (dBFS) counts as silent.
    static constexpr float kSilenceDb = -55.0f;
    /// How far back recentPeakDb looks.
    static constexpr int kRecentSeconds = 5;

    explicit MicrophoneWatch(SceneCollection &scenes, QObject *parent = nullptr);
    ~MicrophoneWatch() override;

    static bool isMicrophone(const char *sourceId);
    /// The microphones of the scene on air now, with what their meters heard.
    QList<MicrophoneLevel> levels() const;
    /// Attaches meters to microphones that appeared (also every second on its own).
    void sample();
    /// Lets every meter go (before the sources do).
    void clear();

private:
    struct Meter {
        obs_weak_source_t *source = nullptr;
        obs_volmeter_t *meter = nullptr;
        std::atomic<qint64> lastSoundMs{0};
        std::atomic<qint64> lastDataMs{0};
        std::atomic<float> peakDb{-100.0f};
        qint64 watchedSinceMs = 0;
        /// The loudest peak of each of the last seconds (ring by second; the audio thread writes).
        static constexpr int kBuckets = 8;
        std::atomic<qint64> bucketSecond[kBuckets] = {};
        std::atomic<float> bucketPeak[kBuckets] = {};
        float recentPeak(qint64 nowMs) const;
    };
    const Meter *meterFor(obs_source_t *source) const;
    static void onLevels(void *param, const float magnitude[MAX_AUDIO_CHANNELS], const float peak[MAX_AUDIO_CHANNELS],
                         const float inputPeak[MAX_AUDIO_CHANNELS]);

    SceneCollection &m_scenes;
    std::vector<std::unique_ptr<Meter>> m_meters;
    QTimer m_sampler;
};

} // namespace lj
