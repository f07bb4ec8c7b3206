#include "looksdialog.h"

#include "core/lookpresets.h"
#include "core/loudnessmeter.h"
#include "core/microphonewatch.h"
#include "core/plugincontext.h"
#include "core/scenecollection.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace lj::looks {

namespace {

/// The sources of the scene on program with `flag` (video or audio), in the scene's order, top first.
std::vector<OBSSource> sourcesWith(obs_scene_t *scene, uint32_t flag)
{
    struct Walk {
        uint32_t flag;
        std::vector<OBSSource> found;
    } walk{flag, {}};
    if (!scene)
        return {};
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            auto *w = static_cast<Walk *>(param);
            obs_source_t *source = obs_sceneitem_get_source(item);
            if ((obs_source_get_output_flags(source) & w->flag) && obs_source_get_type(source) == OBS_SOURCE_TYPE_INPUT &&
                !LookPresets::isBackground(source))
                w->found.insert(w->found.begin(), OBSSource(source));
            return true;
        },
        &walk);
    return walk.found;
}

bool looksLikeCamera(obs_source_t *source)
{
    const char *id = obs_source_get_id(source);
    return qstrcmp(id, "v4l2_input") == 0 || qstrcmp(id, "ffmpeg_source") == 0;
}

QString presetName(const QString &id)
{
    const std::optional<LookPreset> preset = LookPresets::byId(id);
    return preset ? preset->name : QString();
}

} // namespace

LooksDialog::LooksDialog(PluginContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_presets(new QButtonGroup(this)), m_camera(new QComboBox(this)),
      m_microphone(new QComboBox(this)), m_greenScreen(new QGroupBox(tr("Green screen"), this)), m_background(new QLineEdit(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("looksDialog"));
    setWindowTitle(tr("Looks and voice (美颜与声音)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pick how you want to look and sound; the studio sets up the filters. "
                                "You can fine-tune each one later in the Filters panel."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const LookPreset &preset : LookPresets::list()) {
        auto *option = new QRadioButton(preset.name, this);
        option->setObjectName(QStringLiteral("preset_") + preset.id);
        option->setProperty("preset", preset.id);
        auto *what = new QLabel(preset.description, this);
        what->setWordWrap(true);
        what->setIndent(24);
        what->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_presets->addButton(option);
        layout->addWidget(option);
        layout->addWidget(what);
    }

    auto *form = new QFormLayout;
    m_camera->setObjectName(QStringLiteral("looksCamera"));
    m_microphone->setObjectName(QStringLiteral("looksMicrophone"));
    form->addRow(tr("Camera:"), m_camera);
    form->addRow(tr("Microphone:"), m_microphone);
    layout->addLayout(form);

    // 绿幕抠像: what shows where the green was, and how much of the cloth's edge to cut off.
    m_greenScreen->setObjectName(QStringLiteral("looksGreenScreen"));
    auto *green = new QFormLayout(m_greenScreen);
    m_background->setObjectName(QStringLiteral("looksBackground"));
    m_background->setPlaceholderText(tr("A picture or a video"));
    auto *browse = new QPushButton(tr("Choose…"), m_greenScreen);
    auto *row = new QHBoxLayout;
    row->addWidget(m_background, 1);
    row->addWidget(browse);
    green->addRow(tr("Background:"), row);
    auto *crops = new QHBoxLayout;
    const QStringList sides = {tr("left"), tr("top"), tr("right"), tr("bottom")};
    const QStringList names = {QStringLiteral("looksCropLeft"), QStringLiteral("looksCropTop"), QStringLiteral("looksCropRight"),
                               QStringLiteral("looksCropBottom")};
    for (int i = 0; i < 4; ++i) {
        m_crop[i] = new QSpinBox(m_greenScreen);
        m_crop[i]->setObjectName(names[i]);
        m_crop[i]->setRange(0, 4000);
        m_crop[i]->setSuffix(QStringLiteral(" px"));
        m_crop[i]->setToolTip(sides[i]);
        crops->addWidget(new QLabel(sides[i], m_greenScreen));
        crops->addWidget(m_crop[i]);
    }
    green->addRow(tr("Cut off the edges:"), crops);
    layout->addWidget(m_greenScreen);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a background"), QString(),
                                                          tr("Pictures and videos (*.png *.jpg *.jpeg *.bmp *.webp *.gif *.mp4 *.mkv *.mov *.webm *.flv)"));
        if (!file.isEmpty())
            m_background->setText(file);
    });

    m_status->setObjectName(QStringLiteral("looksStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::ApplyRole);
    applyButton->setObjectName(QStringLiteral("looksApply"));
    applyButton->setDefault(true);
    connect(applyButton, &QPushButton::clicked, this, &LooksDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_presets, &QButtonGroup::buttonClicked, this, &LooksDialog::presetChanged);
    fillSources();
    m_presets->buttons().first()->setChecked(true);
    presetChanged();
}

void LooksDialog::fillSources()
{
    obs_scene_t *scene = m_context.scenes().currentScene();
    m_cameras.clear();
    m_microphones.clear();
    for (const OBSSource &s : sourcesWith(scene, OBS_SOURCE_VIDEO))
        (looksLikeCamera(s) ? m_cameras.insert(m_cameras.begin(), s) : m_cameras.insert(m_cameras.end(), s));
    // Microphones first; then whatever else makes sound.
    for (const OBSSource &s : sourcesWith(scene, OBS_SOURCE_AUDIO))
        (MicrophoneWatch::isMicrophone(obs_source_get_id(s)) ? m_microphones.insert(m_microphones.begin(), s)
                                                            : m_microphones.insert(m_microphones.end(), s));
    // Each box says what its sources wear now, and keeps the one chosen.
    const auto fill = [](QComboBox *box, const std::vector<OBSSource> &sources) {
        const QString was = box->currentData().toString();
        box->clear();
        for (const OBSSource &s : sources) {
            const QString applied = presetName(LookPresets::appliedTo(s));
            const QString name = QString::fromUtf8(obs_source_get_name(s));
            box->addItem(applied.isEmpty() ? name : tr("%1 (now: %2)").arg(name, applied), name);
        }
        box->setCurrentIndex(std::max(0, box->findData(was)));
    };
    fill(m_camera, m_cameras);
    fill(m_microphone, m_microphones);
}

QString LooksDialog::chosenPreset() const
{
    QAbstractButton *checked = m_presets->checkedButton();
    return checked ? checked->property("preset").toString() : QString();
}

obs_source_t *LooksDialog::chosen(const QComboBox *box, const std::vector<OBSSource> &sources) const
{
    const int i = box->currentIndex();
    return i >= 0 && i < int(sources.size()) ? sources[size_t(i)].Get() : nullptr;
}

void LooksDialog::presetChanged()
{
    const std::optional<LookPreset> preset = LookPresets::byId(chosenPreset());
    m_camera->setEnabled(preset && preset->camera);
    m_microphone->setEnabled(preset && preset->microphone);
    m_greenScreen->setVisible(preset && preset->background);
    m_status->clear();
}

bool LooksDialog::apply()
{
    const std::optional<LookPreset> preset = LookPresets::byId(chosenPreset());
    if (!preset)
        return false;
    obs_source_t *camera = preset->camera ? chosen(m_camera, m_cameras) : nullptr;
    obs_source_t *microphone = preset->microphone ? chosen(m_microphone, m_microphones) : nullptr;
    QStringList done, problems, notes;
    if (preset->camera && !camera)
        problems << tr("This scene has no camera or picture to put the look on: add one in Sources first.");
    if (preset->microphone && !microphone)
        problems << tr("This scene has no microphone: add one in Sources first (the guide in Help does it too).");
    QString error, note;
    if (camera) {
        LookOptions options;
        options.background = m_background->text().trimmed();
        options.cropLeft = m_crop[0]->value();
        options.cropTop = m_crop[1]->value();
        options.cropRight = m_crop[2]->value();
        options.cropBottom = m_crop[3]->value();
        if (!options.background.isEmpty() && !QFileInfo::exists(options.background))
            problems << tr("The background \"%1\" does not exist.").arg(options.background);
        else if (LookPresets::applyToCamera(preset->id, camera, m_context.scenes(), m_context.scenes().currentScene(), options, &error, &note))
            done << QString::fromUtf8(obs_source_get_name(camera));
        else
            problems << error;
        if (!note.isEmpty())
            notes << note;
    }
    if (microphone) {
        note.clear();
        if (LookPresets::applyToMicrophone(preset->id, microphone, &error, &note))
            done << QString::fromUtf8(obs_source_get_name(microphone));
        else
            problems << error;
        if (!note.isEmpty())
            notes << note;
    }
    QStringList lines;
    if (!done.isEmpty())
        lines << tr("%1 is on: %2.").arg(preset->name, done.join(QStringLiteral(", ")));
    lines << problems << notes;
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #c0392b;"));
    fillSources();
    return problems.isEmpty();
}

LooksHostPanel::LooksHostPanel(PluginContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_state(new QLabel(this)), m_voice(new QLabel(this))
{
    setObjectName(QStringLiteral("hostLooksPanel"));
    m_state->setObjectName(QStringLiteral("hostLooksState"));
    m_state->setWordWrap(true);
    m_voice->setObjectName(QStringLiteral("hostLooksVoice"));
    m_voice->setToolTip(LoudnessMeter::explanation());
    auto *change = new QPushButton(tr("Looks and voice…"), this);
    change->setObjectName(QStringLiteral("hostLooksChange"));
    change->setToolTip(tr("Looks and voice: one click for how you look and sound"));
    auto *text = new QVBoxLayout;
    text->addWidget(m_state);
    text->addWidget(m_voice);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text, 1);
    layout->addWidget(change);
    m_voiceTimer.setInterval(250);
    connect(&m_voiceTimer, &QTimer::timeout, this, &LooksHostPanel::updateVoice);
    m_voiceTimer.start();
    connect(change, &QPushButton::clicked, this, [this] {
        LooksDialog dialog(m_context, window());
        dialog.exec();
        refresh();
    });
    connect(&m_context.scenes(), &SceneCollection::currentChanged, this, &LooksHostPanel::refresh);
    refresh();
}

LooksHostPanel::~LooksHostPanel() = default;

void LooksHostPanel::updateVoice()
{
    if (!m_meter) {
        m_voice->hide();
        return;
    }
    LoudnessMeter::show(m_voice, m_meter->shortTerm(), LoudnessMeter::targetOf(m_voiceSource), tr("Voice: %1"));
    m_voice->show();
}

void LooksHostPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void LooksHostPanel::refresh()
{
    QStringList worn;
    obs_scene_t *scene = m_context.scenes().currentScene();
    for (uint32_t flag : {uint32_t(OBS_SOURCE_VIDEO), uint32_t(OBS_SOURCE_AUDIO)})
        for (const OBSSource &s : sourcesWith(scene, flag))
            if (const QString name = presetName(LookPresets::appliedTo(s)); !name.isEmpty() && !worn.contains(name))
                worn << name;
    m_state->setText(worn.isEmpty() ? tr("Looks and voice: as they come") : tr("Looks and voice: %1").arg(worn.join(QStringLiteral(" · "))));
    // The voice measured: the scene's first microphone (or levelled source).
    OBSSource voice;
    for (const OBSSource &s : sourcesWith(scene, OBS_SOURCE_AUDIO))
        if (!voice && LoudnessMeter::voiceTarget(s))
            voice = s;
    if (voice.Get() != m_voiceSource.Get()) {
        m_meter.reset();
        m_voiceSource = voice;
        if (voice)
            m_meter = std::make_unique<LoudnessMeter>(voice);
    }
    updateVoice();
}

} // namespace lj::looks
