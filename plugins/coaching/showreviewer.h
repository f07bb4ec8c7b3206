#pragma once

// After every show and rehearsal (复盘): the products explained become
// chapters of its recording, the recording is analysed off the Qt thread,
// the report is written to the reports folder, the talk time per product
// goes into the show record, and a show (never a rehearsal) is reported to
// the province platform with it.

#include "audioanalysis.h"
#include "coachingreport.h"

#include <QJsonArray>
#include <QObject>

#include <functional>
#include <QString>
#include <QStringList>

#include <memory>

namespace lj::catalog {
class CatalogService;
}

namespace lj::coaching {

class BackgroundJob;
class ReportMaker;

class ShowReviewer final : public QObject {
    Q_OBJECT
public:
    ShowReviewer(catalog::CatalogService &catalog, const ReportMaker &maker, QString reportsDir, QObject *parent = nullptr);
    ~ShowReviewer() override;

    /// Reviews the recording that just ended (one at a time; a second waits for the first).
    void review(const QString &recording);
    /// Reports the reviewed shows that have ended since (called at 下播).
    void reportEnded();
    /// Stops an analysis under way and waits for its thread.
    void cancel();
    bool isBusy() const { return m_job != nullptr; }
    QString reportsDir() const { return m_reportsDir; }
    /// The newest `limit` reports written that `keep` accepts (by their JSON),
    /// each {"file", "showId", "report" (the JSON), "html"} — for a trainer collecting them.
    QJsonArray latestReports(int limit, const std::function<bool(const QJsonObject &report)> &keep) const;
    /// The report file a show's review is written to (`suffix`: html, json).
    QString reportFile(const CoachingReport &report, const QString &suffix) const;

Q_SIGNALS:
    /// The report is written (`htmlPath`) and the show record has its talk times.
    void reviewed(qint64 showId, const QString &htmlPath, const QString &recording);
    /// The show's report reached the platform, or did not (`message` says why, in plain words).
    void reported(qint64 showId, bool ok, const QString &message);
    void failed(const QString &message);
    /// The show's products are chapters of its recording now.
    void chaptersWritten(const QString &recording, int count);

private:
    void finish(const QString &recording, const std::optional<AudioAnalysis> &audio, const QString &error);
    void startNext();

    catalog::CatalogService &m_catalog;
    const ReportMaker &m_maker;
    QString m_reportsDir;
    std::unique_ptr<BackgroundJob> m_job;
    QStringList m_queue;
    QList<qint64> m_awaitingEnd; ///< reviewed shows still running: reported once they end
};

} // namespace lj::coaching
