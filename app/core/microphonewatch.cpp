#include "core/microphonewatch.h"

#include "core/scenecollection.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace lj {

namespace {

/// The visible sources of `scene`, the items of nested scenes included.
void collect(obs_scene_t *scene, QList<obs_source_t *> &sources, int depth = 0)
{
    if (!scene || depth > 8)
        return;
    struct Walk {
        QList<obs_source_t *> *sources;
        int depth;
    } walk{&sources, depth};
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *data) {
            auto *w = static_cast<Walk *>(data);
            if (!obs_sceneitem_visible(item))
                return true;
            obs_source_t *source = obs_sceneitem_get_source(item);
            if (obs_scene_t *nested = obs_scene_from_source(source))
                collect(nested, *w->sources, w->depth + 1);
            else
                *w->sources << source;
            return true;
        },
        &walk);
}

} // namespace

MicrophoneWatch::MicrophoneWatch(SceneCollection &scenes, QObject *parent) : QObject(parent), m_scenes(scenes)
{
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &MicrophoneWatch::sample);
    m_sampler.start();
}

MicrophoneWatch::~MicrophoneWatch()
{
    clear();
}

bool MicrophoneWatch::isMicrophone(const char *id)
{
    return qstrcmp(id, "pulse_input_capture") == 0 || qstrcmp(id, "alsa_input_capture") == 0;
}

void MicrophoneWatch::clear()
{
    for (const auto &m : m_meters) {
        obs_volmeter_remove_callback(m->meter, &MicrophoneWatch::onLevels, m.get());
        obs_volmeter_destroy(m->meter);
        obs_weak_source_release(m->source);
    }
    m_meters.clear();
}

void MicrophoneWatch::onLevels(void *param, const float[MAX_AUDIO_CHANNELS], const float peak[MAX_AUDIO_CHANNELS],
                               const float[MAX_AUDIO_CHANNELS])
{
    // libobs' audio thread: only atomics here.
    auto *m = static_cast<Meter *>(param);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m->lastDataMs = now;
    float loudest = -100.0f;
    for (int c = 0; c < MAX_AUDIO_CHANNELS; ++c)
        if (std::isfinite(peak[c]))
            loudest = std::max(loudest, peak[c]);
    m->peakDb = loudest;
    const qint64 second = now / 1000;
    const int bucket = int(second % Meter::kBuckets);
    if (m->bucketSecond[bucket].load() != second) {
        m->bucketPeak[bucket] = loudest;
        m->bucketSecond[bucket] = second;
    } else if (loudest > m->bucketPeak[bucket].load()) {
        m->bucketPeak[bucket] = loudest;
    }
    if (loudest > kSilenceDb)
        m->lastSoundMs = now;
}

float MicrophoneWatch::Meter::recentPeak(qint64 nowMs) const
{
    float loudest = -100.0f;
    const qint64 now = nowMs / 1000;
    for (int i = 0; i < kBuckets; ++i) {
        const qint64 second = bucketSecond[i].load();
        if (second > now - kRecentSeconds && second <= now)
            loudest = std::max(loudest, bucketPeak[i].load());
    }
    return loudest;
}

const MicrophoneWatch::Meter *MicrophoneWatch::meterFor(obs_source_t *source) const
{
    const auto it = std::find_if(m_meters.begin(), m_meters.end(),
                                 [&](const auto &m) { return obs_weak_source_references_source(m->source, source); });
    return it != m_meters.end() ? it->get() : nullptr;
}

void MicrophoneWatch::sample()
{
    if (!obs_initialized())
        return;
    QList<obs_source_t *> sources;
    collect(m_scenes.currentScene(), sources);
    for (obs_source_t *source : sources) {
        if (!isMicrophone(obs_source_get_id(source)) || meterFor(source))
            continue;
        auto meter = std::make_unique<Meter>();
        meter->source = obs_source_get_weak_source(source);
        meter->watchedSinceMs = QDateTime::currentMSecsSinceEpoch();
        meter->meter = obs_volmeter_create(OBS_FADER_LOG);
        obs_volmeter_add_callback(meter->meter, &MicrophoneWatch::onLevels, meter.get());
        obs_volmeter_attach_source(meter->meter, source);
        m_meters.push_back(std::move(meter));
    }
}

QList<MicrophoneLevel> MicrophoneWatch::levels() const
{
    QList<MicrophoneLevel> found;
    if (!obs_initialized())
        return found;
    QList<obs_source_t *> sources;
    collect(m_scenes.currentScene(), sources);
    for (obs_source_t *source : sources) {
        if (!isMicrophone(obs_source_get_id(source)))
            continue;
        MicrophoneLevel level;
        level.name = QString::fromUtf8(obs_source_get_name(source));
        level.muted = obs_source_muted(source);
        if (const Meter *m = meterFor(source)) {
            level.lastDataMs = m->lastDataMs.load();
            level.lastSoundMs = m->lastSoundMs.load();
            level.peakDb = m->peakDb.load();
            level.watchedSinceMs = m->watchedSinceMs;
            level.recentPeakDb = m->recentPeak(QDateTime::currentMSecsSinceEpoch());
        }
        found << level;
    }
    return found;
}

} // namespace lj
