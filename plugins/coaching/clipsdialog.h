#pragma once

// 直播切片: one clip per product explained in a show, cut from its recording
// in the background with progress and cancel — fast (stream copy from the
// keyframe before) or exact, landscape or 9:16 portrait.

#include "clipcutter.h"
#include "clipplan.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lj::coaching {

class BackgroundJob;
class ReportMaker;

class ClipsDialog final : public QDialog {
    Q_OBJECT
public:
    /// The clips of `showId` (0: the show that ran while it was made) from `recording`.
    /// `card`: where the product cards are on the recording's picture (kept on portrait clips).
    ClipsDialog(const ReportMaker &maker, const QString &recording, qint64 showId, int bitrateKbps, QRectF card,
                QWidget *parent = nullptr);
    ~ClipsDialog() override;

    bool isCutting() const { return m_job != nullptr; }
    QList<ClipOutcome> outcomes() const { return m_outcomes; }

Q_SIGNALS:
    /// Every chosen clip has been tried (or the cut was cancelled).
    void cutFinished();

private:
    void plan();
    void start();
    void cancel();
    void progressed(int clip, double fraction);
    void done(const QList<ClipOutcome> &outcomes);
    void chooseFolder();
    void reject() override;

    const ReportMaker &m_maker;
    QString m_recording;
    qint64 m_showId;
    int m_bitrateKbps;
    QRectF m_card;
    QList<ClipSpec> m_specs;
    QList<ClipOutcome> m_outcomes;
    int m_cutting = 0; ///< how many clips the running cut has
    QTreeWidget *m_list;
    QLineEdit *m_folder;
    QCheckBox *m_exact;
    QCheckBox *m_portrait;
    QProgressBar *m_progress;
    QLabel *m_state;
    QPushButton *m_cut;
    QPushButton *m_cancel;
    QPushButton *m_open;
    std::unique_ptr<BackgroundJob> m_job;
};

} // namespace lj::coaching
