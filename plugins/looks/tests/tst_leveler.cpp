// The voice leveler alone: speech-like bursts with pauses at a known level go
// in, the output's integrated loudness (measured by a separate libebur128
// meter) comes out at the target; the gain holds through pauses and never
// raises more than allowed.
#include "loudnessleveler.h"

#include <ebur128.h>

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using lj::looks::LoudnessLeveler;

namespace {

constexpr unsigned kRate = 48000;
constexpr std::size_t kChunk = 1024; // what libobs hands a filter at a time

/// Noise shaped like talk: syllables (4 per second) for 2.5 s, then 1.2 s of
/// pause, over a hiss 26 dB under the talk's peaks.
class Talk {
public:
    explicit Talk(double amplitude) : m_amplitude(amplitude) {}
    bool inPause() const { return std::fmod(double(m_n) / kRate, 3.7) >= 2.5; }
    float next()
    {
        const double t = double(m_n++) / kRate;
        const double phase = std::fmod(t, 3.7);
        const double hiss = 0.05 * m_amplitude * m_noise(m_random);
        if (phase >= 2.5)
            return float(hiss);
        const double syllable = std::abs(std::sin(M_PI * 4.0 * phase));
        return float(m_amplitude * syllable * m_noise(m_random) + hiss);
    }

private:
    double m_amplitude;
    std::size_t m_n = 0;
    std::mt19937 m_random{7};
    std::normal_distribution<double> m_noise{0.0, 1.0};
};

struct Run {
    double inputLufs = 0, outputLufs = 0;
    double maxGainChangeInPauses = 0;
    double finalGain = 0;
};

Run level(double amplitude, double target, double maxBoost, double seconds)
{
    LoudnessLeveler leveler(kRate, 2);
    leveler.setTarget(target);
    leveler.setMaxBoost(maxBoost);
    ebur128_state *in = ebur128_init(2, kRate, EBUR128_MODE_I), *out = ebur128_init(2, kRate, EBUR128_MODE_I);
    Talk talk(amplitude);
    std::vector<float> left(kChunk), right(kChunk), interleaved(kChunk * 2);
    Run run;
    double pauseGain = NAN;
    for (std::size_t done = 0; done < std::size_t(seconds * kRate); done += kChunk) {
        const bool pause = talk.inPause();
        for (std::size_t i = 0; i < kChunk; ++i) {
            left[i] = right[i] = talk.next();
            interleaved[2 * i] = interleaved[2 * i + 1] = left[i];
        }
        ebur128_add_frames_float(in, interleaved.data(), kChunk);
        float *planes[] = {left.data(), right.data()};
        leveler.process(planes, kChunk);
        for (std::size_t i = 0; i < kChunk; ++i) {
            interleaved[2 * i] = left[i];
            interleaved[2 * i + 1] = right[i];
        }
        ebur128_add_frames_float(out, interleaved.data(), kChunk);
        // The first 0.3 s of a pause still has the last syllable in the meter's 400 ms window.
        if (pause && std::fmod(double(done) / kRate, 3.7) > 2.5 + 0.45) {
            if (std::isnan(pauseGain))
                pauseGain = leveler.gainDb();
            run.maxGainChangeInPauses = std::max(run.maxGainChangeInPauses, std::abs(leveler.gainDb() - pauseGain));
        } else if (!pause) {
            pauseGain = NAN;
        }
    }
    ebur128_loudness_global(in, &run.inputLufs);
    ebur128_loudness_global(out, &run.outputLufs);
    run.finalGain = leveler.gainDb();
    ebur128_destroy(&in);
    ebur128_destroy(&out);
    return run;
}

} // namespace

class TestLeveler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quietVoiceRaisedToTarget()
    {
        const Run run = level(0.02, -16.0, 20.0, 30.0);
        qInfo("in %.2f LUFS -> out %.2f LUFS, gain %.2f dB, largest change in a pause %.3f dB", run.inputLufs, run.outputLufs,
              run.finalGain, run.maxGainChangeInPauses);
        QVERIFY2(run.inputLufs < -28.0, "the test's voice should start well below the target");
        QVERIFY(std::abs(run.outputLufs - -16.0) <= 1.0);
        QCOMPARE(run.maxGainChangeInPauses, 0.0);
    }

    void loudVoiceLowered()
    {
        const Run run = level(0.5, -16.0, 20.0, 30.0);
        qInfo("in %.2f LUFS -> out %.2f LUFS, gain %.2f dB", run.inputLufs, run.outputLufs, run.finalGain);
        QVERIFY(run.inputLufs > -10.0);
        QVERIFY(std::abs(run.outputLufs - -16.0) <= 1.0);
        QVERIFY(run.finalGain < 0.0);
    }

    void anotherTarget()
    {
        const Run run = level(0.05, -20.0, 20.0, 30.0);
        qInfo("in %.2f LUFS -> out %.2f LUFS (target -20)", run.inputLufs, run.outputLufs);
        QVERIFY(std::abs(run.outputLufs - -20.0) <= 1.0);
    }

    void boostIsBounded()
    {
        // A whisper 30 LU under the target: raised by 6 dB at most, as asked.
        const Run run = level(0.0015, -16.0, 6.0, 20.0);
        qInfo("in %.2f LUFS -> out %.2f LUFS, gain %.2f dB", run.inputLufs, run.outputLufs, run.finalGain);
        QVERIFY(run.finalGain <= 6.0 + 1e-9);
        QVERIFY(run.finalGain > 5.0);
        QVERIFY(std::abs(run.outputLufs - (run.inputLufs + 6.0)) <= 1.0);
    }

    void silenceLeavesTheGainAlone()
    {
        LoudnessLeveler leveler(kRate, 1);
        std::vector<float> zeros(kChunk, 0.0f);
        float *planes[] = {zeros.data()};
        for (int i = 0; i < 200; ++i)
            leveler.process(planes, kChunk);
        QCOMPARE(leveler.gainDb(), 0.0);
        QVERIFY(std::isinf(leveler.speechLoudness()));
        for (float v : zeros)
            QCOMPARE(v, 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestLeveler)
#include "tst_leveler.moc"
