#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace lj {

class SceneCollection;

/// The room's scenes: pick the one on program; add, rename (double-click),
/// reorder and remove.
class ScenesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ScenesPanel(SceneCollection &scenes, QWidget *parent = nullptr);

    void addScene();
    void removeCurrentScene();
    void moveCurrentScene(int delta);

private:
    void refresh();
    void onItemChanged(QListWidgetItem *item);

    SceneCollection &m_scenes;
    QListWidget *m_list;
    bool m_refreshing = false;
};

} // namespace lj
