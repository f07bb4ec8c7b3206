#include "showreviewer.h"

#include "backgroundjob.h"
#include "chapterwriter.h"
#include "catalogservice.h"
#include "reportdocument.h"
#include "reportmaker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>

namespace lj::coaching {

ShowReviewer::ShowReviewer(catalog::CatalogService &catalog, const ReportMaker &maker, QString reportsDir, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_maker(maker), m_reportsDir(std::move(reportsDir))
{
}

ShowReviewer::~ShowReviewer()
{
    cancel();
}

void ShowReviewer::cancel()
{
    m_queue.clear();
    m_job.reset();
}

void ShowReviewer::review(const QString &recording)
{
    m_queue << recording;
    if (!m_job)
        startNext();
}

void ShowReviewer::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QString recording = m_queue.takeFirst();
    // The show's products as chapters of the recording first (it is copied
    // into a new file), then the analysis reads the file with them.
    const QList<Chapter> chapters = m_maker.chaptersOf(recording);
    m_job = std::make_unique<BackgroundJob>(QStringLiteral("coaching review"), [this, recording, chapters](const std::atomic_bool &cancel) {
        QString chapterError;
        if (!chapters.isEmpty())
            ChapterWriter::write(recording, chapters, &chapterError, &cancel);
        AnalysisOptions options;
        options.cancel = &cancel;
        QString error;
        std::optional<AudioAnalysis> audio = AudioAnalyzer::analyze(recording, options, &error);
        return [this, recording, audio = std::move(audio), error, chapterError, count = chapters.size()] {
            if (!chapterError.isEmpty())
                Q_EMIT failed(chapterError);
            else if (count > 0)
                Q_EMIT chaptersWritten(recording, int(count));
            finish(recording, audio, error);
        };
    });
}

QString ShowReviewer::reportFile(const CoachingReport &report, const QString &suffix) const
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(report.startedAtMs > 0 ? report.startedAtMs : QDateTime::currentMSecsSinceEpoch())
                              .toString(QStringLiteral("yyyy-MM-dd_HH-mm"));
    // Named after the recording too: two rooms of one computer can record the same show.
    const QString made = report.recording.isEmpty() ? stamp : QFileInfo(report.recording).completeBaseName();
    const QString name = report.showId > 0 ? QStringLiteral("show-%1_%2").arg(report.showId).arg(made)
                                           : QFileInfo(report.recording).completeBaseName();
    return QDir(m_reportsDir).filePath(name + QLatin1Char('.') + suffix);
}

QJsonArray ShowReviewer::latestReports(int limit, const std::function<bool(const QJsonObject &report)> &keep) const
{
    QJsonArray found;
    const QFileInfoList files = QDir(m_reportsDir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &json : files) {
        if (found.size() >= limit)
            break;
        QFile jsonFile(json.absoluteFilePath()), htmlFile(json.absolutePath() + QLatin1Char('/') + json.completeBaseName() + QStringLiteral(".html"));
        if (!jsonFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        if (report.isEmpty() || !keep(report))
            continue; // being written, damaged, or not asked for
        found.append(QJsonObject{{QStringLiteral("file"), json.completeBaseName()},
                                 {QStringLiteral("showId"), report.value(QStringLiteral("show"))},
                                 {QStringLiteral("report"), report},
                                 {QStringLiteral("html"), htmlFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(htmlFile.readAll()) : QString()}});
    }
    return found;
}

void ShowReviewer::finish(const QString &recording, const std::optional<AudioAnalysis> &audio, const QString &analysisError)
{
    m_job.release()->deleteLater(); // its thread has ended; it is inside this call
    // Whatever happens to this one, the next in line goes on.
    auto next = qScopeGuard([this] { startNext(); });
    if (!audio) {
        Q_EMIT failed(tr("The coaching report of %1 could not be made: %2").arg(QDir::toNativeSeparators(recording), analysisError));
        return;
    }
    QString error;
    const std::optional<CoachingReport> report = m_maker.make(recording, 0, *audio, &error);
    if (!report) {
        Q_EMIT failed(tr("The coaching report of %1 could not be made: %2").arg(QDir::toNativeSeparators(recording), error));
        return;
    }
    if (report->showId > 0) {
        QHash<QString, double> talk;
        for (const ProductReport &p : report->products)
            talk[p.code] += p.talkSeconds;
        if (!m_catalog.setTalkTimes(report->showId, talk, &error))
            Q_EMIT failed(tr("The talk times could not be written to the show record: %1").arg(error));
    }
    QDir().mkpath(m_reportsDir);
    const ReportDocument document(*report);
    const QString html = reportFile(*report, QStringLiteral("html"));
    if (!document.write(html, &error) || !document.write(reportFile(*report, QStringLiteral("json")), &error)) {
        Q_EMIT failed(tr("The coaching report could not be saved: %1").arg(error));
        return;
    }
    Q_EMIT reviewed(report->showId, html, recording);

    if (report->showId > 0 && !m_awaitingEnd.contains(report->showId))
        m_awaitingEnd << report->showId;
    reportEnded();
}

void ShowReviewer::reportEnded()
{
    // The platform hears of a show once it has ended; of a rehearsal, never.
    for (qsizetype i = m_awaitingEnd.size() - 1; i >= 0; --i) {
        const std::optional<catalog::Show> show = m_catalog.show(m_awaitingEnd[i]);
        if (show && show->endedAtMs == 0)
            continue; // still running
        m_awaitingEnd.removeAt(i);
        if (!show || show->kind != catalog::ShowKind::Live || show->reportedAtMs > 0 || !m_catalog.hasPlatform())
            continue;
        const qint64 id = show->id;
        m_catalog.reportShow(id, this, [this, id](bool ok, const QString &message) { Q_EMIT reported(id, ok, message); });
    }
}

} // namespace lj::coaching
