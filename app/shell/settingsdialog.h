#pragma once

#include <QDialog>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace lj {

class SettingsPage;
class Studio;

/// The studio's settings: general, room (video and output), hotkeys, plugins,
/// and every page a plugin contributes.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Studio &studio, QWidget *parent = nullptr);
    /// Applies every page; stays open and says why if one refuses.
    bool applyAll();
    void accept() override;

private:
    void addPage(const QString &title, SettingsPage *page);

    QListWidget *m_list;
    QStackedWidget *m_stack;
    std::vector<SettingsPage *> m_pages;
};

} // namespace lj
