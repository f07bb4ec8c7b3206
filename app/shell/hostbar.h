#pragma once

#include "core/preflight.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace lj {

class GoLive;
class Studio;

/// The host layout's controls under the preview (主播模式): one large
/// 开播 / 下播 button with the time on air, a chip per platform (live,
/// reconnecting, failed — the reason on hover), the plugins' host panels
/// (current product, today's sales), and a line that says what the check
/// before going live found, with "go live anyway" when it only warned.
class HostBar final : public QWidget {
    Q_OBJECT
public:
    HostBar(Studio &studio, GoLive &goLive, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The host asked for the place where a problem is fixed ("dock:<id>", "settings:<id>").
    void fixRequested(const QString &where);

private:
    void updateButton();
    /// Rehearsal (彩排) on or off for the room (not while live).
    void setRehearsal(bool on);
    /// Brings the chips up to date: new and gone platforms rebuild the row,
    /// a changed state only restyles its chip (so a tooltip being read stays).
    void updateChips();
    void showCheck(const QList<PreflightResult> &results, bool blocked);

    Studio &m_studio;
    GoLive &m_goLive;
    QPushButton *m_button;
    QPushButton *m_check;
    QPushButton *m_rehearsal;
    QWidget *m_chips;
    QHBoxLayout *m_chipsLayout;
    QStringList m_chipIds; ///< the platforms the row shows, in order
    QWidget *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_anyway;
    QPushButton *m_fix;
    QString m_fixTarget;
    QLabel *m_link; ///< the uplink's state while live: quality lowered, platforms paused
};

} // namespace lj
