// The coaching plugin (复盘): remembers where each recording falls on the
// clock, reviews every show and rehearsal from its recording when it ends,
// and offers the reports — in a window, and to `--report` — through the
// services of the catalog and the push manager only.
#include "catalogservice.h"
#include "clipcutter.h"
#include "clipsdialog.h"
#include "pushservice.h"
#include "recordingindex.h"
#include "shelfservice.h"
#include "reportdocument.h"
#include "reportmaker.h"
#include "reportsdialog.h"
#include "showreviewer.h"

#include "core/plugincontext.h"
#include "core/roomprofile.h"
#include "core/studioplugin.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QWidget>

#include <memory>

namespace lj::coaching {

class CoachingPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "coaching.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &, QString *) override
    {
        return true; // everything it does needs the catalog and the push manager: see dependenciesReady()
    }

    bool dependenciesReady(PluginContext &context, QString *) override
    {
        catalog::CatalogService *catalog = context.service<catalog::CatalogService>();
        const push::PushService *push = context.service<push::PushService>();
        const shelf::ShelfService *shelf = context.service<shelf::ShelfService>();
        if (!catalog || !push || !shelf)
            return false; // the context has the reason
        m_shelf = shelf;
        const QDir dir(context.configDir());
        m_index = std::make_unique<RecordingIndex>(dir.filePath(QStringLiteral("coaching/recordings.json")));
        m_maker = std::make_unique<ReportMaker>(*catalog, *m_index, push);
        m_reviewer = std::make_unique<ShowReviewer>(*catalog, *m_maker, dir.filePath(QStringLiteral("reports")));
        PluginContext *ctx = &context;

        connect(&context, &PluginContext::recordingStarted, this, [this, ctx](const QString &path, qint64 startedAtMs) {
            QString error;
            if (!m_index->add({path, startedAtMs, 0, ctx->room().name}, &error))
                qCWarning(ctx->log()).noquote() << "recording not indexed:" << error;
        });
        connect(&context, &PluginContext::recordingStopped, this, [this, ctx](const QString &path, const QString &) {
            QString error;
            if (!m_index->setEnded(path, QDateTime::currentMSecsSinceEpoch(), &error))
                qCWarning(ctx->log()).noquote() << "recording end not indexed:" << error;
            if (!m_shuttingDown)
                m_reviewer->review(path);
        });
        connect(&context, &PluginContext::onAirChanged, this, [this](bool onAir) {
            if (!onAir)
                m_reviewer->reportEnded();
        });
        connect(m_reviewer.get(), &ShowReviewer::failed, this, [ctx](const QString &message) { qCWarning(ctx->log()).noquote() << message; });
        connect(m_reviewer.get(), &ShowReviewer::reviewed, this, [this, ctx, catalog](qint64 show, const QString &html, const QString &recording) {
            qCInfo(ctx->log()).noquote() << "coaching report of show" << show << "written to" << html;
            if (m_dialog)
                m_dialog->openShow(show);
            else if (show > 0 && !ctx->isHeadless())
                offerReport(*catalog, show, recording);
        });
        m_bitrateKbps = [ctx] { return ctx->room().output.videoBitrateKbps; };
        connect(m_reviewer.get(), &ShowReviewer::reported, this, [ctx](qint64 show, bool ok, const QString &message) {
            if (ok)
                qCInfo(ctx->log()) << "show" << show << "reported to the platform";
            else
                qCWarning(ctx->log()).noquote() << "show" << show << "not reported:" << message;
        });

        // A trainer collects the class's reports (through remote control).
        // Only this room's: several rooms of one computer keep their reports in one folder.
        context.addRemoteRequest(QStringLiteral("GetCoachingReports"), [this, ctx](const QJsonObject &data) -> RemoteReply {
            const int limit = qBound(1, data.value(QStringLiteral("limit")).toInt(1), 20);
            const QString room = ctx->room().name;
            const auto ofThisRoom = [this, &room](const QJsonObject &report) {
                const std::optional<RecordingEntry> recording = m_index->find(report.value(QStringLiteral("recording")).toString());
                return recording && recording->room == room;
            };
            return {true, {}, {{QStringLiteral("reports"), m_reviewer->latestReports(limit, ofThisRoom)}}};
        });
        context.addReportWriter([this](const ReportRequest &request, QString *error) {
            const std::optional<CoachingReport> report = m_maker->make(request.recording, request.showId, error);
            return report && ReportDocument(*report).write(request.out, error);
        });
        context.addClipsWriter([this, ctx](const ClipsRequest &request, const std::function<void(const QString &)> &print, QString *error) {
            return writeClips(request, ctx->room().output.videoBitrateKbps, print, error);
        });
        connect(m_reviewer.get(), &ShowReviewer::chaptersWritten, this, [ctx](const QString &recording, int count) {
            qCInfo(ctx->log()).noquote() << count << "chapters written into" << recording;
        });
        context.addAction({QStringLiteral("tools"), [this, catalog](QObject *parent) {
                               auto *action = new QAction(tr("Coaching reports (复盘)…"), parent);
                               action->setObjectName(QStringLiteral("coachingAction"));
                               connect(action, &QAction::triggered, action, [this, catalog, action] {
                                   openReports(*catalog, qobject_cast<QWidget *>(action->parent()));
                               });
                               return action;
                           }});
        return true;
    }

    void aboutToShutdown(const std::function<void()> &done) override
    {
        // The studio is closing: a recording stopped now is not reviewed (its
        // report can still be made from the reports window later).
        m_shuttingDown = true;
        if (m_reviewer)
            m_reviewer->cancel();
        done();
    }

    void shutdown() override
    {
        delete m_offer.data();
        delete m_clips.data();
        delete m_dialog.data();
        m_reviewer.reset();
        m_maker.reset();
        m_index.reset();
    }

private:
    /// `--clips`: the show's clips from its recording, a line per clip.
    bool writeClips(const ClipsRequest &request, int bitrateKbps, const std::function<void(const QString &)> &print, QString *error)
    {
        ClipCutter::quietLibraries(); // a command's output: the clips, not the encoder's statistics
        ClipCutter cutter(request.recording);
        if (!cutter.open(error))
            return false;
        const QList<ClipSpec> specs = m_maker->clipsOf(request.recording, request.showId, cutter.durationMs(), error);
        if (specs.isEmpty()) {
            if (error->isEmpty())
                *error = tr("No product was explained long enough for a clip while this recording ran.");
            return false;
        }
        ClipOptions options;
        options.exact = request.exact;
        options.portrait = request.portrait;
        options.card = m_shelf->cardArea(); // where the room's shelf shows its cards: kept on a portrait clip
        options.videoBitrateKbps = bitrateKbps;
        int made = 0;
        for (const ClipOutcome &outcome : cutter.cutAll(specs, request.outDir, options, {})) {
            if (outcome.file.isEmpty()) {
                print(tr("No clip of %1: %2").arg(outcome.spec.title, outcome.error));
                continue;
            }
            ++made;
            print(tr("Clip %1: %2 (%3 s)").arg(outcome.spec.number).arg(QDir::toNativeSeparators(outcome.file)).arg(outcome.spec.lengthMs() / 1000.0, 0, 'f', 1));
        }
        if (made < specs.size())
            *error = tr("%1 of %2 clips were made.").arg(made).arg(specs.size());
        return made == specs.size();
    }

    void openReports(catalog::CatalogService &catalog, QWidget *parent)
    {
        if (m_dialog) {
            m_dialog->raise();
            return;
        }
        m_dialog = new ReportsDialog(catalog, *m_maker, parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ReportsDialog::clipsRequested, this, [this](qint64 show, const QString &recording) {
            openClips(show, recording, m_dialog);
        });
        m_dialog->show();
    }

    /// 直播切片 of a show: one window at a time.
    void openClips(qint64 show, const QString &recording, QWidget *parent)
    {
        if (m_clips && m_clips->isCutting()) {
            m_clips->raise(); // one cut at a time
            return;
        }
        delete m_clips.data();
        m_clips = new ClipsDialog(*m_maker, recording, show, m_bitrateKbps(), m_shelf->cardArea(), parent);
        m_clips->setAttribute(Qt::WA_DeleteOnClose);
        m_clips->show();
    }

    /// At the end of a show: its report is ready; one click opens it.
    void offerReport(catalog::CatalogService &catalog, qint64 show, const QString &recording)
    {
        delete m_offer.data();
        const std::optional<catalog::Show> record = catalog.show(show);
        QPointer<QWidget> window = QApplication::activeWindow(); // may close before the host clicks
        m_offer = new QMessageBox(QMessageBox::Information, tr("Coaching report"),
                                  tr("The coaching report of \"%1\" is ready: how long each product was explained, the "
                                     "silences, the loudness of the voice, the orders.")
                                      .arg(record ? record->title : QString()),
                                  QMessageBox::NoButton, window);
        m_offer->setObjectName(QStringLiteral("coachingReady"));
        m_offer->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *open = m_offer->addButton(tr("Open the report"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("coachingOpen"));
        QPushButton *clips = m_offer->addButton(tr("Cut clips (直播切片)…"), QMessageBox::ActionRole);
        clips->setObjectName(QStringLiteral("coachingOfferClips"));
        m_offer->addButton(tr("Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("coachingLater"));
        connect(clips, &QPushButton::clicked, this, [this, show, recording, window] { openClips(show, recording, window); });
        connect(open, &QPushButton::clicked, this, [this, &catalog, show, window] {
            openReports(catalog, window);
            m_dialog->openShow(show);
        });
        m_offer->setModal(false);
        m_offer->show();
    }

    std::unique_ptr<RecordingIndex> m_index;
    std::unique_ptr<ReportMaker> m_maker;
    std::unique_ptr<ShowReviewer> m_reviewer;
    QPointer<ReportsDialog> m_dialog;
    QPointer<QMessageBox> m_offer;
    QPointer<ClipsDialog> m_clips;
    const shelf::ShelfService *m_shelf = nullptr;
    std::function<int()> m_bitrateKbps; ///< the room's, for re-encoded clips
    bool m_shuttingDown = false;
};

} // namespace lj::coaching

#include "coachingplugin.moc"
