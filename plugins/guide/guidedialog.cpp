#include "guidedialog.h"

#include "catalogservice.h"
#include "pushservice.h"
#include "shelfservice.h"

#include "core/obsptr.h"
#include "core/plugincontext.h"
#include "core/roomprofile.h"
#include "core/roomtemplates.h"
#include "core/scenecollection.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

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

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
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
    // A laptop screen first: never taller than 600 px of content.
    resize(640, 520);
    goTo(Template);
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
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"));
        if (!file.isEmpty())
            m_cameraValue->setText(file);
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
    auto *use = new QCheckBox(tr("Add the computer's microphone to the room"), page);
    use->setObjectName(QStringLiteral("guideMicrophone"));
    use->setChecked(true);
    layout->addWidget(use);
    layout->addWidget(note(tr("After the guide, say something: the check before going live tells you whether the microphone "
                              "hears you, and the Audio Mixer panel shows the level."),
                           page));
    layout->addStretch(1);
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
    layout->addWidget(heading(tr("5. Today's products"), page));
    layout->addWidget(note(tr("Choose the rundown (排品单) whose products the shelf shows. Plan or import products in the Products "
                              "panel at any time."),
                           page));
    layout->addWidget(m_rundown);
    layout->addStretch(1);
    const qint64 today = m_catalog.todaysRundown();
    for (const catalog::Rundown &r : m_catalog.rundowns())
        m_rundown->addItem(QStringLiteral("%1  %2").arg(r.showDate, r.name), r.id);
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
        break;
    }
    case Camera:
        ok = applyCamera(&error);
        break;
    case Microphone:
        if (findChild<QCheckBox *>(QStringLiteral("guideMicrophone"))->isChecked()) {
            obs_scene_t *scene = m_context.scenes().currentScene();
            OBSDataAutoRelease settings = obs_data_create();
            obs_data_set_string(settings, "device_id", "default");
            ok = scene && m_context.scenes().addSource(scene, "pulse_input_capture", tr("Microphone"), settings);
            if (!ok)
                error = tr("The microphone could not be added.");
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

bool GuideDialog::applyCamera(QString *error)
{
    const int kind = m_cameraChoice->checkedId();
    const QString value = m_cameraValue->text().trimmed();
    OBSDataAutoRelease settings = obs_data_create();
    const char *type = nullptr;
    switch (kind) {
    case Device:
        type = "v4l2_input";
        obs_data_set_string(settings, "device_id", m_cameraChoice->checkedButton()->property("device").toString().toUtf8().constData());
        break;
    case Phone:
        type = "ffmpeg_source";
        obs_data_set_bool(settings, "is_local_file", false);
        obs_data_set_string(settings, "input", value.toUtf8().constData());
        break;
    case Screen:
        type = "xshm_input";
        break;
    case Picture:
        type = "image_source";
        obs_data_set_string(settings, "file", value.toUtf8().constData());
        break;
    case VideoFile:
        type = "ffmpeg_source";
        obs_data_set_bool(settings, "is_local_file", true);
        obs_data_set_string(settings, "local_file", value.toUtf8().constData());
        obs_data_set_bool(settings, "looping", true);
        break;
    default:
        return true;
    }
    if ((kind == Phone || kind == Picture || kind == VideoFile) && value.isEmpty()) {
        *error = tr("Type the address or choose the file first.");
        return false;
    }
    if ((kind == Picture || kind == VideoFile) && !QFile::exists(value)) {
        *error = tr("There is no file %1.").arg(QDir::toNativeSeparators(value));
        return false;
    }
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
