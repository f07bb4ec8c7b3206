#include "core/logging.h"

#include <obs.h>
#include <util/base.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstdarg>
#include <cstdio>

namespace lj {

namespace {

struct LogState {
    QMutex mutex;
    QFile file;
    QStringList secrets; ///< longest first, so a secret inside another is not half-masked
    bool echoAll = false;
    QtMessageHandler previousQt = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(int level)
{
    switch (level) {
    case LOG_ERROR:
        return "error";
    case LOG_WARNING:
        return "warning";
    case LOG_INFO:
        return "info";
    default:
        return "debug";
    }
}

/// Call with the state's mutex held.
QString scrub(const LogState &s, QString text)
{
    for (const QString &secret : s.secrets)
        text.replace(secret, QStringLiteral("****"));
    return text;
}

void writeLine(int level, const QString &source, const QString &text)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    const QString clean = scrub(s, text);
    const QString line = QDateTime::currentDateTime().toString(QStringLiteral("hh:mm:ss.zzz")) +
                         QLatin1Char(' ') + QLatin1String(levelName(level)) + QLatin1Char(' ') +
                         source + QStringLiteral(": ") + clean + QLatin1Char('\n');
    const QByteArray bytes = line.toUtf8();
    if (s.file.isOpen()) {
        s.file.write(bytes);
        s.file.flush();
    }
    // libobs' own warnings (missing virtual camera, no EWMH, ...) only go to
    // the file; the terminal shows the studio's (LJ_VERBOSE=1 shows all).
    if (s.echoAll || (level <= LOG_WARNING && source != QLatin1String("obs")))
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void obsLogHandler(int level, const char *format, va_list args, void *)
{
    char buffer[4096];
    vsnprintf(buffer, sizeof buffer, format, args);
    writeLine(level, QStringLiteral("obs"), QString::fromUtf8(buffer));
}

void qtLogHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    int level = LOG_INFO;
    switch (type) {
    case QtDebugMsg:
        level = LOG_DEBUG;
        break;
    case QtInfoMsg:
        level = LOG_INFO;
        break;
    case QtWarningMsg:
        level = LOG_WARNING;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = LOG_ERROR;
        break;
    }
    const QString category =
        context.category && qstrcmp(context.category, "default") != 0
            ? QString::fromLatin1(context.category)
            : QStringLiteral("studio");
    writeLine(level, category, message);
    if (type == QtFatalMsg)
        abort();
}

} // namespace

bool StudioLog::start(const QString &dir, QString *error)
{
    QDir().mkpath(dir);
    // Keep kMaxLogs - 1 old files so that with the new one there are kMaxLogs.
    const QStringList old = files(dir);
    for (int i = kMaxLogs - 1; i < old.size(); ++i)
        QFile::remove(old.at(i));

    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.echoAll = qEnvironmentVariableIntValue("LJ_VERBOSE") != 0;
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_hh-mm-ss-zzz"));
        s.file.setFileName(dir + QStringLiteral("/studio_") + stamp + QStringLiteral(".log"));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            if (error)
                *error = s.file.errorString();
            return false;
        }
    }
    s.previousQt = qInstallMessageHandler(qtLogHandler);
    base_set_log_handler(obsLogHandler, nullptr);
    return true;
}

void StudioLog::stop()
{
    LogState &s = state();
    qInstallMessageHandler(s.previousQt);
    base_set_log_handler(nullptr, nullptr);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

QString StudioLog::currentFile()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

QStringList StudioLog::files(const QString &dir)
{
    QStringList result;
    const QFileInfoList infos =
        QDir(dir).entryInfoList({QStringLiteral("studio_*.log")}, QDir::Files, QDir::Name);
    for (auto it = infos.crbegin(); it != infos.crend(); ++it)
        result << it->absoluteFilePath();
    return result;
}

void StudioLog::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.secrets.contains(secret))
        return;
    s.secrets.append(secret);
    std::sort(s.secrets.begin(), s.secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString StudioLog::redact(const QString &line)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return scrub(s, line);
}

void StudioLog::setEchoToStderr(bool all)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.echoAll = all;
}

} // namespace lj
