// A show's replay as the studio leaves it: the studio records the demo room
// while the host explains three of four planned products at known times.
// - The recording, once stopped, carries each product as a chapter at the
//   time it was explained (ffprobe -show_chapters, ± 1 s).
// - `longjiang-studio --clips` cuts one clip per explanation: stream copies
//   last their explanation plus at most one keyframe interval (the studio
//   records 2 s keyframes), exact ones within 0.1 s, --portrait gives 9:16
//   frames; the product never explained is named with the reason.
// - A missing or damaged recording and a full disk (a 2 MB tmpfs in a mount
//   namespace of the studio's own) end with a clear line, exit status 7 and
//   no file, whole or part.
// - The clips window, opened from the reports window as a host does: lists
//   the explained products and the one without a clip, cuts the ticked ones
//   with progress, and a stop leaves nothing half-written.
#include "catalogservice.h"
#include "shelfservice.h"

#include "core/paths.h"
#include "core/pluginregistry.h"
#include "core/recorder.h"
#include "core/studio.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lj;

class TestReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chaptersInTheRecording();
    void clipsFromTheCommandLine_data();
    void clipsFromTheCommandLine();
    void clipsFailClearly_data();
    void clipsFailClearly();

private:
    struct Run {
        int code = -1;
        QString out;
    };
    Run studio(const QStringList &args, const QString &wrapper = {}) const;
    static QJsonObject probe(const QString &file, const QStringList &args);
    void clipsWindow(Studio &studio);

    QTemporaryDir m_config;
    QString m_recording;
    QStringList m_titles;         ///< the explained products' titles, in order
    QList<double> m_explainedAt;  ///< seconds into the recording
    QList<double> m_lengths;      ///< how long each was explained
    QString m_neverExplained;     ///< the planned product nobody explained
};

TestReplay::Run TestReplay::studio(const QStringList &args, const QString &wrapper) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), m_config.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (wrapper.isEmpty())
        p.start(qEnvironmentVariable("LJ_STUDIO_BIN"), args);
    else
        p.start(QStringLiteral("unshare"), QStringList{QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), wrapper,
                                                       QStringLiteral("sh"), qEnvironmentVariable("LJ_STUDIO_BIN")} + args);
    Run run;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAll());
    return run;
}

QJsonObject TestReplay::probe(const QString &file, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"), QStringLiteral("json")} + args + QStringList{file});
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestReplay::initTestCase()
{
    QVERIFY(m_config.isValid());
    StudioPaths::setConfigRoot(m_config.path());
    QString error;
    Studio studio;
    StudioOptions options;
    options.headless = true;
    QVERIFY2(studio.start(options, &error), qPrintable(error));
    {
        RoomProfile room = studio.room();
        room.output.folder = m_config.filePath(QStringLiteral("recordings"));
        room.output.videoBitrateKbps = 1500;
        QVERIFY2(studio.updateRoom(room, &error), qPrintable(error));
    }
    auto *catalog = static_cast<catalog::CatalogService *>(studio.pluginRegistry().serviceObject(catalog::CatalogService::kServiceId));
    auto *shelf = static_cast<shelf::ShelfService *>(studio.pluginRegistry().serviceObject(shelf::ShelfService::kServiceId));
    QVERIFY(catalog && shelf);
    const QByteArray csv = "编码,标题,原价,直播价,库存\n"
                           "LJ000001,五常稻花香大米 5kg,89.90,59.90,100\n"
                           "LJ000002,东宁黑木耳 250g,58,38.80,50\n"
                           "LJ000003,饶河椴树蜜 500g,98,68,30\n"
                           "LJ000004,哈尔滨红肠 500g,45,29.90,80\n";
    const catalog::ImportResult imported = catalog->importProducts(csv, QStringLiteral("today.csv"), catalog::ImportMode::AllOrNothing, nullptr);
    QCOMPARE(imported.codes.size(), 4);
    catalog::Rundown plan = catalog::Rundown::today(QStringLiteral("晚场"), imported.codes, 1);
    QVERIFY2(catalog->saveRundown(plan, &error), qPrintable(error));
    shelf->setRundown(plan.id);
    m_neverExplained = QStringLiteral("哈尔滨红肠 500g");

    // 开播 with the recording; three products explained, 12-13 s each.
    studio.setOnAir(true);
    const qint64 showId = catalog->runningShow();
    QVERIFY(showId > 0);
    m_recording = m_config.filePath(QStringLiteral("recordings/show.mp4"));
    QVERIFY2(studio.recorder().start(m_recording, studio.room().output, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(studio.recorder().startedAtMs() > 0, 10000);
    QElapsedTimer clock;
    clock.start();
    for (const int at : {1000, 13000, 26000}) {
        while (clock.elapsed() < at)
            QTest::qWait(5);
        shelf->pick(int(m_titles.size()));
        m_titles << shelf->currentProduct().title;
    }
    while (clock.elapsed() < 38500)
        QTest::qWait(5);
    QSignalSpy stopped(&studio.recorder(), &Recorder::stopped);
    const qint64 recordingStart = studio.recorder().startedAtMs();
    studio.recorder().stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 20000);
    studio.setOnAir(false);
    const auto explained = catalog->explanations(showId);
    QCOMPARE(explained.size(), 3);
    for (const auto &[code, start, end] : explained) {
        m_explainedAt << (start - recordingStart) / 1000.0;
        m_lengths << ((end > 0 ? end : catalog->show(showId)->endedAtMs) - start) / 1000.0;
    }
    // The chapters are written while the studio runs on (the review follows them).
    QTRY_VERIFY_WITH_TIMEOUT(!probe(m_recording, {QStringLiteral("-show_chapters")}).value(QStringLiteral("chapters")).toArray().isEmpty(), 60000);
    // The last explanation ran until 下播, after the recording stopped: its clip ends with the file.
    const double recorded = probe(m_recording, {QStringLiteral("-show_format")}).value(QStringLiteral("format")).toObject()
                                .value(QStringLiteral("duration")).toString().toDouble();
    m_lengths.last() = std::min(m_lengths.last(), recorded - m_explainedAt.last());
    const QDir reports(m_config.filePath(QStringLiteral("reports")));
    QTRY_VERIFY_WITH_TIMEOUT(!reports.entryList({QStringLiteral("show-%1_*.html").arg(showId)}).isEmpty(), 60000);
    // Where the demo room's shelf shows its cards (a strip above the ticker): what portrait clips keep on screen.
    const QRectF card = shelf->cardArea();
    qInfo("cards on the landscape picture: x %.3f y %.3f, %.3f x %.3f", card.x(), card.y(), card.width(), card.height());
    QVERIFY(card.width() > 0.5 && card.top() > 0.5 && card.bottom() <= 1.0);
    clipsWindow(studio);
    studio.stop();
}

void TestReplay::clipsWindow(Studio &studio)
{
    QWidget window;
    QAction *open = nullptr;
    for (const ActionContribution &action : studio.pluginRegistry().actions()) {
        QAction *made = action.create(&window);
        if (made && made->objectName() == QLatin1String("coachingAction"))
            open = made;
    }
    QVERIFY(open);
    open->trigger();
    QWidget *reports = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("coachingReports") && w->isVisible())
            reports = w;
    QVERIFY(reports);
    auto *shows = reports->findChild<QTreeWidget *>(QStringLiteral("coachingShows"));
    shows->setCurrentItem(shows->topLevelItem(0));
    auto *clipsButton = reports->findChild<QPushButton *>(QStringLiteral("coachingClips"));
    QTRY_VERIFY_WITH_TIMEOUT(clipsButton->isEnabled(), 30000);
    QTest::mouseClick(clipsButton, Qt::LeftButton);
    // (The plugin's own copy of the class: found by name, driven by its widgets.)
    QWidget *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("clipsDialog") && w->isVisible())
            dialog = w;
    QVERIFY(dialog);
    QVERIFY(dialog->width() <= 1366 && dialog->height() <= 728);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("clipsList"));
    // Three clips and the product without one, greyed out with the reason.
    QCOMPARE(list->topLevelItemCount(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(list->topLevelItem(i)->text(0), m_titles[i]);
        QCOMPARE(list->topLevelItem(i)->checkState(0), Qt::Checked);
    }
    QVERIFY(!(list->topLevelItem(3)->flags() & Qt::ItemIsEnabled));
    QVERIFY(list->topLevelItem(3)->text(3).contains(QStringLiteral("never explained")));
    const QString folder = m_config.filePath(QStringLiteral("window-clips"));
    dialog->findChild<QLineEdit *>(QStringLiteral("clipsFolder"))->setText(folder);
    list->topLevelItem(1)->setCheckState(0, Qt::Unchecked); // the host wants two
    auto *cut = dialog->findChild<QPushButton *>(QStringLiteral("clipsCut"));
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("clipsCancel"));
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("clipsProgress"));

    // Exact portrait cuts take a while: stopped half way, nothing half-written stays.
    dialog->findChild<QCheckBox *>(QStringLiteral("clipsExact"))->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("clipsPortrait"))->setChecked(true);
    QTest::mouseClick(cut, Qt::LeftButton);
    QVERIFY(!cut->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 50, 60000);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(cut->isEnabled() && !stop->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("clipsState"))->text().contains(QStringLiteral("Stopped")));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);

    // Fast ones: the two ticked, with progress to the end.
    dialog->findChild<QCheckBox *>(QStringLiteral("clipsExact"))->setChecked(false);
    dialog->findChild<QCheckBox *>(QStringLiteral("clipsPortrait"))->setChecked(false);
    QSignalSpy finished(dialog, SIGNAL(cutFinished()));
    QTest::mouseClick(cut, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(progress->value(), 1000);
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files.size(), 2);
    QVERIFY(files[0].startsWith(QStringLiteral("01_")) && files[1].startsWith(QStringLiteral("03_")));
    QCOMPARE(list->topLevelItem(0)->text(3), files[0]);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("clipsOpen"))->isEnabled());
    dialog->close();
    reports->close();
}

void TestReplay::chaptersInTheRecording()
{
    const QJsonArray chapters = probe(m_recording, {QStringLiteral("-show_chapters")}).value(QStringLiteral("chapters")).toArray();
    QCOMPARE(chapters.size(), m_titles.size());
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const QJsonObject c = chapters[i].toObject();
        const double start = c.value(QStringLiteral("start_time")).toString().toDouble();
        // The first product came in the first seconds: its chapter starts the file.
        const double expected = i == 0 ? 0.0 : m_explainedAt[i];
        qInfo("chapter %lld: %s at %.2f s (explained from %.2f s)", i + 1,
              qPrintable(c.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString()), start, m_explainedAt[i]);
        QCOMPARE(c.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString(), m_titles[i]);
        QVERIFY(std::fabs(start - expected) <= 1.0);
    }
    // Still the studio's recording: picture and sound, playable to the end.
    const QJsonObject format = probe(m_recording, {QStringLiteral("-show_format")}).value(QStringLiteral("format")).toObject();
    QVERIFY(format.value(QStringLiteral("duration")).toString().toDouble() > 36);
    QVERIFY(!QDir(m_config.filePath(QStringLiteral("recordings"))).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).contains(QStringLiteral(".part")));
}

void TestReplay::clipsFromTheCommandLine_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("fast") << QStringList{};
    QTest::newRow("exact portrait") << QStringList{QStringLiteral("--exact"), QStringLiteral("--portrait")};
}

void TestReplay::clipsFromTheCommandLine()
{
    QFETCH(QStringList, flags);
    const QString out = m_config.filePath(QStringLiteral("clips-") + flags.join(QString()));
    const Run run = studio(QStringList{QStringLiteral("--clips"), m_recording, QStringLiteral("--out"), out} + flags);
    qInfo("%s", qPrintable(run.out));
    // Three clips; the fourth product planned is named, with why it has none.
    QCOMPARE(run.code, 7);
    QVERIFY(run.out.contains(QStringLiteral("No clip of %1: %1 has no clip: it was never explained").arg(m_neverExplained)));
    const QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files.size(), m_titles.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QVERIFY2(files[i].startsWith(QStringLiteral("%1_%2_").arg(i + 1, 2, 10, QLatin1Char('0')).arg(QString(m_titles[i]).remove(QLatin1Char(' ')))),
                 qPrintable(files[i]));
        const QJsonObject probed = probe(QDir(out).filePath(files[i]), {QStringLiteral("-show_format"), QStringLiteral("-show_streams")});
        const QJsonArray streams = probed.value(QStringLiteral("streams")).toArray();
        QCOMPARE(streams.size(), 2);
        const double d = probed.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
        qInfo("%s: explained %.2f s, clip %.2f s", qPrintable(files[i]), m_lengths[i], d);
        if (flags.contains(QStringLiteral("--exact")))
            QVERIFY(std::fabs(d - m_lengths[i]) <= 0.1);
        else
            QVERIFY(d >= m_lengths[i] - 0.1 && d <= m_lengths[i] + 2.0 + 0.1);
        const QJsonObject video = streams[0].toObject();
        if (flags.contains(QStringLiteral("--portrait")))
            QCOMPARE(video.value(QStringLiteral("width")).toInt() * 16, video.value(QStringLiteral("height")).toInt() * 9);
        else
            QCOMPARE(video.value(QStringLiteral("width")).toInt(), 1280);
    }
}

void TestReplay::clipsFailClearly_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<bool>("smallDisk");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing") << QStringLiteral("nowhere.mp4") << false << QStringLiteral("does not exist");
    QTest::newRow("damaged") << QStringLiteral("damaged.mp4") << false << QStringLiteral("damaged");
    QTest::newRow("full disk") << QString() << true << QStringLiteral("The disk is full");
}

void TestReplay::clipsFailClearly()
{
    QFETCH(QString, recording);
    QFETCH(bool, smallDisk);
    QFETCH(QString, says);
    QString file = m_recording;
    if (!recording.isEmpty()) {
        file = m_config.filePath(recording);
        if (recording == QLatin1String("damaged.mp4")) {
            QFile whole(m_recording);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QByteArray bytes = whole.readAll();
            bytes.replace(0, 4096, QByteArray(4096, '\0')); // the header gone
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(bytes);
        }
    }
    const QString out = m_config.filePath(QStringLiteral("failed-clips"));
    // On a 2 MB disk of the studio's own: what it leaves there is listed after it exits.
    const QString wrapper = smallDisk ? QStringLiteral("mkdir -p \"%1\" && mount -t tmpfs -o size=2m lj-small \"%1\" && \"$@\"; "
                                                       "code=$?; echo \"left: $(ls -A \"%1\" | tr '\\n' ' ')\"; exit $code")
                                            .arg(out)
                                      : QString();
    const Run run = studio({QStringLiteral("--clips"), file, QStringLiteral("--out"), out}, wrapper);
    qInfo("%s", qPrintable(run.out));
    QCOMPARE(run.code, 7);
    QVERIFY2(run.out.contains(says), qPrintable(run.out));
    if (smallDisk)
        QVERIFY2(run.out.contains(QStringLiteral("left: \n")) || run.out.trimmed().endsWith(QStringLiteral("left:")), qPrintable(run.out));
    else
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
