#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace lj::catalog {
class CatalogService;
}

namespace lj::example {

/// Today's rundown (or the newest), one line per product with its live
/// price and stock, kept up to date as the catalog changes.
class TodayRundownDock final : public QWidget {
    Q_OBJECT
public:
    explicit TodayRundownDock(catalog::CatalogService &catalog, QWidget *parent = nullptr);

    void refresh();

private:
    catalog::CatalogService &m_catalog;
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace lj::example
