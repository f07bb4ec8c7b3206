#include "core/encoders.h"

#include <QCoreApplication>

namespace lj {

EncoderPair EncoderPair::create(const OutputSettings &settings, const QString &name,
                                QString *error)
{
    EncoderPair pair;
    OBSDataAutoRelease videoSettings = obs_data_create();
    obs_data_set_string(videoSettings, "rate_control", "CBR");
    obs_data_set_int(videoSettings, "bitrate", settings.videoBitrateKbps);
    obs_data_set_int(videoSettings, "keyint_sec", settings.keyframeIntervalSec);
    obs_data_set_string(videoSettings, "preset", settings.x264Preset.toUtf8().constData());
    obs_data_set_string(videoSettings, "profile", "high");
    pair.video = obs_video_encoder_create("obs_x264", (name + QStringLiteral(" video")).toUtf8().constData(),
                                          videoSettings, nullptr);

    OBSDataAutoRelease audioSettings = obs_data_create();
    obs_data_set_int(audioSettings, "bitrate", settings.audioBitrateKbps);
    pair.audio = obs_audio_encoder_create("ffmpeg_aac", (name + QStringLiteral(" audio")).toUtf8().constData(),
                                          audioSettings, 0, nullptr);
    if (!pair.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                "lj::EncoderPair", "The H.264/AAC encoders could not be created. "
                                   "Reinstall the obs-studio package.");
        return {};
    }
    obs_encoder_set_video(pair.video, obs_get_video());
    obs_encoder_set_audio(pair.audio, obs_get_audio());
    return pair;
}

} // namespace lj
