#include "roomtile.h"

#include "roomlink.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace lj::console {

namespace {

/// Colours shared by the tile's frame, badge and chips.
constexpr const char *kGreen = "#2e7d32";
constexpr const char *kOrange = "#ef6c00";
constexpr const char *kRed = "#c62828";
constexpr const char *kGrey = "#757575";

QString badge(const QString &text, const char *colour)
{
    return QStringLiteral("<span style='background:%1;color:white;padding:1px 6px;'>&nbsp;%2&nbsp;</span>")
        .arg(QLatin1String(colour), text.toHtmlEscaped());
}

} // namespace

RoomTile::RoomTile(RoomLink &link, QWidget *parent) : QFrame(parent), m_link(link)
{
    setObjectName(QStringLiteral("roomTile_") + link.address().id);
    setFrameShape(QFrame::StyledPanel);
    setLineWidth(3);
    setFixedWidth(kThumbWidth + 24);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 6);
    column->setSpacing(3);

    auto *title = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("name"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("more"));
    m_more->setText(QStringLiteral("⋯"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    menu->addAction(tr("Edit room..."), this, &RoomTile::editRequested);
    menu->addAction(tr("Previous product"), this, [this] { m_link.previousProduct(); });
    menu->addSeparator();
    menu->addAction(tr("Remove from the console"), this, &RoomTile::removeRequested);
    m_more->setMenu(menu);
    title->addWidget(m_name, 1);
    title->addWidget(m_state);
    title->addWidget(m_more);
    column->addLayout(title);

    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_thumbnail->setFixedSize(kThumbWidth, kThumbHeight);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("background:#222;color:#bbb;"));
    column->addWidget(m_thumbnail);

    m_chips = new QWidget(this);
    m_chips->setObjectName(QStringLiteral("platforms"));
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    column->addWidget(m_chips);

    for (QLabel **label : {&m_figures, &m_product, &m_sales, &m_alerts}) {
        *label = new QLabel(this);
        (*label)->setWordWrap(true);
        column->addWidget(*label);
    }
    m_figures->setObjectName(QStringLiteral("figures"));
    m_product->setObjectName(QStringLiteral("product"));
    m_sales->setObjectName(QStringLiteral("sales"));
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_alerts->setStyleSheet(QStringLiteral("color:%1;").arg(QLatin1String(kRed)));

    auto *actions = new QHBoxLayout;
    m_live = new QPushButton(this);
    m_live->setObjectName(QStringLiteral("live"));
    m_next = new QPushButton(tr("Next product"), this);
    m_next->setObjectName(QStringLiteral("next"));
    m_mute = new QPushButton(this);
    m_mute->setObjectName(QStringLiteral("mute"));
    actions->addWidget(m_live);
    actions->addWidget(m_next);
    actions->addWidget(m_mute);
    column->addLayout(actions);
    m_scene = new QComboBox(this);
    m_scene->setObjectName(QStringLiteral("scene"));
    m_scene->setToolTip(tr("The scene on air"));
    column->addWidget(m_scene);

    connect(m_live, &QPushButton::clicked, this, [this] {
        if (m_link.status().live || m_link.status().onAir)
            Q_EMIT stopRequested();
        else
            m_link.goLive();
    });
    connect(m_next, &QPushButton::clicked, &m_link, &RoomLink::nextProduct);
    connect(m_mute, &QPushButton::clicked, &m_link, &RoomLink::toggleMicrophone);
    connect(m_scene, &QComboBox::activated, this, [this](int index) { m_link.setScene(m_scene->itemText(index)); });
    connect(&m_link, &RoomLink::changed, this, &RoomTile::refresh);
    refresh();
}

void RoomTile::refresh()
{
    const RoomStatus &s = m_link.status();
    const QList<Alert> alerts = m_link.alerts();
    const bool online = m_link.isOnline();
    const bool critical = std::any_of(alerts.begin(), alerts.end(), [](const Alert &a) { return a.critical; });
    const char *frame = !alerts.isEmpty() ? (critical ? kRed : kOrange) : (s.live ? kGreen : kGrey);
    setStyleSheet(QStringLiteral("lj--console--RoomTile { border: 3px solid %1; }").arg(QLatin1String(frame)));
    setProperty("alertLevel", alerts.isEmpty() ? 0 : (critical ? 2 : 1));

    m_name->setText(m_link.address().name);
    m_name->setToolTip(QStringLiteral("%1:%2 · %3").arg(m_link.address().host).arg(m_link.address().port).arg(s.room));
    if (!online)
        m_state->setText(badge(m_link.wrongPassword() ? tr("Wrong password") : tr("Offline"), kRed));
    else if (s.rehearsal && (s.live || s.onAir))
        m_state->setText(badge(tr("Rehearsal"), kOrange));
    else if (s.live)
        m_state->setText(badge(tr("Live %1").arg(QTime(0, 0).addMSecs(int(s.liveMs)).toString(QStringLiteral("HH:mm:ss"))), kGreen));
    else
        m_state->setText(badge(tr("Not live"), kGrey));

    if (online && !m_link.thumbnail().isNull()) {
        if (m_shownThumbnail != m_link.thumbnailSerial()) {
            m_shownThumbnail = m_link.thumbnailSerial();
            m_thumbnail->setPixmap(
                QPixmap::fromImage(m_link.thumbnail().scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    } else {
        m_shownThumbnail = -1;
        m_thumbnail->setText(online ? tr("Waiting for the picture...") : m_link.problem());
    }
    refreshPlatforms();

    const QLocale locale;
    if (online && s.valid) {
        QStringList figures;
        double kbps = 0;
        for (const PlatformStatus &p : s.platforms)
            kbps += p.kbps;
        figures << tr("%1 kbps").arg(qRound(kbps));
        figures << tr("CPU %1%").arg(qRound(s.cpuUsage));
        if (s.diskFreeMb >= 0)
            figures << tr("Disk %1 (%2 h)").arg(locale.formattedDataSize(qint64(s.diskFreeMb * 1024 * 1024)))
                           .arg(s.recordingMinutesLeft / 60.0, 0, 'f', 1);
        m_figures->setText(figures.join(QStringLiteral(" · ")));
        m_product->setText(s.productIndex >= 0 ? tr("Explaining: %1 (%2/%3)").arg(s.productTitle).arg(s.productIndex + 1).arg(s.productCount)
                                               : tr("No product on screen"));
        m_sales->setText(tr("Today: %1 orders, %2").arg(s.orders).arg(s.salesText));
    } else {
        m_figures->clear();
        m_product->clear();
        m_sales->clear();
    }
    QStringList lines;
    for (const Alert &a : alerts)
        lines << a.text;
    m_alerts->setText(lines.join(QLatin1Char('\n')));
    m_alerts->setVisible(!lines.isEmpty());

    m_live->setText(s.live || s.onAir ? tr("Stop") : tr("Go live"));
    m_mute->setText(s.micMuted ? tr("Unmute") : tr("Mute"));
    for (QWidget *w : {static_cast<QWidget *>(m_live), static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_scene)})
        w->setEnabled(online && s.valid);
    m_mute->setEnabled(online && s.micPresent);
    const QSignalBlocker block(m_scene);
    if (m_scene->count() != m_link.scenes().size() || [this] {
            for (int i = 0; i < m_scene->count(); ++i)
                if (m_scene->itemText(i) != m_link.scenes().at(i))
                    return true;
            return false;
        }()) {
        m_scene->clear();
        m_scene->addItems(m_link.scenes());
    }
    m_scene->setCurrentText(s.scene);
}

void RoomTile::refreshPlatforms()
{
    const RoomStatus &s = m_link.status();
    // Rebuilt only when what they say changes (the figures come every two seconds, mostly the same).
    QString said = m_link.isOnline() ? QStringLiteral("on") : QString();
    for (const PlatformStatus &p : s.platforms)
        said += QLatin1Char('|') + p.id + p.state + QString::number(qRound(p.kbps / 10)) + QString::number(p.droppedFrames) + p.lastError +
                QString::number(p.enabled);
    if (said == m_shownPlatforms)
        return;
    m_shownPlatforms = said;
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_link.isOnline())
        return;
    for (const PlatformStatus &p : s.platforms) {
        if (!p.enabled)
            continue;
        const char *colour = p.state == QLatin1String("live")           ? kGreen
                             : p.state == QLatin1String("reconnecting") ? kOrange
                             : p.state == QLatin1String("paused")       ? kOrange
                             : p.state == QLatin1String("failed")       ? kRed
                                                                        : kGrey;
        auto *chip = new QLabel(m_chips);
        chip->setObjectName(QStringLiteral("platform_") + p.id);
        chip->setProperty("state", p.state);
        chip->setText(badge(p.state == QLatin1String("live") ? QStringLiteral("%1 %2k").arg(p.name).arg(qRound(p.kbps)) : p.name, colour));
        QString tip = p.name;
        if (p.totalFrames > 0)
            tip += QLatin1Char('\n') + tr("Dropped frames: %1 of %2").arg(p.droppedFrames).arg(p.totalFrames);
        if (!p.lastError.isEmpty())
            tip += QLatin1Char('\n') + p.lastError;
        chip->setToolTip(tip);
        m_chipLayout->addWidget(chip);
    }
    m_chipLayout->addStretch(1);
}

} // namespace lj::console
