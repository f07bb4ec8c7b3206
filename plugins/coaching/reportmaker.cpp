#include "reportmaker.h"

#include "catalogservice.h"
#include "pushservice.h"

#include <QDateTime>
#include <QFileInfo>

#include <cmath>

namespace lj::coaching {

Placement ReportMaker::place(const QString &recording, double durationSec) const
{
    if (const std::optional<RecordingEntry> known = m_index.find(recording)) {
        const qint64 end = known->endedAtMs > 0 ? known->endedAtMs : known->startedAtMs + qint64(durationSec * 1000.0);
        return {known->startedAtMs, end, tr("The show was placed on the recording by the studio's record of when it started.")};
    }
    const qint64 end = QFileInfo(recording).lastModified().toMSecsSinceEpoch();
    return {end - qint64(std::llround(durationSec * 1000.0)), end,
            tr("The studio has no record of this recording: the show was placed on it by the file's time, which may be "
               "a few seconds off.")};
}

qint64 ReportMaker::showDuring(const Placement &placement) const
{
    qint64 best = 0;
    qint64 bestOverlap = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const catalog::Show &show : m_catalog.shows(200)) {
        const qint64 overlap = std::min(placement.endedAtMs, show.endedAtMs > 0 ? show.endedAtMs : now) -
                               std::max(placement.startedAtMs, show.startedAtMs);
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = show.id;
        }
    }
    return best;
}

std::optional<ShowFacts> ReportMaker::facts(qint64 showId, qint64 recordingStartedAtMs, QString *error) const
{
    const std::optional<catalog::Show> show = m_catalog.show(showId);
    if (!show) {
        *error = tr("There is no show record %1.").arg(showId);
        return std::nullopt;
    }
    ShowFacts f;
    f.showId = show->id;
    f.rehearsal = show->kind == catalog::ShowKind::Rehearsal;
    f.title = show->title;
    f.startedAtMs = show->startedAtMs;
    f.endedAtMs = show->endedAtMs;
    f.recordingStartedAtMs = recordingStartedAtMs;
    if (const std::optional<catalog::Rundown> rundown = show->rundownId > 0 ? m_catalog.rundown(show->rundownId) : std::nullopt)
        f.plan = rundown->items;
    f.explanations = m_catalog.explanations(showId);
    f.orders = m_catalog.orders(showId, 0);
    auto title = [this, &f](const QString &code) {
        if (!f.titles.contains(code))
            if (const std::optional<catalog::Product> p = m_catalog.product(code))
                f.titles.insert(code, p->title);
    };
    for (const catalog::RundownItem &item : std::as_const(f.plan))
        title(item.productCode);
    for (const auto &[code, start, end] : std::as_const(f.explanations))
        title(code);
    return f;
}

QString ReportMaker::recordingOf(qint64 showId) const
{
    const std::optional<catalog::Show> show = m_catalog.show(showId);
    if (!show)
        return {};
    const std::optional<RecordingEntry> entry = m_index.during(show->startedAtMs, show->endedAtMs);
    return entry ? entry->path : QString();
}

QList<Chapter> ReportMaker::chaptersOf(const QString &recording) const
{
    const std::optional<RecordingEntry> known = m_index.find(recording);
    if (!known)
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 showId = showDuring({known->startedAtMs, known->endedAtMs > 0 ? known->endedAtMs : now, {}});
    const std::optional<catalog::Show> show = showId > 0 ? m_catalog.show(showId) : std::nullopt;
    if (!show)
        return {};
    return Chapters::fromShow(known->startedAtMs, show->endedAtMs, now, m_catalog.explanations(showId), [this](const QString &code) {
        const std::optional<catalog::Product> product = m_catalog.product(code);
        return product ? product->title : QString();
    });
}

QList<ClipSpec> ReportMaker::clipsOf(const QString &recording, qint64 showId, qint64 recordingMs, QString *error) const
{
    const Placement placement = place(recording, double(recordingMs) / 1000.0);
    const qint64 show = showId > 0 ? showId : showDuring(placement);
    const std::optional<ShowFacts> found = show > 0 ? facts(show, placement.startedAtMs, error) : std::nullopt;
    if (!found) {
        if (show <= 0)
            *error = tr("No show record matches this recording: there is nothing to cut it by. Name the show with --show.");
        return {};
    }
    QStringList planned;
    for (const catalog::RundownItem &item : found->plan)
        planned << item.productCode;
    return ClipPlan::make(found->explanations, placement.startedAtMs, recordingMs, planned,
                          [&found](const QString &code) { return found->titles.value(code); });
}

std::optional<CoachingReport> ReportMaker::make(const QString &recording, qint64 showId, QString *error) const
{
    const std::optional<AudioAnalysis> audio = AudioAnalyzer::analyze(recording, {}, error);
    if (!audio)
        return std::nullopt;
    return make(recording, showId, *audio, error);
}

std::optional<CoachingReport> ReportMaker::make(const QString &recording, qint64 showId, const AudioAnalysis &audio,
                                                QString *error) const
{
    const Placement placement = place(recording, audio.durationSec);
    const qint64 show = showId > 0 ? showId : showDuring(placement);
    ShowFacts facts;
    if (show > 0) {
        std::optional<ShowFacts> found = this->facts(show, placement.startedAtMs, error);
        if (!found)
            return std::nullopt;
        facts = *found;
    } else {
        facts.title = QFileInfo(recording).completeBaseName();
        facts.recordingStartedAtMs = placement.startedAtMs;
    }
    if (m_push)
        facts.health = m_push->healthHistory(placement.startedAtMs, placement.endedAtMs);
    CoachingReport report = CoachingReport::build(facts, audio);
    report.recording = QFileInfo(recording).absoluteFilePath();
    report.placement = show > 0 ? placement.how : tr("No show record matches this recording: the report is of the sound alone.");
    return report;
}

} // namespace lj::coaching
