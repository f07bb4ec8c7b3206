#include "windowlayout.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>

namespace lj {

WindowLayout::WindowLayout(QMainWindow &window, QWidget &hostBar, QObject *parent)
    : QObject(parent), m_window(window), m_hostBar(hostBar)
{
}

QString WindowLayout::key(Mode mode)
{
    return mode == Mode::Host ? QStringLiteral("host") : QStringLiteral("technician");
}

WindowLayout::Mode WindowLayout::fromKey(const QString &key)
{
    return key == QLatin1String("technician") ? Mode::Technician : Mode::Host;
}

void WindowLayout::setMode(Mode mode)
{
    const QList<QDockWidget *> docks = m_window.findChildren<QDockWidget *>();
    if (mode == Mode::Host) {
        if (m_mode == Mode::Technician)
            m_technicianState = m_window.saveState();
        for (QDockWidget *dock : docks)
            dock->hide();
        m_hostBar.show();
    } else {
        m_hostBar.hide();
        if (m_technicianState.isEmpty() || !m_window.restoreState(m_technicianState))
            resetTechnician();
        else
            for (QDockWidget *dock : docks) // restoreState keeps hidden what host mode hid
                dock->show();
    }
    const bool changed = mode != m_mode;
    m_mode = mode;
    if (changed)
        Q_EMIT modeChanged(mode);
}

void WindowLayout::showDock(const QString &id)
{
    if (auto *dock = m_window.findChild<QDockWidget *>(id)) {
        setMode(Mode::Technician);
        dock->show();
        dock->raise();
    }
}

void WindowLayout::fitToScreen()
{
    const QScreen *screen = m_window.screen() ? m_window.screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    m_window.layout()->activate(); // the minimum of what is shown now, not of what was
    const QRect available = screen->availableGeometry();
    const QSize frame = m_window.frameGeometry().size() - m_window.geometry().size();
    m_window.resize(m_window.size().boundedTo(available.size() - frame));
    if (!available.contains(m_window.frameGeometry()))
        m_window.move(available.topLeft());
}

void WindowLayout::resetTechnician()
{
    // One tab group on the right, one along the bottom: whatever the number of
    // plugin docks, the window's minimum stays inside a laptop screen.
    QDockWidget *right = nullptr, *bottom = nullptr;
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = m_window.dockWidgetArea(dock) == Qt::BottomDockWidgetArea ? Qt::BottomDockWidgetArea
                                                                                                 : Qt::RightDockWidgetArea;
        QDockWidget *&first = area == Qt::BottomDockWidgetArea ? bottom : right;
        dock->setFloating(false);
        m_window.addDockWidget(area, dock);
        if (first)
            m_window.tabifyDockWidget(first, dock);
        else
            first = dock;
        dock->show();
    }
    if (right)
        right->raise();
    if (bottom)
        bottom->raise();
}

} // namespace lj
