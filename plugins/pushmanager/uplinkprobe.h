#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace lj::push {

/// What the kernel knows of this process's TCP connections: how many bytes
/// each still holds, sent but not acknowledged by the other end or not sent
/// yet. A link that cannot carry the pushes shows here first: the kernel's
/// send buffer absorbs seconds of video before libobs' own queue (what
/// obs_output_get_congestion() reports) grows at all.
///
/// Read from /proc/self/net/tcp and tcp6 (every socket of the network
/// namespace), kept to the sockets this process holds (/proc/self/fd).
class UplinkProbe final {
public:
    struct Endpoint {
        QHostAddress address;
        quint16 port = 0;
        bool operator==(const Endpoint &) const = default;
    };

    /// One line of /proc/net/tcp{,6}: the remote end, the send queue, the
    /// socket's inode; false for the header or a line it cannot read.
    struct Socket {
        Endpoint remote;
        quint64 sendQueue = 0;
        quint64 inode = 0;
        bool established = false;
    };
    static bool parseLine(const QByteArray &line, Socket *socket);

    /// This process's established TCP connections now (one read of /proc).
    static QList<Socket> ownSockets();
    /// Bytes queued in `sockets` towards `endpoints`, summed.
    static quint64 queuedBytes(const QList<Socket> &sockets, const QList<Endpoint> &endpoints);
    /// The same, read now.
    static quint64 queuedBytes(const QList<Endpoint> &endpoints) { return queuedBytes(ownSockets(), endpoints); }
};

} // namespace lj::push
