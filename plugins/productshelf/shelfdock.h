#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace lj::shelf {

class ShelfController;

/// The host's remote for the shelf: pick the show's rundown, move to the
/// next or previous product or any one of them, start an offer countdown,
/// start or end the show record, and copy the replay's chapters.
class ShelfDock final : public QWidget {
    Q_OBJECT
public:
    explicit ShelfDock(ShelfController &controller, QWidget *parent = nullptr);

private:
    void reloadRundowns();
    void refresh();
    void copyChapters();

    ShelfController &m_controller;
    QComboBox *m_rundown;
    QListWidget *m_products;
    QPushButton *m_previous;
    QPushButton *m_next;
    QSpinBox *m_minutes;
    QPushButton *m_countdown;
    QLabel *m_show;
    QPushButton *m_showButton;
    QPushButton *m_chapters;
    QLabel *m_problem;
};

} // namespace lj::shelf
