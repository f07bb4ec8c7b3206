#include "consolewindow.h"

#include "roomdialog.h"
#include "roomtile.h"

#include "core/atomicfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSpinBox>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSoundEffect>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace lj::console {

namespace {
constexpr int kLogLines = 500;
}

ConsoleWindow::ConsoleWindow(RoomStore &store, AlertLimits limits, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_limits(limits)
{
    setWindowTitle(tr("Longjiang Base Console"));
    auto *toolbar = addToolBar(tr("Rooms"));
    toolbar->setObjectName(QStringLiteral("consoleToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("Add room..."), this, &ConsoleWindow::askAddRoom)->setObjectName(QStringLiteral("addRoom"));
    toolbar->addSeparator();
    toolbar->addAction(tr("Go live in every room"), this, &ConsoleWindow::goLiveAll)->setObjectName(QStringLiteral("goLiveAll"));
    toolbar->addAction(tr("Stop every room"), this, &ConsoleWindow::stopAll)->setObjectName(QStringLiteral("stopAll"));
    toolbar->addSeparator();
    // The trainer's classroom: one room's lesson to every student, and their reports back.
    toolbar->addAction(tr("Send lesson..."), this, &ConsoleWindow::askSendLesson)->setObjectName(QStringLiteral("sendLesson"));
    toolbar->addAction(tr("Collect reports..."), this, &ConsoleWindow::askCollectReports)->setObjectName(QStringLiteral("collectReports"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_grid = new QWidget(scroll);
    m_grid->setObjectName(QStringLiteral("roomGrid"));
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(m_grid);
    m_log = new QListWidget(splitter);
    m_log->setObjectName(QStringLiteral("alertLog"));
    splitter->addWidget(scroll);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addWidget(m_summary, 1);

    m_sound = new QSoundEffect(this);
    m_sound->setSource(QUrl(QStringLiteral("qrc:/console/alert.wav")));
    m_sound->setVolume(0.8f);
    // Four tiles across and two down on a 1366x768 laptop, the log below.
    resize(1340, 700);
    load();
}

ConsoleWindow::~ConsoleWindow()
{
    for (Room &room : m_rooms)
        room.link->disconnect(this);
}

void ConsoleWindow::load()
{
    QString error;
    const QList<RoomAddress> saved = m_store.load(&error);
    if (!error.isEmpty())
        log(QString(), error, true);
    for (const RoomAddress &room : saved) {
        const SecretResult password = m_store.password(room.id);
        if (!password.ok() && password.status != SecretResult::Status::NotFound)
            log(room.name, password.message, true);
        addTile(room, password.value);
    }
    refreshSummary();
}

bool ConsoleWindow::save(QString *error)
{
    QList<RoomAddress> list;
    for (const Room &room : m_rooms)
        list << room.link->address();
    return m_store.save(list, error);
}

bool ConsoleWindow::addRoom(const RoomAddress &address, const QString &password, QString *error)
{
    RoomAddress room = address;
    if (room.id.isEmpty())
        room.id = RoomStore::newId();
    const SecretResult kept = m_store.setPassword(room.id, password);
    if (!kept.ok()) {
        if (error)
            *error = kept.message;
        return false;
    }
    addTile(room, password);
    if (!save(error)) {
        m_store.forgetPassword(room.id);
        removeRoom(room.id, nullptr);
        return false;
    }
    refreshSummary();
    return true;
}

bool ConsoleWindow::editRoom(const RoomAddress &room, const QString &password, QString *error)
{
    const auto it = std::find_if(m_rooms.begin(), m_rooms.end(), [&room](const Room &r) { return r.link->address().id == room.id; });
    if (it == m_rooms.end())
        return false;
    QString secret = password;
    if (secret.isEmpty()) {
        secret = m_store.password(room.id).value;
    } else if (const SecretResult kept = m_store.setPassword(room.id, secret); !kept.ok()) {
        if (error)
            *error = kept.message;
        return false;
    }
    it->link->setAddress(room, secret);
    return save(error);
}

bool ConsoleWindow::removeRoom(const QString &id, QString *error)
{
    const auto it = std::find_if(m_rooms.begin(), m_rooms.end(), [&id](const Room &r) { return r.link->address().id == id; });
    if (it == m_rooms.end())
        return false;
    delete it->tile;
    m_rooms.erase(it);
    m_store.forgetPassword(id);
    layoutTiles();
    refreshSummary();
    return save(error);
}

void ConsoleWindow::addTile(const RoomAddress &address, const QString &password)
{
    Room room;
    room.link = std::make_unique<RoomLink>(address, password, m_limits);
    RoomLink *link = room.link.get();
    room.tile = new RoomTile(*link, m_grid);
    connect(room.tile, &RoomTile::editRequested, this, [this, link] { askEditRoom(link->address().id); });
    connect(room.tile, &RoomTile::removeRequested, this, [this, link] { askRemoveRoom(link->address().id); });
    connect(room.tile, &RoomTile::stopRequested, this, [this, link] { askStop(link); });
    connect(link, &RoomLink::alertsRaised, this, [this, link](const QList<Alert> &alerts) {
        for (const Alert &a : alerts)
            log(link->address().name, a.text, true);
        playAlert();
    });
    connect(link, &RoomLink::alertsCleared, this, [this, link](const QList<Alert> &alerts) {
        for (const Alert &a : alerts)
            log(link->address().name, a.kind == AlertKind::Offline || a.kind == AlertKind::WrongPassword ? tr("Back online.") : tr("Resolved: %1").arg(a.text),
                false);
    });
    connect(link, &RoomLink::actionFailed, this, [this, link](const QString &what) { log(link->address().name, what, true); });
    connect(link, &RoomLink::changed, this, &ConsoleWindow::refreshSummary);
    m_rooms.push_back(std::move(room));
    layoutTiles();
    link->start();
}

QList<RoomLink *> ConsoleWindow::rooms() const
{
    QList<RoomLink *> list;
    for (const Room &room : m_rooms)
        list << room.link.get();
    return list;
}

RoomTile *ConsoleWindow::tile(const QString &id) const
{
    for (const Room &room : m_rooms)
        if (room.link->address().id == id)
            return room.tile;
    return nullptr;
}

void ConsoleWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    layoutTiles();
}

void ConsoleWindow::layoutTiles()
{
    const int tileWidth = RoomTile::kThumbWidth + 24 + m_gridLayout->horizontalSpacing();
    const int columns = std::max(1, (width() - 40) / std::max(1, tileWidth));
    if (columns == m_columns && m_gridLayout->count() == int(m_rooms.size()))
        return;
    m_columns = columns;
    for (const Room &room : m_rooms)
        m_gridLayout->removeWidget(room.tile);
    for (size_t i = 0; i < m_rooms.size(); ++i)
        m_gridLayout->addWidget(m_rooms[i].tile, int(i) / columns, int(i) % columns);
}

void ConsoleWindow::log(const QString &room, const QString &text, bool raised)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    auto *item = new QListWidgetItem(room.isEmpty() ? QStringLiteral("%1  %2").arg(time, text) : QStringLiteral("%1  [%2]  %3").arg(time, room, text));
    item->setForeground(raised ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    m_log->insertItem(0, item);
    while (m_log->count() > kLogLines)
        delete m_log->takeItem(m_log->count() - 1);
}

void ConsoleWindow::playAlert()
{
    ++m_sounds;
    if (m_sound->status() != QSoundEffect::Error)
        m_sound->play();
    QApplication::alert(this); // the taskbar flashes when the console is behind other windows
}

void ConsoleWindow::refreshSummary()
{
    int online = 0, live = 0, alerting = 0;
    for (const Room &room : m_rooms) {
        online += room.link->isOnline();
        live += room.link->status().live;
        alerting += !room.link->alerts().isEmpty();
    }
    m_summary->setText(tr("%1 rooms: %2 online, %3 live, %4 with alerts").arg(m_rooms.size()).arg(online).arg(live).arg(alerting));
}

bool ConsoleWindow::confirm(const QString &objectName, const QString &question)
{
    QMessageBox box(QMessageBox::Question, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(objectName);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

QList<RoomLink *> ConsoleWindow::onlineRooms(const std::function<bool(const RoomLink &)> &which) const
{
    QList<RoomLink *> found;
    for (const Room &room : m_rooms)
        if (room.link->isOnline() && which(*room.link))
            found << room.link.get();
    return found;
}

QStringList ConsoleWindow::names(const QList<RoomLink *> &rooms)
{
    QStringList list;
    for (const RoomLink *link : rooms)
        list << link->address().name;
    return list;
}

void ConsoleWindow::goLiveAll()
{
    const QList<RoomLink *> rooms = onlineRooms([](const RoomLink &l) { return !l.status().live; });
    if (rooms.isEmpty() || !confirm(QStringLiteral("confirmGoLiveAll"), tr("Go live now in %1 rooms (%2), on every platform each has enabled?")
                                                                            .arg(rooms.size())
                                                                            .arg(names(rooms).join(QStringLiteral(", ")))))
        return;
    for (RoomLink *link : rooms)
        link->goLive();
}

void ConsoleWindow::stopAll()
{
    const QList<RoomLink *> rooms = onlineRooms([](const RoomLink &l) { return l.status().live || l.status().onAir; });
    if (rooms.isEmpty() || !confirm(QStringLiteral("confirmStopAll"), tr("End the show in %1 rooms (%2)? Viewers will see the stream end.")
                                                                          .arg(rooms.size())
                                                                          .arg(names(rooms).join(QStringLiteral(", ")))))
        return;
    for (RoomLink *link : rooms)
        link->stopLive();
}

void ConsoleWindow::askStop(RoomLink *link)
{
    if (confirm(QStringLiteral("confirmStop"), tr("End the show in %1? Viewers will see the stream end.").arg(link->address().name)))
        link->stopLive();
}

std::function<void(bool)> ConsoleWindow::tally(const QString &what, int asked)
{
    auto answered = std::make_shared<int>(0), succeeded = std::make_shared<int>(0);
    return [this, what, asked, answered, succeeded](bool ok) {
        *succeeded += ok;
        if (++*answered < asked)
            return;
        log(QString(), tr("%1: %2 of %3 rooms.").arg(what).arg(*succeeded).arg(asked), *succeeded < asked);
        Q_EMIT lessonDone(what, *succeeded, asked);
    };
}

void ConsoleWindow::sendLesson(const QString &fromId, double ordersPerMinute)
{
    RoomTile *from = tile(fromId);
    if (!from || !from->link().isOnline())
        return;
    const QString what = tr("Lesson sent");
    from->link().fetchRundown([this, fromId, ordersPerMinute, what](bool ok, const QJsonObject &rundown, const QString &error) {
        RoomTile *source = tile(fromId);
        if (!source)
            return;
        if (!ok) {
            log(source->link().address().name, tr("Its rundown could not be read: %1").arg(error), true);
            Q_EMIT lessonDone(what, 0, 0);
            return;
        }
        const QList<RoomLink *> students = onlineRooms([&fromId](const RoomLink &l) { return l.address().id != fromId; });
        if (students.isEmpty()) {
            Q_EMIT lessonDone(what, 0, 0);
            return;
        }
        const auto done = tally(what, int(students.size()));
        for (RoomLink *student : students) {
            QPointer<ConsoleWindow> self(this);
            student->sendRundown(rundown, [self, student, ordersPerMinute, done](bool sent, const QJsonObject &, const QString &why) {
                if (!self)
                    return;
                if (!sent) {
                    self->log(student->address().name, tr("The rundown was not taken: %1").arg(why), true);
                    return done(false);
                }
                if (ordersPerMinute < 0)
                    return done(true);
                student->setSimulatedPace(ordersPerMinute, [self, student, done](bool paced, const QJsonObject &, const QString &paceWhy) {
                    if (self && !paced)
                        self->log(student->address().name, tr("The order pace was not taken: %1").arg(paceWhy), true);
                    done(paced);
                });
            });
        }
    });
}

void ConsoleWindow::collectReports(const QString &folder)
{
    const QList<RoomLink *> rooms = onlineRooms([](const RoomLink &) { return true; });
    const QString what = tr("Reports collected");
    if (rooms.isEmpty()) {
        Q_EMIT lessonDone(what, 0, 0);
        return;
    }
    const auto done = tally(what, int(rooms.size()));
    for (RoomLink *link : rooms) {
        QPointer<ConsoleWindow> self(this);
        link->fetchReports(1, [self, link, folder, done](bool ok, const QJsonObject &data, const QString &error) {
            if (!self)
                return;
            const QJsonArray reports = data.value(QStringLiteral("reports")).toArray();
            if (!ok || reports.isEmpty()) {
                self->log(link->address().name, ok ? tr("No coaching report yet.") : tr("No report could be read: %1").arg(error), true);
                return done(false);
            }
            // One folder per room, named as the trainer named the room (no path characters).
            QString name = link->address().name;
            name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
            const QString dir = folder + QLatin1Char('/') + name;
            const QJsonObject report = reports.first().toObject();
            const QString base = dir + QLatin1Char('/') + report.value(QStringLiteral("file")).toString();
            QString problem;
            const bool written = writeJsonAtomically(base + QStringLiteral(".json"), report.value(QStringLiteral("report")).toObject(), &problem) &&
                                 writeFileAtomically(base + QStringLiteral(".html"), report.value(QStringLiteral("html")).toString().toUtf8(), &problem);
            if (!written)
                self->log(link->address().name, problem, true);
            done(written);
        });
    }
}

void ConsoleWindow::askSendLesson()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("lessonDialog"));
    dialog.setWindowTitle(tr("Send lesson"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QComboBox(&dialog);
    from->setObjectName(QStringLiteral("lessonFrom"));
    for (const Room &room : m_rooms)
        if (room.link->isOnline())
            from->addItem(room.link->address().name, room.link->address().id);
    auto *pace = new QSpinBox(&dialog);
    pace->setObjectName(QStringLiteral("lessonPace"));
    pace->setRange(0, 600);
    pace->setValue(12);
    pace->setSuffix(tr(" orders / min"));
    pace->setSpecialValueText(tr("each room's own"));
    form->addRow(tr("Rundown of the room:"), from);
    form->addRow(tr("Made-up orders:"), pace);
    auto *hint = new QLabel(tr("Every other room gets this room's rundown (its products are added to the room's catalog) and the pace of "
                               "made-up orders its rehearsal ticker shows."),
                            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (from->count() == 0) {
        QMessageBox::information(this, windowTitle(), tr("No room is online."));
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        sendLesson(from->currentData().toString(), pace->value());
}

void ConsoleWindow::askCollectReports()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the class's reports in"));
    if (!folder.isEmpty())
        collectReports(folder);
}

void ConsoleWindow::askAddRoom()
{
    RoomAddress room;
    room.name = tr("Room %1").arg(m_rooms.size() + 1);
    RoomDialog dialog(room, true, this);
    dialog.setObjectName(QStringLiteral("roomDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!addRoom(dialog.room(), dialog.password(), &error))
        QMessageBox::warning(this, windowTitle(), tr("The room could not be added: %1").arg(error));
}

void ConsoleWindow::askEditRoom(const QString &id)
{
    RoomTile *t = tile(id);
    if (!t)
        return;
    RoomDialog dialog(t->link().address(), false, this);
    dialog.setObjectName(QStringLiteral("roomDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!editRoom(dialog.room(), dialog.password(), &error) && !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), tr("The room could not be changed: %1").arg(error));
}

void ConsoleWindow::askRemoveRoom(const QString &id)
{
    RoomTile *t = tile(id);
    if (!t || !confirm(QStringLiteral("confirmRemove"), tr("Remove %1 from the console? The studio itself is not changed.").arg(t->link().address().name)))
        return;
    QString error;
    if (!removeRoom(id, &error) && !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace lj::console
