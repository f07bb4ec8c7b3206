#pragma once

#include "core/obsptr.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QMenu;
class QToolButton;

namespace lj {

/// The filters of the selected source (美颜, chroma key, colour correction,
/// noise suppression...), top one first as libobs applies them: add one by
/// its name, remove, reorder, switch on and off, copy them all and paste
/// them onto another source. Selecting one shows its settings (filterSelected).
/// Filters are saved with the room's scenes (libobs keeps them on the source).
class FiltersPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FiltersPanel(QWidget *parent = nullptr);

    /// Whose filters are shown (null: nobody's).
    void setSource(obs_source_t *source);
    obs_source_t *source() const { return m_source; }
    /// Adds a filter of libobs type `typeId`, named by its type, and selects it.
    obs_source_t *addFilter(const QString &typeId);
    void removeSelected();
    void moveSelected(obs_order_movement movement);
    /// Remembers this source's filters; paste() puts copies of them on the source shown then.
    void copy();
    bool paste();
    obs_source_t *selectedFilter() const;
    /// The filter types that suit the source shown (video filters for a picture, audio ones for sound).
    QStringList filterTypes() const;

Q_SIGNALS:
    void filterSelected(obs_source_t *filter);

private:
    void refresh();
    void fillAddMenu();
    void onItemChanged(QListWidgetItem *item);

    OBSSource m_source;
    OBSWeakSource m_copied;
    std::vector<OBSSource> m_filters; ///< rows, first applied first
    QListWidget *m_list;
    QMenu *m_addMenu;
    QToolButton *m_add;
    QToolButton *m_paste;
    bool m_refreshing = false;
};

} // namespace lj
