#include "settingspages.h"

#include "core/appsettings.h"
#include "core/encoders.h"
#include "core/hotkeys.h"
#include "core/networkpresets.h"
#include "core/pluginmanager.h"
#include "core/studio.h"
#include "hotkeyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lj {

namespace {

QSpinBox *sizeBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(16, 8192);
    box->setSingleStep(2);
    box->setValue(value);
    return box;
}

} // namespace

GeneralPage::GeneralPage(Studio &studio, QWidget *parent)
    : SettingsPage(parent), m_studio(studio), m_language(new QComboBox(this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(studio.settings().language()));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when the studio starts again."), this);
    note->setWordWrap(true);
    form->addRow(note);
}

bool GeneralPage::apply(QString *)
{
    m_studio.settings().setLanguage(m_language->currentData().toString());
    m_studio.settings().sync();
    return true;
}

RoomPage::RoomPage(Studio &studio, QWidget *parent) : SettingsPage(parent), m_studio(studio)
{
    const RoomProfile &room = studio.room();
    m_baseWidth = sizeBox(room.video.baseWidth, this);
    m_baseHeight = sizeBox(room.video.baseHeight, this);
    m_outWidth = sizeBox(room.video.outputWidth, this);
    m_outHeight = sizeBox(room.video.outputHeight, this);
    m_baseWidth->setObjectName(QStringLiteral("baseWidth"));
    m_baseHeight->setObjectName(QStringLiteral("baseHeight"));
    m_outWidth->setObjectName(QStringLiteral("outputWidth"));
    m_outHeight->setObjectName(QStringLiteral("outputHeight"));
    m_fps = new QSpinBox(this);
    m_fps->setObjectName(QStringLiteral("fps"));
    m_fps->setRange(1, 120);
    m_fps->setValue(qRound(room.video.fps()));
    m_folder = new QLineEdit(room.output.folder, this);
    m_folder->setPlaceholderText(room.output.effectiveFolder());
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Recording folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_format = new QComboBox(this);
    m_format->addItem(tr("MP4"), QStringLiteral("mp4"));
    m_format->addItem(tr("MKV (survives a crash)"), QStringLiteral("mkv"));
    m_format->setCurrentIndex(m_format->findData(room.output.recordFormat));
    m_encoder = new QComboBox(this);
    m_encoder->setObjectName(QStringLiteral("videoEncoder"));
    for (const auto &[id, label] : EncoderPair::availableVideoEncoders())
        m_encoder->addItem(label, id);
    m_encoder->setCurrentIndex(qMax(0, m_encoder->findData(room.output.videoEncoder)));
    m_videoBitrate = new QSpinBox(this);
    m_videoBitrate->setRange(200, 50000);
    m_videoBitrate->setSuffix(tr(" kbps"));
    m_videoBitrate->setValue(room.output.videoBitrateKbps);
    m_audioBitrate = new QSpinBox(this);
    m_audioBitrate->setRange(64, 320);
    m_audioBitrate->setSuffix(tr(" kbps"));
    m_audioBitrate->setValue(room.output.audioBitrateKbps);

    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("networkPreset"));
    m_network->addItem(tr("My own settings (below)"), QString());
    for (const NetworkPreset &preset : NetworkPreset::all())
        m_network->addItem(preset.name, preset.id);
    m_network->setCurrentIndex(qMax(0, m_network->findData(NetworkPreset::matching(room.video, room.output))));
    m_network->setToolTip(tr("Pick the network this room goes live on: the output size, frame rate and bitrate follow."));
    // A preset fills the fields; a field changed by hand makes the settings the host's own.
    connect(m_network, &QComboBox::activated, this, [this] {
        const NetworkPreset preset = NetworkPreset::byId(m_network->currentData().toString());
        if (preset.id.isEmpty())
            return;
        const QSignalBlocker a(m_outWidth), b(m_outHeight), c(m_fps), d(m_videoBitrate);
        m_outWidth->setValue(preset.outputWidth);
        m_outHeight->setValue(preset.outputHeight);
        m_fps->setValue(preset.fps);
        m_videoBitrate->setValue(preset.videoBitrateKbps);
    });
    for (QSpinBox *box : {m_outWidth, m_outHeight, m_fps, m_videoBitrate})
        connect(box, &QSpinBox::valueChanged, this, [this] { m_network->setCurrentIndex(0); });
    m_adaptive = new QCheckBox(tr("Adapt to the network automatically: lower the quality when the upload cannot carry it (recommended)"), this);
    m_adaptive->setObjectName(QStringLiteral("adaptiveBitrate"));
    m_adaptive->setChecked(room.output.adaptiveBitrate);

    m_backup = new QCheckBox(tr("Record every show while live (backup)"), this);
    m_backup->setObjectName(QStringLiteral("backupRecording"));
    m_backup->setChecked(room.output.backupRecording);
    m_planned = new QSpinBox(this);
    m_planned->setObjectName(QStringLiteral("plannedMinutes"));
    m_planned->setRange(1, 24 * 60);
    m_planned->setSuffix(tr(" min"));
    m_planned->setValue(room.output.plannedMinutes);
    m_overlayLanguage = new QComboBox(this);
    m_overlayLanguage->setObjectName(QStringLiteral("overlayLanguage"));
    m_overlayLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_overlayLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_overlayLanguage->setCurrentIndex(qMax(0, m_overlayLanguage->findData(room.output.overlayLanguage)));
    m_overlayLanguage->setToolTip(tr("The language of the product cards and the sales ticker on the video: "
                                     "the audience's, whatever the language of this window."));

    auto *form = new QFormLayout(this);
    auto pair = [this](QWidget *a, QWidget *b) {
        auto *w = new QWidget(this);
        auto *row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        row->addWidget(new QLabel(QStringLiteral("×"), w));
        row->addWidget(b);
        return w;
    };
    form->addRow(tr("Network:"), m_network);
    form->addRow(QString(), m_adaptive);
    form->addRow(tr("Canvas size:"), pair(m_baseWidth, m_baseHeight));
    form->addRow(tr("Output size:"), pair(m_outWidth, m_outHeight));
    form->addRow(tr("Frames per second:"), m_fps);
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(browse);
    form->addRow(tr("Recording folder:"), folderRow);
    form->addRow(tr("Recording format:"), m_format);
    form->addRow(tr("Video encoder:"), m_encoder);
    form->addRow(tr("Video bitrate:"), m_videoBitrate);
    form->addRow(tr("Audio bitrate:"), m_audioBitrate);
    form->addRow(QString(), m_backup);
    form->addRow(tr("Planned show length:"), m_planned);
    form->addRow(tr("Language on the video:"), m_overlayLanguage);
    m_portraitSize = new QComboBox(this);
    m_portraitSize->setObjectName(QStringLiteral("portraitSize"));
    m_portraitSize->addItem(tr("1080×1920 (sharpest)"), QSize(1080, 1920));
    m_portraitSize->addItem(tr("720×1280 (lighter on the computer and the network)"), QSize(720, 1280));
    m_portraitSize->setCurrentIndex(qMax(0, m_portraitSize->findData(QSize(room.portrait.width, room.portrait.height))));
    m_portraitSize->setToolTip(tr("The portrait canvas of 抖音, 快手 and 视频号 targets. A new size applies the next time the "
                                  "canvas starts (after the platforms on it stop)."));
    form->addRow(tr("Portrait canvas:"), m_portraitSize);
}

bool RoomPage::apply(QString *error)
{
    RoomProfile room = m_studio.room();
    room.video.baseWidth = m_baseWidth->value() & ~1;
    room.video.baseHeight = m_baseHeight->value() & ~1;
    room.video.outputWidth = m_outWidth->value() & ~1;
    room.video.outputHeight = m_outHeight->value() & ~1;
    room.video.fpsNumerator = m_fps->value();
    room.video.fpsDenominator = 1;
    room.output.folder = m_folder->text().trimmed();
    room.output.recordFormat = m_format->currentData().toString();
    room.output.videoBitrateKbps = m_videoBitrate->value();
    if (m_encoder->currentIndex() >= 0)
        room.output.videoEncoder = m_encoder->currentData().toString();
    room.output.audioBitrateKbps = m_audioBitrate->value();
    room.output.backupRecording = m_backup->isChecked();
    room.output.adaptiveBitrate = m_adaptive->isChecked();
    // The preset's keyframe interval too (it has no field of its own).
    if (const NetworkPreset preset = NetworkPreset::byId(m_network->currentData().toString()); !preset.id.isEmpty())
        room.output.keyframeIntervalSec = preset.keyframeIntervalSec;
    room.output.plannedMinutes = m_planned->value();
    room.output.overlayLanguage = m_overlayLanguage->currentData().toString();
    const QSize portrait = m_portraitSize->currentData().toSize();
    room.portrait.width = portrait.width();
    room.portrait.height = portrait.height();
    return m_studio.updateRoom(room, error);
}

HotkeysPage::HotkeysPage(Studio &studio, QWidget *parent)
    : SettingsPage(parent), m_studio(studio), m_table(new QTableWidget(this))
{
    HotkeyManager &hotkeys = studio.hotkeys();
    const QStringList names = hotkeys.names();
    m_table->setObjectName(QStringLiteral("hotkeysTable"));
    m_table->setColumnCount(2);
    m_table->setRowCount(int(names.size()));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Key")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < names.size(); ++row) {
        auto *action = new QTableWidgetItem(hotkeys.description(names[row]));
        action->setData(Qt::UserRole, names[row]);
        action->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, action);
        auto *edit = new HotkeyEdit(m_table);
        const QList<obs_key_combination_t> keys = hotkeys.bindings(names[row]);
        if (!keys.isEmpty())
            edit->setCombination(keys.first());
        m_table->setCellWidget(row, 1, edit);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto *note = new QLabel(tr("Click a key field and press the keys. Hotkeys work even while the "
                               "studio window is in the background. They are saved with the room."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
}

bool HotkeysPage::apply(QString *error)
{
    HotkeyManager &hotkeys = m_studio.hotkeys();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0)->data(Qt::UserRole).toString();
        const auto *edit = static_cast<HotkeyEdit *>(m_table->cellWidget(row, 1));
        const obs_key_combination_t combo = edit->combination();
        hotkeys.setBindings(name, obs_key_combination_is_empty(combo) ? QList<obs_key_combination_t>{}
                                                                      : QList<obs_key_combination_t>{combo});
    }
    return m_studio.saveRoom(error);
}

PluginsPage::PluginsPage(Studio &studio, QWidget *parent)
    : SettingsPage(parent), m_studio(studio), m_table(new QTableWidget(this))
{
    const QList<PluginSpec> &specs = studio.plugins().specs();
    const QStringList disabled = studio.settings().disabledPlugins();
    m_table->setObjectName(QStringLiteral("pluginsTable"));
    m_table->setColumnCount(4);
    m_table->setRowCount(int(specs.size()));
    m_table->setHorizontalHeaderLabels({tr("Plugin"), tr("Version"), tr("State"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < specs.size(); ++row) {
        const PluginSpec &spec = specs[row];
        auto *name = new QTableWidgetItem(spec.name);
        name->setData(Qt::UserRole, spec.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(disabled.contains(spec.id) ? Qt::Unchecked : Qt::Checked);
        name->setToolTip(spec.filePath);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(spec.version.toString()));
        m_table->setItem(row, 2, new QTableWidgetItem(stateName(spec.state)));
        m_table->setItem(row, 3, new QTableWidgetItem(spec.error.isEmpty() ? spec.description : spec.error));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto *note = new QLabel(tr("Turning a plugin on or off takes effect when the studio starts again."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
}

bool PluginsPage::apply(QString *)
{
    QStringList disabled;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item->checkState() == Qt::Unchecked)
            disabled << item->data(Qt::UserRole).toString();
    }
    m_studio.settings().setDisabledPlugins(disabled);
    m_studio.settings().sync();
    return true;
}

} // namespace lj
