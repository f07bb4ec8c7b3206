#include "shelfdock.h"

#include "shelfcontroller.h"

#include "core/money.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace lj::shelf {

ShelfDock::ShelfDock(ShelfController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_rundown(new QComboBox(this)), m_products(new QListWidget(this)),
      m_previous(new QPushButton(tr("◀ Previous"), this)), m_next(new QPushButton(tr("Next ▶"), this)),
      m_minutes(new QSpinBox(this)), m_countdown(new QPushButton(this)), m_show(new QLabel(this)),
      m_showButton(new QPushButton(this)), m_chapters(new QPushButton(tr("Copy chapters"), this)),
      m_problem(new QLabel(this))
{
    m_rundown->setObjectName(QStringLiteral("shelfRundown"));
    m_products->setObjectName(QStringLiteral("shelfProducts"));
    m_previous->setObjectName(QStringLiteral("shelfPrevious"));
    m_next->setObjectName(QStringLiteral("shelfNext"));
    m_minutes->setObjectName(QStringLiteral("shelfCountdownMinutes"));
    m_countdown->setObjectName(QStringLiteral("shelfCountdown"));
    m_show->setObjectName(QStringLiteral("shelfShow"));
    m_showButton->setObjectName(QStringLiteral("shelfShowButton"));
    m_chapters->setObjectName(QStringLiteral("shelfCopyChapters"));
    m_chapters->setToolTip(tr("Copy the show's chapters (time and product) for the replay's description"));
    m_problem->setObjectName(QStringLiteral("shelfProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_show->setWordWrap(true);
    m_minutes->setRange(1, 60);
    m_minutes->setValue(5);
    m_minutes->setSuffix(tr(" min"));

    auto *reload = new QToolButton(this);
    reload->setText(QStringLiteral("↻"));
    reload->setToolTip(tr("Read the rundowns again (they are made in the Products dock)"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Rundown:"), this));
    top->addWidget(m_rundown, 1);
    top->addWidget(reload);
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_previous);
    moves->addWidget(m_next);
    auto *offer = new QHBoxLayout;
    offer->addWidget(new QLabel(tr("Offer countdown:"), this));
    offer->addWidget(m_minutes);
    offer->addWidget(m_countdown, 1);
    auto *show = new QHBoxLayout;
    show->addWidget(m_show, 1);
    show->addWidget(m_showButton);
    show->addWidget(m_chapters);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_products, 1);
    layout->addLayout(moves);
    layout->addLayout(offer);
    layout->addLayout(show);
    layout->addWidget(m_problem);

    connect(reload, &QToolButton::clicked, this, &ShelfDock::reloadRundowns);
    connect(m_rundown, &QComboBox::activated, this, [this](int index) {
        m_controller.setRundown(m_rundown->itemData(index).toLongLong());
    });
    connect(m_products, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_controller.pick(m_products->row(item)); });
    connect(m_previous, &QPushButton::clicked, &m_controller, &ShelfController::previous);
    connect(m_next, &QPushButton::clicked, &m_controller, &ShelfController::next);
    connect(m_countdown, &QPushButton::clicked, this, [this] {
        const bool running = m_controller.content().countdownEndMs > QDateTime::currentMSecsSinceEpoch();
        m_controller.startCountdown(running ? 0 : m_minutes->value() * 60);
    });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        if (m_controller.show() > 0)
            m_controller.endShow();
        else
            m_controller.startShow();
    });
    connect(m_chapters, &QPushButton::clicked, this, &ShelfDock::copyChapters);
    connect(&m_controller, &ShelfController::changed, this, &ShelfDock::refresh);
    connect(&m_controller, &ShelfController::rundownsChanged, this, &ShelfDock::reloadRundowns);
    connect(&m_controller, &ShelfController::problem, m_problem, &QLabel::setText);
    reloadRundowns();
}

void ShelfDock::reloadRundowns()
{
    const QSignalBlocker block(m_rundown);
    m_rundown->clear();
    const QList<catalog::Rundown> rundowns = m_controller.rundowns();
    for (const catalog::Rundown &r : rundowns)
        m_rundown->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.showDate), r.id);
    if (rundowns.isEmpty())
        m_rundown->addItem(tr("No rundown yet: plan one in the Products dock"), 0);
    m_rundown->setCurrentIndex(qMax(0, m_rundown->findData(m_controller.rundownId())));
    if (!m_controller.isOpen())
        m_problem->setText(tr("The catalog could not be opened: %1").arg(m_controller.lastError()));
    refresh();
}

void ShelfDock::refresh()
{
    const ShelfContent &content = m_controller.content();
    m_products->clear();
    for (int i = 0; i < content.products.size(); ++i) {
        const CardProduct &p = content.products[i];
        auto *item = new QListWidgetItem(QStringLiteral("%1%2. %3  ¥%4")
                                             .arg(i == content.current ? QStringLiteral("▶ ") : QString())
                                             .arg(i + 1)
                                             .arg(p.title, formatYuan(p.livePriceFen)),
                                         m_products);
        if (i == content.current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (content.current >= 0)
        m_products->setCurrentRow(content.current);
    m_previous->setEnabled(content.current > 0);
    m_next->setEnabled(content.current + 1 < content.products.size());
    const bool counting = content.countdownEndMs > QDateTime::currentMSecsSinceEpoch();
    m_countdown->setText(counting ? tr("Stop countdown") : tr("Start countdown"));
    m_countdown->setEnabled(content.current >= 0);
    if (m_controller.show() > 0) {
        m_show->setText(tr("Show record running: every change of product is written with its time."));
        m_showButton->setText(tr("End show"));
    } else {
        m_show->setText(tr("No show running: the first product explained starts one."));
        m_showButton->setText(tr("Start show"));
    }
}

void ShelfDock::copyChapters()
{
    QString title;
    const QString chapters = m_controller.chapters(&title);
    if (chapters.isEmpty()) {
        m_problem->setText(tr("No chapters yet: they come from the products explained during a show (each for at least "
                              "%1 seconds).")
                               .arg(Chapters::kShortestMs / 1000));
        return;
    }
    QGuiApplication::clipboard()->setText(chapters);
    m_problem->clear();
    m_show->setText(tr("Chapters of \"%1\" copied (%n chapter(s)): paste them into the replay's description.", nullptr,
                       int(chapters.count(QLatin1Char('\n')) + 1))
                        .arg(title));
}

} // namespace lj::shelf
