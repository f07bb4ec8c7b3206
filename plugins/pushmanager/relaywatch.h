#pragma once

#include "relayconfig.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace lj::push {

/// The base relay's own view of the show, read from the server while the
/// studio pushes to it: nginx-rtmp's statistics page (which pushes to the
/// platforms are active) or SRS's HTTP API (whether it receives the stream).
class RelayWatch final : public QObject {
    Q_OBJECT
public:
    explicit RelayWatch(QObject *parent = nullptr);

    /// Asks the server once (a request still running is left to finish).
    void poll(const QString &statUrl, RelayConfig::Engine engine, const RelayConfig::Source &source);
    /// Forgets what the server said (the relay push stopped).
    void reset();

    bool known() const { return m_known; }
    /// The server says it receives the studio's stream.
    bool receiving() const { return m_receiving; }
    /// The server lists each push it makes (nginx-rtmp); SRS does not.
    bool listsPushes() const { return m_listsPushes; }
    /// nginx-rtmp's names of the active pushes: RelayConfig::nginxRelayAddress() of their URLs.
    const QStringList &activePushes() const { return m_active; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void updated();

private:
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_pending;
    bool m_known = false;
    bool m_receiving = false;
    bool m_listsPushes = false;
    QStringList m_active;
    QString m_error;
};

} // namespace lj::push
