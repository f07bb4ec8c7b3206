#pragma once

// 16-bit mono WAV in and out, for the coaching tests and benchmark that build
// shows from espeak-ng's speech and pauses of known lengths.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QVector>
#include <QtEndian>

#include <cstring>

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

} // namespace speechwav
