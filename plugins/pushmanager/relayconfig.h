#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace lj::push {

/// Relay through the base (基地中转): the studio pushes one stream to the
/// base's own media server, which sends it on to every platform, so a weak
/// uplink carries one stream whatever the number of platforms. The server
/// is an existing engine the base runs; this writes its configuration.
class RelayConfig final {
    Q_DECLARE_TR_FUNCTIONS(lj::push::RelayConfig)
public:
    enum class Engine { NginxRtmp, Srs };
    /// One platform the server sends the show on to.
    struct Destination {
        QString name; ///< as the host named it (抖音)
        QString url;  ///< the whole push URL, key included: rtmp://host/app/key
    };
    /// Where the studio pushes: the relay target's server (rtmp://base/app/) and its stream name.
    struct Source {
        QString room;
        QString app;
        QString stream;
    };

    static Engine engineFromId(const QString &id) { return id == QLatin1String("srs") ? Engine::Srs : Engine::NginxRtmp; }
    static QString engineId(Engine engine) { return engine == Engine::Srs ? QStringLiteral("srs") : QStringLiteral("nginx-rtmp"); }
    /// The app of a relay server URL (rtmp://base:1935/lj_relay/ → lj_relay); empty if it has none.
    static QString appOf(const QString &server);

    /// The server's configuration for this room: for nginx-rtmp an
    /// `application` block to include in the rtmp server block, for SRS a
    /// vhost whose transcode engines copy the stream to each platform.
    /// With `masked`, every key is replaced by dots (for the screen).
    static QString write(Engine engine, const Source &source, const QList<Destination> &destinations, const QDateTime &when,
                         bool masked = false);
    /// The warning the technician reads before deploying the file (also at its top).
    static QString keysWarning();
    /// A push URL with its key hidden: rtmp://host/app/••••
    static QString maskKey(const QString &url);

    /// The relay's own view of each platform, from nginx-rtmp's statistics
    /// page: the pushes of `source` that are active, by destination URL.
    /// Returns false (with `error`) when the page cannot be read.
    /// How nginx-rtmp's statistics name a push to `url`: host:port/app/key.
    static QString nginxRelayAddress(const QString &url);
    static bool nginxActivePushes(const QByteArray &statXml, const Source &source, QStringList *activeUrls, bool *publishing,
                                  QString *error);
    /// SRS's HTTP API (/api/v1/streams): whether the relay receives the stream
    /// (SRS does not list the transcoders that send it on).
    static bool srsReceiving(const QByteArray &streamsJson, const Source &source, bool *publishing, QString *error);
};

} // namespace lj::push
