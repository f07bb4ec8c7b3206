#pragma once

// Gathers what a coaching report is made of: the show record from the
// catalog's service, the recording's place on the wall clock, the sound's
// analysis. The catalog is asked on the Qt thread; the analysis (seconds for
// an hour's show) can run on any thread.

#include "audioanalysis.h"
#include "clipplan.h"
#include "core/chapters.h"
#include "coachingreport.h"
#include "recordingindex.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lj::catalog {
class CatalogService;
}
namespace lj::push {
class PushService;
}

namespace lj::coaching {

/// Where a recording's second 0 falls on the wall clock.
struct Placement {
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0;
    QString how; ///< in plain words: from the studio's record, or from the file's time
};

class ReportMaker final {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::ReportMaker)
public:
    /// `push` may be null: the report then has no stream health.
    ReportMaker(catalog::CatalogService &catalog, const RecordingIndex &index, const push::PushService *push)
        : m_catalog(catalog), m_index(index), m_push(push)
    {
    }

    /// From the studio's record of the recording; else from the file's last
    /// change less its length (`durationSec`), which is close for a file the
    /// studio wrote and nobody touched since.
    Placement place(const QString &recording, double durationSec) const;
    /// The show that ran while the recording was made (0: none did).
    qint64 showDuring(const Placement &placement) const;
    /// The show's facts, placed on a recording that began at `recordingStartedAtMs`.
    std::optional<ShowFacts> facts(qint64 showId, qint64 recordingStartedAtMs, QString *error) const;
    /// The recording made during the show (empty: none is known).
    QString recordingOf(qint64 showId) const;
    /// The products explained while the studio made `recording`, as its
    /// chapters (empty: the studio has no record of it, or no show ran).
    QList<Chapter> chaptersOf(const QString &recording) const;
    /// One clip per product explanation of the show on the recording
    /// (`showId` 0: the one that ran while it was made), `recordingMs` long;
    /// rundown products never explained come with their problem. Empty, with
    /// `error`, when no show matches.
    QList<ClipSpec> clipsOf(const QString &recording, qint64 showId, qint64 recordingMs, QString *error) const;

    /// All of it, on the calling thread: analysis, placement, the show
    /// (`showId` 0: the one that ran meanwhile; none: the sound alone).
    std::optional<CoachingReport> make(const QString &recording, qint64 showId, QString *error) const;
    /// The report once the analysis is done (on the Qt thread).
    std::optional<CoachingReport> make(const QString &recording, qint64 showId, const AudioAnalysis &audio, QString *error) const;

private:
    catalog::CatalogService &m_catalog;
    const RecordingIndex &m_index;
    const push::PushService *m_push;
};

} // namespace lj::coaching
