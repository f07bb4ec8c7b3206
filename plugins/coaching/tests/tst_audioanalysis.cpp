// The coaching report's ear: a recording of Mandarin speech (espeak-ng) with
// pauses of 2 s, 7 s and 12 s at known places. Exactly the pauses over 5 s are
// found, each where it is (± 0.5 s); the integrated loudness agrees with
// FFmpeg's ebur128 filter within 0.5 LU; talk time adds up.
#include "audioanalysis.h"
#include "speechwav.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lj::coaching;

class TestAudioAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void silencesTalkAndLoudness();
    void clippingIsFound();
    void aFileWithoutSoundIsExplained();

private:
    using Pcm = speechwav::Pcm;
    static QString run(const QString &program, const QStringList &args, QByteArray *stderrOut = nullptr);
    QTemporaryDir m_dir;
    QString m_recording;
    double m_rate = 0;
    QList<std::pair<double, double>> m_pauses; ///< (start, length) in seconds, in the file
    double m_totalSpeech = 0;
};

QString TestAudioAnalysis::run(const QString &program, const QStringList &args, QByteArray *stderrOut)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
    if (stderrOut)
        *stderrOut = p.readAllStandardError();
    return {};
}

void TestAudioAnalysis::initTestCase()
{
    const QStringList sentences = {QStringLiteral("欢迎来到龙江好货直播间，今天给大家带来五常大米。"),
                                   QStringLiteral("这款大米是当季新米，软糯香甜，产地直发。"),
                                   QStringLiteral("接下来看看东宁黑木耳，小碗耳，肉厚无根。"),
                                   QStringLiteral("最后是饶河黑蜂椴树蜜，库存不多，抓紧下单。")};
    speechwav::Show show;
    const QString built = speechwav::buildShow(m_dir.path(), sentences, {2.0, 7.0, 12.0}, &show);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    m_pauses = show.pauses;
    for (const auto &[start, length] : show.speech)
        m_totalSpeech += length;
    m_rate = show.pcm.rate;
    const QString wav = m_dir.filePath(QStringLiteral("show.wav"));
    QVERIFY(speechwav::writeWav(wav, show.pcm));
    // As the studio records it: AAC in MP4, 48 kHz stereo.
    m_recording = m_dir.filePath(QStringLiteral("show.mp4"));
    const QString failed = run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), wav,
                                                          QStringLiteral("-ar"), QStringLiteral("48000"), QStringLiteral("-ac"), QStringLiteral("2"),
                                                          QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("160k"),
                                                          m_recording});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestAudioAnalysis::silencesTalkAndLoudness()
{
    QString error;
    const std::optional<AudioAnalysis> a = AudioAnalyzer::analyze(m_recording, {}, &error);
    QVERIFY2(a, qPrintable(error));
    // Exactly the 7 s and the 12 s pauses, where they are; not the 2 s one.
    QCOMPARE(a->silences.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto [start, length] = m_pauses[i + 1];
        QVERIFY2(std::fabs(a->silences[i].start - start) <= 0.5,
                 qPrintable(QStringLiteral("pause %1 at %2 s, found at %3 s").arg(i).arg(start).arg(a->silences[i].start)));
        QVERIFY2(std::fabs(a->silences[i].duration - length) <= 0.5,
                 qPrintable(QStringLiteral("pause %1 of %2 s, found %3 s").arg(i).arg(length).arg(a->silences[i].duration)));
    }
    // Talk time: the speech, not the pauses (words have short gaps of their own).
    const double talk = a->talkSeconds(0, a->durationSec);
    QVERIFY2(talk > m_totalSpeech * 0.8 && talk < m_totalSpeech + 0.5,
             qPrintable(QStringLiteral("talk %1 s of %2 s of speech").arg(talk).arg(m_totalSpeech)));
    QCOMPARE(a->talkSeconds(m_pauses[2].first + 1, m_pauses[2].first + m_pauses[2].second - 1), 0.0);

    // Loudness as FFmpeg's own EBU R 128 meter measures the same file.
    QByteArray log;
    const QString failed = run(QStringLiteral("ffmpeg"), {QStringLiteral("-nostats"), QStringLiteral("-i"), m_recording, QStringLiteral("-af"),
                                                          QStringLiteral("ebur128"), QStringLiteral("-f"), QStringLiteral("null"),
                                                          QStringLiteral("-")},
                               &log);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QString summary = QString::fromUtf8(log).section(QStringLiteral("Summary:"), -1); // after the per-frame lines
    const QRegularExpressionMatch integrated = QRegularExpression(QStringLiteral("I:\\s+(-?[0-9.]+) LUFS")).match(summary);
    const QRegularExpressionMatch range = QRegularExpression(QStringLiteral("LRA:\\s+([0-9.]+) LU")).match(summary);
    QVERIFY2(integrated.hasMatch() && range.hasMatch(), log.right(600).constData());
    QVERIFY2(std::fabs(a->integratedLufs - integrated.captured(1).toDouble()) <= 0.5,
             qPrintable(QStringLiteral("%1 LUFS here, %2 by FFmpeg").arg(a->integratedLufs).arg(integrated.captured(1))));
    // Loudness range: the same standard, but libebur128 and FFmpeg gate and bin it a little differently.
    QVERIFY2(std::fabs(a->rangeLu - range.captured(1).toDouble()) <= 1.5,
             qPrintable(QStringLiteral("%1 LU here, %2 by FFmpeg").arg(a->rangeLu).arg(range.captured(1))));
    QVERIFY(a->clippingAt.isEmpty());
    qInfo("pauses expected at %.2f s (%.1f s) and %.2f s (%.1f s), found at %.2f s (%.2f s) and %.2f s (%.2f s); "
          "%.2f LUFS (FFmpeg %s), LRA %.1f LU (FFmpeg %s); talk %.1f s of %.1f s of speech",
          m_pauses[1].first, m_pauses[1].second, m_pauses[2].first, m_pauses[2].second, a->silences[0].start, a->silences[0].duration,
          a->silences[1].start, a->silences[1].duration, a->integratedLufs, qPrintable(integrated.captured(1)), a->rangeLu,
          qPrintable(range.captured(1)), talk, m_totalSpeech);
}

void TestAudioAnalysis::clippingIsFound()
{
    // A 1 kHz tone driven past full scale for one second, at 3 s.
    const QString clipped = m_dir.filePath(QStringLiteral("clipped.wav"));
    const QString failed = run(QStringLiteral("ffmpeg"),
                               {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                QStringLiteral("-i"), QStringLiteral("sine=frequency=1000:sample_rate=48000:duration=6"), QStringLiteral("-af"),
                                QStringLiteral("volume='if(between(t,3,4),8,0.3)':eval=frame"), QStringLiteral("-c:a"), QStringLiteral("pcm_s16le"), clipped});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QString error;
    const std::optional<AudioAnalysis> a = AudioAnalyzer::analyze(clipped, {}, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->clippingAt.size(), 1);
    QVERIFY2(std::fabs(a->clippingAt.first() - 3.0) < 0.1, qPrintable(QString::number(a->clippingAt.first())));
    QVERIFY(a->samplePeakDbfs > -0.1);
}

void TestAudioAnalysis::aFileWithoutSoundIsExplained()
{
    const QString picture = m_dir.filePath(QStringLiteral("picture.mp4"));
    const QString failed = run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                                          QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("color=c=red:s=64x36:d=1"),
                                                          picture});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QString error;
    QVERIFY(!AudioAnalyzer::analyze(picture, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no sound")), qPrintable(error));
    QVERIFY(!AudioAnalyzer::analyze(m_dir.filePath(QStringLiteral("missing.mp4")), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be opened")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAudioAnalysis)
#include "tst_audioanalysis.moc"
