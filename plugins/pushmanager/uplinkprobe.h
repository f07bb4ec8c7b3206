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
    /// Bytes queued in this process's established connections to `endpoints`, summed.
    static quint64 queuedBytes(const QList<Endpoint> &endpoints);

    /// One line of /proc/net/tcp{,6}: the remote end, the send queue, the
    /// socket's inode; false for the header or a line it cannot read.
    struct Socket {
        Endpoint remote;
        quint64 sendQueue = 0;
        quint64 inode = 0;
        bool established = false;
    };
    static bool parseLine(const QByteArray &line, Socket *socket);
};

} // namespace lj::push
