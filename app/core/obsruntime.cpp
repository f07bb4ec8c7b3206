#include "core/obsruntime.h"

#include "core/paths.h"

#include <obs-nix-platform.h>
#include <obs.h>
#include <obsconfig.h>
#include <util/bmem.h>

#include <QCoreApplication>
#include <QDebug>
#include <QFileInfo>

#include <X11/Xlib.h>

namespace lj {

namespace {


QString videoResetError(int code)
{
    switch (code) {
    case OBS_VIDEO_NOT_SUPPORTED:
        return QCoreApplication::translate("lj::ObsRuntime", "The graphics driver does not support the OpenGL version libobs needs.");
    case OBS_VIDEO_INVALID_PARAM:
        return QCoreApplication::translate("lj::ObsRuntime", "The video settings are invalid (canvas size or frame rate).");
    case OBS_VIDEO_CURRENTLY_ACTIVE:
        return QCoreApplication::translate("lj::ObsRuntime", "Video settings cannot change while recording or streaming.");
    case OBS_VIDEO_MODULE_NOT_FOUND:
        return QCoreApplication::translate("lj::ObsRuntime", "The libobs OpenGL module is missing. Reinstall the obs-studio package.");
    default:
        return QCoreApplication::translate("lj::ObsRuntime", "libobs could not start its video pipeline (OpenGL/EGL failed). "
                  "Check the log file for the driver's message.");
    }
}

obs_video_info toObs(const VideoSettings &v)
{
    obs_video_info ovi = {};
    ovi.graphics_module = "libobs-opengl";
    ovi.fps_num = uint32_t(v.fpsNumerator);
    ovi.fps_den = uint32_t(v.fpsDenominator);
    ovi.base_width = uint32_t(v.baseWidth);
    ovi.base_height = uint32_t(v.baseHeight);
    ovi.output_width = uint32_t(v.outputWidth);
    ovi.output_height = uint32_t(v.outputHeight);
    ovi.output_format = VIDEO_FORMAT_NV12;
    ovi.adapter = 0;
    ovi.gpu_conversion = true;
    ovi.colorspace = VIDEO_CS_709;
    ovi.range = VIDEO_RANGE_PARTIAL;
    ovi.scale_type = OBS_SCALE_BICUBIC;
    return ovi;
}

QString moduleBinaryDir()
{
    return QStringLiteral(OBS_INSTALL_PREFIX OBS_PLUGIN_DESTINATION);
}

QString moduleDataDir(const QString &name)
{
    return QStringLiteral(OBS_INSTALL_PREFIX OBS_DATA_PATH "/obs-plugins/") + name;
}

} // namespace

const QStringList &ObsRuntime::moduleAllowlist()
{
    static const QStringList modules = {
        QStringLiteral("obs-ffmpeg"),       QStringLiteral("obs-x264"),
        QStringLiteral("obs-outputs"),      QStringLiteral("rtmp-services"),
        QStringLiteral("image-source"),     QStringLiteral("text-freetype2"),
        QStringLiteral("obs-filters"),      QStringLiteral("obs-transitions"),
        QStringLiteral("linux-pulseaudio"), QStringLiteral("linux-v4l2"),
        QStringLiteral("linux-capture"),
    };
    return modules;
}

ObsRuntime::~ObsRuntime()
{
    shutdown();
}

bool ObsRuntime::start(const VideoSettings &video, const QString &locale, QString *error)
{
    if (m_started)
        return true;
    if (!video.isValid()) {
        *error = videoResetError(OBS_VIDEO_INVALID_PARAM);
        return false;
    }

    // libobs renders through EGL on an X display. Without one (a plain SSH
    // session) nothing can be composed, so say so instead of crashing later.
    const QByteArray displayName = qgetenv("DISPLAY");
    Display *display = displayName.isEmpty() ? nullptr : XOpenDisplay(displayName.constData());
    if (!display) {
        *error = displayName.isEmpty()
                     ? tr("No X display: DISPLAY is not set. Run the studio on a desktop, or "
                          "headless with: xvfb-run -a longjiang-studio --headless")
                     : tr("Cannot open the X display \"%1\". Is the X server (or Xvfb) running?")
                           .arg(QString::fromLocal8Bit(displayName));
        return false;
    }
    m_display = display;
    obs_set_nix_platform(OBS_NIX_PLATFORM_X11_EGL);
    obs_set_nix_platform_display(display);

    // Without a module config path libobs modules write their files (the
    // rtmp-services list, say) into whatever directory the studio started in.
    if (!obs_startup(locale.toUtf8().constData(), StudioPaths::moduleConfigDir().toUtf8().constData(), nullptr)) {
        *error = tr("libobs failed to start. Check the log file for details.");
        XCloseDisplay(display);
        m_display = nullptr;
        return false;
    }
    m_started = true;

    obs_audio_info ai = {};
    ai.samples_per_sec = 48000;
    ai.speakers = SPEAKERS_STEREO;
    if (!obs_reset_audio(&ai)) {
        *error = tr("libobs could not start its audio pipeline.");
        shutdown();
        return false;
    }

    obs_video_info ovi = toObs(video);
    const int code = obs_reset_video(&ovi);
    if (code != OBS_VIDEO_SUCCESS) {
        *error = videoResetError(code);
        shutdown();
        return false;
    }
    m_video = video;

    if (!loadModules(error)) {
        shutdown();
        return false;
    }
    qInfo("libobs %s started: %dx%d -> %dx%d @ %.2f fps, modules: %s", obs_get_version_string(),
          video.baseWidth, video.baseHeight, video.outputWidth, video.outputHeight, video.fps(),
          qPrintable(m_loadedModules.join(QLatin1Char(' '))));
    return true;
}

bool ObsRuntime::loadModules(QString *error)
{
    for (const QString &name : moduleAllowlist()) {
        const QString binary = moduleBinaryDir() + QLatin1Char('/') + name + QStringLiteral(".so");
        if (!QFileInfo::exists(binary)) {
            qWarning("libobs module %s is not installed", qPrintable(name));
            continue;
        }
        obs_module_t *module = nullptr;
        const int code = obs_open_module(&module, binary.toUtf8().constData(),
                                         moduleDataDir(name).toUtf8().constData());
        if (code != MODULE_SUCCESS) {
            qWarning("libobs module %s failed to open (code %d)", qPrintable(name), code);
            continue;
        }
        if (!obs_init_module(module)) {
            qWarning("libobs module %s failed to initialise", qPrintable(name));
            continue;
        }
        m_loadedModules << name;
    }
    obs_post_load_modules();
    // Without an encoder module nothing can be recorded or streamed.
    if (!m_loadedModules.contains(QStringLiteral("obs-x264")) ||
        !m_loadedModules.contains(QStringLiteral("obs-ffmpeg"))) {
        *error = tr("The libobs encoder modules (obs-x264, obs-ffmpeg) could not be loaded. "
                    "Reinstall the obs-studio package.");
        return false;
    }
    return true;
}

bool ObsRuntime::resetVideo(const VideoSettings &video, QString *error)
{
    if (!m_started) {
        m_video = video;
        return true;
    }
    if (!video.isValid()) {
        *error = videoResetError(OBS_VIDEO_INVALID_PARAM);
        return false;
    }
    if (video == m_video)
        return true;
    obs_video_info ovi = toObs(video);
    const int code = obs_reset_video(&ovi);
    if (code != OBS_VIDEO_SUCCESS) {
        *error = videoResetError(code);
        return false;
    }
    m_video = video;
    return true;
}

void ObsRuntime::shutdown()
{
    if (m_started) {
        obs_shutdown();
        m_started = false;
        m_loadedModules.clear();
        const long leaks = bnum_allocs();
        if (leaks > 0)
            qWarning("libobs shut down with %ld allocations still live", leaks);
        else
            qInfo("libobs shut down cleanly");
    }
    if (m_display) {
        XCloseDisplay(static_cast<Display *>(m_display));
        m_display = nullptr;
    }
}

long ObsRuntime::liveAllocations()
{
    return bnum_allocs();
}

} // namespace lj
