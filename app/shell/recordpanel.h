#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace lj {

class Studio;

/// The record button and the time recorded so far.
class RecordPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RecordPanel(Studio &studio, QWidget *parent = nullptr);
    void toggle();

private:
    void update();

    Studio &m_studio;
    QPushButton *m_button;
    QLabel *m_elapsed;
    QLabel *m_file;
    QTimer *m_tick;
};

} // namespace lj
