// Chapters and clips (直播切片) with FFmpeg's libraries, on a recording made
// as the studio makes one (H.264 with B-frames and 2 s keyframes, AAC,
// fragmented MP4) with a red box where the product card would be:
// - chapters written into MP4 and MKV are what ffprobe lists, at their times;
//   the streams stay as they were; a damaged file is left untouched;
// - stream-copy clips last their explanation plus at most one keyframe
//   interval, exact ones within 0.1 s; portrait clips are 9:16 with the card
//   on screen; a cancel or a missing recording leaves no file behind;
// - the plan: order, names, placement, a product never explained.
#include "chapterwriter.h"
#include "clipcutter.h"
#include "clipplan.h"

#include <QDirIterator>
#include <QImage>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lj;
using namespace lj::coaching;

class TestClips : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plan();
    void chapters_data();
    void chapters();
    void chaptersLeaveADamagedFileAlone();
    void fastCuts();
    void exactCuts();
    void portraitKeepsTheCard();
    void cancelAndBadRecordingsLeaveNothing();

private:
    /// ffprobe's JSON of `file` with `args`.
    static QJsonObject probe(const QString &file, const QStringList &args);
    static double duration(const QString &file);
    /// The RGB pixels of the frame at `seconds` of `file`.
    static QImage frameAt(const QString &file, double seconds);
    QString makeRecording(const QString &name, const QString &format);
    QStringList leftovers() const;

    QTemporaryDir m_dir;
    QString m_recording; ///< 40 s, 640x360
};

QJsonObject TestClips::probe(const QString &file, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"), QStringLiteral("json")} + args + QStringList{file});
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

double TestClips::duration(const QString &file)
{
    return probe(file, {QStringLiteral("-show_entries"), QStringLiteral("format=duration")})
        .value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
}

QImage TestClips::frameAt(const QString &file, double seconds)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QString::number(seconds),
                                       QStringLiteral("-i"), file, QStringLiteral("-frames:v"), QStringLiteral("1"),
                                       QStringLiteral("-f"), QStringLiteral("image2pipe"), QStringLiteral("-c:v"), QStringLiteral("png"), QStringLiteral("-")});
    p.waitForFinished(60000);
    return QImage::fromData(p.readAllStandardOutput(), "PNG");
}

QString TestClips::makeRecording(const QString &name, const QString &format)
{
    const QString path = m_dir.filePath(name);
    QStringList args{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=640x360:rate=30"),
                     QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
                     // The "card": a red box on the left, outside a 9:16 centre.
                     QStringLiteral("-filter_complex"), QStringLiteral("[0:v]drawbox=x=16:y=200:w=160:h=120:color=red:t=fill[v]"),
                     QStringLiteral("-map"), QStringLiteral("[v]"), QStringLiteral("-map"), QStringLiteral("1:a"), QStringLiteral("-t"), QStringLiteral("40"),
                     QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                     QStringLiteral("-g"), QStringLiteral("60"), QStringLiteral("-keyint_min"), QStringLiteral("60"), QStringLiteral("-sc_threshold"), QStringLiteral("0"),
                     QStringLiteral("-bf"), QStringLiteral("2"), QStringLiteral("-c:a"), QStringLiteral("aac")};
    if (format == QLatin1String("mp4"))
        args << QStringLiteral("-movflags") << QStringLiteral("frag_keyframe+empty_moov+default_base_moof");
    args << path;
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return path;
}

QStringList TestClips::leftovers() const
{
    QStringList found;
    QDirIterator it(m_dir.path(), {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

void TestClips::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_recording = makeRecording(QStringLiteral("show.mp4"), QStringLiteral("mp4"));
    QVERIFY(!m_recording.isEmpty());
}

void TestClips::plan()
{
    const qint64 t0 = 1'700'000'000'000;
    const QList<std::tuple<QString, qint64, qint64>> record{
        {QStringLiteral("RICE"), t0 - 5000, t0 + 62'000},      // began before the recording
        {QStringLiteral("FUNGUS"), t0 + 62'000, t0 + 63'500},  // passed over: no clip
        {QStringLiteral("HONEY"), t0 + 63'500, t0 + 315'000},
        {QStringLiteral("RICE"), t0 + 315'000, 0},             // never closed: to the recording's end
    };
    const auto titleOf = [](const QString &code) {
        return code == QLatin1String("RICE") ? QStringLiteral("五常稻花香大米 5kg") : code == QLatin1String("HONEY") ? QStringLiteral("饶河/椴树蜜?") : QString();
    };
    const QList<ClipSpec> specs = ClipPlan::make(record, t0, 400'000, {QStringLiteral("RICE"), QStringLiteral("SAUSAGE"), QStringLiteral("HONEY")}, titleOf);
    QCOMPARE(specs.size(), 4);
    QCOMPARE(specs[0].number, 1);
    QCOMPARE(specs[0].startMs, 0);
    QCOMPARE(specs[0].endMs, 62'000);
    QCOMPARE(specs[0].fileName, QStringLiteral("01_五常稻花香大米5kg_01m02s.mp4"));
    QCOMPARE(specs[1].fileName, QStringLiteral("02_饶河椴树蜜_04m12s.mp4"));
    QCOMPARE(specs[1].startMs, 63'500);
    QCOMPARE(specs[2].number, 3);
    QCOMPARE(specs[2].startMs, 315'000);
    QCOMPARE(specs[2].endMs, 400'000);
    QCOMPARE(specs[2].fileName, QStringLiteral("03_五常稻花香大米5kg_01m25s.mp4"));
    // Planned, never explained: no clip, and the reason.
    QCOMPARE(specs[3].productCode, QStringLiteral("SAUSAGE"));
    QVERIFY(specs[3].fileName.isEmpty());
    QVERIFY(specs[3].problem.contains(QStringLiteral("never explained")));
    // A recording that began after the show: the explanations before it are not its clips.
    QCOMPARE(ClipPlan::make(record, t0 + 100'000, 200'000, {}, titleOf).size(), 1);
}

void TestClips::chapters_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("mp4") << QStringLiteral("mp4");
    QTest::newRow("mkv") << QStringLiteral("mkv");
}

void TestClips::chapters()
{
    QFETCH(QString, format);
    const QString file = makeRecording(QStringLiteral("chapters.") + format, format);
    QVERIFY(!file.isEmpty());
    const double before = duration(file);
    const QList<Chapter> list{{0, QStringLiteral("开场")}, {7400, QStringLiteral("五常稻花香大米 5kg")}, {21'000, QStringLiteral("东宁黑木耳")}};
    QString error;
    QVERIFY2(ChapterWriter::write(file, list, &error), qPrintable(error));
    QVERIFY(leftovers().isEmpty());
    const QJsonArray found = probe(file, {QStringLiteral("-show_chapters")}).value(QStringLiteral("chapters")).toArray();
    QCOMPARE(found.size(), list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject c = found[i].toObject();
        QCOMPARE(c.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString(), list[i].title);
        QVERIFY2(std::fabs(c.value(QStringLiteral("start_time")).toString().toDouble() - list[i].offsetMs / 1000.0) < 0.05,
                 qPrintable(c.value(QStringLiteral("start_time")).toString()));
    }
    // The streams copied whole: same length, both still there (MP4 adds its chapters' text track).
    QVERIFY(std::fabs(duration(file) - before) < 0.1);
    QJsonArray streams;
    for (const QJsonValue &s : probe(file, {QStringLiteral("-show_streams")}).value(QStringLiteral("streams")).toArray())
        if (s.toObject().value(QStringLiteral("codec_type")).toString() != QLatin1String("data") &&
            s.toObject().value(QStringLiteral("codec_type")).toString() != QLatin1String("subtitle"))
            streams.append(s);
    QCOMPARE(streams.size(), 2);
    QCOMPARE(streams[0].toObject().value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
    QCOMPARE(streams[1].toObject().value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
}

void TestClips::chaptersLeaveADamagedFileAlone()
{
    const QString file = m_dir.filePath(QStringLiteral("damaged.mp4"));
    QFile source(m_recording);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.read(200'000);
    bytes.replace(0, 64, QByteArray(64, '\x7f')); // no header left
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QString error;
    QVERIFY(!ChapterWriter::write(file, {{0, QStringLiteral("x")}}, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged.mp4")), qPrintable(error));
    QFile again(file);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), bytes);
    QVERIFY(leftovers().isEmpty());
}

void TestClips::fastCuts()
{
    ClipCutter cutter(m_recording);
    QString error;
    QVERIFY2(cutter.open(&error), qPrintable(error));
    QVERIFY(std::abs(cutter.durationMs() - 40'000) < 200);
    const QList<ClipSpec> specs{{1, QStringLiteral("A"), QStringLiteral("A"), 3'100, 11'700, QStringLiteral("01_A.mp4"), {}},
                                {2, QStringLiteral("B"), QStringLiteral("B"), 11'700, 25'000, QStringLiteral("02_B.mp4"), {}},
                                {3, QStringLiteral("C"), QStringLiteral("C"), 25'000, 39'900, QStringLiteral("03_C.mp4"), {}}};
    const QString out = m_dir.filePath(QStringLiteral("fast"));
    int calls = 0;
    const QList<ClipOutcome> outcomes = cutter.cutAll(specs, out, {}, [&calls](int, double) { return ++calls > 0; });
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(calls > 10);
    for (const ClipOutcome &o : outcomes) {
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        const double length = o.spec.lengthMs() / 1000.0;
        const double d = duration(o.file);
        qInfo("%s: explained %.2f s, clip %.2f s", qPrintable(o.spec.fileName), length, d);
        // From the keyframe at or before the start (every 2 s) to the end.
        QVERIFY2(d >= length - 0.1 && d <= length + 2.0 + 0.1, qPrintable(QString::number(d)));
        const QJsonArray streams = probe(o.file, {QStringLiteral("-show_streams")}).value(QStringLiteral("streams")).toArray();
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams[0].toObject().value(QStringLiteral("width")).toInt(), 640);
    }
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    QVERIFY(leftovers().isEmpty());
}

void TestClips::exactCuts()
{
    ClipCutter cutter(m_recording);
    ClipOptions options;
    options.exact = true;
    const QList<ClipSpec> specs{{1, QStringLiteral("A"), QStringLiteral("A"), 3'100, 11'700, QStringLiteral("01_A.mp4"), {}},
                                {2, QStringLiteral("B"), QStringLiteral("B"), 25'050, 33'400, QStringLiteral("02_B.mp4"), {}}};
    const QList<ClipOutcome> outcomes = cutter.cutAll(specs, m_dir.filePath(QStringLiteral("exact")), options, {});
    for (const ClipOutcome &o : outcomes) {
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        const double length = o.spec.lengthMs() / 1000.0;
        const QJsonArray streams = probe(o.file, {QStringLiteral("-show_streams")}).value(QStringLiteral("streams")).toArray();
        QCOMPARE(streams.size(), 2);
        const double video = streams[0].toObject().value(QStringLiteral("duration")).toString().toDouble();
        const double audio = streams[1].toObject().value(QStringLiteral("duration")).toString().toDouble();
        qInfo("%s: explained %.3f s, video %.3f s, sound %.3f s", qPrintable(o.spec.fileName), length, video, audio);
        QVERIFY2(std::fabs(video - length) <= 0.1, qPrintable(QString::number(video)));
        QVERIFY2(std::fabs(audio - length) <= 0.1, qPrintable(QString::number(audio)));
    }
}

void TestClips::portraitKeepsTheCard()
{
    ClipCutter cutter(m_recording);
    ClipOptions options;
    options.portrait = true;
    options.card = QRectF(16.0 / 640, 200.0 / 360, 160.0 / 640, 120.0 / 360);
    const QString file = m_dir.filePath(QStringLiteral("portrait.mp4"));
    QString error;
    QVERIFY2(cutter.cut(10'000, 16'000, file, options, {}, &error), qPrintable(error));
    const QJsonObject video = probe(file, {QStringLiteral("-show_streams"), QStringLiteral("-select_streams"), QStringLiteral("v")})
                                  .value(QStringLiteral("streams")).toArray().first().toObject();
    QCOMPARE(video.value(QStringLiteral("width")).toInt(), 720);
    QCOMPARE(video.value(QStringLiteral("height")).toInt(), 1280);
    const QImage frame = frameAt(file, 2.0);
    QCOMPARE(frame.size(), QSize(720, 1280));
    // The card (red) sits in the lower part; the top half has none.
    const auto red = [](QRgb p) { return qRed(p) > 180 && qGreen(p) < 70 && qBlue(p) < 70; };
    int lower = 0, upper = 0;
    for (int y = 0; y < frame.height(); y += 4)
        for (int x = 0; x < frame.width(); x += 4)
            (y > frame.height() / 2 ? lower : upper) += red(frame.pixel(x, y));
    qInfo("red pixels sampled: %d in the lower half, %d in the upper", lower, upper);
    QVERIFY(lower > 2000);
    QVERIFY(upper < 50);

    // Without the card it is the centre alone: no red at all.
    QVERIFY2(cutter.cut(10'000, 12'000, m_dir.filePath(QStringLiteral("centre.mp4")), {false, true, {720, 1280}, {}, 2500}, {}, &error), qPrintable(error));
    const QImage centre = frameAt(m_dir.filePath(QStringLiteral("centre.mp4")), 1.0);
    int any = 0;
    for (int y = 0; y < centre.height(); y += 4)
        for (int x = 0; x < centre.width(); x += 4)
            any += red(centre.pixel(x, y));
    QCOMPARE(any, 0);
}

void TestClips::cancelAndBadRecordingsLeaveNothing()
{
    ClipCutter cutter(m_recording);
    const QString out = m_dir.filePath(QStringLiteral("cancelled"));
    const QList<ClipSpec> specs{{1, QStringLiteral("A"), QStringLiteral("A"), 0, 20'000, QStringLiteral("01_A.mp4"), {}},
                                {2, QStringLiteral("B"), QStringLiteral("B"), 20'000, 39'000, QStringLiteral("02_B.mp4"), {}}};
    const QList<ClipOutcome> outcomes = cutter.cutAll(specs, out, {}, [](int, double fraction) { return fraction < 0.5; });
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes[0].file.isEmpty() && outcomes[1].file.isEmpty());
    QVERIFY(outcomes[1].error.contains(QStringLiteral("Cancelled")));
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 0);

    QString error;
    ClipCutter missing(m_dir.filePath(QStringLiteral("nowhere.mp4")));
    QVERIFY(!missing.cut(0, 1000, m_dir.filePath(QStringLiteral("x.mp4")), {}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp4"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(100'000, 'x'));
    g.close();
    ClipCutter damaged(garbage);
    QVERIFY(!damaged.cut(0, 1000, m_dir.filePath(QStringLiteral("y.mp4")), {}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("garbage.mp4")), qPrintable(error));
    // Outside the recording: said, nothing written.
    QVERIFY(!cutter.cut(50'000, 60'000, m_dir.filePath(QStringLiteral("z.mp4")), {}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("not inside the recording")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.mp4"))) && !QFile::exists(m_dir.filePath(QStringLiteral("y.mp4"))) &&
            !QFile::exists(m_dir.filePath(QStringLiteral("z.mp4"))));
    QVERIFY(leftovers().isEmpty());
}

QTEST_GUILESS_MAIN(TestClips)
#include "tst_clips.moc"
