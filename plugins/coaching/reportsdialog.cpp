#include "reportsdialog.h"

#include "backgroundjob.h"
#include "catalogservice.h"
#include "reportdocument.h"
#include "reportmaker.h"

#include <QAudioOutput>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <utility>

namespace lj::coaching {

namespace {
constexpr int kShowRole = Qt::UserRole;
}

ReportsDialog::ReportsDialog(catalog::CatalogService &catalog, const ReportMaker &maker, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_maker(maker), m_shows(new QTreeWidget(this)), m_state(new QLabel(this)),
      m_page(new QTextBrowser(this)), m_video(new QVideoWidget(this)), m_player(new QMediaPlayer(this)),
      m_choose(new QPushButton(tr("Choose the recording…"), this)), m_save(new QPushButton(tr("Save as…"), this)),
      m_clips(new QPushButton(tr("Clips (直播切片)…"), this))
{
    setObjectName(QStringLiteral("coachingReports"));
    setWindowTitle(tr("Coaching reports (复盘)"));
    // A laptop screen of 1366×768 holds it with the taskbar.
    resize(1180, 660);
    m_shows->setObjectName(QStringLiteral("coachingShows"));
    m_shows->setHeaderLabels({tr("Started"), tr("Show"), tr("Kind")});
    m_shows->setRootIsDecorated(false);
    m_shows->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_state->setObjectName(QStringLiteral("coachingState"));
    m_state->setWordWrap(true);
    m_page->setObjectName(QStringLiteral("coachingPage"));
    m_page->setOpenLinks(false);
    m_video->setObjectName(QStringLiteral("coachingReplay"));
    m_video->setMinimumSize(320, 180);
    m_player->setVideoOutput(m_video);
    m_player->setAudioOutput(new QAudioOutput(m_player));
    m_choose->setObjectName(QStringLiteral("coachingChoose"));
    m_save->setObjectName(QStringLiteral("coachingSave"));
    m_save->setEnabled(false);
    m_choose->setEnabled(false);
    m_clips->setObjectName(QStringLiteral("coachingClips"));
    m_clips->setToolTip(tr("One short video per product explained, from the show's recording."));
    m_clips->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_shows, 1);
    leftLayout->addWidget(m_video);
    leftLayout->addWidget(m_state);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_page);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 800});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clips, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_shows, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            makeReport(item->data(0, kShowRole).toLongLong(), {});
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, &ReportsDialog::onLink);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &ReportsDialog::applySeek);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &ReportsDialog::applySeek);
    connect(m_choose, &QPushButton::clicked, this, &ReportsDialog::chooseRecording);
    connect(m_save, &QPushButton::clicked, this, &ReportsDialog::saveAs);
    connect(m_clips, &QPushButton::clicked, this, [this] {
        if (m_report)
            Q_EMIT clipsRequested(m_showId, m_report->recording);
    });
    reloadShows();
}

ReportsDialog::~ReportsDialog() = default;

void ReportsDialog::reloadShows()
{
    m_shows->clear();
    for (const catalog::Show &show : m_catalog.shows(200)) {
        auto *item = new QTreeWidgetItem(m_shows);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(show.startedAtMs).toString(QStringLiteral("MM-dd HH:mm")));
        item->setText(1, show.title);
        item->setText(2, show.kind == catalog::ShowKind::Rehearsal ? tr("Rehearsal") : tr("Live"));
        item->setData(0, kShowRole, show.id);
    }
    if (m_shows->topLevelItemCount() == 0)
        m_state->setText(tr("No show yet. A report is made after every show and rehearsal."));
}

void ReportsDialog::openShow(qint64 showId)
{
    for (int i = 0; i < m_shows->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_shows->topLevelItem(i);
        if (item->data(0, kShowRole).toLongLong() == showId) {
            if (m_shows->currentItem() == item)
                makeReport(showId, {});
            else
                m_shows->setCurrentItem(item);
            return;
        }
    }
}

void ReportsDialog::makeReport(qint64 showId, const QString &chosenRecording)
{
    m_job.reset();
    m_report.reset();
    m_showId = showId;
    m_save->setEnabled(false);
    m_clips->setEnabled(false);
    m_choose->setEnabled(true);
    m_page->clear();
    m_player->stop();
    m_pendingSeekMs = -1;
    const QString recording = chosenRecording.isEmpty() ? m_maker.recordingOf(showId) : chosenRecording;
    if (recording.isEmpty()) {
        m_state->setText(tr("No recording of this show was found. Choose it (the show's backup recording) to make the report."));
        return;
    }
    m_state->setText(tr("Listening to the recording… (a minute of show takes about a tenth of a second)"));
    m_job = std::make_unique<BackgroundJob>(QStringLiteral("coaching analysis"), [this, showId, recording](const std::atomic_bool &cancel) {
        AnalysisOptions options;
        options.cancel = &cancel;
        QString error;
        std::optional<AudioAnalysis> audio = AudioAnalyzer::analyze(recording, options, &error);
        return [this, showId, recording, audio = std::move(audio), error] { analysed(showId, recording, audio, error); };
    });
}

void ReportsDialog::analysed(qint64 showId, const QString &recording, const std::optional<AudioAnalysis> &audio, const QString &error)
{
    m_job.release()->deleteLater(); // its thread has ended; it is inside this call
    QString problem = error;
    if (audio)
        m_report = m_maker.make(recording, showId, *audio, &problem);
    if (!m_report) {
        m_state->setText(problem);
        return;
    }
    m_player->setSource(QUrl::fromLocalFile(recording));
    showReport();
}

void ReportsDialog::showReport()
{
    const ReportDocument document(*m_report);
    document.addCharts(*m_page->document());
    m_page->setHtml(document.html(ReportDocument::Charts::Resources));
    m_state->setText(tr("Click a time in the report to see that moment of the show."));
    m_save->setEnabled(true);
    m_clips->setEnabled(m_showId > 0);
}

void ReportsDialog::chooseRecording()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("The show's recording"), QString(),
                                                      tr("Recordings (*.mp4 *.mkv *.flv *.mov);;All files (*)"));
    if (!file.isEmpty())
        makeReport(m_showId, file);
}

void ReportsDialog::saveAs()
{
    if (!m_report)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the report"), QDir::home().filePath(m_report->title + QStringLiteral(".pdf")),
                                                      tr("PDF for printing (*.pdf);;Web page (*.html);;Data for programs (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!ReportDocument(*m_report).write(file, &error))
        m_state->setText(error);
    else
        m_state->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(file)));
}

void ReportsDialog::onLink(const QUrl &url)
{
    // "#t=12.5": a moment of the recording.
    const QString fragment = url.fragment();
    if (!fragment.startsWith(QLatin1String("t=")))
        return;
    bool ok = false;
    const double seconds = fragment.mid(2).toDouble(&ok);
    if (!ok)
        return;
    m_pendingSeekMs = qint64(seconds * 1000.0);
    applySeek();
    m_player->play();
}

void ReportsDialog::applySeek()
{
    // A seek asked for before the recording is open would be lost: it waits.
    if (m_pendingSeekMs < 0 || !m_player->isSeekable())
        return;
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
    case QMediaPlayer::EndOfMedia:
        m_player->setPosition(std::exchange(m_pendingSeekMs, -1));
        break;
    default:
        break;
    }
}

qint64 ReportsDialog::replayPosition() const
{
    return m_player->position();
}

} // namespace lj::coaching
