#include "clipcutter.h"

#include "avhandles.h"

#include "core/atomicfile.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/opt.h>
}

#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cmath>

namespace lj::coaching {

struct ClipCutter::Input {
    av::FormatPtr format;
    int video = -1;
    int audio = -1;
};

namespace {

struct FifoFree {
    void operator()(AVAudioFifo *f) const { av_audio_fifo_free(f); }
};

int even(double v)
{
    return std::max(2, int(std::lround(v / 2.0)) * 2);
}

/// The filters a re-encoded clip's picture goes through: none, or the 9:16
/// centre of the frame with the product card (when it is outside that
/// centre) scaled into the lower part.
QString filterChain(QSize source, const ClipOptions &options)
{
    if (!options.portrait)
        return QStringLiteral("format=yuv420p");
    const int pw = options.portraitSize.width();
    const int ph = options.portraitSize.height();
    const int cropW = std::min(source.width(), even(source.height() * double(pw) / ph));
    const int cropX = (source.width() - cropW) / 2;
    const QString centre = QStringLiteral("crop=%1:%2:%3:0,scale=%4:%5,setsar=1").arg(cropW).arg(source.height()).arg(cropX).arg(pw).arg(ph);
    const QRectF card = options.card.intersected(QRectF(0, 0, 1, 1));
    const int cardX = even(card.x() * source.width()), cardY = even(card.y() * source.height());
    const int cardW = std::min(even(card.width() * source.width()), source.width() - cardX);
    const int cardH = std::min(even(card.height() * source.height()), source.height() - cardY);
    const bool cardInCentre = cardX >= cropX && cardX + cardW <= cropX + cropW;
    if (card.isEmpty() || cardW < 16 || cardH < 16 || cardInCentre)
        return centre + QStringLiteral(",format=yuv420p");
    // The card at most 90 % of the width and 30 % of the height, above the bottom edge.
    const double scale = std::min(pw * 0.9 / cardW, ph * 0.3 / cardH);
    return QStringLiteral("split=2[a][b];[a]%1[bg];[b]crop=%2:%3:%4:%5,scale=%6:%7[card];"
                          "[bg][card]overlay=x=(W-w)/2:y=H-h-%8,format=yuv420p")
        .arg(centre)
        .arg(cardW).arg(cardH).arg(cardX).arg(cardY)
        .arg(even(cardW * scale)).arg(even(cardH * scale))
        .arg(even(ph * 0.04));
}

/// One clip being written.
class Cut {
    Q_DECLARE_TR_FUNCTIONS(lj::coaching::ClipCutter)
public:
    Cut(AVFormatContext *input, int video, int audio, const ClipOptions &options)
        : m_in(input), m_video(video), m_audio(audio), m_options(options)
    {
    }

    bool run(qint64 startMs, qint64 endMs, const QString &part, const std::function<bool(double)> &progress, QString *error);
    /// The last write failed for want of space.
    bool diskFull() const { return m_diskFull; }

private:
    bool openOutput(QString *error);
    bool openVideoCoding(QString *error);
    bool openAudioCoding(QString *error);
    bool writePacket(AVPacket *packet, int outStream, AVRational from);
    /// Plain words for a failed write (FFmpeg's `code`), noting a full disk.
    QString writeFailure(int code);
    bool encodeVideo(AVFrame *frame);
    bool drainFilter(bool flush);
    bool decodeVideo(AVPacket *packet);
    bool decodeAudio(AVPacket *packet);
    bool encodeAudio(bool flush);
    int64_t inStream(int stream, int64_t us) const { return av_rescale_q(us, AV_TIME_BASE_Q, m_in->streams[stream]->time_base); }

    AVFormatContext *m_in;
    int m_video;
    int m_audio;
    ClipOptions m_options;
    bool m_reencodeVideo = false;
    bool m_reencodeAudio = false;
    av::OutputPtr m_out;
    int m_outVideo = -1;
    int m_outAudio = -1;
    int64_t m_originUs = AV_NOPTS_VALUE; ///< the clip's second 0 on the recording
    int64_t m_endUs = 0;
    bool m_videoDone = false;
    bool m_audioDone = false;
    int m_writeError = 0;
    bool m_diskFull = false;
    // Re-encoding.
    av::CodecPtr m_videoDecoder, m_videoEncoder, m_audioDecoder, m_audioEncoder;
    av::GraphPtr m_graph;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
    std::unique_ptr<AVAudioFifo, FifoFree> m_fifo;
    int64_t m_audioPts = 0; ///< samples written
    av::FramePtr m_frame{av_frame_alloc()};
    av::FramePtr m_filtered{av_frame_alloc()};
    av::PacketPtr m_packet{av_packet_alloc()};
};

bool Cut::openOutput(QString *error)
{
    AVFormatContext *raw = nullptr;
    if (avformat_alloc_output_context2(&raw, nullptr, "mp4", nullptr) < 0) {
        *error = tr("FFmpeg cannot write MP4 files here.");
        return false;
    }
    m_out.reset(raw);
    return true;
}

bool Cut::openVideoCoding(QString *error)
{
    const AVStream *in = m_in->streams[m_video];
    const AVCodec *decoder = avcodec_find_decoder(in->codecpar->codec_id);
    m_videoDecoder.reset(decoder ? avcodec_alloc_context3(decoder) : nullptr);
    if (!m_videoDecoder || avcodec_parameters_to_context(m_videoDecoder.get(), in->codecpar) < 0 ||
        avcodec_open2(m_videoDecoder.get(), decoder, nullptr) < 0) {
        *error = tr("The recording's picture cannot be decoded.");
        return false;
    }
    m_videoDecoder->pkt_timebase = in->time_base;

    m_graph.reset(avfilter_graph_alloc());
    const QString args = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=1/1")
                             .arg(in->codecpar->width).arg(in->codecpar->height).arg(in->codecpar->format)
                             .arg(in->time_base.num).arg(in->time_base.den);
    if (avfilter_graph_create_filter(&m_source, avfilter_get_by_name("buffer"), "in", args.toUtf8().constData(), nullptr, m_graph.get()) < 0 ||
        avfilter_graph_create_filter(&m_sink, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr, m_graph.get()) < 0) {
        *error = tr("The clip's picture filters cannot be set up.");
        return false;
    }
    AVFilterInOut *outputs = avfilter_inout_alloc();
    AVFilterInOut *inputs = avfilter_inout_alloc();
    outputs->name = av_strdup("in");
    outputs->filter_ctx = m_source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = m_sink;
    const QString chain = filterChain({in->codecpar->width, in->codecpar->height}, m_options);
    const int parsed = avfilter_graph_parse_ptr(m_graph.get(), chain.toUtf8().constData(), &inputs, &outputs, nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (parsed < 0 || avfilter_graph_config(m_graph.get(), nullptr) < 0) {
        *error = tr("The clip's picture filters cannot be set up.");
        return false;
    }

    const AVCodec *encoder = avcodec_find_encoder_by_name("libx264");
    if (!encoder)
        encoder = avcodec_find_encoder(AV_CODEC_ID_H264);
    m_videoEncoder.reset(encoder ? avcodec_alloc_context3(encoder) : nullptr);
    if (!m_videoEncoder) {
        *error = tr("FFmpeg here has no H.264 encoder for the clip.");
        return false;
    }
    AVCodecContext *e = m_videoEncoder.get();
    e->width = av_buffersink_get_w(m_sink);
    e->height = av_buffersink_get_h(m_sink);
    e->pix_fmt = AVPixelFormat(av_buffersink_get_format(m_sink));
    e->sample_aspect_ratio = {1, 1};
    e->time_base = in->time_base;
    const AVRational rate = in->avg_frame_rate.num > 0 ? in->avg_frame_rate : AVRational{30, 1};
    e->framerate = rate;
    e->gop_size = std::max(1, int(std::lround(2 * av_q2d(rate))));
    e->bit_rate = int64_t(m_options.videoBitrateKbps) * 1000;
    e->rc_max_rate = e->bit_rate * 3 / 2;
    e->rc_buffer_size = int(e->bit_rate * 2);
    if (m_out->oformat->flags & AVFMT_GLOBALHEADER)
        e->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(e->priv_data, "preset", "veryfast", 0);
    av_opt_set(e->priv_data, "x264-params", "log=-1", 0); // its statistics are not the host's business
    if (avcodec_open2(e, encoder, nullptr) < 0) {
        *error = tr("The clip's picture cannot be encoded.");
        return false;
    }
    return true;
}

bool Cut::openAudioCoding(QString *error)
{
    const AVStream *in = m_in->streams[m_audio];
    const AVCodec *decoder = avcodec_find_decoder(in->codecpar->codec_id);
    m_audioDecoder.reset(decoder ? avcodec_alloc_context3(decoder) : nullptr);
    if (!m_audioDecoder || avcodec_parameters_to_context(m_audioDecoder.get(), in->codecpar) < 0 ||
        avcodec_open2(m_audioDecoder.get(), decoder, nullptr) < 0 || m_audioDecoder->sample_fmt != AV_SAMPLE_FMT_FLTP) {
        *error = tr("The recording's sound cannot be decoded for an exact cut.");
        return false;
    }
    m_audioDecoder->pkt_timebase = in->time_base;
    const AVCodec *encoder = avcodec_find_encoder(AV_CODEC_ID_AAC);
    m_audioEncoder.reset(encoder ? avcodec_alloc_context3(encoder) : nullptr);
    if (!m_audioEncoder) {
        *error = tr("FFmpeg here has no AAC encoder for the clip.");
        return false;
    }
    AVCodecContext *e = m_audioEncoder.get();
    e->sample_fmt = AV_SAMPLE_FMT_FLTP;
    e->sample_rate = m_audioDecoder->sample_rate;
    av_channel_layout_copy(&e->ch_layout, &m_audioDecoder->ch_layout);
    e->bit_rate = in->codecpar->bit_rate > 0 ? in->codecpar->bit_rate : 160000;
    e->time_base = {1, e->sample_rate};
    if (m_out->oformat->flags & AVFMT_GLOBALHEADER)
        e->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (avcodec_open2(e, encoder, nullptr) < 0) {
        *error = tr("The clip's sound cannot be encoded.");
        return false;
    }
    m_fifo.reset(av_audio_fifo_alloc(e->sample_fmt, e->ch_layout.nb_channels, e->frame_size * 4));
    return bool(m_fifo);
}

QString Cut::writeFailure(int code)
{
    m_diskFull = code == AVERROR(ENOSPC);
    return m_diskFull ? tr("The disk is full.") : tr("The clip cannot be written: %1.").arg(av::errorText(code));
}

bool Cut::writePacket(AVPacket *packet, int outStream, AVRational from)
{
    av_packet_rescale_ts(packet, from, m_out->streams[outStream]->time_base);
    packet->stream_index = outStream;
    packet->pos = -1;
    const int code = av_interleaved_write_frame(m_out.get(), packet);
    if (code < 0 && !m_writeError)
        m_writeError = code;
    return code >= 0;
}

bool Cut::encodeVideo(AVFrame *frame)
{
    if (avcodec_send_frame(m_videoEncoder.get(), frame) < 0)
        return false;
    while (avcodec_receive_packet(m_videoEncoder.get(), m_packet.get()) == 0)
        if (!writePacket(m_packet.get(), m_outVideo, m_videoEncoder->time_base))
            return false;
    return true;
}

bool Cut::drainFilter(bool flush)
{
    if (flush && av_buffersrc_add_frame_flags(m_source, nullptr, 0) < 0)
        return false;
    while (av_buffersink_get_frame(m_sink, m_filtered.get()) >= 0) {
        m_filtered->pict_type = AV_PICTURE_TYPE_NONE;
        const bool ok = encodeVideo(m_filtered.get());
        av_frame_unref(m_filtered.get());
        if (!ok)
            return false;
    }
    return !flush || encodeVideo(nullptr);
}

bool Cut::decodeVideo(AVPacket *packet)
{
    if (avcodec_send_packet(m_videoDecoder.get(), packet) < 0 && packet)
        return true; // a damaged packet: the decoder goes on with the next
    while (avcodec_receive_frame(m_videoDecoder.get(), m_frame.get()) == 0) {
        const int64_t ts = m_frame->best_effort_timestamp;
        const int64_t us = av_rescale_q(ts, m_in->streams[m_video]->time_base, AV_TIME_BASE_Q);
        if (us >= m_endUs)
            m_videoDone = true;
        if (us < m_originUs || us >= m_endUs) {
            av_frame_unref(m_frame.get());
            continue;
        }
        m_frame->pts = ts - inStream(m_video, m_originUs);
        const bool ok = av_buffersrc_add_frame_flags(m_source, m_frame.get(), 0) >= 0 && drainFilter(false);
        av_frame_unref(m_frame.get());
        if (!ok)
            return false;
    }
    return true;
}

bool Cut::encodeAudio(bool flush)
{
    const int size = m_audioEncoder->frame_size;
    while (av_audio_fifo_size(m_fifo.get()) >= size || (flush && av_audio_fifo_size(m_fifo.get()) > 0)) {
        av::FramePtr frame(av_frame_alloc());
        frame->nb_samples = std::min(size, av_audio_fifo_size(m_fifo.get()));
        frame->format = m_audioEncoder->sample_fmt;
        frame->sample_rate = m_audioEncoder->sample_rate;
        av_channel_layout_copy(&frame->ch_layout, &m_audioEncoder->ch_layout);
        if (av_frame_get_buffer(frame.get(), 0) < 0 ||
            av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void **>(frame->data), frame->nb_samples) < frame->nb_samples)
            return false;
        frame->pts = m_audioPts;
        m_audioPts += frame->nb_samples;
        if (avcodec_send_frame(m_audioEncoder.get(), frame.get()) < 0)
            return false;
        while (avcodec_receive_packet(m_audioEncoder.get(), m_packet.get()) == 0)
            if (!writePacket(m_packet.get(), m_outAudio, m_audioEncoder->time_base))
                return false;
    }
    if (flush) {
        avcodec_send_frame(m_audioEncoder.get(), nullptr);
        while (avcodec_receive_packet(m_audioEncoder.get(), m_packet.get()) == 0)
            if (!writePacket(m_packet.get(), m_outAudio, m_audioEncoder->time_base))
                return false;
    }
    return true;
}

bool Cut::decodeAudio(AVPacket *packet)
{
    if (avcodec_send_packet(m_audioDecoder.get(), packet) < 0 && packet)
        return true;
    while (avcodec_receive_frame(m_audioDecoder.get(), m_frame.get()) == 0) {
        const AVRational tb = m_in->streams[m_audio]->time_base;
        const int rate = m_frame->sample_rate;
        const int64_t firstUs = av_rescale_q(m_frame->best_effort_timestamp, tb, AV_TIME_BASE_Q);
        // The samples of this frame inside [origin, end).
        const int64_t skip = std::max<int64_t>(0, av_rescale(m_originUs - firstUs, rate, AV_TIME_BASE));
        const int64_t until = std::min<int64_t>(m_frame->nb_samples, av_rescale(m_endUs - firstUs, rate, AV_TIME_BASE));
        if (until < m_frame->nb_samples)
            m_audioDone = true;
        if (until > skip) {
            std::vector<void *> planes(size_t(m_frame->ch_layout.nb_channels));
            for (size_t c = 0; c < planes.size(); ++c)
                planes[c] = m_frame->extended_data[c] + skip * int64_t(sizeof(float));
            if (av_audio_fifo_write(m_fifo.get(), planes.data(), int(until - skip)) < 0)
                return false;
        }
        av_frame_unref(m_frame.get());
        if (!encodeAudio(false))
            return false;
    }
    return true;
}

bool Cut::run(qint64 startMs, qint64 endMs, const QString &part, const std::function<bool(double)> &progress, QString *error)
{
    m_reencodeVideo = m_video >= 0 && (m_options.exact || m_options.portrait);
    m_reencodeAudio = m_audio >= 0 && m_options.exact;
    m_endUs = endMs * 1000;
    if (m_options.exact)
        m_originUs = startMs * 1000;
    m_videoDone = m_video < 0;
    m_audioDone = m_audio < 0;
    if (!openOutput(error) || (m_reencodeVideo && !openVideoCoding(error)) || (m_reencodeAudio && !openAudioCoding(error)))
        return false;

    // The streams of the clip, as copies or as what the encoders make.
    for (const int stream : {m_video, m_audio}) {
        if (stream < 0)
            continue;
        AVStream *out = avformat_new_stream(m_out.get(), nullptr);
        const AVCodecContext *encoder = stream == m_video ? m_videoEncoder.get() : m_audioEncoder.get();
        const int copied = encoder ? avcodec_parameters_from_context(out->codecpar, encoder)
                                   : avcodec_parameters_copy(out->codecpar, m_in->streams[stream]->codecpar);
        if (copied < 0) {
            *error = tr("The clip's streams cannot be set up.");
            return false;
        }
        out->codecpar->codec_tag = 0;
        out->time_base = encoder ? encoder->time_base : m_in->streams[stream]->time_base;
        (stream == m_video ? m_outVideo : m_outAudio) = out->index;
    }
    int code = avio_open(&m_out->pb, QFile::encodeName(part).constData(), AVIO_FLAG_WRITE);
    if (code < 0 || (code = avformat_write_header(m_out.get(), nullptr)) < 0) {
        *error = writeFailure(code);
        return false;
    }

    // From the keyframe at or before the start: copies begin there, decoders need it.
    const int seekStream = m_video >= 0 ? m_video : m_audio;
    if (av_seek_frame(m_in, seekStream, inStream(seekStream, startMs * 1000), AVSEEK_FLAG_BACKWARD) < 0)
        av_seek_frame(m_in, -1, 0, AVSEEK_FLAG_BACKWARD);
    bool keyframeSeen = m_video < 0;
    bool readEnd = false;
    const int64_t spanUs = std::max<int64_t>(1, m_endUs - startMs * 1000);
    while (!(m_videoDone && m_audioDone)) {
        code = av_read_frame(m_in, m_packet.get());
        if (code < 0) {
            readEnd = true;
            break;
        }
        AVPacket *packet = m_packet.get();
        const int stream = packet->stream_index;
        const AVRational tb = m_in->streams[stream]->time_base;
        const int64_t ptsUs = packet->pts == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : av_rescale_q(packet->pts, tb, AV_TIME_BASE_Q);
        bool ok = true;
        if (stream == m_video) {
            if (!keyframeSeen && !(packet->flags & AV_PKT_FLAG_KEY)) {
                av_packet_unref(packet);
                continue;
            }
            if (!keyframeSeen && m_originUs == AV_NOPTS_VALUE)
                m_originUs = ptsUs; // a fast cut begins at the keyframe
            keyframeSeen = true;
            if (m_reencodeVideo) {
                ok = decodeVideo(packet);
            } else {
                const int64_t dtsUs = av_rescale_q(packet->dts == AV_NOPTS_VALUE ? packet->pts : packet->dts, tb, AV_TIME_BASE_Q);
                if (dtsUs >= m_endUs) {
                    m_videoDone = true;
                } else {
                    const int64_t shift = inStream(stream, m_originUs);
                    packet->pts -= shift;
                    packet->dts -= shift;
                    ok = writePacket(packet, m_outVideo, tb);
                }
            }
            if (progress && ptsUs != AV_NOPTS_VALUE && !progress(std::clamp(double(ptsUs - startMs * 1000) / double(spanUs), 0.0, 1.0))) {
                *error = tr("Cancelled.");
                return false;
            }
        } else if (stream == m_audio && keyframeSeen && m_originUs != AV_NOPTS_VALUE) {
            if (m_reencodeAudio) {
                ok = decodeAudio(packet);
            } else if (ptsUs >= m_endUs) {
                m_audioDone = true;
            } else if (ptsUs >= m_originUs) {
                const int64_t shift = inStream(stream, m_originUs);
                packet->pts -= shift;
                packet->dts -= shift;
                ok = writePacket(packet, m_outAudio, tb);
            }
        }
        av_packet_unref(packet);
        if (!ok) {
            *error = writeFailure(m_writeError);
            return false;
        }
    }
    if (readEnd && code != AVERROR_EOF) {
        *error = tr("The recording is damaged after %1 (%2).")
                     .arg(QString::number(double(m_originUs) / 1e6, 'f', 1), av::errorText(code));
        return false;
    }
    if (m_originUs == AV_NOPTS_VALUE) {
        *error = tr("The recording has no picture between these times.");
        return false;
    }
    // What the decoders and encoders still hold.
    bool ok = true;
    if (m_reencodeVideo)
        ok = decodeVideo(nullptr) && drainFilter(true);
    if (ok && m_reencodeAudio)
        ok = decodeAudio(nullptr) && encodeAudio(true);
    if (!ok || (code = av_write_trailer(m_out.get())) < 0 || (code = avio_closep(&m_out->pb)) < 0) {
        *error = writeFailure(m_writeError ? m_writeError : code);
        return false;
    }
    return true;
}

} // namespace

ClipCutter::ClipCutter(QString recording) : m_recording(std::move(recording)) {}

ClipCutter::~ClipCutter() = default;

void ClipCutter::quietLibraries()
{
    av_log_set_level(AV_LOG_ERROR);
}

QString ClipCutter::partFile(const QString &out)
{
    const QFileInfo info(out);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".part"));
}

bool ClipCutter::open(QString *error)
{
    const QString name = QFileInfo(m_recording).fileName();
    if (!QFileInfo::exists(m_recording)) {
        *error = tr("The recording %1 does not exist.").arg(m_recording);
        return false;
    }
    bool damaged = false;
    auto input = std::make_unique<Input>();
    input->format = av::openInput(m_recording, &damaged);
    if (!input->format) {
        *error = damaged ? tr("The recording %1 is damaged: its streams cannot be read.").arg(name)
                         : tr("%1 is not a recording FFmpeg can read.").arg(name);
        return false;
    }
    input->video = av_find_best_stream(input->format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    input->audio = av_find_best_stream(input->format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (input->video < 0) {
        *error = tr("The recording %1 has no picture.").arg(name);
        return false;
    }
    input->audio = std::max(-1, input->audio);
    m_input = std::move(input);
    return true;
}

qint64 ClipCutter::durationMs() const
{
    return m_input && m_input->format->duration > 0 ? m_input->format->duration / 1000 : 0;
}

QSize ClipCutter::frameSize() const
{
    if (!m_input)
        return {};
    const AVCodecParameters *p = m_input->format->streams[m_input->video]->codecpar;
    return {p->width, p->height};
}

bool ClipCutter::cut(qint64 startMs, qint64 endMs, const QString &out, const ClipOptions &options,
                     const std::function<bool(double)> &progress, QString *error)
{
    if (!m_input && !open(error))
        return false;
    if (endMs <= startMs || startMs >= durationMs()) {
        *error = tr("%1 to %2 is not inside the recording (%3 long).")
                     .arg(startMs / 1000.0, 0, 'f', 1).arg(endMs / 1000.0, 0, 'f', 1).arg(durationMs() / 1000.0, 0, 'f', 1);
        return false;
    }
    const QString part = partFile(out);
    QString why;
    Cut cut(m_input->format.get(), m_input->video, m_input->audio, options);
    bool ok = cut.run(startMs, endMs, part, progress, &why);
    m_diskFull = cut.diskFull();
    if (ok && !(ok = commitPartFile(part, out)))
        why = tr("The clip cannot be saved as %1.").arg(out);
    if (!ok) {
        QFile::remove(part);
        *error = why;
    }
    return ok;
}

QList<ClipOutcome> ClipCutter::cutAll(const QList<ClipSpec> &specs, const QString &outDir, const ClipOptions &options,
                                      const std::function<bool(int clip, double fraction)> &progress)
{
    QList<ClipOutcome> outcomes;
    QString stopped; // a full disk or a cancel: the clips after it are not tried
    if (!QDir().mkpath(outDir))
        stopped = tr("The folder %1 cannot be made.").arg(outDir);
    for (int i = 0; i < specs.size(); ++i) {
        ClipOutcome outcome{specs[i], {}, specs[i].problem};
        if (outcome.error.isEmpty() && !stopped.isEmpty())
            outcome.error = stopped;
        if (outcome.error.isEmpty()) {
            const QString file = QDir(outDir).filePath(specs[i].fileName);
            bool cancelled = false;
            const auto each = [&](double fraction) {
                cancelled = progress && !progress(i, fraction);
                return !cancelled;
            };
            if (cut(specs[i].startMs, specs[i].endMs, file, options, each, &outcome.error))
                outcome.file = file;
            else if (cancelled)
                stopped = outcome.error = tr("Cancelled: no more clips were cut.");
            else if (m_diskFull)
                stopped = tr("The disk is full: no more clips were cut.");
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace lj::coaching
