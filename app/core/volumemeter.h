#pragma once

#include "core/export.h"
#include "core/obsptr.h"

#include <QWidget>

#include <atomic>
#include <cmath>

namespace lj {

/// A level meter fed by a libobs volmeter. The audio thread only stores the
/// latest levels; whoever shows the meter repaints it (update()) on a timer.
class LJ_CORE_EXPORT VolumeMeter final : public QWidget {
    Q_OBJECT
public:
    explicit VolumeMeter(obs_source_t *source, QWidget *parent = nullptr);
    ~VolumeMeter() override;
    /// Peak of the loudest channel in dBFS (-inf when silent).
    float peakDb() const { return m_peak.load(); }
    QSize sizeHint() const override { return {160, 10}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static void onLevels(void *data, const float magnitude[MAX_AUDIO_CHANNELS], const float peak[MAX_AUDIO_CHANNELS],
                         const float inputPeak[MAX_AUDIO_CHANNELS]);
    OBSVolMeter m_meter;
    std::atomic<float> m_peak{-INFINITY};
    std::atomic<float> m_magnitude{-INFINITY};
};

} // namespace lj
