#pragma once

// 复盘: the list of shows and rehearsals; a click shows the coaching report
// with its charts, and the replay jumps to a silence or a product when one
// is clicked. Save as PDF / HTML / JSON.

#include "coachingreport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QMediaPlayer;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QUrl;
class QVideoWidget;

namespace lj::catalog {
class CatalogService;
}

namespace lj::coaching {

class BackgroundJob;
class ReportMaker;

class ReportsDialog final : public QDialog {
    Q_OBJECT
public:
    ReportsDialog(catalog::CatalogService &catalog, const ReportMaker &maker, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    /// Selects the show and opens its report.
    void openShow(qint64 showId);
    /// The report on screen, once made.
    const std::optional<CoachingReport> &report() const { return m_report; }
    /// Where the replay stands (ms).
    qint64 replayPosition() const;

Q_SIGNALS:
    /// The host asked for the clips (直播切片) of the show on screen.
    void clipsRequested(qint64 showId, const QString &recording);

private:
    void reloadShows();
    void makeReport(qint64 showId, const QString &recording);
    void analysed(qint64 showId, const QString &recording, const std::optional<AudioAnalysis> &audio, const QString &error);
    void showReport();
    void chooseRecording();
    void saveAs();
    void onLink(const QUrl &url);
    void applySeek();

    catalog::CatalogService &m_catalog;
    const ReportMaker &m_maker;
    QTreeWidget *m_shows;
    QLabel *m_state;
    QTextBrowser *m_page;
    QVideoWidget *m_video;
    QMediaPlayer *m_player;
    QPushButton *m_choose;
    QPushButton *m_save;
    QPushButton *m_clips;
    std::unique_ptr<BackgroundJob> m_job;
    std::optional<CoachingReport> m_report;
    qint64 m_showId = 0;
    qint64 m_pendingSeekMs = -1; ///< a clicked moment, until the recording can seek
};

} // namespace lj::coaching
