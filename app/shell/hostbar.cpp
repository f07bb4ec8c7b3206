#include "hostbar.h"

#include "core/golive.h"
#include "core/liveservice.h"
#include "core/pluginregistry.h"
#include "core/studio.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace lj {

namespace {

QString chipColor(LiveTargetStatus::State state)
{
    switch (state) {
    case LiveTargetStatus::State::Live:
        return QStringLiteral("#1e8e3e");
    case LiveTargetStatus::State::Connecting:
    case LiveTargetStatus::State::Reconnecting:
    case LiveTargetStatus::State::Paused:
        return QStringLiteral("#e37400");
    case LiveTargetStatus::State::Failed:
        return QStringLiteral("#c5221f");
    case LiveTargetStatus::State::Idle:
        break;
    }
    return QStringLiteral("#5f6368");
}

QString stateText(LiveTargetStatus::State state)
{
    switch (state) {
    case LiveTargetStatus::State::Live:
        return HostBar::tr("live");
    case LiveTargetStatus::State::Connecting:
        return HostBar::tr("connecting");
    case LiveTargetStatus::State::Reconnecting:
        return HostBar::tr("reconnecting");
    case LiveTargetStatus::State::Failed:
        return HostBar::tr("failed");
    case LiveTargetStatus::State::Paused:
        return HostBar::tr("paused: weak network");
    case LiveTargetStatus::State::Idle:
        break;
    }
    return HostBar::tr("off air");
}

QString stateKey(LiveTargetStatus::State state)
{
    switch (state) {
    case LiveTargetStatus::State::Live: return QStringLiteral("live");
    case LiveTargetStatus::State::Connecting: return QStringLiteral("connecting");
    case LiveTargetStatus::State::Reconnecting: return QStringLiteral("reconnecting");
    case LiveTargetStatus::State::Failed: return QStringLiteral("failed");
    case LiveTargetStatus::State::Paused: return QStringLiteral("paused");
    case LiveTargetStatus::State::Idle: break;
    }
    return QStringLiteral("idle");
}

} // namespace

HostBar::HostBar(Studio &studio, GoLive &goLive, QWidget *parent)
    : QWidget(parent), m_studio(studio), m_goLive(goLive), m_button(new QPushButton(this)), m_check(new QPushButton(tr("Check"), this)),
      m_rehearsal(new QPushButton(tr("Rehearsal"), this)),
      m_chips(new QWidget(this)), m_chipsLayout(new QHBoxLayout(m_chips)), m_notice(new QWidget(this)),
      m_noticeText(new QLabel(m_notice)), m_anyway(new QPushButton(tr("Go live anyway"), m_notice)),
      m_fix(new QPushButton(tr("Fix it"), m_notice)), m_link(new QLabel(this))
{
    setObjectName(QStringLiteral("hostBar"));
    m_button->setObjectName(QStringLiteral("goLiveButton"));
    m_button->setMinimumSize(180, 56);
    QFont big = m_button->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_button->setFont(big);
    m_check->setObjectName(QStringLiteral("preflightButton"));
    m_check->setToolTip(tr("Check keys, push addresses, network, camera, microphone, disk and rundown without going live."));
    m_rehearsal->setObjectName(QStringLiteral("rehearsalToggle"));
    m_rehearsal->setCheckable(true);
    m_rehearsal->setToolTip(tr("Rehearsal (彩排): nothing goes to public platforms (only to a classroom address, if one is set), "
                               "orders are made up, and the rehearsal is recorded for its coaching report."));
    m_chips->setObjectName(QStringLiteral("platformChips"));
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    // The uplink's state while live (quality lowered, platforms paused): the host sees it without asking.
    m_link->setObjectName(QStringLiteral("linkNotice"));
    m_link->setWordWrap(true);
    m_link->setStyleSheet(QStringLiteral("color:#b06000; font-weight:bold;"));
    m_link->hide();
    m_noticeText->setObjectName(QStringLiteral("preflightNotice"));
    m_noticeText->setWordWrap(true);
    m_anyway->setObjectName(QStringLiteral("goLiveAnyway"));
    m_fix->setObjectName(QStringLiteral("preflightFix"));

    auto *notice = new QHBoxLayout(m_notice);
    notice->setContentsMargins(0, 0, 0, 0);
    notice->addWidget(m_noticeText, 1);
    notice->addWidget(m_fix);
    notice->addWidget(m_anyway);
    m_notice->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_button);
    auto *side = new QVBoxLayout;
    side->addWidget(m_chips);
    side->addWidget(m_link);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_rehearsal);
    buttons->addStretch(1);
    side->addLayout(buttons);
    top->addLayout(side);
    for (const HostPanelContribution &panel : studio.pluginRegistry().hostPanels()) {
        if (QWidget *w = panel.create(this))
            top->addWidget(w, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(top);
    layout->addWidget(m_notice);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_goLive.state() == GoLive::State::Idle)
            m_goLive.start();
        else if (m_goLive.state() == GoLive::State::Live)
            m_goLive.stop();
    });
    connect(m_check, &QPushButton::clicked, this, [this] {
        auto *preflight = new Preflight(m_studio.pluginRegistry(), this);
        connect(preflight, &Preflight::finished, this, [this, preflight](const QList<PreflightResult> &results) {
            showCheck(results, !Preflight::passed(results));
            m_anyway->hide(); // a check on its own goes nowhere
            preflight->deleteLater();
        });
        preflight->run(PreflightOptions::forShow(m_studio.room().output));
    });
    connect(m_rehearsal, &QPushButton::toggled, this, &HostBar::setRehearsal);
    connect(&m_studio, &Studio::roomSettingsChanged, this, &HostBar::updateButton);
    connect(&m_studio, &Studio::roomChanged, this, &HostBar::updateButton);
    connect(m_anyway, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        m_goLive.proceed();
    });
    connect(m_fix, &QPushButton::clicked, this, [this] { Q_EMIT fixRequested(m_fixTarget); });
    connect(&m_goLive, &GoLive::stateChanged, this, [this] {
        if (m_goLive.state() == GoLive::State::Live || m_goLive.state() == GoLive::State::Idle)
            m_notice->hide();
        updateButton();
    });
    connect(&m_goLive, &GoLive::blocked, this, [this](const QList<PreflightResult> &results) { showCheck(results, true); });
    connect(&m_goLive, &GoLive::warningsToConfirm, this, [this](const QList<PreflightResult> &results) { showCheck(results, false); });
    connect(&m_goLive, &GoLive::problem, this, [this](const QString &message) {
        m_noticeText->setText(message);
        m_fix->hide();
        m_anyway->hide();
        m_notice->show();
    });
    for (LiveService *service : studio.pluginRegistry().liveServices()) {
        connect(service, &LiveService::statusChanged, this, &HostBar::updateChips);
        // A platform that failed does not stop the others: the banner says which and why.
        connect(service, &LiveService::goLiveFinished, this, [this](bool allLive, const QStringList &report) {
            if (allLive || m_goLive.state() != GoLive::State::Live)
                return;
            m_noticeText->setText(tr("Live, but not everywhere:") + QLatin1Char('\n') + report.join(QLatin1Char('\n')));
            m_noticeText->setStyleSheet(QStringLiteral("color:#c5221f;"));
            m_anyway->hide();
            m_fixTarget = QStringLiteral("dock:pushDock");
            m_fix->show();
            m_notice->show();
        });
    }
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &HostBar::updateButton);
    clock->start(1000);
    updateChips();
    updateButton();
}

void HostBar::setRehearsal(bool on)
{
    if (on == m_studio.room().rehearsal || m_goLive.state() != GoLive::State::Idle) {
        updateButton(); // the toggle shows the room again
        return;
    }
    RoomProfile room = m_studio.room();
    room.rehearsal = on;
    QString error;
    if (!m_studio.updateRoom(room, &error)) {
        m_noticeText->setText(error);
        m_notice->show();
    }
    updateButton();
}

void HostBar::updateButton()
{
    const bool rehearsal = m_studio.room().rehearsal;
    {
        const QSignalBlocker quiet(m_rehearsal);
        m_rehearsal->setChecked(rehearsal);
    }
    m_rehearsal->setEnabled(m_goLive.state() == GoLive::State::Idle);
    m_rehearsal->setStyleSheet(rehearsal ? QStringLiteral("background:#f59f00; color:black; font-weight:bold;") : QString());
    switch (m_goLive.state()) {
    case GoLive::State::Idle:
        m_button->setText(rehearsal ? tr("Start rehearsal") : tr("Go live"));
        m_button->setStyleSheet(rehearsal ? QStringLiteral("background:#f59f00; color:black; border-radius:8px; padding:8px 24px;")
                                          : QStringLiteral("background:#c5221f; color:white; border-radius:8px; padding:8px 24px;"));
        break;
    case GoLive::State::Checking:
        m_button->setText(tr("Checking…"));
        break;
    case GoLive::State::WaitingForHost:
        m_button->setText(rehearsal ? tr("Start rehearsal") : tr("Go live"));
        break;
    case GoLive::State::Live:
        m_button->setText((rehearsal ? tr("End rehearsal %1") : tr("End show %1"))
                              .arg(QTime(0, 0).addMSecs(int(m_goLive.elapsedMs())).toString(QStringLiteral("hh:mm:ss"))));
        m_button->setStyleSheet(QStringLiteral("background:#3c4043; color:white; border-radius:8px; padding:8px 24px;"));
        break;
    case GoLive::State::Stopping:
        m_button->setText(tr("Ending…"));
        break;
    }
    m_button->setEnabled(m_goLive.state() == GoLive::State::Idle || m_goLive.state() == GoLive::State::Live);
    m_check->setEnabled(m_goLive.state() == GoLive::State::Idle);
}

void HostBar::updateChips()
{
    QList<LiveTargetStatus> targets;
    for (LiveService *service : m_studio.pluginRegistry().liveServices())
        targets << service->targetStatus();
    QStringList ids;
    for (const LiveTargetStatus &t : std::as_const(targets))
        ids << t.id;
    if (ids != m_chipIds || m_chipsLayout->isEmpty()) {
        m_chipIds = ids;
        while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (const QString &id : std::as_const(ids)) {
            auto *chip = new QLabel(m_chips);
            chip->setObjectName(QStringLiteral("platformChip_") + id);
            m_chipsLayout->addWidget(chip);
        }
        if (ids.isEmpty()) {
            auto *none = new QLabel(tr("No platform yet: add one in the guide or the Live Push panel."), m_chips);
            none->setObjectName(QStringLiteral("noPlatforms"));
            m_chipsLayout->addWidget(none);
        }
        m_chipsLayout->addStretch(1);
    }
    QStringList link;
    for (LiveService *service : m_studio.pluginRegistry().liveServices())
        if (const QString notice = service->linkNotice(); !notice.isEmpty())
            link << notice;
    m_link->setText(link.join(QLatin1Char('\n')));
    m_link->setVisible(!link.isEmpty());
    for (const LiveTargetStatus &t : std::as_const(targets)) {
        auto *chip = m_chips->findChild<QLabel *>(QStringLiteral("platformChip_") + t.id);
        const QString key = stateKey(t.state);
        const QString text = QStringLiteral("● %1 · %2").arg(t.name, stateText(t.state));
        const QString tip = t.reason.isEmpty() ? stateText(t.state) : t.reason;
        if (!chip || (chip->property("state").toString() == key && chip->text() == text && chip->toolTip() == tip))
            continue;
        chip->setText(text);
        chip->setProperty("state", key);
        chip->setStyleSheet(QStringLiteral("background:%1; color:white; border-radius:10px; padding:2px 10px;").arg(chipColor(t.state)));
        chip->setToolTip(tip);
    }
}

void HostBar::showCheck(const QList<PreflightResult> &results, bool blocked)
{
    QStringList lines;
    m_fixTarget.clear();
    for (const PreflightResult &r : results) {
        if (r.level == PreflightResult::Level::Pass)
            continue;
        lines << Preflight::line(r);
        if (m_fixTarget.isEmpty() && !r.fix.isEmpty() && (r.level == PreflightResult::Level::Fail || !blocked))
            m_fixTarget = r.fix;
    }
    if (lines.isEmpty())
        lines << tr("Every check passed: ready to go live.");
    m_noticeText->setText((blocked ? tr("Not ready to go live:") : tr("Ready, with warnings:")) + QLatin1Char('\n') +
                          lines.join(QLatin1Char('\n')));
    m_noticeText->setStyleSheet(blocked ? QStringLiteral("color:#c5221f;") : QStringLiteral("color:#b06000;"));
    m_anyway->setVisible(!blocked);
    m_fix->setVisible(!m_fixTarget.isEmpty());
    m_notice->show();
}

} // namespace lj
