// The 人声清晰 voice chain (noise suppression by RNNoise, compressor, 响度均衡,
// limiter), put on a source by the preset as a host would: speech made with
// espeak-ng, with pauses between sentences, mixed with steady noise, played
// by a media source and recorded by the studio's recorder, once with the
// chain off and once with it on. Measured from the recordings: the noise
// floor in the pauses (the quietest tenth of 100 ms blocks), and the
// loudness by FFmpeg's own ebur128 filter, independently of the chain.
#include "looksfixture.h"
#include "loudnessfilter.h"

#include "core/loudnessmeter.h"
#include "core/lookpresets.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lj;

class TestVoiceChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chainQuietsNoiseAndMeetsTheTarget();

private:
    struct Measured {
        double noiseFloorDb = 0;
        double loudnessLufs = 0;
    };
    Measured record(const QString &name, int seconds);

    QTemporaryDir m_dir;
    ObsRuntime m_runtime;
    OBSSceneAutoRelease m_scene;
    OBSSourceAutoRelease m_voice;
};

namespace {

bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return true;
}

} // namespace

void TestVoiceChain::initTestCase()
{
    QString error;
    QVERIFY2(looksfixture::startObs(m_runtime, m_dir.path(), 320, 180, &error), qPrintable(error));
    const obs_source_info leveler = looks::LoudnessFilter::info();
    obs_register_source(&leveler);

    // Three sentences, two seconds apart, then steady hiss under all of it.
    const QStringList sentences = {QStringLiteral("Today we have rice from Wuchang, fresh from this autumn's harvest."),
                                   QStringLiteral("Every bag is five kilograms, and shipping is free across the province."),
                                   QStringLiteral("Place your order now, only three hundred bags are left in stock.")};
    QStringList parts;
    for (int i = 0; i < sentences.size(); ++i) {
        const QString wav = m_dir.filePath(QStringLiteral("s%1.wav").arg(i));
        QVERIFY(run(QStringLiteral("espeak-ng"), {QStringLiteral("-s"), QStringLiteral("150"), QStringLiteral("-w"), wav, sentences[i]}));
        const QString padded = m_dir.filePath(QStringLiteral("p%1.wav").arg(i));
        QVERIFY(run(QStringLiteral("sox"), {wav, QStringLiteral("-r"), QStringLiteral("48000"), padded, QStringLiteral("pad"),
                                            QStringLiteral("1"), QStringLiteral("1")}));
        parts << padded;
    }
    const QString speech = m_dir.filePath(QStringLiteral("speech.wav"));
    QVERIFY(run(QStringLiteral("sox"), parts + QStringList{speech, QStringLiteral("gain"), QStringLiteral("-n"), QStringLiteral("-9")}));
    QByteArray info;
    QVERIFY(run(QStringLiteral("soxi"), {QStringLiteral("-D"), speech}, &info));
    const double length = info.trimmed().toDouble();
    QVERIFY(length > 8.0);
    const QString noise = m_dir.filePath(QStringLiteral("noise.wav"));
    QVERIFY(run(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("48000"), QStringLiteral("-c"), QStringLiteral("1"),
                                        noise, QStringLiteral("synth"), QString::number(length), QStringLiteral("pinknoise"),
                                        QStringLiteral("vol"), QStringLiteral("0.03")}));
    const QString mix = m_dir.filePath(QStringLiteral("voice.wav"));
    QVERIFY(run(QStringLiteral("sox"), {QStringLiteral("-m"), QStringLiteral("-v"), QStringLiteral("1"), speech, QStringLiteral("-v"),
                                        QStringLiteral("1"), noise, mix}));

    m_scene = obs_scene_create("voice");
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_bool(settings, "is_local_file", true);
    obs_data_set_string(settings, "local_file", mix.toUtf8().constData());
    obs_data_set_bool(settings, "looping", true);
    m_voice = obs_source_create("ffmpeg_source", "host voice", settings, nullptr);
    obs_scene_add(m_scene, m_voice);
    obs_set_output_source(0, obs_scene_get_source(m_scene));
}

void TestVoiceChain::cleanupTestCase()
{
    obs_set_output_source(0, nullptr);
    if (m_voice)
        LookPresets::clear(m_voice);
    m_voice = nullptr;
    m_scene = nullptr;
    m_runtime.shutdown();
}

TestVoiceChain::Measured TestVoiceChain::record(const QString &name, int seconds)
{
    Measured measured;
    const QString path = m_dir.filePath(name);
    QString error;
    if (!looksfixture::recordProgram(path, seconds * 1000, 300, &error)) {
        qWarning("%s", qPrintable(error));
        return measured;
    }

    // The sound as 16-bit mono samples, and the quietest tenth of its 100 ms blocks (after the first second).
    QByteArray pcm;
    if (!run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path, QStringLiteral("-vn"),
                                        QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-ar"), QStringLiteral("48000"),
                                        QStringLiteral("-f"), QStringLiteral("s16le"), QStringLiteral("-")},
             &pcm))
        return measured;
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype count = pcm.size() / 2;
    std::vector<double> blocks;
    for (qsizetype start = 48000; start + 4800 <= count; start += 4800) {
        double sum = 0;
        for (qsizetype i = start; i < start + 4800; ++i)
            sum += double(samples[i]) * samples[i];
        const double rms = std::sqrt(sum / 4800) / 32768.0;
        blocks.push_back(20.0 * std::log10(std::max(rms, 1e-7)));
    }
    if (blocks.size() < 20)
        return measured;
    std::sort(blocks.begin(), blocks.end());
    measured.noiseFloorDb = blocks[blocks.size() / 10];

    QByteArray report;
    if (!run(QStringLiteral("ffmpeg"), {QStringLiteral("-hide_banner"), QStringLiteral("-nostats"), QStringLiteral("-i"), path,
                                        QStringLiteral("-vn"), QStringLiteral("-af"), QStringLiteral("ebur128"), QStringLiteral("-f"),
                                        QStringLiteral("null"), QStringLiteral("-")},
             nullptr, &report))
        return measured;
    // The summary at the end: "Integrated loudness:\n    I:         -16.2 LUFS"
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Integrated loudness:\\s*I:\\s*(-?[0-9.]+) LUFS")).match(QString::fromUtf8(report));
    measured.loudnessLufs = m.hasMatch() ? m.captured(1).toDouble() : 0.0;
    return measured;
}

void TestVoiceChain::chainQuietsNoiseAndMeetsTheTarget()
{
    const Measured plain = record(QStringLiteral("plain.mp4"), 10);
    qInfo("chain off: noise floor %.1f dBFS, loudness %.1f LUFS", plain.noiseFloorDb, plain.loudnessLufs);
    QVERIFY(plain.noiseFloorDb < -20.0 && plain.noiseFloorDb > -70.0);
    QVERIFY(plain.loudnessLufs < -18.0);

    QString error, note;
    QVERIFY2(LookPresets::applyToMicrophone(QString::fromLatin1(LookPresets::kVoice), m_voice, &error, &note), qPrintable(error));
    QVERIFY2(note.isEmpty(), qPrintable(note));
    QCOMPARE(LookPresets::appliedTo(m_voice), QString::fromLatin1(LookPresets::kVoice));
    QCOMPARE(LoudnessMeter::targetOf(m_voice), LoudnessMeter::kDefaultTargetLufs);
    // In the order a voice goes through them.
    QStringList order;
    obs_source_enum_filters(
        m_voice, [](obs_source_t *, obs_source_t *f, void *p) { *static_cast<QStringList *>(p) << QString::fromUtf8(obs_source_get_id(f)); },
        &order);
    QCOMPARE(order, QStringList({QStringLiteral("noise_suppress_filter_v2"), QStringLiteral("compressor_filter"),
                                 QStringLiteral("lj_loudness_filter"), QStringLiteral("limiter_filter")}));

    const Measured chained = record(QStringLiteral("chained.mp4"), 20);
    qInfo("chain on: noise floor %.1f dBFS (%.1f dB lower), loudness %.1f LUFS (target %.1f)", chained.noiseFloorDb,
          plain.noiseFloorDb - chained.noiseFloorDb, chained.loudnessLufs, LoudnessMeter::kDefaultTargetLufs);
    QVERIFY(plain.noiseFloorDb - chained.noiseFloorDb >= 15.0);
    QVERIFY(std::abs(chained.loudnessLufs - LoudnessMeter::kDefaultTargetLufs) <= 1.0);
}

QTEST_MAIN(TestVoiceChain)
#include "tst_voicechain.moc"
