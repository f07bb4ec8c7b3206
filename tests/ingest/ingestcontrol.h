#pragma once

// The nginx RTMP ingest of scripts/test-services.sh, killed and started again
// by tests of what happens when the server goes away mid-stream.

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>

namespace lj::test {

/// Kills the ingest at once (SIGKILL: no goodbye to the pushes); false when it was not found.
inline bool killIngest()
{
    QFile f(qEnvironmentVariable("LJ_INGEST_DIR") + QStringLiteral("/nginx.pid"));
    const qint64 pid = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    return pid > 0 && ::kill(pid_t(pid), SIGKILL) == 0;
}

/// Starts the ingest again as the services script did (LJ_INGEST_START).
inline bool restartIngest()
{
    const QStringList command = qEnvironmentVariable("LJ_INGEST_START").split(QLatin1Char(' '));
    QProcess restart;
    restart.setProgram(command.first());
    restart.setArguments(command.mid(1));
    restart.setStandardOutputFile(QProcess::nullDevice());
    restart.setStandardErrorFile(QProcess::nullDevice());
    return restart.startDetached();
}

} // namespace lj::test
