#include "mixerdock.h"

#include "core/loudnessmeter.h"
#include "core/scenecollection.h"
#include "core/studio.h"
#include "core/volumemeter.h"
#include "scenewatcher.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace lj {

struct MixerPanel::Strip {
    OBSSource source;
    OBSFader fader;
    OBSSignal muteSignal;
    std::unique_ptr<LoudnessMeter> loudness;
    QLabel *loudnessLabel = nullptr;
};

namespace {
constexpr int kRepaintMs = 50;
constexpr int kLoudnessEvery = 5; // repaints between loudness readings (4 a second)
} // namespace

void MixerPanel::updateLoudness()
{
    for (const auto &strip : m_stripData) {
        if (!strip->loudnessLabel)
            continue;
        // Microphones, and whatever a filter brings to a loudness (the voice chain on a media file).
        const std::optional<double> target = LoudnessMeter::voiceTarget(strip->source);
        strip->loudnessLabel->setVisible(target.has_value());
        if (target)
            LoudnessMeter::show(strip->loudnessLabel, strip->loudness->shortTerm(), *target);
    }
}

MixerPanel::MixerPanel(Studio &studio, QWidget *parent)
    : QWidget(parent), m_studio(studio), m_strips(new QVBoxLayout), m_repaint(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_strips);
    layout->addStretch();
    m_repaint->setInterval(kRepaintMs);
    connect(m_repaint, &QTimer::timeout, this, [this] {
        for (VolumeMeter *meter : findChildren<VolumeMeter *>())
            meter->update();
        if (++m_ticks % kLoudnessEvery == 0)
            updateLoudness();
    });
    m_repaint->start();
    connect(new SceneWatcher(m_studio.scenes(), this), &SceneWatcher::changed, this, &MixerPanel::rebuild);
    rebuild();
}

MixerPanel::~MixerPanel() = default;

void MixerPanel::rebuild()
{
    // Disconnect libobs callbacks before the widgets they point at go.
    m_stripData.clear();
    while (QLayoutItem *item = m_strips->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    std::vector<OBSSource> sources;
    if (obs_scene_t *scene = m_studio.scenes().currentScene()) {
        obs_scene_enum_items(
            scene,
            [](obs_scene_t *, obs_sceneitem_t *item, void *data) {
                obs_source_t *source = obs_sceneitem_get_source(item);
                if (obs_source_get_output_flags(source) & OBS_SOURCE_AUDIO)
                    static_cast<std::vector<OBSSource> *>(data)->emplace_back(source);
                return true;
            },
            &sources);
    }
    if (sources.empty()) {
        auto *none = new QLabel(tr("No audio sources in this scene."), this);
        none->setObjectName(QStringLiteral("noAudio"));
        m_strips->addWidget(none);
        return;
    }
    for (const OBSSource &source : sources) {
        auto strip = std::make_unique<Strip>();
        strip->source = source;
        strip->fader = obs_fader_create(OBS_FADER_LOG);
        obs_fader_attach_source(strip->fader, source);

        auto *box = new QWidget(this);
        const QString name = QString::fromUtf8(obs_source_get_name(source));
        box->setObjectName(QStringLiteral("strip_") + name);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 2, 0, 2);
        grid->addWidget(new QLabel(name, box), 0, 0);
        auto *mute = new QCheckBox(tr("Mute"), box);
        mute->setObjectName(QStringLiteral("mute"));
        mute->setChecked(obs_source_muted(source));
        grid->addWidget(mute, 0, 1);
        grid->addWidget(new VolumeMeter(source, box), 1, 0, 1, 2);
        auto *volume = new QSlider(Qt::Horizontal, box);
        volume->setObjectName(QStringLiteral("volume"));
        volume->setRange(0, 1000);
        volume->setValue(int(obs_fader_get_deflection(strip->fader) * 1000));
        volume->setAccessibleName(tr("Volume of %1").arg(name));
        grid->addWidget(volume, 2, 0, 1, 2);
        strip->loudness = std::make_unique<LoudnessMeter>(source);
        strip->loudnessLabel = new QLabel(box);
        strip->loudnessLabel->setObjectName(QStringLiteral("loudness"));
        strip->loudnessLabel->setToolTip(LoudnessMeter::explanation());
        strip->loudnessLabel->hide();
        grid->addWidget(strip->loudnessLabel, 3, 0, 1, 2);

        obs_fader_t *fader = strip->fader;
        obs_source_t *raw = source;
        connect(volume, &QSlider::valueChanged, box, [fader](int v) { obs_fader_set_deflection(fader, v / 1000.0f); });
        connect(mute, &QCheckBox::toggled, box, [raw](bool on) { obs_source_set_muted(raw, on); });
        strip->muteSignal.Connect(
            obs_source_get_signal_handler(source), "mute",
            [](void *data, calldata_t *cd) {
                auto *box = static_cast<QCheckBox *>(data);
                const bool muted = calldata_bool(cd, "muted");
                invokeOnQt(box, [box, muted] {
                    const QSignalBlocker block(box);
                    box->setChecked(muted);
                });
            },
            mute);
        m_strips->addWidget(box);
        m_stripData.push_back(std::move(strip));
    }
    updateLoudness();
}

} // namespace lj
