#pragma once

// A weak uplink made honestly on this machine: a network namespace of its
// own whose loopback is shaped with tc (token bucket), an nginx RTMP ingest
// inside it that records what arrives, and the studio started inside it.
// Nothing leaves loopback; the namespace is removed when the object goes.
// Needs root (CI runs as root) and iproute2. Used by tests/network and bench/.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace lj::test {

class ShapedLink {
public:
    ShapedLink() : m_name(QStringLiteral("lj-link-%1-%2").arg(::getpid()).arg(QUuid::createUuid().toString(QUuid::Id128).left(6))) {}
    ShapedLink(const ShapedLink &) = delete;
    ShapedLink &operator=(const ShapedLink &) = delete;
    ~ShapedLink()
    {
        stopIngest();
        run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), m_name});
    }

    const QString &name() const { return m_name; }
    const QString &error() const { return m_error; }

    /// The namespace with its loopback up (MTU 1500, as on a real link).
    bool create()
    {
        return run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), m_name}) &&
               run(inside({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up"),
                           QStringLiteral("mtu"), QStringLiteral("1500")}));
    }
    /// Shapes the loopback to `kbit` kbit/s (replacing any earlier shape).
    bool shape(int kbit)
    {
        return run(inside({QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("replace"), QStringLiteral("dev"), QStringLiteral("lo"),
                           QStringLiteral("root"), QStringLiteral("tbf"), QStringLiteral("rate"), QStringLiteral("%1kbit").arg(kbit),
                           QStringLiteral("burst"), QStringLiteral("32kbit"), QStringLiteral("latency"), QStringLiteral("400ms")}));
    }
    /// The link as wide as loopback again.
    bool unshape()
    {
        return run(inside({QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("del"), QStringLiteral("dev"), QStringLiteral("lo"),
                           QStringLiteral("root")}));
    }

    /// `command` run inside the namespace.
    QStringList inside(const QStringList &command) const
    {
        return QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), m_name} + command;
    }
    /// Starts `process` inside the namespace.
    void start(QProcess &process, const QString &program, const QStringList &arguments) const
    {
        const QStringList command = inside(QStringList{program} + arguments);
        process.start(command.first(), command.mid(1));
    }

    /// An nginx RTMP ingest inside the namespace on 127.0.0.1:1935 ("live"
    /// records every stream to `folder`/<key>.flv). `extraRtmp` is added to
    /// the rtmp server block (a relay's application, say).
    bool startIngest(const QString &folder, const QString &extraRtmp = {})
    {
        QDir().mkpath(folder + QStringLiteral("/logs"));
        QDir().mkpath(folder + QStringLiteral("/tmp"));
        const QString conf = QStringLiteral(R"(load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
daemon off;
master_process off;
worker_processes 1;
user root;
pid %1/nginx.pid;
error_log %1/logs/error.log info;
events { worker_connections 64; }
rtmp {
    server {
        listen 127.0.0.1:1935;
        chunk_size 4096;
        application live {
            live on;
            record all;
            record_path %1;
            record_unique off;
        }
%2
    }
}
http {
    access_log off;
    client_body_temp_path %1/tmp;
    server {
        listen 127.0.0.1:8080;
        location /stat { rtmp_stat all; }
    }
}
)")
                                 .arg(folder, extraRtmp);
        QFile file(folder + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.close();
        m_ingest.setProcessChannelMode(QProcess::ForwardedChannels);
        start(m_ingest, QStringLiteral("nginx"),
              {QStringLiteral("-p"), folder, QStringLiteral("-c"), file.fileName(), QStringLiteral("-e"), folder + QStringLiteral("/logs/error.log")});
        for (int i = 0; i < 100; ++i) { // until it listens
            if (run(inside({QStringLiteral("python3"), QStringLiteral("-c"),
                            QStringLiteral("import socket; socket.create_connection(('127.0.0.1', 1935), 1)")}),
                    false))
                return true;
            QThread::msleep(100);
        }
        return fail(QStringLiteral("the ingest in %1 did not start").arg(m_name));
    }
    void stopIngest()
    {
        if (m_ingest.state() == QProcess::NotRunning)
            return;
        m_ingest.terminate();
        if (!m_ingest.waitForFinished(5000)) {
            m_ingest.kill();
            m_ingest.waitForFinished();
        }
    }
    /// The ingest's statistics page (nginx-rtmp's XML), fetched inside the namespace.
    QByteArray stat() const
    {
        QProcess p;
        const QStringList command = inside({QStringLiteral("python3"), QStringLiteral("-c"),
                                            QStringLiteral("import sys, urllib.request; "
                                                           "sys.stdout.buffer.write(urllib.request.urlopen('http://127.0.0.1:8080/stat', timeout=5).read())")});
        p.start(command.first(), command.mid(1));
        p.waitForFinished(10000);
        return p.readAllStandardOutput();
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
    bool run(const QStringList &command, bool keepError = true)
    {
        QProcess p;
        p.start(command.first(), command.mid(1));
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (keepError)
                m_error = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
            return false;
        }
        return true;
    }

    QString m_name;
    QString m_error;
    QProcess m_ingest;
};

} // namespace lj::test
