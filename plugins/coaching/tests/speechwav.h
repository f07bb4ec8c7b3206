#pragma once

// 16-bit mono WAV in and out, for the coaching tests and benchmark that build
// shows from espeak-ng's speech and pauses of known lengths.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtEndian>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace speechwav {

struct Pcm {
    int rate = 0;
    QVector<qint16> samples;
};

/// The "fmt " rate and the "data" samples of a 16-bit mono WAV file.
inline bool readWav(const QString &path, Pcm *pcm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    // RIFF chunks: find "fmt " (16-bit mono expected from espeak-ng) and "data".
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        if (id == "data" && size > quint32(bytes.size() - at - 8))
            size = quint32(bytes.size() - at - 8); // espeak-ng writing to a file may leave the size open
        if (id == "fmt ")
            pcm->rate = int(qFromLittleEndian<quint32>(bytes.constData() + at + 12));
        if (id == "data") {
            pcm->samples.resize(qsizetype(size / 2));
            memcpy(pcm->samples.data(), bytes.constData() + at + 8, size_t(pcm->samples.size()) * 2);
            return pcm->rate > 0;
        }
        at += 8 + size + (size & 1);
    }
    return false;
}

inline bool writeWav(const QString &path, const Pcm &pcm)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const quint32 dataBytes = quint32(pcm.samples.size() * 2);
    QByteArray h("RIFF");
    auto u32 = [&h](quint32 v) { h.append(reinterpret_cast<const char *>(&v), 4); };
    auto u16 = [&h](quint16 v) { h.append(reinterpret_cast<const char *>(&v), 2); };
    u32(36 + dataBytes);
    h += "WAVEfmt ";
    u32(16), u16(1), u16(1), u32(quint32(pcm.rate)), u32(quint32(pcm.rate * 2)), u16(2), u16(16);
    h += "data";
    u32(dataBytes);
    f.write(h);
    f.write(reinterpret_cast<const char *>(pcm.samples.constData()), dataBytes);
    return true;
}

/// First and last sample louder than the quietest speech, about -40 dBFS (-1: none).
inline std::pair<qsizetype, qsizetype> audibleSpan(const QVector<qint16> &samples)
{
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < samples.size(); ++i)
        if (std::abs(samples[i]) > 300) {
            if (first < 0)
                first = i;
            last = i;
        }
    return {first, last};
}

/// A show of Mandarin sentences spoken by espeak-ng, with pauses of known
/// lengths between them.
struct Show {
    Pcm pcm;
    QList<std::pair<double, double>> speech; ///< (start, length) in seconds of each sentence
    QList<std::pair<double, double>> pauses; ///< (start, length) of each pause
    double end() const { return double(pcm.samples.size()) / pcm.rate; }
};

/// Speaks `sentences` with `gaps[i]` seconds of silence after sentence i
/// (espeak-ng's own quiet edges trimmed, so the pauses are exactly these).
/// Empty on success, else what failed.
inline QString buildShow(const QString &dir, const QStringList &sentences, const QList<double> &gaps, Show *show)
{
    for (int i = 0; i < sentences.size(); ++i) {
        const QString wav = QDir(dir).filePath(QStringLiteral("sentence%1.wav").arg(i));
        QProcess espeak;
        espeak.start(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-w"), wav, sentences[i]});
        if (!espeak.waitForFinished(60000) || espeak.exitStatus() != QProcess::NormalExit || espeak.exitCode() != 0)
            return QStringLiteral("espeak-ng failed: ") + QString::fromUtf8(espeak.readAllStandardError()) + espeak.errorString();
        Pcm chunk;
        if (!readWav(wav, &chunk))
            return QStringLiteral("espeak-ng wrote no readable WAV");
        const auto [first, last] = audibleSpan(chunk.samples);
        if (first < 0)
            return QStringLiteral("espeak-ng spoke nothing audible");
        show->pcm.rate = chunk.rate;
        show->speech << std::pair{show->end(), double(last - first + 1) / chunk.rate};
        show->pcm.samples += chunk.samples.mid(first, last - first + 1);
        if (i < gaps.size()) {
            show->pauses << std::pair{show->end(), gaps[i]};
            show->pcm.samples += QVector<qint16>(qsizetype(gaps[i] * show->pcm.rate), 0);
        }
    }
    return {};
}

} // namespace speechwav
