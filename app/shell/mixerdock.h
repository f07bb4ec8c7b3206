#pragma once

#include "core/obsptr.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QTimer;
class QVBoxLayout;

namespace lj {

class Studio;

/// A level meter fed by a libobs volmeter. The audio thread only stores the
/// latest levels; the widget repaints from them on the UI thread's timer.
class VolumeMeter final : public QWidget {
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
    static void onLevels(void *data, const float magnitude[MAX_AUDIO_CHANNELS],
                         const float peak[MAX_AUDIO_CHANNELS], const float inputPeak[MAX_AUDIO_CHANNELS]);
    OBSVolMeter m_meter;
    std::atomic<float> m_peak{-INFINITY};
    std::atomic<float> m_magnitude{-INFINITY};
};

/// One strip per audio source in the scene on program: name, meter, volume, mute.
class MixerPanel final : public QWidget {
    Q_OBJECT
public:
    explicit MixerPanel(Studio &studio, QWidget *parent = nullptr);
    ~MixerPanel() override;

private:
    struct Strip;
    void rebuild();

    Studio &m_studio;
    QVBoxLayout *m_strips;
    std::vector<std::unique_ptr<Strip>> m_stripData;
    QTimer *m_repaint;
};

} // namespace lj
