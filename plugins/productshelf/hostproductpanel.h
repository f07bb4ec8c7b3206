#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lj::shelf {

class ShelfController;

/// The product shelf's part of the host layout: the product being explained
/// and 上一个 / 下一个, big enough to hit without looking.
class HostProductPanel final : public QWidget {
    Q_OBJECT
public:
    explicit HostProductPanel(ShelfController &controller, QWidget *parent = nullptr);

private:
    void refresh();

    ShelfController &m_controller;
    QLabel *m_product;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace lj::shelf
