#include "filtersdock.h"

#include "core/scenecollection.h"

#include "uiutil.h"

#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace lj {

FiltersPanel::FiltersPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_addMenu(new QMenu(this)), m_add(new QToolButton(this)),
      m_paste(new QToolButton(this))
{
    m_list->setObjectName(QStringLiteral("filtersList"));
    m_list->setToolTip(tr("Applied from the top down. Untick a filter to switch it off; select it to change its settings."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    auto *row = toolRow(this, {
        {QStringLiteral("removeFilter"), QStringLiteral("−"), tr("Remove filter"), [this] { removeSelected(); }},
        {QStringLiteral("filterUp"), QStringLiteral("▲"), tr("Move up"), [this] { moveSelected(OBS_ORDER_MOVE_UP); }},
        {QStringLiteral("filterDown"), QStringLiteral("▼"), tr("Move down"), [this] { moveSelected(OBS_ORDER_MOVE_DOWN); }},
        {QStringLiteral("copyFilters"), tr("Copy"), tr("Copy this source's filters"), [this] { copy(); }},
    });
    m_paste->setObjectName(QStringLiteral("pasteFilters"));
    m_paste->setText(tr("Paste"));
    m_paste->setToolTip(tr("Put copies of the copied filters on this source"));
    m_paste->setEnabled(false);
    connect(m_paste, &QToolButton::clicked, this, [this] { paste(); });
    row->addWidget(m_paste);
    m_add->setObjectName(QStringLiteral("addFilter"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add filter"));
    m_add->setAccessibleName(tr("Add filter"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(m_addMenu);
    m_addMenu->setObjectName(QStringLiteral("addFilterMenu"));
    row->insertWidget(0, m_add);
    layout->addLayout(row);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing)
            Q_EMIT filterSelected(selectedFilter());
    });
    connect(m_list, &QListWidget::itemChanged, this, &FiltersPanel::onItemChanged);
    setSource(nullptr);
}

void FiltersPanel::setSource(obs_source_t *source)
{
    m_source = source;
    fillAddMenu();
    refresh();
}

QStringList FiltersPanel::filterTypes() const
{
    QStringList types;
    if (!m_source)
        return types;
    const uint32_t flags = obs_source_get_output_flags(m_source);
    const char *id = nullptr;
    for (size_t i = 0; obs_enum_filter_types(i, &id); ++i) {
        const uint32_t filterFlags = obs_get_source_output_flags(id);
        if (filterFlags & (OBS_SOURCE_DEPRECATED | OBS_SOURCE_CAP_DISABLED | OBS_SOURCE_CAP_OBSOLETE))
            continue;
        const bool video = (filterFlags & OBS_SOURCE_VIDEO) && (flags & OBS_SOURCE_VIDEO);
        const bool audio = (filterFlags & OBS_SOURCE_AUDIO) && (flags & OBS_SOURCE_AUDIO);
        if ((video || audio) && obs_source_get_display_name(id))
            types << QString::fromUtf8(id);
    }
    return types;
}

void FiltersPanel::fillAddMenu()
{
    m_addMenu->clear();
    for (const QString &type : filterTypes()) {
        const QByteArray id = type.toUtf8();
        QAction *action = m_addMenu->addAction(QString::fromUtf8(obs_source_get_display_name(id.constData())));
        action->setObjectName(QStringLiteral("addFilter_") + type);
        connect(action, &QAction::triggered, this, [this, type] { addFilter(type); });
    }
    m_add->setEnabled(!m_addMenu->isEmpty());
}

void FiltersPanel::refresh()
{
    const obs_source_t *previous = selectedFilter();
    m_refreshing = true;
    m_list->clear();
    m_filters.clear();
    if (m_source)
        obs_source_enum_filters(
            m_source,
            [](obs_source_t *, obs_source_t *filter, void *param) { static_cast<std::vector<OBSSource> *>(param)->emplace_back(filter); },
            &m_filters);
    int select = -1;
    for (const OBSSource &filter : m_filters) {
        const char *type = obs_source_get_display_name(obs_source_get_unversioned_id(filter));
        auto *row = new QListWidgetItem(m_list);
        row->setText(QString::fromUtf8(obs_source_get_name(filter)));
        // A filter whose module is not here stays on the source (and in the file), marked.
        row->setToolTip(type ? QString::fromUtf8(type)
                             : tr("The filter type \"%1\" is not available here; it is kept as it was.")
                                   .arg(QString::fromUtf8(obs_source_get_id(filter))));
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(obs_source_enabled(filter) ? Qt::Checked : Qt::Unchecked);
        if (filter.Get() == previous)
            select = m_list->count() - 1;
    }
    m_list->setCurrentRow(select);
    m_refreshing = false;
    m_paste->setEnabled(m_source && OBSGetStrongRef(m_copied) && OBSGetStrongRef(m_copied).Get() != m_source.Get());
    Q_EMIT filterSelected(selectedFilter());
}

obs_source_t *FiltersPanel::selectedFilter() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_filters.size()) ? m_filters[size_t(row)].Get() : nullptr;
}

obs_source_t *FiltersPanel::addFilter(const QString &typeId)
{
    if (!m_source)
        return nullptr;
    const QByteArray id = typeId.toUtf8();
    const QString base = QString::fromUtf8(obs_source_get_display_name(id.constData()));
    // Names are unique on one source: 色彩校正, 色彩校正 2, ...
    const QString name = SceneCollection::uniqueFilterName(m_source, base);
    OBSSourceAutoRelease filter = obs_source_create(id.constData(), name.toUtf8().constData(), nullptr, nullptr);
    if (!filter) {
        showError(this, tr("The filter \"%1\" could not be created.").arg(base));
        return nullptr;
    }
    obs_source_filter_add(m_source, filter);
    refresh();
    for (size_t i = 0; i < m_filters.size(); ++i)
        if (m_filters[i].Get() == filter.Get())
            m_list->setCurrentRow(int(i));
    return filter;
}

void FiltersPanel::removeSelected()
{
    if (obs_source_t *filter = selectedFilter()) {
        obs_source_filter_remove(m_source, filter);
        refresh();
    }
}

void FiltersPanel::moveSelected(obs_order_movement movement)
{
    if (obs_source_t *filter = selectedFilter()) {
        OBSSource keep = filter;
        obs_source_filter_set_order(m_source, filter, movement);
        refresh();
        for (size_t i = 0; i < m_filters.size(); ++i)
            if (m_filters[i].Get() == keep.Get())
                m_list->setCurrentRow(int(i));
    }
}

void FiltersPanel::copy()
{
    m_copied = OBSGetWeakRef(m_source);
    m_paste->setEnabled(false); // onto another source
}

bool FiltersPanel::paste()
{
    OBSSource from = OBSGetStrongRef(m_copied);
    if (!from || !m_source || from.Get() == m_source.Get())
        return false;
    obs_source_copy_filters(m_source, from);
    refresh();
    return true;
}

void FiltersPanel::onItemChanged(QListWidgetItem *item)
{
    const int row = m_list->row(item);
    if (m_refreshing || row < 0 || row >= int(m_filters.size()))
        return;
    obs_source_set_enabled(m_filters[size_t(row)], item->checkState() == Qt::Checked);
}

} // namespace lj
