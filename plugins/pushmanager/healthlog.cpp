#include "healthlog.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace lj::push {

namespace {

QString stateName(PushState state)
{
    switch (state) {
    case PushState::Idle:
        return QStringLiteral("idle");
    case PushState::Connecting:
        return QStringLiteral("connecting");
    case PushState::Live:
        return QStringLiteral("live");
    case PushState::Reconnecting:
        return QStringLiteral("reconnecting");
    case PushState::Paused:
        return QStringLiteral("paused");
    case PushState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

PushState stateFrom(const QString &name)
{
    for (PushState s : {PushState::Idle, PushState::Connecting, PushState::Live, PushState::Reconnecting, PushState::Failed,
                        PushState::Paused})
        if (stateName(s) == name)
            return s;
    return PushState::Idle;
}

} // namespace

QString HealthLog::fileFor(qint64 ms) const
{
    return QDir(m_dir).filePath(QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate) + QStringLiteral(".jsonl"));
}

void HealthLog::append(const QList<PushHealthSample> &samples)
{
    if (samples.isEmpty())
        return;
    QDir().mkpath(m_dir);
    QFile file(fileFor(samples.first().atMs));
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        qWarning("push health not logged: %s", qPrintable(file.errorString()));
        return;
    }
    QByteArray lines;
    for (const PushHealthSample &s : samples)
        lines += QJsonDocument(QJsonObject{{QStringLiteral("t"), s.atMs},
                                           {QStringLiteral("id"), s.targetId},
                                           {QStringLiteral("name"), s.name},
                                           {QStringLiteral("state"), stateName(s.state)},
                                           {QStringLiteral("kbps"), qRound(s.kbps)},
                                           {QStringLiteral("dropped"), s.droppedFrames},
                                           {QStringLiteral("frames"), s.totalFrames},
                                           {QStringLiteral("retries"), s.retries},
                                           {QStringLiteral("bitrate"), s.bitrateKbps}})
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    file.write(lines);
}

QList<PushHealthSample> HealthLog::read(qint64 fromMs, qint64 toMs) const
{
    QList<PushHealthSample> samples;
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs).date(), last = QDateTime::fromMSecsSinceEpoch(toMs).date();
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        QFile file(QDir(m_dir).filePath(day.toString(Qt::ISODate) + QStringLiteral(".jsonl")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object(); // a torn line reads as empty
            const qint64 t = o.value(QStringLiteral("t")).toInteger();
            if (o.isEmpty() || t < fromMs || t > toMs)
                continue;
            samples << PushHealthSample{t,
                                        o.value(QStringLiteral("id")).toString(),
                                        o.value(QStringLiteral("name")).toString(),
                                        stateFrom(o.value(QStringLiteral("state")).toString()),
                                        o.value(QStringLiteral("kbps")).toDouble(),
                                        o.value(QStringLiteral("dropped")).toInt(),
                                        o.value(QStringLiteral("frames")).toInt(),
                                        o.value(QStringLiteral("retries")).toInt(),
                                        o.value(QStringLiteral("bitrate")).toInt()};
        }
    }
    return samples;
}

void HealthLog::prune() const
{
    const QDate oldest = QDate::currentDate().addDays(-kKeepDays);
    for (const QFileInfo &f : QDir(m_dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        const QDate day = QDate::fromString(f.completeBaseName(), Qt::ISODate);
        if (day.isValid() && day < oldest)
            QFile::remove(f.absoluteFilePath());
    }
}

} // namespace lj::push
