#include "audioanalysis.h"
#include "avhandles.h"

#include <ebur128.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include <QFile>

#include <algorithm>
#include <memory>
#include <vector>

namespace lj::coaching {

namespace {

using av::CodecPtr;
using av::FormatPtr;
using av::FramePtr;
using av::PacketPtr;
using av::SwrPtr;
struct EbuFree {
    void operator()(ebur128_state *s) const { ebur128_destroy(&s); }
};

/// The audio as interleaved float samples, fed in pieces by the decoder.
class Meter {
public:
    Meter(int channels, int rate, const AnalysisOptions &options)
        : m_channels(channels), m_rate(rate), m_frameLength(std::max(1, int(rate * options.frameSec))),
          m_ebu(ebur128_init(unsigned(channels), unsigned(rate), EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_SAMPLE_PEAK))
    {
    }
    bool valid() const { return bool(m_ebu); }

    void add(const float *samples, int frames)
    {
        ebur128_add_frames_float(m_ebu.get(), samples, size_t(frames));
        for (int i = 0; i < frames; ++i) {
            double mix = 0;
            bool clipped = false;
            for (int c = 0; c < m_channels; ++c) {
                const float s = samples[i * m_channels + c];
                mix += s;
                clipped |= std::fabs(s) >= 0.999f;
            }
            mix /= m_channels;
            if (clipped) { // one moment per stretch of clipping, however long
                const double at = double(m_samples) / m_rate;
                if (m_clippingAt.isEmpty() || at - m_lastClip >= 1.0)
                    m_clippingAt << at;
                m_lastClip = at;
            }
            m_sum += mix * mix;
            ++m_samples;
            if (++m_inFrame == m_frameLength) {
                m_levels.push_back(10.0 * std::log10(m_sum / m_frameLength + 1e-20));
                m_sum = 0;
                m_inFrame = 0;
            }
        }
    }

    AudioAnalysis finish(const AnalysisOptions &options, double startSec)
    {
        AudioAnalysis a;
        a.durationSec = double(m_samples) / m_rate;
        double value = 0;
        if (ebur128_loudness_global(m_ebu.get(), &value) == EBUR128_SUCCESS)
            a.integratedLufs = value;
        if (ebur128_loudness_range(m_ebu.get(), &value) == EBUR128_SUCCESS)
            a.rangeLu = value;
        double peak = 0;
        for (int c = 0; c < m_channels; ++c) {
            double channelPeak = 0;
            if (ebur128_sample_peak(m_ebu.get(), unsigned(c), &channelPeak) == EBUR128_SUCCESS)
                peak = std::max(peak, channelPeak);
        }
        a.samplePeakDbfs = peak > 0 ? 20.0 * std::log10(peak) : -HUGE_VAL;
        for (double at : std::as_const(m_clippingAt))
            a.clippingAt << at + startSec;
        findSpeech(options, startSec, &a);
        return a;
    }

private:
    /// Voice activity: a window is speech when it stands clearly above the
    /// recording's own floor (its quietest tenth), and never below -50 dBFS.
    void findSpeech(const AnalysisOptions &options, double startSec, AudioAnalysis *a) const
    {
        if (m_levels.empty())
            return;
        std::vector<double> sorted = m_levels;
        std::nth_element(sorted.begin(), sorted.begin() + qsizetype(sorted.size() / 10), sorted.end());
        const double floor = sorted[sorted.size() / 10];
        const double threshold = std::clamp(floor + 12.0, -50.0, -25.0);
        const double frameSec = double(m_frameLength) / m_rate;
        QList<VoicedSegment> runs;
        for (size_t i = 0; i < m_levels.size(); ++i) {
            if (m_levels[i] <= threshold)
                continue;
            const double start = double(i) * frameSec, end = start + frameSec;
            if (!runs.isEmpty() && start - runs.last().end < options.bridgeSec)
                runs.last().end = end;
            else
                runs << VoicedSegment{start, end};
        }
        // Pauses: before the first word, between words, after the last one.
        double previousEnd = 0;
        for (const VoicedSegment &run : std::as_const(runs)) {
            if (run.start - previousEnd >= options.minSilenceSec)
                a->silences << Silence{previousEnd + startSec, run.start - previousEnd};
            previousEnd = run.end;
        }
        const double total = double(m_levels.size()) * frameSec;
        if (total - previousEnd >= options.minSilenceSec)
            a->silences << Silence{previousEnd + startSec, total - previousEnd};
        for (VoicedSegment run : std::as_const(runs)) {
            run.start += startSec;
            run.end += startSec;
            a->voiced << run;
        }
    }

    int m_channels;
    int m_rate;
    int m_frameLength;
    std::unique_ptr<ebur128_state, EbuFree> m_ebu;
    std::vector<double> m_levels; ///< dBFS of each window
    QList<double> m_clippingAt;
    double m_lastClip = 0;
    double m_sum = 0;
    int m_inFrame = 0;
    qint64 m_samples = 0;
};

} // namespace

double AudioAnalysis::talkSeconds(double from, double to) const
{
    double talk = 0;
    for (const VoicedSegment &v : voiced)
        talk += std::max(0.0, std::min(v.end, to) - std::max(v.start, from));
    return talk;
}

double AudioAnalysis::segmentsPerMinute(double from, double to) const
{
    if (to <= from)
        return 0;
    const auto count = std::count_if(voiced.begin(), voiced.end(), [&](const VoicedSegment &v) { return v.start >= from && v.start < to; });
    return double(count) * 60.0 / (to - from);
}

std::optional<AudioAnalysis> AudioAnalyzer::analyze(const QString &path, const AnalysisOptions &options, QString *error)
{
    bool damaged = false;
    const FormatPtr format = av::openInput(path, &damaged);
    if (!format) {
        *error = damaged ? tr("%1 is damaged: its streams cannot be read.").arg(path)
                         : tr("%1 cannot be opened as a recording.").arg(path);
        return std::nullopt;
    }
    const AVCodec *codec = nullptr;
    const int stream = av_find_best_stream(format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (stream < 0 || !codec) {
        *error = tr("%1 has no sound to analyse.").arg(path);
        return std::nullopt;
    }
    CodecPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), format->streams[stream]->codecpar) < 0 ||
        avcodec_open2(decoder.get(), codec, nullptr) < 0) {
        *error = tr("The sound of %1 cannot be decoded.").arg(path);
        return std::nullopt;
    }
    const int rate = decoder->sample_rate;
    const int channels = std::clamp(decoder->ch_layout.nb_channels, 1, 2);
    AVChannelLayout outLayout;
    av_channel_layout_default(&outLayout, channels);
    SwrContext *rawSwr = nullptr;
    if (rate <= 0 || swr_alloc_set_opts2(&rawSwr, &outLayout, AV_SAMPLE_FMT_FLT, rate, &decoder->ch_layout, decoder->sample_fmt, rate, 0,
                                         nullptr) < 0 ||
        swr_init(rawSwr) < 0) {
        swr_free(&rawSwr);
        *error = tr("The sound of %1 cannot be decoded.").arg(path);
        return std::nullopt;
    }
    SwrPtr swr(rawSwr);
    Meter meter(channels, rate, options);
    if (!meter.valid()) {
        *error = tr("The sound of %1 cannot be measured.").arg(path);
        return std::nullopt;
    }
    PacketPtr packet(av_packet_alloc());
    FramePtr frame(av_frame_alloc());
    std::vector<float> converted;
    double startSec = -1;
    auto drain = [&]() {
        while (avcodec_receive_frame(decoder.get(), frame.get()) == 0) {
            if (startSec < 0) {
                const AVRational base = format->streams[stream]->time_base;
                startSec = frame->pts == AV_NOPTS_VALUE ? 0 : std::max(0.0, double(frame->pts) * av_q2d(base));
            }
            converted.resize(size_t(frame->nb_samples) * size_t(channels));
            auto *out = reinterpret_cast<uint8_t *>(converted.data());
            const int done = swr_convert(swr.get(), &out, frame->nb_samples, const_cast<const uint8_t **>(frame->extended_data),
                                         frame->nb_samples);
            if (done > 0)
                meter.add(converted.data(), done);
            av_frame_unref(frame.get());
        }
    };
    while (av_read_frame(format.get(), packet.get()) >= 0) {
        if (options.cancel && options.cancel->load()) {
            *error = tr("The analysis was cancelled.");
            return std::nullopt;
        }
        if (packet->stream_index == stream && avcodec_send_packet(decoder.get(), packet.get()) == 0)
            drain();
        av_packet_unref(packet.get());
    }
    avcodec_send_packet(decoder.get(), nullptr);
    drain();
    return meter.finish(options, std::max(0.0, startSec));
}

} // namespace lj::coaching
