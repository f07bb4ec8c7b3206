#pragma once

// Ports on 127.0.0.1 for the servers a test starts (a studio's remote
// control, a relay), and whether one accepts connections yet.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace lj::test {

/// A port nothing listens on now (taken, then given back).
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Whether something on 127.0.0.1 accepts a connection at `port`.
inline bool portOpen(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

} // namespace lj::test
