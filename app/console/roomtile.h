#pragma once

// One room in the console's grid: its picture, each platform's state, the
// figures that matter (bitrate, dropped frames, CPU, disk), the product
// being explained and today's sales, its alerts, and its actions.

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QHBoxLayout;

namespace lj::console {

class RoomLink;

class RoomTile final : public QFrame {
    Q_OBJECT
public:
    static constexpr int kThumbWidth = 288;
    static constexpr int kThumbHeight = 162;

    explicit RoomTile(RoomLink &link, QWidget *parent = nullptr);
    RoomLink &link() const { return m_link; }

Q_SIGNALS:
    void editRequested();
    void removeRequested();
    /// Stopping a live room asks first: the window owns the question.
    void stopRequested();

private:
    void refresh();
    void refreshPlatforms();

    RoomLink &m_link;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_thumbnail;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QLabel *m_figures;
    QLabel *m_product;
    QLabel *m_sales;
    QLabel *m_alerts;
    QPushButton *m_live;
    QPushButton *m_next;
    QPushButton *m_mute;
    QComboBox *m_scene;
    QToolButton *m_more;
    int m_shownThumbnail = -1;  ///< the link's thumbnail serial on screen
    QString m_shownPlatforms;   ///< what the chips on screen say
};

} // namespace lj::console
