#pragma once

// Small helpers shared by the benchmarks: CPU time of this process, and
// waiting for libobs to render or output a number of frames.
#include "core/obsruntime.h"
#include "core/paths.h"

#include <obs.h>
#include <util/base.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <ctime>
#include <functional>

namespace bench {

/// Keeps libobs' chatter out of the figures (warnings still go to stderr).
inline void quietLogs()
{
    base_set_log_handler(
        [](int level, const char *format, va_list args, void *) {
            if (level <= LOG_WARNING) {
                vfprintf(stderr, format, args);
                fputc('\n', stderr);
            }
        },
        nullptr);
}

/// What each libobs benchmark sets up before its Qt application: Qt
/// offscreen, libobs' chatter kept out of the figures, the studio's settings
/// in a private temporary folder, and the frame count from the command line.
class Session {
public:
    Session(int argc, char **argv, quint32 defaultFrames)
        : frames(argc > 1 ? quint32(atoi(argv[1])) : defaultFrames)
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        quietLogs();
        lj::StudioPaths::setConfigRoot(dir.path());
    }

    const quint32 frames;
    QTemporaryDir dir;
};

/// Starts libobs; says why not on stderr.
inline bool startObs(lj::ObsRuntime &runtime, const QString &locale)
{
    QString error;
    if (runtime.start(lj::VideoSettings{}, locale, &error))
        return true;
    fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

/// CPU seconds used by the whole process (all threads) so far.
inline double processCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// CPU seconds used so far by this process's threads whose name `wanted` accepts.
inline double threadsCpuSeconds(const std::function<bool(const QByteArray &name)> &wanted)
{
    double total = 0;
    QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm"))), sched(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !sched.open(QIODevice::ReadOnly))
            continue;
        if (wanted(comm.readAll().trimmed()))
            total += sched.readAll().split(' ').value(0).toDouble() / 1e9; // nanoseconds on a CPU
    }
    return total;
}

/// CPU seconds of the threads that draw the picture: everything except the
/// demo clip's decoder and the audio threads, whose share varies with the
/// clip and not with what is composed over it.
inline double compositingCpuSeconds()
{
    return threadsCpuSeconds([](const QByteArray &name) {
        return !name.startsWith("mp_media") && !name.startsWith("audio") && !name.startsWith("obs-audio");
    });
}

/// CPU seconds of Mesa's software rasterizer (llvmpipe's worker threads):
/// the work a graphics card does on a machine that has one.
inline double rasterizerCpuSeconds()
{
    return threadsCpuSeconds([](const QByteArray &name) { return name.startsWith("llvmpipe"); });
}

/// CPU seconds of the main (Qt) thread, where overlays paint with QPainter.
inline double mainThreadCpuSeconds()
{
    QFile sched(QStringLiteral("/proc/self/task/%1/schedstat").arg(QCoreApplication::applicationPid()));
    return sched.open(QIODevice::ReadOnly) ? sched.readAll().split(' ').value(0).toDouble() / 1e9 : 0;
}

struct Sample {
    double cpuSeconds = 0;
    double compositingSeconds = 0;
    double mainThreadSeconds = 0;
    double rasterizerSeconds = 0;
    double wallSeconds = 0;
    quint32 frames = 0;
    quint32 lagged = 0;
    double cpuPer300() const { return frames ? cpuSeconds * 300.0 / frames : 0; }
    double compositingPer300() const { return frames ? compositingSeconds * 300.0 / frames : 0; }
    double mainThreadPer300() const { return frames ? mainThreadSeconds * 300.0 / frames : 0; }
    /// What the CPU still does where a graphics card rasterizes.
    double besideRasterizerPer300() const { return frames ? (cpuSeconds - rasterizerSeconds) * 300.0 / frames : 0; }
    double coreShare() const { return wallSeconds > 0 ? cpuSeconds / wallSeconds : 0; }
};

/// Runs the event loop until `counter()` has advanced by `frames`; measures the span.
inline Sample measure(quint32 frames, const std::function<quint32()> &counter)
{
    const quint32 start = counter();
    const quint32 laggedStart = obs_get_lagged_frames();
    const double cpuStart = processCpuSeconds();
    const double compositingStart = compositingCpuSeconds();
    const double mainStart = mainThreadCpuSeconds();
    const double rasterizerStart = rasterizerCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    while (counter() - start < frames && wall.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    Sample s;
    s.cpuSeconds = processCpuSeconds() - cpuStart;
    s.compositingSeconds = compositingCpuSeconds() - compositingStart;
    s.mainThreadSeconds = mainThreadCpuSeconds() - mainStart;
    s.rasterizerSeconds = rasterizerCpuSeconds() - rasterizerStart;
    s.wallSeconds = wall.elapsed() / 1000.0;
    s.frames = counter() - start;
    s.lagged = obs_get_lagged_frames() - laggedStart;
    return s;
}

/// Runs the event loop until `done()` or the timeout; returns `done()`.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return done();
}

/// Measures `frames` frames of the libobs output named `name` (after `settle` frames).
inline Sample measureOutput(const QString &name, quint32 frames, quint32 settle)
{
    obs_output_t *out = obs_get_output_by_name(name.toUtf8().constData());
    if (!out)
        return {};
    auto counter = [out] { return quint32(obs_output_get_total_frames(out)); };
    measure(settle, counter);
    const Sample sample = measure(frames, counter);
    obs_output_release(out);
    return sample;
}

inline void printRow(const char *name, const Sample &s)
{
    printf("%-34s %7u %14.3f %12.1f%% %8u\n", name, s.frames, s.cpuPer300(), s.coreShare() * 100.0, s.lagged);
}

inline void printHeader()
{
    printf("%-34s %7s %14s %13s %8s\n", "scenario", "frames", "CPU s/300 fr", "of one core", "lagged");
}

} // namespace bench
