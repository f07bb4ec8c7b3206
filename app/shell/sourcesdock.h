#pragma once

#include "core/obsptr.h"

#include <QWidget>

class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace lj {

class SceneWatcher;
class Studio;

/// The sources of the scene on program (or of the portrait canvas's scene),
/// top first: add by type, show/hide, lock, rename (double-click), reorder
/// and remove.
class SourcesPanel final : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, VisibleColumn = 1, LockedColumn = 2 };

    explicit SourcesPanel(Studio &studio, QWidget *parent = nullptr);

    /// Adds a source of libobs type `typeId` to the current scene and selects it.
    obs_sceneitem_t *addSource(const QString &typeId);
    void removeSelected();
    void moveSelected(obs_order_movement movement);
    void selectItem(obs_sceneitem_t *item);
    obs_sceneitem_t *selectedItem() const;
    /// The source types offered in the Add menu: built-in ones, then plugins'.
    QStringList sourceTypes() const;
    /// Lists and edits the portrait canvas's scene instead (a source added
    /// then is on the portrait canvas only).
    void setPortrait(bool portrait);
    obs_scene_t *scene() const;

Q_SIGNALS:
    void itemSelected(obs_sceneitem_t *item);

private:
    void refresh();
    void onItemChanged(QTreeWidgetItem *row, int column);
    void fillAddMenu();

    Studio &m_studio;
    SceneWatcher *m_watcher;
    bool m_portrait = false;
    QTreeWidget *m_tree;
    QMenu *m_addMenu;
    std::vector<OBSSceneItem> m_items; ///< rows, top first
    bool m_refreshing = false;
};

} // namespace lj
