#include "uplinkprobe.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cstring>

namespace lj::push {

namespace {

constexpr int kEstablished = 1; // TCP_ESTABLISHED in /proc/net/tcp's "st" column

/// "0100007F:0787": the address as the kernel printed it (each 32-bit
/// word of the network-order bytes read in host order, in hex; four words
/// for IPv6), a colon, the port in hex.
bool parseAddress(const QByteArray &text, UplinkProbe::Endpoint *endpoint)
{
    const int colon = text.indexOf(':');
    if (colon != 8 && colon != 32)
        return false;
    bool ok = false;
    endpoint->port = quint16(text.mid(colon + 1).toUInt(&ok, 16));
    if (!ok)
        return false;
    Q_IPV6ADDR bytes{};
    for (int i = 0; i < colon / 8; ++i) {
        const quint32 word = text.mid(i * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return false;
        std::memcpy(&bytes[i * 4], &word, 4); // the word's bytes as they lay in the kernel's memory: network order
    }
    if (colon == 8) {
        endpoint->address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3]);
        return true;
    }
    endpoint->address.setAddress(bytes);
    const quint32 v4 = endpoint->address.toIPv4Address(&ok);
    if (ok) // ::ffff:a.b.c.d, an IPv4 peer of a dual-stack socket
        endpoint->address.setAddress(v4);
    return true;
}

QSet<quint64> ownSocketInodes()
{
    QSet<quint64> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        const int open = target.indexOf(QLatin1String("socket:["));
        if (open >= 0)
            inodes.insert(target.mid(open + 8).chopped(1).toULongLong());
    }
    return inodes;
}

} // namespace

bool UplinkProbe::parseLine(const QByteArray &line, Socket *socket)
{
    const QList<QByteArray> f = line.simplified().split(' ');
    // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
    if (f.size() < 10 || !f[0].endsWith(':'))
        return false;
    bool ok = false;
    if (!parseAddress(f[2], &socket->remote))
        return false;
    socket->established = f[3].toInt(&ok, 16) == kEstablished && ok;
    const QList<QByteArray> queues = f[4].split(':');
    if (queues.size() != 2)
        return false;
    socket->sendQueue = queues[0].toULongLong(&ok, 16);
    if (!ok)
        return false;
    socket->inode = f[9].toULongLong(&ok);
    return ok;
}

QList<UplinkProbe::Socket> UplinkProbe::ownSockets()
{
    const QSet<quint64> own = ownSocketInodes();
    QList<Socket> sockets;
    for (const char *path : {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // /proc files report no size: read line by line.
        for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
            Socket s;
            if (parseLine(line, &s) && s.established && own.contains(s.inode))
                sockets << s;
        }
    }
    return sockets;
}

quint64 UplinkProbe::queuedBytes(const QList<Socket> &sockets, const QList<Endpoint> &endpoints)
{
    quint64 queued = 0;
    for (const Socket &s : sockets)
        if (endpoints.contains(s.remote))
            queued += s.sendQueue;
    return queued;
}

} // namespace lj::push
