#include "guidedialog.h"

#include "catalogservice.h"
#include "pushservice.h"
#include "shelfservice.h"

#include "core/lookpresets.h"
#include "core/obsptr.h"
#include "core/plugincontext.h"
#include "core/roomprofile.h"
#include "core/roomtemplates.h"
#include "core/scenecollection.h"
#include "core/sourcepreview.h"
#include "core/volumemeter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lj::guide {

namespace {

/// What the guide's camera step can put in the camera's place.
enum CameraKind { Device, Phone, Screen, Picture, VideoFile };

/// The camera's place in a room made from a template (or the demo room's clip).
const QStringList kCameraNames = {QStringLiteral("摄像头"), QStringLiteral("手机摄像头")};

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

/// How a rundown reads in the step's list: its date, then its name.
QString rundownLabel(const catalog::Rundown &r)
{
    return QStringLiteral("%1  %2").arg(r.showDate, r.name);
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// A choice of the presets for a camera (or a microphone), "none" first, in
/// a row of `layout` after `label`.
QComboBox *presetChoice(bool camera, const QString &label, const QString &none, QBoxLayout *layout, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(none, QString());
    for (const LookPreset &p : LookPresets::list())
        if (camera ? p.camera && !p.background : p.microphone) // a green screen needs its background: Tools → Looks and voice
            box->addItem(p.name, p.id);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(label, parent));
    row->addWidget(box, 1);
    layout->addLayout(row);
    return box;
}

/// The camera of the scene: in a template's (or the guide's) camera place.
obs_source_t *cameraOf(obs_scene_t *scene, const QStringList &names)
{
    for (const QString &name : names)
        if (obs_sceneitem_t *item = scene ? obs_scene_find_source(scene, name.toUtf8().constData()) : nullptr)
            return obs_sceneitem_get_source(item);
    return nullptr;
}

} // namespace

GuideDialog::GuideDialog(PluginContext &context, push::PushService &push, catalog::CatalogService &catalog, shelf::ShelfService &shelf,
                         QWidget *parent)
    : QDialog(parent), m_context(context), m_push(push), m_catalog(catalog), m_shelf(shelf), m_pages(new QStackedWidget(this)),
      m_problem(new QLabel(this)), m_back(new QPushButton(tr("Back"), this)), m_skip(new QPushButton(tr("Skip this step"), this)),
      m_next(new QPushButton(tr("Next"), this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Go-live guide"));
    m_pages->addWidget(templatePage());
    m_pages->addWidget(cameraPage());
    m_pages->addWidget(microphonePage());
    m_pages->addWidget(platformsPage());
    m_pages->addWidget(rundownPage());
    m_problem->setObjectName(QStringLiteral("guideProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c5221f;"));
    m_back->setObjectName(QStringLiteral("guideBack"));
    m_skip->setObjectName(QStringLiteral("guideSkip"));
    m_next->setObjectName(QStringLiteral("guideNext"));
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(step() - 1); });
    connect(m_skip, &QPushButton::clicked, this, [this] { step() == Rundown ? accept() : goTo(step() + 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (!applyStep())
            return;
        step() == Rundown ? accept() : goTo(step() + 1);
    });
    m_listen.setInterval(100);
    connect(&m_listen, &QTimer::timeout, this, [this] {
        if (!m_meter)
            return;
        m_meter->update();
        if (m_meter->peakDb() > kHeardDb && !m_heard->property("heard").toBool()) {
            m_heard->setProperty("heard", true);
            m_heard->setText(tr("✓ We hear you. The microphone works."));
            m_heard->setStyleSheet(QStringLiteral("color:#188038; font-weight:bold;"));
        }
    });
    // A laptop screen first: never taller than 600 px of content.
    resize(680, 540);
    choosePresets(QString());
    goTo(Template);
}

GuideDialog::~GuideDialog()
{
    // The preview and the meter let go of their sources before the sources go.
    m_cameraPreview->setSource(nullptr);
    delete m_meter;
}

int GuideDialog::step() const
{
    return m_pages->currentIndex();
}

void GuideDialog::goTo(int next)
{
    next = qBound(0, next, m_pages->count() - 1);
    m_pages->setCurrentIndex(next);
    m_problem->clear();
    m_back->setEnabled(next > 0);
    m_next->setText(next == Rundown ? tr("Finish") : tr("Next"));
    if (next == Platforms)
        refreshPlatforms();
    // Only the step on screen holds a camera or a microphone open.
    updateCameraPreview();
    updateMicrophoneMeter();
}

QWidget *GuideDialog::templatePage()
{
    auto *page = new QWidget(this);
    m_templates = new QListWidget(page);
    m_templates->setObjectName(QStringLiteral("guideTemplates"));
    m_templates->setViewMode(QListView::IconMode);
    m_templates->setIconSize(QSize(160, 90));
    m_templates->setResizeMode(QListView::Adjust);
    auto *keep = new QListWidgetItem(tr("Keep the room as it is"), m_templates);
    keep->setData(Qt::UserRole, QString());
    for (const RoomTemplateInfo &t : RoomTemplates::list(m_context.locale())) {
        auto *item = new QListWidgetItem(QIcon(t.thumbnail), t.name, m_templates);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description);
    }
    m_templates->setCurrentRow(0);
    m_roomName = new QLineEdit(page);
    m_roomName->setObjectName(QStringLiteral("guideRoomName"));
    m_roomName->setPlaceholderText(tr("For example: 五常大米专场"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("1. Where are you going live from?"), page));
    layout->addWidget(note(tr("Pick the kind of room: each places the camera, the product card and the orders for you."), page));
    layout->addWidget(m_templates, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name of the room:"), m_roomName);
    layout->addLayout(form);
    return page;
}

QWidget *GuideDialog::cameraPage()
{
    auto *page = new QWidget(this);
    m_cameraChoice = new QButtonGroup(page);
    m_cameraValue = new QLineEdit(page);
    m_cameraValue->setObjectName(QStringLiteral("guideCameraValue"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("2. The camera"), page));
    const QStringList devices = QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System, QDir::Name);
    if (devices.isEmpty()) {
        auto *none = note(tr("No camera was found on this computer. You can use one of these instead:"), page);
        none->setObjectName(QStringLiteral("guideNoCamera"));
        layout->addWidget(none);
    }
    for (const QString &device : devices) {
        auto *option = new QRadioButton(tr("Camera %1").arg(device), page);
        option->setProperty("device", QString(QStringLiteral("/dev/") + device));
        m_cameraChoice->addButton(option, Device);
        layout->addWidget(option);
    }
    const QList<std::pair<CameraKind, QString>> alternatives = {
        {Phone, tr("A phone: type the stream address its camera app shows (rtmp://, rtsp:// or http://)")},
        {Screen, tr("The screen of this computer")},
        {Picture, tr("A picture")},
        {VideoFile, tr("A video file")}};
    for (const auto &[kind, text] : alternatives) {
        auto *option = new QRadioButton(text, page);
        option->setObjectName(QStringLiteral("guideCamera%1").arg(int(kind)));
        m_cameraChoice->addButton(option, kind);
        layout->addWidget(option);
    }
    layout->addWidget(note(tr("A capture card appears as a camera once it is plugged in: open the guide again from Help."), page));
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Choose a file…"), page);
    row->addWidget(m_cameraValue, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_look = presetChoice(true, tr("Look:"), tr("As it comes (no preset)"), layout, page);
    m_look->setObjectName(QStringLiteral("guideLook"));
    m_cameraPreview = new SourcePreview(page);
    m_cameraPreview->setObjectName(QStringLiteral("guideCameraPreview"));
    m_cameraPreview->setFixedSize(288, 162);
    m_cameraState = new QLabel(page);
    m_cameraState->setObjectName(QStringLiteral("guideCameraState"));
    m_cameraState->setWordWrap(true);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_cameraPreview);
    previewRow->addWidget(m_cameraState, 1);
    layout->addLayout(previewRow);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"));
        if (!file.isEmpty())
            m_cameraValue->setText(file);
    });
    connect(m_cameraChoice, &QButtonGroup::idClicked, this, &GuideDialog::updateCameraPreview);
    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(600);
    connect(&m_previewDelay, &QTimer::timeout, this, &GuideDialog::updateCameraPreview);
    connect(m_cameraValue, &QLineEdit::textChanged, &m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_cameraPreview, &SourcePreview::imageChanged, this, [this] {
        m_cameraState->setText(tr("This is what the camera shows."));
    });
    if (QAbstractButton *first = m_cameraChoice->buttons().value(0))
        first->setChecked(true);
    return page;
}

QWidget *GuideDialog::microphonePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("3. The microphone"), page));
    m_useMicrophone = new QCheckBox(tr("Add this microphone to the room:"), page);
    m_useMicrophone->setObjectName(QStringLiteral("guideMicrophone"));
    m_useMicrophone->setChecked(true);
    m_microphone = new QComboBox(page);
    m_microphone->setObjectName(QStringLiteral("guideMicrophoneDevice"));
    m_microphone->addItem(tr("The computer's default microphone"), QStringLiteral("default"));
    if (obs_properties_t *props = obs_get_source_properties("pulse_input_capture")) {
        if (obs_property_t *devices = obs_properties_get(props, "device_id")) {
            for (size_t i = 0; i < obs_property_list_item_count(devices); ++i) {
                const QString id = QString::fromUtf8(obs_property_list_item_string(devices, i));
                if (!id.isEmpty() && m_microphone->findData(id) < 0)
                    m_microphone->addItem(QString::fromUtf8(obs_property_list_item_name(devices, i)), id);
            }
        }
        obs_properties_destroy(props);
    }
    m_meterPlace = new QWidget(page);
    auto *meterLayout = new QVBoxLayout(m_meterPlace);
    meterLayout->setContentsMargins(0, 0, 0, 0);
    m_heard = new QLabel(page);
    m_heard->setObjectName(QStringLiteral("guideMicrophoneHeard"));
    m_heard->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_useMicrophone);
    row->addWidget(m_microphone, 1);
    layout->addLayout(row);
    layout->addWidget(note(tr("Say something, as loud as you will speak on the show. The bar moves when the microphone hears you."),
                           page));
    layout->addWidget(m_meterPlace);
    layout->addWidget(m_heard);
    m_voice = presetChoice(false, tr("Voice:"), tr("As it comes (no preset)"), layout, page);
    m_voice->setObjectName(QStringLiteral("guideVoice"));
    layout->addStretch(1);
    connect(m_microphone, &QComboBox::currentIndexChanged, this, &GuideDialog::updateMicrophoneMeter);
    connect(m_useMicrophone, &QCheckBox::toggled, this, [this](bool on) {
        m_microphone->setEnabled(on);
        updateMicrophoneMeter();
    });
    return page;
}

QWidget *GuideDialog::platformsPage()
{
    auto *page = new QWidget(this);
    m_platform = new QComboBox(page);
    m_platform->setObjectName(QStringLiteral("guidePlatform"));
    for (const auto &[id, name] : QList<std::pair<QString, QString>>{{QStringLiteral("douyin"), QStringLiteral("抖音")},
                                                                    {QStringLiteral("kuaishou"), QStringLiteral("快手")},
                                                                    {QStringLiteral("taobao"), QStringLiteral("淘宝直播")},
                                                                    {QStringLiteral("channels"), QStringLiteral("微信视频号")},
                                                                    {QStringLiteral("bilibili"), QStringLiteral("哔哩哔哩")},
                                                                    {QStringLiteral("rtmp"), tr("Other (RTMP / SRT)")}})
        m_platform->addItem(name, id);
    m_pushUrl = new QLineEdit(page);
    m_pushUrl->setObjectName(QStringLiteral("guidePushUrl"));
    m_pushUrl->setEchoMode(QLineEdit::Password); // the URL carries the stream key
    m_pushUrl->setPlaceholderText(tr("Paste the push URL from the platform's console"));
    auto *add = new QPushButton(tr("Add"), page);
    add->setObjectName(QStringLiteral("guideAddPlatform"));
    m_platforms = new QListWidget(page);
    m_platforms->setObjectName(QStringLiteral("guidePlatforms"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("4. The platforms"), page));
    layout->addWidget(note(tr("For each platform, copy the push URL (推流地址) from its live console and paste it here. "
                              "The stream key in it is kept in the system keychain only."),
                           page));
    auto *row = new QHBoxLayout;
    row->addWidget(m_platform);
    row->addWidget(m_pushUrl, 1);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(m_platforms, 1);
    connect(add, &QPushButton::clicked, this, &GuideDialog::addPlatform);
    connect(m_pushUrl, &QLineEdit::returnPressed, this, &GuideDialog::addPlatform);
    return page;
}

QWidget *GuideDialog::rundownPage()
{
    auto *page = new QWidget(this);
    m_rundown = new QComboBox(page);
    m_rundown->setObjectName(QStringLiteral("guideRundown"));
    auto *layout = new QVBoxLayout(page);
    auto *import = new QPushButton(tr("Import a product spreadsheet…"), page);
    import->setObjectName(QStringLiteral("guideImport"));
    m_importReport = new QLabel(page);
    m_importReport->setObjectName(QStringLiteral("guideImportReport"));
    m_importReport->setWordWrap(true);
    m_importReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading(tr("5. Today's products"), page));
    layout->addWidget(note(tr("Choose the rundown (排品单) whose products the shelf shows. Plan or import products in the Products "
                              "panel at any time."),
                           page));
    layout->addWidget(m_rundown);
    layout->addWidget(note(tr("Or import the spreadsheet of today's products (CSV saved from Excel or WPS, or the studio's "
                              "JSON): its products become today's rundown, in the file's order."),
                           page));
    layout->addWidget(import, 0, Qt::AlignLeft);
    layout->addWidget(m_importReport);
    layout->addStretch(1);
    connect(import, &QPushButton::clicked, this, &GuideDialog::importProducts);
    const qint64 today = m_catalog.todaysRundown();
    for (const catalog::Rundown &r : m_catalog.rundowns())
        m_rundown->addItem(rundownLabel(r), r.id);
    m_rundown->setCurrentIndex(qMax(0, m_rundown->findData(today)));
    return page;
}

void GuideDialog::addPlatform()
{
    if (m_pushUrl->text().trimmed().isEmpty())
        return;
    QString error;
    if (m_push.addTarget(m_platform->currentText(), m_platform->currentData().toString(), m_pushUrl->text().trimmed(), &error).isEmpty()) {
        m_problem->setText(error);
        return;
    }
    m_problem->clear();
    m_pushUrl->clear();
    refreshPlatforms();
}

void GuideDialog::refreshPlatforms()
{
    m_platforms->clear();
    for (const push::PushTargetInfo &t : m_push.targetList())
        m_platforms->addItem(QStringLiteral("✓ %1").arg(t.name));
}

bool GuideDialog::applyStep()
{
    QString error;
    bool ok = true;
    switch (step()) {
    case Template: {
        const QString templateId = m_templates->currentItem() ? m_templates->currentItem()->data(Qt::UserRole).toString() : QString();
        if (templateId.isEmpty())
            break;
        if (m_roomName->text().trimmed().isEmpty()) {
            error = tr("Give the new room a name.");
            ok = false;
            break;
        }
        ok = m_context.createRoomFromTemplate(m_roomName->text().trimmed(), templateId, &error);
        if (ok)
            choosePresets(templateId);
        break;
    }
    case Camera:
        ok = applyCamera(&error) && applyLook(&error);
        break;
    case Microphone:
        if (m_useMicrophone->isChecked()) {
            obs_scene_t *scene = m_context.scenes().currentScene();
            OBSDataAutoRelease settings = obs_data_create();
            obs_data_set_string(settings, "device_id", m_microphone->currentData().toString().toUtf8().constData());
            obs_sceneitem_t *added = scene ? m_context.scenes().addSource(scene, "pulse_input_capture", tr("Microphone"), settings) : nullptr;
            ok = added != nullptr;
            if (!ok)
                error = tr("The microphone could not be added.");
            else if (const QString voice = m_voice->currentData().toString(); !voice.isEmpty())
                ok = LookPresets::applyToMicrophone(voice, obs_sceneitem_get_source(added), &error);
        }
        break;
    case Platforms:
        if (!m_pushUrl->text().trimmed().isEmpty())
            addPlatform(); // pasted but not added yet
        break;
    case Rundown:
        if (m_rundown->currentIndex() >= 0)
            m_shelf.setRundown(m_rundown->currentData().toLongLong());
        break;
    }
    if (!ok)
        m_problem->setText(error);
    return ok;
}

void GuideDialog::choosePresets(const QString &templateId)
{
    RoomTemplates::Looks looks = RoomTemplates::looks(templateId);
    if (templateId.isEmpty())
        looks = {QString::fromLatin1(LookPresets::kIndoor), QString::fromLatin1(LookPresets::kVoice)};
    m_look->setCurrentIndex(std::max(0, m_look->findData(looks.camera)));
    m_voice->setCurrentIndex(std::max(0, m_voice->findData(looks.microphone)));
}

bool GuideDialog::applyLook(QString *error)
{
    const QString look = m_look->currentData().toString();
    obs_scene_t *scene = m_context.scenes().currentScene();
    obs_source_t *camera = cameraOf(scene, QStringList(kCameraNames) << tr("Camera"));
    if (look.isEmpty() || !camera)
        return true;
    return LookPresets::applyToCamera(look, camera, m_context.scenes(), scene, {}, error);
}

const char *GuideDialog::cameraChoice(obs_data_t *settings) const
{
    const QString value = m_cameraValue->text().trimmed();
    switch (m_cameraChoice->checkedId()) {
    case Device:
        obs_data_set_string(settings, "device_id", m_cameraChoice->checkedButton()->property("device").toString().toUtf8().constData());
        return "v4l2_input";
    case Phone:
        obs_data_set_bool(settings, "is_local_file", false);
        obs_data_set_string(settings, "input", value.toUtf8().constData());
        return "ffmpeg_source";
    case Screen:
        return "xshm_input";
    case Picture:
        obs_data_set_string(settings, "file", value.toUtf8().constData());
        return "image_source";
    case VideoFile:
        obs_data_set_bool(settings, "is_local_file", true);
        obs_data_set_string(settings, "local_file", value.toUtf8().constData());
        obs_data_set_bool(settings, "looping", true);
        return "ffmpeg_source";
    default:
        return nullptr;
    }
}

void GuideDialog::closeCameraPreview()
{
    m_cameraPreview->setSource(nullptr);
    m_previewSource = nullptr;
}

void GuideDialog::updateCameraPreview()
{
    closeCameraPreview();
    if (step() != Camera)
        return;
    if (const QString problem = cameraProblem(); !problem.isEmpty()) {
        m_cameraState->setText(problem);
        return;
    }
    OBSDataAutoRelease settings = obs_data_create();
    const char *type = cameraChoice(settings);
    if (!type)
        return;
    // Private: in no scene and no list, only in this preview.
    m_previewSource = obs_source_create_private(type, "guide camera preview", settings);
    m_cameraState->setText(tr("Waiting for the picture… A phone's stream can take a few seconds."));
    m_cameraPreview->setSource(m_previewSource);
}

void GuideDialog::updateMicrophoneMeter()
{
    delete m_meter; // its callback goes before its source
    m_meter = nullptr;
    m_meterSource = nullptr;
    m_listen.stop();
    m_heard->setProperty("heard", false);
    m_heard->setStyleSheet({});
    if (step() != Microphone)
        return;
    if (!m_useMicrophone->isChecked()) { // the host chose to go without one: nothing is opened
        m_heard->setText(tr("The room goes without a microphone."));
        return;
    }
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "device_id", m_microphone->currentData().toString().toUtf8().constData());
    m_meterSource = obs_source_create_private("pulse_input_capture", "guide microphone check", settings);
    if (!m_meterSource) {
        m_heard->setText(tr("The microphone could not be opened."));
        return;
    }
    m_meter = new VolumeMeter(m_meterSource, m_meterPlace);
    m_meter->setObjectName(QStringLiteral("guideMicrophoneMeter"));
    m_meter->setFixedHeight(14);
    m_meterPlace->layout()->addWidget(m_meter);
    m_heard->setText(tr("Say something… (nothing heard yet)"));
    m_listen.start();
}

void GuideDialog::importProducts()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a product spreadsheet"), QString(),
                                                      tr("Product spreadsheets (*.csv *.txt *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_importReport->setText(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
        return;
    }
    // The good rows go in and the bad ones are listed: the file is not changed,
    // so the host can fix those rows and import again.
    QString report;
    const catalog::ImportResult result = m_catalog.importProducts(in.readAll(), file, catalog::ImportMode::TakeGoodRows, &report);
    if (result.codes.isEmpty()) {
        m_importReport->setText(report);
        return;
    }
    catalog::Rundown rundown = catalog::Rundown::today(QFileInfo(file).completeBaseName(), result.codes);
    QString error;
    if (!m_catalog.saveRundown(rundown, &error)) {
        m_importReport->setText(report + QLatin1Char('\n') + error);
        return;
    }
    m_rundown->addItem(rundownLabel(rundown), rundown.id);
    m_rundown->setCurrentIndex(m_rundown->count() - 1);
    m_importReport->setText(report + QLatin1Char('\n') + tr("They are today's rundown \"%1\", chosen above.").arg(rundown.name));
}

QString GuideDialog::cameraProblem() const
{
    const int kind = m_cameraChoice->checkedId();
    const QString value = m_cameraValue->text().trimmed();
    if ((kind == Phone || kind == Picture || kind == VideoFile) && value.isEmpty())
        return tr("Type the address or choose the file first.");
    if ((kind == Picture || kind == VideoFile) && !QFile::exists(value))
        return tr("There is no file %1.").arg(QDir::toNativeSeparators(value));
    return {};
}

bool GuideDialog::applyCamera(QString *error)
{
    OBSDataAutoRelease settings = obs_data_create();
    const char *type = cameraChoice(settings);
    if (!type)
        return true;
    if (const QString problem = cameraProblem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // A camera device opens once: the preview lets go before the scene takes it.
    closeCameraPreview();
    obs_scene_t *scene = m_context.scenes().currentScene();
    if (!scene)
        return true;
    // The camera's place keeps its size and position; what fills it changes.
    QString name = tr("Camera");
    obs_transform_info place = {};
    bool placed = false;
    for (const QString &candidate : kCameraNames) {
        if (obs_sceneitem_t *item = obs_scene_find_source(scene, candidate.toUtf8().constData())) {
            obs_source_t *source = obs_sceneitem_get_source(item);
            if (qstrcmp(obs_source_get_id(source), type) == 0) { // the same kind: only what it shows changes
                obs_source_update(source, settings);
                return true;
            }
            obs_sceneitem_get_info(item, &place);
            placed = true;
            name = candidate;
            obs_sceneitem_remove(item);
            break;
        }
    }
    obs_sceneitem_t *added = m_context.scenes().addSource(scene, type, name, settings);
    if (!added) {
        *error = tr("The camera could not be added.");
        return false;
    }
    if (placed) {
        obs_sceneitem_set_info(added, &place);
    } else {
        place.pos = {};
        place.scale = {{{1.0f, 1.0f}}};
        place.alignment = OBS_ALIGN_LEFT | OBS_ALIGN_TOP;
        place.bounds_type = OBS_BOUNDS_SCALE_OUTER;
        place.bounds_alignment = OBS_ALIGN_CENTER;
        place.bounds = {{{float(m_context.room().video.baseWidth), float(m_context.room().video.baseHeight)}}};
        obs_sceneitem_set_info(added, &place);
    }
    obs_sceneitem_set_order(added, OBS_ORDER_MOVE_BOTTOM);
    obs_sceneitem_set_order(added, OBS_ORDER_MOVE_UP); // above the background, below the rest
    return true;
}

} // namespace lj::guide
