#pragma once

#include "core/obsptr.h"

#include <QWidget>

#include <memory>
#include <vector>

class QTimer;
class QVBoxLayout;

namespace lj {

class Studio;

/// One strip per audio source in the scene on program: name, meter, volume,
/// mute, and for a microphone its short-term loudness against the target
/// ("too quiet / good / too loud").
class MixerPanel final : public QWidget {
    Q_OBJECT
public:
    explicit MixerPanel(Studio &studio, QWidget *parent = nullptr);
    ~MixerPanel() override;

private:
    struct Strip;
    void rebuild();
    void updateLoudness();

    Studio &m_studio;
    QVBoxLayout *m_strips;
    std::vector<std::unique_ptr<Strip>> m_stripData;
    QTimer *m_repaint;
    int m_ticks = 0;
};

} // namespace lj
