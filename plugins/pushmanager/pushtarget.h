#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace lj::push {

/// Where one push goes. The stream key is not part of it: it lives in the
/// keychain under keyName().
struct PushTarget {
    QString id; ///< stable, unique in the room
    QString name;
    QString platform = QStringLiteral("rtmp");
    QString server;
    bool enabled = true;
    bool ownEncoder = false;  ///< encode separately (e.g. a lower bitrate for a weak platform)
    int videoBitrateKbps = 0; ///< for an own encoder; 0 = the room's bitrate
    int reconnectDelaySec = 2;
    int maxRetries = 20;
    /// A classroom's ingest (课堂): pushed to only in rehearsals, never in a
    /// public show; public platforms are never pushed to in rehearsals.
    bool classroom = false;
    /// The host's main platform (主平台): on a link too weak for every push,
    /// the others pause first and this one stays live.
    bool main = false;
    /// A base relay (platform "relay"): the base's media server that sends the
    /// show on to the room's other platforms. Which engine it runs
    /// ("nginx-rtmp" or "srs"), and where it shows its own view of them.
    QString relayEngine = QStringLiteral("nginx-rtmp");
    QString relayStatUrl;

    bool isRelay() const { return platform == QLatin1String("relay"); }

    /// SRT: the receiver's latency (ms; 0: the server's default) and whether
    /// the stream is encrypted with a passphrase (kept in the keychain under
    /// passphraseKeyName(), like the key).
    int srtLatencyMs = 0;
    bool srtPassphrase = false;
    /// Which of the room's canvases it pushes: the landscape one, or the
    /// portrait (9:16) one the phone platforms show. Saved as "canvas";
    /// targets saved before there was a choice are landscape.
    bool portrait = false;
    QString passphraseKeyName() const { return id + QStringLiteral(".passphrase"); }

    /// In the push manager's keychain namespace ("pushmanager/<id>"; before
    /// plugins had namespaces it was "push/<id>", moved over when first read).
    QString keyName() const { return id; }
    QJsonObject toJson() const;
    static PushTarget fromJson(const QJsonObject &object);
    static QString newId();
};

/// Targets as a file a technician can carry to another room or machine.
/// Keys are included only when asked for.
class TargetFile final {
    Q_DECLARE_TR_FUNCTIONS(lj::push::TargetFile)
public:
    static QJsonObject write(const QVector<PushTarget> &targets, const QMap<QString, QString> &keysById);
    /// Reads targets (given new ids) and their keys by the new ids; false with a reason on bad input.
    static bool read(const QJsonObject &file, QVector<PushTarget> *targets, QMap<QString, QString> *keysById,
                     QString *error);
};

} // namespace lj::push
