#include "core/encoders.h"

#include <QCoreApplication>

namespace lj {

QList<std::pair<QString, QString>> EncoderPair::availableVideoEncoders()
{
    QList<std::pair<QString, QString>> result;
    const char *id = nullptr;
    for (size_t i = 0; obs_enum_encoder_types(i, &id); ++i) {
        if (obs_get_encoder_type(id) != OBS_ENCODER_VIDEO || qstrcmp(obs_get_encoder_codec(id), "h264") != 0 ||
            (obs_get_encoder_caps(id) & (OBS_ENCODER_CAP_DEPRECATED | OBS_ENCODER_CAP_INTERNAL)))
            continue;
        result.append({QString::fromUtf8(id), QString::fromUtf8(obs_encoder_get_display_name(id))});
    }
    return result;
}

EncoderPair EncoderPair::create(const OutputSettings &settings, const QString &name,
                                QString *error, video_t *video)
{
    EncoderPair pair;
    OBSDataAutoRelease videoSettings = obs_data_create();
    obs_data_set_string(videoSettings, "rate_control", "CBR");
    obs_data_set_int(videoSettings, "bitrate", settings.videoBitrateKbps);
    obs_data_set_int(videoSettings, "keyint_sec", settings.keyframeIntervalSec);
    obs_data_set_string(videoSettings, "preset", settings.x264Preset.toUtf8().constData());
    obs_data_set_string(videoSettings, "profile", "high");
    QString encoderId = settings.videoEncoder;
    bool available = false;
    for (const auto &[id, label] : availableVideoEncoders())
        available = available || id == encoderId;
    if (!available) {
        qWarning("video encoder %s is not available here; using x264", qPrintable(encoderId));
        encoderId = QStringLiteral("obs_x264");
    }
    pair.video = obs_video_encoder_create(encoderId.toUtf8().constData(), (name + QStringLiteral(" video")).toUtf8().constData(),
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
    obs_encoder_set_video(pair.video, video ? video : obs_get_video());
    obs_encoder_set_audio(pair.audio, obs_get_audio());
    return pair;
}

} // namespace lj
