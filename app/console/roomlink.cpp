#include "roomlink.h"

#include "obswsprotocol.h"

#include <QDateTime>
#include <QJsonArray>

namespace lj::console {

RoomLink::RoomLink(RoomAddress address, QString password, AlertLimits limits, QObject *parent)
    : QObject(parent), m_address(std::move(address)), m_password(std::move(password)), m_alerts(limits)
{
    connect(&m_client, &ObsWsClient::stateChanged, this, &RoomLink::onStateChanged);
    connect(&m_client, &ObsWsClient::event, this, &RoomLink::onEvent);
    m_statusTimer.setInterval(kStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &RoomLink::pollStatus);
    m_thumbnailTimer.setInterval(kThumbnailIntervalMs);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &RoomLink::pollThumbnail);
    m_retryTimer.setInterval(kRetryIntervalMs);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RoomLink::connectNow);
}

void RoomLink::setAddress(const RoomAddress &address, const QString &password)
{
    m_address = address;
    m_password = password;
    m_client.close();
    connectNow();
}

void RoomLink::start()
{
    connectNow();
}

void RoomLink::connectNow()
{
    m_retryTimer.stop();
    m_problem = tr("Connecting...");
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_address.host);
    url.setPort(m_address.port);
    using remote::EventSubscription;
    m_client.open(url, m_password, EventSubscription::General | EventSubscription::Scenes | EventSubscription::Outputs | EventSubscription::Vendors);
    Q_EMIT changed();
}

void RoomLink::onStateChanged(ObsWsClient::State state)
{
    if (state == ObsWsClient::State::Online) {
        m_problem.clear();
        m_statusPending = m_thumbnailPending = false;
        m_statusTimer.start();
        m_thumbnailTimer.start();
        pollStatus();
        pollThumbnail();
        loadScenes();
    } else if (state == ObsWsClient::State::Offline) {
        m_statusTimer.stop();
        m_thumbnailTimer.stop();
        m_status = {};
        QString why;
        switch (m_client.failure()) {
        case ObsWsClient::Failure::WrongPassword:
            why = tr("wrong password");
            break;
        case ObsWsClient::Failure::Lost:
            why = tr("the connection was lost (studio closed, or the network is down)");
            break;
        case ObsWsClient::Failure::Refused:
            why = tr("the studio refused the connection: %1").arg(m_client.closeReason());
            break;
        case ObsWsClient::Failure::Unreachable:
        case ObsWsClient::Failure::None:
            why = tr("no studio answers at %1:%2").arg(m_address.host).arg(m_address.port);
            break;
        }
        m_problem = why;
        setAlerts(m_alerts.unreachable(why, wrongPassword()));
        // A wrong password does not mend itself: wait for the technician to edit the room.
        if (!wrongPassword())
            m_retryTimer.start();
    }
    Q_EMIT changed();
}

void RoomLink::onEvent(const QString &type, const QJsonObject &data)
{
    if (type == QLatin1String("SceneListChanged"))
        loadScenes();
    else if (type == QLatin1String("ExitStarted"))
        m_problem = tr("The studio is closing.");
    else if (type == QLatin1String("StreamStateChanged") || type == QLatin1String("CurrentProgramSceneChanged") ||
             (type == QLatin1String("VendorEvent") && data.value(QStringLiteral("vendorName")).toString() == QLatin1String("longjiang")))
        pollStatus(); // something shown changed: do not wait for the next round
}

void RoomLink::pollStatus()
{
    if (m_statusPending || !isOnline())
        return;
    m_statusPending = true;
    m_client.vendorRequest(QStringLiteral("GetRoomStatus"), {}, [this](bool ok, const QJsonObject &data, const QString &) {
        m_statusPending = false;
        if (!ok)
            return; // the connection's end is told by its state
        const QString sceneBefore = m_status.scene;
        m_status = RoomStatus::fromJson(data, QDateTime::currentMSecsSinceEpoch());
        setAlerts(m_alerts.update(m_status));
        if (m_status.scene != sceneBefore)
            pollThumbnail();
        Q_EMIT changed();
    });
}

void RoomLink::pollThumbnail()
{
    if (m_thumbnailPending || !isOnline() || m_status.scene.isEmpty())
        return;
    m_thumbnailPending = true;
    m_client.request(QStringLiteral("GetSourceScreenshot"),
                     {{QStringLiteral("sourceName"), m_status.scene},
                      {QStringLiteral("imageFormat"), QStringLiteral("jpg")},
                      {QStringLiteral("imageWidth"), kThumbnailWidth},
                      {QStringLiteral("imageCompressionQuality"), 70}},
                     [this](bool ok, const QJsonObject &data, const QString &) {
                         m_thumbnailPending = false;
                         if (!ok)
                             return;
                         const QString url = data.value(QStringLiteral("imageData")).toString();
                         const qsizetype comma = url.indexOf(QLatin1Char(','));
                         QImage image;
                         if (comma > 0 && image.loadFromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1()))) {
                             m_thumbnail = image;
                             ++m_thumbnailSerial;
                             Q_EMIT changed();
                         }
                     });
}

void RoomLink::loadScenes()
{
    m_client.request(QStringLiteral("GetSceneList"), {}, [this](bool ok, const QJsonObject &data, const QString &) {
        if (!ok)
            return;
        QStringList names;
        // obs-websocket lists scenes bottom-up; the studio's order is top-down.
        for (const QJsonValue &v : data.value(QStringLiteral("scenes")).toArray())
            names.prepend(v.toObject().value(QStringLiteral("sceneName")).toString());
        m_scenes = names;
        Q_EMIT changed();
    });
}

void RoomLink::setAlerts(const QList<Alert> &alerts)
{
    QList<Alert> raised, cleared;
    const auto has = [](const QList<Alert> &list, const Alert &a) {
        return std::any_of(list.begin(), list.end(), [&a](const Alert &b) { return a.key() == b.key(); });
    };
    for (const Alert &a : alerts)
        if (!has(m_shown, a))
            raised << a;
    for (const Alert &a : m_shown)
        if (!has(alerts, a))
            cleared << a;
    m_shown = alerts;
    if (!raised.isEmpty())
        Q_EMIT alertsRaised(raised);
    if (!cleared.isEmpty())
        Q_EMIT alertsCleared(cleared);
}

void RoomLink::act(const QString &what, const QString &type, const QJsonObject &data)
{
    m_client.request(type, data, [this, what](bool ok, const QJsonObject &, const QString &comment) {
        if (!ok)
            Q_EMIT actionFailed(tr("%1 in %2 did not work: %3").arg(what, m_address.name, comment));
        pollStatus();
    });
}

void RoomLink::actVendor(const QString &what, const QString &type)
{
    m_client.vendorRequest(type, {}, [this, what](bool ok, const QJsonObject &, const QString &comment) {
        if (!ok)
            Q_EMIT actionFailed(tr("%1 in %2 did not work: %3").arg(what, m_address.name, comment));
        pollStatus();
    });
}

void RoomLink::fetchRundown(Answer done)
{
    m_client.vendorRequest(QStringLiteral("GetRundown"), {}, std::move(done));
}

void RoomLink::sendRundown(const QJsonObject &rundown, Answer done)
{
    m_client.vendorRequest(QStringLiteral("SetRundown"), rundown, [this, done = std::move(done)](bool ok, const QJsonObject &data, const QString &error) {
        pollStatus();
        done(ok, data, error);
    });
}

void RoomLink::setSimulatedPace(double ordersPerMinute, Answer done)
{
    m_client.vendorRequest(QStringLiteral("SetSimulatedPace"), {{QStringLiteral("ordersPerMinute"), ordersPerMinute}}, std::move(done));
}

void RoomLink::fetchReports(int limit, Answer done)
{
    m_client.vendorRequest(QStringLiteral("GetCoachingReports"), {{QStringLiteral("limit"), limit}}, std::move(done));
}

void RoomLink::goLive()
{
    act(tr("Going live"), QStringLiteral("StartStream"));
}

void RoomLink::stopLive()
{
    act(tr("Stopping"), QStringLiteral("StopStream"));
}

void RoomLink::nextProduct()
{
    actVendor(tr("Next product"), QStringLiteral("NextProduct"));
}

void RoomLink::previousProduct()
{
    actVendor(tr("Previous product"), QStringLiteral("PreviousProduct"));
}

void RoomLink::setScene(const QString &scene)
{
    act(tr("Switching the scene"), QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), scene}});
}

void RoomLink::toggleMicrophone()
{
    if (m_status.micName.isEmpty()) {
        Q_EMIT actionFailed(tr("%1 has no microphone on air.").arg(m_address.name));
        return;
    }
    act(tr("Muting the microphone"), QStringLiteral("ToggleInputMute"), {{QStringLiteral("inputName"), m_status.micName}});
}

} // namespace lj::console
