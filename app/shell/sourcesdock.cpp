#include "sourcesdock.h"

#include "core/pluginregistry.h"
#include "core/scenecollection.h"
#include "core/studio.h"
#include "scenewatcher.h"
#include "uiutil.h"

#include <QHeaderView>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lj {

SourcesPanel::SourcesPanel(Studio &studio, QWidget *parent)
    : QWidget(parent), m_studio(studio), m_tree(new QTreeWidget(this)), m_addMenu(new QMenu(this))
{
    m_tree->setObjectName(QStringLiteral("sourcesTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Source"), tr("Visible"), tr("Locked")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(VisibleColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LockedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    auto *row = toolRow(this, {
        {QStringLiteral("removeSource"), QStringLiteral("−"), tr("Remove source"), [this] { removeSelected(); }},
        {QStringLiteral("sourceUp"), QStringLiteral("▲"), tr("Move up"), [this] { moveSelected(OBS_ORDER_MOVE_UP); }},
        {QStringLiteral("sourceDown"), QStringLiteral("▼"), tr("Move down"), [this] { moveSelected(OBS_ORDER_MOVE_DOWN); }},
    });
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addSource"));
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add source"));
    add->setAccessibleName(tr("Add source"));
    add->setPopupMode(QToolButton::InstantPopup);
    add->setMenu(m_addMenu);
    row->insertWidget(0, add);
    layout->addLayout(row);
    m_addMenu->setObjectName(QStringLiteral("addSourceMenu"));
    fillAddMenu();

    m_watcher = new SceneWatcher(m_studio.scenes(), this);
    connect(m_watcher, &SceneWatcher::changed, this, &SourcesPanel::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_refreshing)
            Q_EMIT itemSelected(selectedItem());
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &SourcesPanel::onItemChanged);
    refresh();
}

void SourcesPanel::setPortrait(bool portrait)
{
    m_portrait = portrait;
    m_tree->clearSelection();
    m_watcher->setPortrait(portrait); // refreshes
}

obs_scene_t *SourcesPanel::scene() const
{
    return m_portrait ? m_studio.scenes().portraitScene() : m_studio.scenes().currentScene();
}

QStringList SourcesPanel::sourceTypes() const
{
    QStringList types = {
        QStringLiteral("color_source_v3"),   QStringLiteral("image_source"),
        QStringLiteral("text_ft2_source_v2"), QStringLiteral("ffmpeg_source"),
        QStringLiteral("v4l2_input"),         QStringLiteral("xshm_input"),
        QStringLiteral("pulse_input_capture"), QStringLiteral("pulse_output_capture"),
    };
    types += m_studio.pluginRegistry().sourceTypes();
    // Only what this libobs actually has (a missing module hides its types).
    QStringList available;
    for (const QString &type : std::as_const(types)) {
        if (obs_source_get_display_name(type.toUtf8().constData()))
            available << type;
    }
    return available;
}

void SourcesPanel::fillAddMenu()
{
    for (const QString &type : sourceTypes()) {
        QAction *action = m_addMenu->addAction(
            QString::fromUtf8(obs_source_get_display_name(type.toUtf8().constData())));
        action->setObjectName(QStringLiteral("add_") + type);
        connect(action, &QAction::triggered, this, [this, type] { addSource(type); });
    }
}

void SourcesPanel::refresh()
{
    obs_sceneitem_t *previous = selectedItem();
    OBSSceneItem keep = previous;
    m_refreshing = true;
    m_tree->clear();
    m_items.clear();
    if (obs_scene_t *scene = this->scene()) {
        obs_scene_enum_items(
            scene,
            [](obs_scene_t *, obs_sceneitem_t *item, void *data) {
                static_cast<std::vector<OBSSceneItem> *>(data)->emplace(
                    static_cast<std::vector<OBSSceneItem> *>(data)->begin(), item);
                return true;
            },
            &m_items);
    }
    QTreeWidgetItem *toSelect = nullptr;
    for (const OBSSceneItem &item : m_items) {
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(NameColumn, QString::fromUtf8(obs_source_get_name(obs_sceneitem_get_source(item))));
        row->setFlags(row->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        row->setCheckState(VisibleColumn, obs_sceneitem_visible(item) ? Qt::Checked : Qt::Unchecked);
        row->setCheckState(LockedColumn, obs_sceneitem_locked(item) ? Qt::Checked : Qt::Unchecked);
        if (item.Get() == previous)
            toSelect = row;
    }
    m_tree->setCurrentItem(toSelect);
    m_refreshing = false;
    if (!toSelect && previous)
        Q_EMIT itemSelected(nullptr);
}

obs_sceneitem_t *SourcesPanel::selectedItem() const
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].Get() : nullptr;
}

void SourcesPanel::selectItem(obs_sceneitem_t *item)
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].Get() == item) {
            m_tree->setCurrentItem(m_tree->topLevelItem(int(i)));
            return;
        }
    }
    m_tree->setCurrentItem(nullptr);
}

void SourcesPanel::onItemChanged(QTreeWidgetItem *row, int column)
{
    if (m_refreshing)
        return;
    const int index = m_tree->indexOfTopLevelItem(row);
    if (index < 0 || index >= int(m_items.size()))
        return;
    obs_sceneitem_t *item = m_items[size_t(index)];
    obs_source_t *source = obs_sceneitem_get_source(item);
    switch (column) {
    case NameColumn: {
        const QString name = row->text(NameColumn).trimmed();
        OBSSourceAutoRelease existing = obs_get_source_by_name(name.toUtf8().constData());
        if (name.isEmpty() || (existing && existing.Get() != source)) {
            showError(this, name.isEmpty() ? tr("A source needs a name.")
                                           : tr("The name \"%1\" is already used.").arg(name));
            refresh();
        } else {
            obs_source_set_name(source, name.toUtf8().constData());
        }
        break;
    }
    case VisibleColumn:
        obs_sceneitem_set_visible(item, row->checkState(VisibleColumn) == Qt::Checked);
        break;
    case LockedColumn:
        obs_sceneitem_set_locked(item, row->checkState(LockedColumn) == Qt::Checked);
        break;
    default:
        break;
    }
}

obs_sceneitem_t *SourcesPanel::addSource(const QString &typeId)
{
    obs_scene_t *scene = this->scene();
    const QByteArray id = typeId.toUtf8();
    const char *displayName = obs_source_get_display_name(id.constData());
    if (!scene || !displayName)
        return nullptr;
    obs_sceneitem_t *item = m_studio.scenes().addSource(scene, id.constData(), QString::fromUtf8(displayName));
    if (!item) {
        showError(this, tr("The source \"%1\" could not be created.").arg(QString::fromUtf8(displayName)));
        return nullptr;
    }
    refresh();
    selectItem(item);
    return item;
}

void SourcesPanel::removeSelected()
{
    if (obs_sceneitem_t *item = selectedItem())
        obs_sceneitem_remove(item);
}

void SourcesPanel::moveSelected(obs_order_movement movement)
{
    obs_sceneitem_t *item = selectedItem();
    if (!item)
        return;
    OBSSceneItem keep = item;
    obs_sceneitem_set_order(item, movement);
    refresh();
    selectItem(item);
}

} // namespace lj
