#include "chapterwriter.h"

#include "avhandles.h"

#include "core/atomicfile.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace lj::coaching {

namespace {

/// FFmpeg's muxer for the recording's kind: MP4 stays MP4, anything else Matroska.
const char *muxerFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("mp4") || suffix == QLatin1String("mov") ? "mp4" : "matroska";
}

bool addChapters(AVFormatContext *output, const QList<Chapter> &chapters, qint64 durationMs)
{
    if (chapters.isEmpty())
        return true;
    output->chapters = static_cast<AVChapter **>(av_calloc(size_t(chapters.size()), sizeof(AVChapter *)));
    if (!output->chapters)
        return false;
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        auto *chapter = static_cast<AVChapter *>(av_mallocz(sizeof(AVChapter)));
        if (!chapter)
            return false;
        output->chapters[output->nb_chapters++] = chapter;
        chapter->id = i + 1;
        chapter->time_base = {1, 1000};
        chapter->start = chapters[i].offsetMs;
        chapter->end = i + 1 < chapters.size() ? chapters[i + 1].offsetMs : std::max<int64_t>(durationMs, chapter->start + 1);
        av_dict_set(&chapter->metadata, "title", chapters[i].title.toUtf8().constData(), 0);
    }
    return true;
}

} // namespace

QString ChapterWriter::partFile(const QString &recording)
{
    const QFileInfo info(recording);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".chapters.part"));
}

bool ChapterWriter::write(const QString &recording, const QList<Chapter> &chapters, QString *error,
                          const std::atomic_bool *cancel)
{
    const QString name = QFileInfo(recording).fileName();
    bool damaged = false;
    av::FormatPtr input = av::openInput(recording, &damaged);
    if (!input) {
        *error = damaged ? tr("The recording %1 is damaged: its chapters cannot be written.").arg(name)
                         : tr("The recording %1 cannot be opened: its chapters cannot be written.").arg(name);
        return false;
    }
    // The copy needs as much room as the recording, and some to spare.
    const qint64 size = QFileInfo(recording).size();
    const QStorageInfo disk(QFileInfo(recording).absolutePath());
    if (disk.bytesAvailable() < size + size / 50 + (8 << 20)) {
        *error = tr("There is not enough room on the disk to write the chapters into %1 (it needs %2 MB more). The "
                    "recording is kept as it was.")
                     .arg(name)
                     .arg((size + size / 50 + (8 << 20) - disk.bytesAvailable()) / (1 << 20) + 1);
        return false;
    }

    const QString part = partFile(recording);
    const auto fail = [&](const QString &why) {
        QFile::remove(part);
        *error = why;
        return false;
    };
    AVFormatContext *rawOutput = nullptr;
    if (avformat_alloc_output_context2(&rawOutput, nullptr, muxerFor(recording), nullptr) < 0)
        return fail(tr("The chapters cannot be written: FFmpeg has no muxer for %1.").arg(name));
    av::OutputPtr output(rawOutput);
    std::vector<int> streamMap(input->nb_streams, -1);
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream *in = input->streams[i];
        if (in->codecpar->codec_type != AVMEDIA_TYPE_VIDEO && in->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        AVStream *out = avformat_new_stream(output.get(), nullptr);
        if (!out || avcodec_parameters_copy(out->codecpar, in->codecpar) < 0)
            return fail(tr("The chapters cannot be written: a stream of %1 cannot be copied.").arg(name));
        out->codecpar->codec_tag = 0;
        out->time_base = in->time_base;
        av_dict_copy(&out->metadata, in->metadata, 0);
        streamMap[i] = out->index;
    }
    av_dict_copy(&output->metadata, input->metadata, 0);
    const qint64 durationMs = input->duration > 0 ? input->duration / (AV_TIME_BASE / 1000) : 0;
    if (!addChapters(output.get(), chapters, durationMs))
        return fail(tr("The chapters cannot be written: out of memory."));

    int code = avio_open(&output->pb, QFile::encodeName(part).constData(), AVIO_FLAG_WRITE);
    if (code < 0)
        return fail(tr("The chapters cannot be written beside %1: %2.").arg(name, av::errorText(code)));
    if ((code = avformat_write_header(output.get(), nullptr)) < 0)
        return fail(tr("The chapters cannot be written into %1: %2.").arg(name, av::errorText(code)));
    av::PacketPtr packet(av_packet_alloc());
    while ((code = av_read_frame(input.get(), packet.get())) >= 0) {
        if (cancel && cancel->load())
            return fail(tr("Writing the chapters was cancelled; the recording is kept as it was."));
        const int to = streamMap[size_t(packet->stream_index)];
        if (to < 0) {
            av_packet_unref(packet.get());
            continue;
        }
        av_packet_rescale_ts(packet.get(), input->streams[packet->stream_index]->time_base, output->streams[to]->time_base);
        packet->stream_index = to;
        packet->pos = -1;
        if ((code = av_interleaved_write_frame(output.get(), packet.get())) < 0)
            return fail(code == AVERROR(ENOSPC)
                            ? tr("The disk filled up while the chapters were written into %1. The recording is kept as it was.").arg(name)
                            : tr("The chapters cannot be written into %1: %2.").arg(name, av::errorText(code)));
    }
    if (code != AVERROR_EOF)
        return fail(tr("The recording %1 could not be read to its end (%2); it is kept as it was.").arg(name, av::errorText(code)));
    if ((code = av_write_trailer(output.get())) < 0 || (code = avio_closep(&output->pb)) < 0)
        return fail(code == AVERROR(ENOSPC)
                        ? tr("The disk filled up while the chapters were written into %1. The recording is kept as it was.").arg(name)
                        : tr("The chapters cannot be written into %1: %2.").arg(name, av::errorText(code)));
    output.reset();
    input.reset();

    // On disk before it replaces the recording: a crash now leaves one or the other, whole.
    QFile::setPermissions(part, QFile::permissions(recording));
    if (!commitPartFile(part, recording))
        return fail(tr("The chapters cannot be written into %1: the file cannot be replaced.").arg(name));
    return true;
}

} // namespace lj::coaching
