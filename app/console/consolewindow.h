#pragma once

// The base console: every room of the base in one window, each as a tile;
// the alerts of all rooms in one log, with a sound when one is raised;
// actions on every room at once, asked first.

#include "roomlink.h"
#include "roomstore.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QListWidget;
class QSoundEffect;

namespace lj::console {

class RoomTile;

class ConsoleWindow final : public QMainWindow {
    Q_OBJECT
public:
    ConsoleWindow(RoomStore &store, AlertLimits limits = {}, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    /// Adds a room (and saves the list, and its password in the keychain); false with the reason.
    bool addRoom(const RoomAddress &room, const QString &password, QString *error);
    /// Changes a room's address or password (empty: unchanged).
    bool editRoom(const RoomAddress &room, const QString &password, QString *error);
    bool removeRoom(const QString &id, QString *error);

    QList<RoomLink *> rooms() const;
    RoomTile *tile(const QString &id) const;
    /// Alert sounds played since the start (what the log raised).
    int alertSounds() const { return m_sounds; }

    void goLiveAll();
    void stopAll();

    // The trainer's classroom.
    /// Sends room `fromId`'s rundown to every other online room, and sets their
    /// made-up orders' pace (`ordersPerMinute` < 0: left as it is).
    void sendLesson(const QString &fromId, double ordersPerMinute);
    /// Saves every online room's newest coaching report (HTML and JSON) under
    /// `folder`/<room name>/; lessonDone() tells how many arrived.
    void collectReports(const QString &folder);

Q_SIGNALS:
    /// A classroom action finished: how many rooms did it, how many were asked.
    void lessonDone(const QString &what, int done, int asked);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void load();
    bool save(QString *error);
    void addTile(const RoomAddress &room, const QString &password);
    void layoutTiles();
    void log(const QString &room, const QString &text, bool raised);
    void refreshSummary();
    void askAddRoom();
    void askEditRoom(const QString &id);
    void askRemoveRoom(const QString &id);
    void askStop(RoomLink *link);
    void askSendLesson();
    void askCollectReports();
    /// Counts the answers of a classroom action and tells when every room answered.
    std::function<void(bool)> tally(const QString &what, int asked);
    /// Asks before an action on every room; true when the technician agreed.
    bool confirm(const QString &objectName, const QString &question);
    void playAlert();
    /// The online rooms `which` picks, in the grid's order.
    QList<RoomLink *> onlineRooms(const std::function<bool(const RoomLink &)> &which) const;
    static QStringList names(const QList<RoomLink *> &rooms);

    RoomStore &m_store;
    AlertLimits m_limits;
    struct Room {
        std::unique_ptr<RoomLink> link;
        RoomTile *tile = nullptr;
    };
    std::vector<Room> m_rooms;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QListWidget *m_log;
    QLabel *m_summary;
    QSoundEffect *m_sound = nullptr;
    int m_sounds = 0;
    int m_columns = 0;
};

} // namespace lj::console
