#pragma once

// Owning handles for FFmpeg's objects (libavformat, libavcodec, libavfilter),
// so every early return frees what was made.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavformat/avio.h>
#include <libswresample/swresample.h>
}

#include <QFile>
#include <QString>

#include <memory>

namespace lj::coaching::av {

template <typename T, void (*Free)(T **)> struct FreeWith {
    void operator()(T *p) const { Free(&p); }
};
using FormatPtr = std::unique_ptr<AVFormatContext, FreeWith<AVFormatContext, avformat_close_input>>;
using CodecPtr = std::unique_ptr<AVCodecContext, FreeWith<AVCodecContext, avcodec_free_context>>;
using FramePtr = std::unique_ptr<AVFrame, FreeWith<AVFrame, av_frame_free>>;
using PacketPtr = std::unique_ptr<AVPacket, FreeWith<AVPacket, av_packet_free>>;
using SwrPtr = std::unique_ptr<SwrContext, FreeWith<SwrContext, swr_free>>;
using GraphPtr = std::unique_ptr<AVFilterGraph, FreeWith<AVFilterGraph, avfilter_graph_free>>;

/// A file being written: its context and the file it writes (closed, not
/// finished, when dropped; finishing is av_write_trailer's, by the owner).
struct OutputCloser {
    void operator()(AVFormatContext *c) const
    {
        if (c && !(c->oformat->flags & AVFMT_NOFILE))
            avio_closep(&c->pb);
        avformat_free_context(c);
    }
};
using OutputPtr = std::unique_ptr<AVFormatContext, OutputCloser>;

/// FFmpeg's words for an error code.
inline QString errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

/// Opens a media file for reading with its streams found; null when it
/// cannot be opened, or (`*damaged` set) when its streams cannot be read.
inline FormatPtr openInput(const QString &path, bool *damaged)
{
    *damaged = false;
    AVFormatContext *raw = nullptr;
    if (avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return {};
    FormatPtr input(raw);
    *damaged = avformat_find_stream_info(input.get(), nullptr) < 0;
    return *damaged ? FormatPtr() : std::move(input);
}

} // namespace lj::coaching::av
