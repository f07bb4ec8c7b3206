#pragma once

#include <QObject>

class QMainWindow;
class QWidget;

namespace lj {

/// The window's two layouts, switched in one place and remembered per room:
/// 主播模式 (host) — the preview and the host bar, nothing else — and
/// 专业模式 (technician) — every dock, tabbed so that all of them fit a
/// 1366×768 laptop screen, with "reset layout".
class WindowLayout final : public QObject {
    Q_OBJECT
public:
    enum class Mode { Host, Technician };

    WindowLayout(QMainWindow &window, QWidget &hostBar, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// Every dock back in its tab group, all shown (technician layout).
    void resetTechnician();
    /// The technician layout with dock `id` in front (where a fix is made).
    void showDock(const QString &id);
    /// Never larger than the screen's available area, for what is shown now.
    void fitToScreen();
    static QString key(Mode mode);
    static Mode fromKey(const QString &key);

Q_SIGNALS:
    void modeChanged(lj::WindowLayout::Mode mode);

private:
    QMainWindow &m_window;
    QWidget &m_hostBar;
    Mode m_mode = Mode::Technician;
    QByteArray m_technicianState; ///< the docks as the technician left them
};

} // namespace lj
