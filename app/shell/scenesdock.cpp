#include "scenesdock.h"

#include "core/scenecollection.h"
#include "uiutil.h"

#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lj {

ScenesPanel::ScenesPanel(SceneCollection &scenes, QWidget *parent)
    : QWidget(parent), m_scenes(scenes), m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("scenesList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    layout->addLayout(toolRow(this, {
        {QStringLiteral("addScene"), QStringLiteral("+"), tr("Add scene"), [this] { addScene(); }},
        {QStringLiteral("removeScene"), QStringLiteral("−"), tr("Remove scene"), [this] { removeCurrentScene(); }},
        {QStringLiteral("sceneUp"), QStringLiteral("▲"), tr("Move up"), [this] { moveCurrentScene(-1); }},
        {QStringLiteral("sceneDown"), QStringLiteral("▼"), tr("Move down"), [this] { moveCurrentScene(1); }},
    }));

    connect(&m_scenes, &SceneCollection::scenesChanged, this, &ScenesPanel::refresh);
    connect(&m_scenes, &SceneCollection::currentChanged, this, &ScenesPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing && row >= 0)
            m_scenes.setCurrentIndex(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, &ScenesPanel::onItemChanged);
    refresh();
}

void ScenesPanel::refresh()
{
    m_refreshing = true;
    m_list->clear();
    for (int i = 0; i < m_scenes.count(); ++i) {
        auto *item = new QListWidgetItem(m_scenes.sceneName(i), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(m_scenes.currentIndex());
    m_refreshing = false;
}

void ScenesPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    QString error;
    if (!m_scenes.renameScene(m_list->row(item), item->text(), &error)) {
        showError(this, error);
        refresh();
    }
}

void ScenesPanel::addScene()
{
    m_scenes.addScene(tr("Scene"));
    m_scenes.setCurrentIndex(m_scenes.count() - 1);
}

void ScenesPanel::removeCurrentScene()
{
    if (m_scenes.count() <= 1) {
        showError(this, tr("A room needs at least one scene."));
        return;
    }
    m_scenes.removeScene(m_scenes.currentIndex());
}

void ScenesPanel::moveCurrentScene(int delta)
{
    const int from = m_scenes.currentIndex();
    m_scenes.moveScene(from, from + delta);
}

} // namespace lj
