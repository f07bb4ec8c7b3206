#include "core/volumemeter.h"

#include <QPainter>

#include <algorithm>

namespace lj {

namespace {
constexpr float kMinDb = -60.0f;
}

VolumeMeter::VolumeMeter(obs_source_t *source, QWidget *parent)
    : QWidget(parent), m_meter(obs_volmeter_create(OBS_FADER_LOG))
{
    setMinimumHeight(8);
    obs_volmeter_attach_source(m_meter, source);
    obs_volmeter_add_callback(m_meter, onLevels, this);
}

VolumeMeter::~VolumeMeter()
{
    // After this returns the audio thread no longer calls into this object.
    obs_volmeter_remove_callback(m_meter, onLevels, this);
}

void VolumeMeter::onLevels(void *data, const float magnitude[MAX_AUDIO_CHANNELS], const float peak[MAX_AUDIO_CHANNELS],
                           const float[MAX_AUDIO_CHANNELS])
{
    auto *self = static_cast<VolumeMeter *>(data);
    float p = -INFINITY, m = -INFINITY;
    for (int i = 0; i < MAX_AUDIO_CHANNELS; ++i) {
        p = std::max(p, peak[i]);
        m = std::max(m, magnitude[i]);
    }
    self->m_peak.store(p);
    self->m_magnitude.store(m);
}

void VolumeMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(40, 40, 40));
    auto fraction = [](float db) { return std::isfinite(db) ? std::clamp((db - kMinDb) / -kMinDb, 0.0f, 1.0f) : 0.0f; };
    const int w = width();
    const int magnitudeW = int(w * fraction(m_magnitude.load()));
    const int peakX = int(w * fraction(m_peak.load()));
    const QColor level = m_peak.load() > -3.0f    ? QColor(220, 60, 50)
                         : m_peak.load() > -12.0f ? QColor(230, 190, 40)
                                                  : QColor(70, 190, 90);
    painter.fillRect(0, 0, magnitudeW, height(), level);
    painter.fillRect(qMax(0, peakX - 2), 0, 2, height(), Qt::white);
}

} // namespace lj
