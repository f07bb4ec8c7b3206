#pragma once

#include <QCoreApplication>

#include "core/export.h"
#include "core/videosettings.h"

#include <QString>
#include <QStringList>

namespace lj {

/// libobs, once per process: startup under X11/EGL, the module allowlist,
/// video/audio reset, and an orderly shutdown.
class LJ_CORE_EXPORT ObsRuntime final {
    Q_DECLARE_TR_FUNCTIONS(lj::ObsRuntime)
public:
    /// Modules we load. obs_load_all_modules is never used: some modules
    /// (frontend-tools, obs-websocket) need OBS's own frontend and abort.
    static const QStringList &moduleAllowlist();

    ObsRuntime() = default;
    ~ObsRuntime();
    ObsRuntime(const ObsRuntime &) = delete;
    ObsRuntime &operator=(const ObsRuntime &) = delete;

    /// On failure returns false with a plain-words reason (no display, no
    /// OpenGL, libobs missing) that the caller shows before exiting non-zero.
    bool start(const VideoSettings &video, const QString &locale, QString *error);
    /// Fails while an output is active.
    bool resetVideo(const VideoSettings &video, QString *error);
    /// Every libobs reference must be released before this.
    void shutdown();

    bool isStarted() const { return m_started; }
    const VideoSettings &video() const { return m_video; }
    QStringList loadedModules() const { return m_loadedModules; }
    /// The X display libobs draws with; also what preview widgets must use.
    void *x11Display() const { return m_display; }

    /// libobs' live allocation count; 0 after a clean shutdown.
    static long liveAllocations();

private:
    bool loadModules(QString *error);

    bool m_started = false;
    void *m_display = nullptr;
    VideoSettings m_video;
    QStringList m_loadedModules;
};

} // namespace lj
