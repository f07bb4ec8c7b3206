#pragma once

// The console's side of one studio room: keeps connected (and reconnects
// by itself when the room disappears), asks for its status every
// kStatusIntervalMs and for a thumbnail every kThumbnailIntervalMs, works
// out its alerts, and carries out the technician's actions.

#include "obswsclient.h"
#include "roomalerts.h"
#include "roomstatus.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace lj::console {

/// Where a room is reached (saved in the console's room list; its password lives in the keychain).
struct RoomAddress {
    QString id;   ///< stable, made when the room is added
    QString name; ///< as the technician named it, e.g. 1号直播间
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 4455;
};

class RoomLink final : public QObject {
    Q_OBJECT
public:
    static constexpr int kStatusIntervalMs = 2000;
    static constexpr int kThumbnailIntervalMs = 4000;
    static constexpr int kRetryIntervalMs = 3000;
    static constexpr int kThumbnailWidth = 320;

    RoomLink(RoomAddress address, QString password, AlertLimits limits = {}, QObject *parent = nullptr);

    const RoomAddress &address() const { return m_address; }
    void setAddress(const RoomAddress &address, const QString &password);
    /// Connects now and keeps the room watched.
    void start();

    bool isOnline() const { return m_client.state() == ObsWsClient::State::Online; }
    /// In plain words, when the room is not online (empty otherwise).
    QString problem() const { return m_problem; }
    bool wrongPassword() const { return m_client.failure() == ObsWsClient::Failure::WrongPassword; }
    const RoomStatus &status() const { return m_status; }
    QImage thumbnail() const { return m_thumbnail; }
    /// Counts the thumbnails received, so a view redraws only a new one.
    int thumbnailSerial() const { return m_thumbnailSerial; }
    QStringList scenes() const { return m_scenes; }
    QList<Alert> alerts() const { return m_alerts.current(); }

    // The technician's actions; actionFailed() tells when one did not work.
    void goLive();
    void stopLive();
    void nextProduct();
    void previousProduct();
    void setScene(const QString &scene);
    /// Mutes or unmutes the room's microphone (the one the status names).
    void toggleMicrophone();

    // A trainer's classroom (the studio's own requests; `done` gets the answer or why not).
    using Answer = std::function<void(bool ok, const QJsonObject &data, const QString &error)>;
    /// The rundown on the room's shelf, with its products.
    void fetchRundown(Answer done);
    /// Puts `rundown` (as fetchRundown gave it) on the room's shelf.
    void sendRundown(const QJsonObject &rundown, Answer done);
    /// Made-up orders per minute on every simulated ticker (0: each ticker's own).
    void setSimulatedPace(double ordersPerMinute, Answer done);
    /// The room's newest coaching reports.
    void fetchReports(int limit, Answer done);

Q_SIGNALS:
    /// Anything shown changed: status, thumbnail, connection, scenes.
    void changed();
    /// Alerts that were not there before (for the sound and the log).
    void alertsRaised(const QList<lj::console::Alert> &alerts);
    /// Alerts that went away (for the log).
    void alertsCleared(const QList<lj::console::Alert> &alerts);
    void actionFailed(const QString &what);

private:
    void connectNow();
    void onStateChanged(ObsWsClient::State state);
    void onEvent(const QString &type, const QJsonObject &data);
    void pollStatus();
    void pollThumbnail();
    void loadScenes();
    void setAlerts(const QList<Alert> &alerts);
    /// Sends an action; failures are told with `what`.
    void act(const QString &what, const QString &type, const QJsonObject &data = {});
    void actVendor(const QString &what, const QString &type);

    RoomAddress m_address;
    QString m_password;
    ObsWsClient m_client;
    RoomAlerts m_alerts;
    QList<Alert> m_shown; ///< what alertsRaised/alertsCleared last told
    RoomStatus m_status;
    QImage m_thumbnail;
    int m_thumbnailSerial = 0;
    QStringList m_scenes;
    QString m_problem;
    QTimer m_statusTimer;
    QTimer m_thumbnailTimer;
    QTimer m_retryTimer;
    bool m_statusPending = false;
    bool m_thumbnailPending = false;
};

} // namespace lj::console
