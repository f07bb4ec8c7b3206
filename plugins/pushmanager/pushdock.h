#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace lj {
}

namespace lj::push {

class PushManager;
class TargetsModel;

/// The push panel: every target with its health, and the controls a host
/// and a technician need (go live, stop, per-target start/stop/reconnect).
class PushDock final : public QWidget {
    Q_OBJECT
public:
    explicit PushDock(PushManager &manager, QWidget *parent = nullptr);

    TargetsModel *model() const { return m_model; }
    void addTarget();
    void editSelected();
    void removeSelected();
    void exportTargets(const QString &path, bool withKeys);
    bool importTargets(const QString &path, QString *error);

private:
    void updateBudget();
    QString selectedId() const;
    void askForKey(const QString &id, const QString &reason);

    PushManager &m_manager;
    TargetsModel *m_model;
    QTableView *m_table;
    QLabel *m_warning;
    QLabel *m_budget; ///< the link budget while live
};

} // namespace lj::push
