#include "clipsdialog.h"

#include "backgroundjob.h"
#include "reportmaker.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/chapters.h"

namespace lj::coaching {

namespace {
constexpr int kSpecRole = Qt::UserRole;
}

ClipsDialog::ClipsDialog(const ReportMaker &maker, const QString &recording, qint64 showId, int bitrateKbps, QRectF card,
                         QWidget *parent)
    : QDialog(parent), m_maker(maker), m_recording(recording), m_showId(showId), m_bitrateKbps(bitrateKbps), m_card(card),
      m_list(new QTreeWidget(this)), m_folder(new QLineEdit(this)), m_exact(new QCheckBox(tr("Exact cuts (re-encoded: slower)"), this)),
      m_portrait(new QCheckBox(tr("Portrait 9:16 for 抖音 / 快手 / 视频号 (re-encoded)"), this)), m_progress(new QProgressBar(this)),
      m_state(new QLabel(this)), m_cut(new QPushButton(tr("Cut the clips"), this)), m_cancel(new QPushButton(tr("Stop"), this)),
      m_open(new QPushButton(tr("Open the folder"), this))
{
    setObjectName(QStringLiteral("clipsDialog"));
    setWindowTitle(tr("Clips of the show (直播切片)"));
    resize(880, 560); // a 1366×768 laptop holds it
    m_list->setObjectName(QStringLiteral("clipsList"));
    m_list->setHeaderLabels({tr("Product"), tr("From"), tr("Length"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_folder->setObjectName(QStringLiteral("clipsFolder"));
    m_folder->setText(QFileInfo(recording).absoluteDir().filePath(QFileInfo(recording).completeBaseName() + QStringLiteral("-clips")));
    m_exact->setObjectName(QStringLiteral("clipsExact"));
    m_exact->setToolTip(tr("Fast cuts copy the recording from the keyframe before each explanation (up to 2 seconds "
                           "early) and take seconds; exact cuts start on the explanation's frame."));
    m_portrait->setObjectName(QStringLiteral("clipsPortrait"));
    m_progress->setObjectName(QStringLiteral("clipsProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_state->setObjectName(QStringLiteral("clipsState"));
    m_state->setWordWrap(true);
    m_cut->setObjectName(QStringLiteral("clipsCut"));
    m_cut->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("clipsCancel"));
    m_cancel->setEnabled(false);
    m_open->setObjectName(QStringLiteral("clipsOpen"));
    m_open->setEnabled(false);

    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Recording:"), new QLabel(QDir::toNativeSeparators(recording), this));
    form->addRow(tr("Save to:"), folderRow);
    form->addRow(QString(), m_exact);
    form->addRow(QString(), m_portrait);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cut, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &ClipsDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ClipsDialog::chooseFolder);
    connect(m_cut, &QPushButton::clicked, this, &ClipsDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ClipsDialog::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    plan();
}

ClipsDialog::~ClipsDialog() = default;

void ClipsDialog::plan()
{
    QString error;
    ClipCutter probe(m_recording);
    if (probe.open(&error))
        m_specs = m_maker.clipsOf(m_recording, m_showId, probe.durationMs(), &error);
    m_list->clear();
    for (int i = 0; i < m_specs.size(); ++i) {
        const ClipSpec &spec = m_specs[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kSpecRole, i);
        item->setText(0, spec.title);
        if (!spec.problem.isEmpty()) {
            item->setText(3, spec.problem);
            item->setToolTip(3, spec.problem);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            continue;
        }
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setText(1, Chapters::timestamp(spec.startMs, spec.startMs >= 3600 * 1000));
        item->setText(2, Chapters::timestamp(spec.lengthMs(), false));
        item->setText(3, spec.fileName);
    }
    const bool any = std::any_of(m_specs.cbegin(), m_specs.cend(), [](const ClipSpec &s) { return s.problem.isEmpty(); });
    m_cut->setEnabled(any);
    if (!error.isEmpty())
        m_state->setText(error);
    else if (!any)
        m_state->setText(tr("No product was explained long enough for a clip while this recording ran."));
    else
        m_state->setText(tr("One clip per product explained. Untick the ones you do not want."));
}

void ClipsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the clips to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ClipsDialog::start()
{
    QList<ClipSpec> chosen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(0) == Qt::Checked)
            chosen << m_specs[item->data(0, kSpecRole).toInt()];
    }
    if (chosen.isEmpty()) {
        m_state->setText(tr("Tick at least one clip."));
        return;
    }
    ClipOptions options;
    options.exact = m_exact->isChecked();
    options.portrait = m_portrait->isChecked();
    options.videoBitrateKbps = m_bitrateKbps;
    options.card = m_card;
    const QString folder = m_folder->text();
    m_cut->setEnabled(false);
    m_cancel->setEnabled(true);
    m_open->setEnabled(false);
    m_progress->setValue(0);
    m_cutting = int(chosen.size());
    m_state->setText(tr("Cutting the clips (%1)…").arg(m_cutting));
    QPointer<ClipsDialog> self(this);
    m_job = std::make_unique<BackgroundJob>(QStringLiteral("clips"), [self, recording = m_recording, chosen, folder, options](const std::atomic_bool &cancel) {
        ClipCutter cutter(recording);
        const int total = int(chosen.size());
        int shown = -1;
        QList<ClipOutcome> outcomes = cutter.cutAll(chosen, folder, options, [&](int clip, double fraction) {
            const int permille = int((clip + fraction) * 1000.0 / total);
            if (permille != shown) { // the Qt thread hears of each step once
                shown = permille;
                QMetaObject::invokeMethod(self, [self, clip, fraction] {
                    if (self)
                        self->progressed(clip, fraction);
                }, Qt::QueuedConnection);
            }
            return !cancel.load();
        });
        return [self, outcomes = std::move(outcomes)] {
            if (self)
                self->done(outcomes);
        };
    });
}

void ClipsDialog::progressed(int clip, double fraction)
{
    if (!m_job)
        return;
    m_progress->setValue(int((clip + fraction) * 1000.0 / std::max(1, m_cutting)));
    m_state->setText(tr("Cutting clip %1 of %2…").arg(clip + 1).arg(m_cutting));
}

void ClipsDialog::cancel()
{
    if (!m_job)
        return;
    // The cutter stops at its next packet and removes the part file; the
    // clips already cut stay.
    m_job.reset();
    m_cut->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setValue(0);
    m_state->setText(tr("Stopped. The clips cut before stay in the folder; nothing half-written is left."));
    m_open->setEnabled(QDir(m_folder->text()).exists());
    Q_EMIT cutFinished();
}

void ClipsDialog::done(const QList<ClipOutcome> &outcomes)
{
    m_job.release()->deleteLater(); // its thread has ended; this runs inside its delivery
    m_outcomes = outcomes;
    int made = 0;
    QStringList problems;
    for (const ClipOutcome &o : outcomes) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (m_specs[item->data(0, kSpecRole).toInt()].fileName != o.spec.fileName || o.spec.fileName.isEmpty())
                continue;
            item->setText(3, o.file.isEmpty() ? o.error : QFileInfo(o.file).fileName());
            item->setToolTip(3, o.file.isEmpty() ? o.error : QDir::toNativeSeparators(o.file));
        }
        if (o.file.isEmpty())
            problems << tr("%1: %2").arg(o.spec.title, o.error);
        else
            ++made;
    }
    m_progress->setValue(1000);
    m_cut->setEnabled(true);
    m_cancel->setEnabled(false);
    m_open->setEnabled(made > 0);
    m_state->setText(problems.isEmpty() ? tr("Clips saved in %1: %2.").arg(QDir::toNativeSeparators(m_folder->text())).arg(made)
                                        : tr("%1 of %2 clips saved. %3").arg(made).arg(outcomes.size()).arg(problems.join(QLatin1Char(' '))));
    Q_EMIT cutFinished();
}

void ClipsDialog::reject()
{
    cancel();
    QDialog::reject();
}

} // namespace lj::coaching
