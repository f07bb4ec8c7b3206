// A show as the studio records it, and its coaching report (复盘报告):
// Mandarin speech from espeak-ng with pauses of 2 s, 7 s and 12 s plays from
// a media source into the program; the host goes on air, explains three
// products at known moments, orders arrive from the reference province
// platform, the recording stops. Then:
// - the studio reviews the show by itself: the report is written, the talk
//   time per product goes into the show record, and the platform receives
//   the show's report with talk time and sales per product;
// - `longjiang-studio --report` writes JSON, HTML and PDF: exactly the pauses
//   over 5 s, each where it is; loudness as FFmpeg's ebur128 measures the
//   same file; planned / explained / talk figures per product; the HTML holds
//   the JSON's figures; the PDF (pdftoppm) shows the charts.
// - a rehearsal of the same room is marked so and never reaches the platform.
#include "catalogdb.h"
#include "catalogfacts.h"
#include "catalogservice.h"
#include "catalogsync.h"
#include "reportdocument.h"
#include "reportsdialog.h"
#include "shelfservice.h"
#include "speechwav.h"

#include "../../catalog/tests/referenceserver.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/pluginregistry.h"
#include "core/recorder.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/studio.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lj;

class TestCoachingShow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showAndItsReport();
    void rehearsalIsNeverReported();

private:
    struct Played {
        qint64 showId = 0;
        QString uid;
        QString recording;
        qint64 recordingStartMs = 0;     ///< the recorder's own figure
        qint64 mediaAddedMs = 0;         ///< when the speech began to play (wall clock)
        QList<std::tuple<QString, qint64, qint64>> explanations;
        QList<catalog::Order> orders;
        QStringList codes;               ///< the rundown's, in order
        QList<int> plannedMinutes;
    };
    /// Runs one show of the speech in a studio on `config` (rehearsal or not).
    void playShow(const QString &config, bool rehearsal, Played *played);
    /// Tools → 复盘报告: the show in the list, its report on screen, a time in
    /// it clicked (keyboard: Tab to the link, Enter) moves the replay there.
    void openReportWindow(Studio &studio, const Played &played);
    static QString run(const QString &program, const QStringList &args, QByteArray *out = nullptr, const QString &config = {});

    QTemporaryDir m_dir;
    speechwav::Show m_show;
    QString m_wav;
    std::unique_ptr<ReferenceServer> m_server;
};

QString TestCoachingShow::run(const QString &program, const QStringList &args, QByteArray *out, const QString &config)
{
    QProcess p;
    if (!config.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LJ_CONFIG_DIR"), config);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    const QByteArray all = p.readAllStandardOutput() + p.readAllStandardError();
    if (out)
        *out = all;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed (%1): ").arg(p.exitCode()) + QString::fromUtf8(all.right(2000));
    return {};
}

void TestCoachingShow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString built = speechwav::buildShow(m_dir.path(),
                                               {QStringLiteral("欢迎来到龙江好货直播间，今天给大家带来五常大米。"),
                                                QStringLiteral("这款大米是当季新米，软糯香甜，产地直发。"),
                                                QStringLiteral("接下来看看东宁黑木耳，小碗耳，肉厚无根。"),
                                                QStringLiteral("最后是饶河黑蜂椴树蜜，库存不多，抓紧下单。")},
                                               {2.0, 7.0, 12.0}, &m_show);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    m_wav = m_dir.filePath(QStringLiteral("show.wav"));
    QVERIFY(speechwav::writeWav(m_wav, m_show.pcm));
    m_server = std::make_unique<ReferenceServer>(5);
    QVERIFY2(m_server->isRunning(), "the reference province server did not start");
}

void TestCoachingShow::playShow(const QString &config, bool rehearsal, Played *played)
{
    StudioPaths::setConfigRoot(config);
    QString error;
    // The province platform as the catalog's settings page leaves it: its
    // address (a server on this machine, plain http accepted by the host) in
    // the catalog, its token in the keychain.
    {
        catalog::CatalogDb db;
        QVERIFY2(db.open(catalog::catalogFile(config), &error), qPrintable(error));
        QVERIFY2(catalog::setPlatformAddress(db, m_server->url(), &error), qPrintable(error));
        QVERIFY2(catalog::setPlainHttpAccepted(db, m_server->url(), &error), qPrintable(error));
        SecretStore secrets;
        secrets.setKeyPrefix(QStringLiteral("catalog"));
        QVERIFY(secrets.writeSync(QString::fromLatin1(catalog::kTokenKey), QStringLiteral("test-token")).ok());
    }
    Studio studio;
    StudioOptions options;
    options.headless = true;
    QVERIFY2(studio.start(options, &error), qPrintable(error));
    {
        RoomProfile room = studio.room();
        room.rehearsal = rehearsal;
        room.video.baseWidth = room.video.outputWidth = 640;
        room.video.baseHeight = room.video.outputHeight = 360;
        room.output.videoBitrateKbps = 600;
        room.output.folder = config + QStringLiteral("/recordings");
        QVERIFY2(studio.updateRoom(room, &error), qPrintable(error));
    }
    auto *catalog = static_cast<catalog::CatalogService *>(studio.pluginRegistry().serviceObject(catalog::CatalogService::kServiceId));
    auto *shelf = static_cast<shelf::ShelfService *>(studio.pluginRegistry().serviceObject(shelf::ShelfService::kServiceId));
    QVERIFY(catalog && shelf);
    QVERIFY(studio.pluginRegistry().serviceOwner("lj.catalog.CatalogService/3") == QLatin1String("catalog"));

    // The platform's products, and today's plan of three of them.
    const QByteArray csv = "编码,标题,原价,直播价,库存\n"
                           "LJ000001,五常稻花香大米 5kg,89.90,59.90,100\n"
                           "LJ000002,东宁黑木耳 250g,58,38.80,50\n"
                           "LJ000003,饶河椴树蜜 500g,98,68,30\n";
    catalog::ImportResult imported = catalog->importProducts(csv, QStringLiteral("today.csv"), catalog::ImportMode::AllOrNothing, nullptr);
    QCOMPARE(imported.codes.size(), 3);
    catalog::Rundown plan = catalog::Rundown::today(QStringLiteral("晚场"), imported.codes, 1);
    plan.items[1].plannedMinutes = 2;
    QVERIFY2(catalog->saveRundown(plan, &error), qPrintable(error));
    shelf->setRundown(plan.id);
    for (const catalog::RundownItem &item : plan.items) {
        played->codes << item.productCode;
        played->plannedMinutes << item.plannedMinutes;
    }

    // A scene of the speech alone: the demo room's clip would add its own sound.
    SceneCollection &scenes = studio.scenes();
    obs_scene_t *scene = scenes.addScene(QStringLiteral("coaching"));
    scenes.setCurrentIndex(scenes.indexOf(QStringLiteral("coaching")));

    // 开播: the show record starts; the recording starts.
    studio.setOnAir(true);
    played->showId = catalog->runningShow();
    QVERIFY(played->showId > 0);
    played->uid = catalog->show(played->showId)->uid;
    played->recording = config + QStringLiteral("/recordings/show.mp4");
    QVERIFY2(studio.recorder().start(played->recording, studio.room().output, &error), qPrintable(error));
    played->recordingStartMs = studio.recorder().startedAtMs();
    QTest::qWait(500);

    {
        OBSDataAutoRelease media = obs_data_create();
        obs_data_set_string(media, "local_file", m_wav.toUtf8().constData());
        obs_data_set_bool(media, "is_local_file", true);
        obs_data_set_bool(media, "looping", false);
        QVERIFY(scenes.addSource(scene, "ffmpeg_source", QStringLiteral("speech"), media));
    }
    played->mediaAddedMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer clock;
    clock.start();
    auto waitUntil = [&clock](double seconds) {
        while (clock.elapsed() < qint64(seconds * 1000.0))
            QTest::qWait(5);
    };
    // Product 1 with the first sentence, product 2 with the third, product 3 with the fourth.
    shelf->pick(0);
    waitUntil(m_show.speech[1].first + 1.0);
    m_server->admin(QStringLiteral("/admin/orders"), {{QStringLiteral("show_uid"), played->uid}, {QStringLiteral("count"), 4}});
    waitUntil(m_show.speech[2].first);
    shelf->pick(1);
    {
        bool pulled = false;
        QString message;
        catalog->pullOrders(played->showId, this, [&](bool ok, const QString &m) {
            pulled = ok;
            message = m;
        });
        QTRY_VERIFY_WITH_TIMEOUT(pulled || !message.isEmpty(), 15000);
        QVERIFY2(pulled, qPrintable(message));
    }
    waitUntil(m_show.speech[3].first);
    shelf->pick(2);
    waitUntil(m_show.end() + 1.0);
    // A rehearsal keeps the made-up orders of its ticker (the demo room's), for its report.
    const auto simulated = [&] {
        int n = 0;
        for (const catalog::Order &o : catalog->orders(played->showId, 0))
            n += o.orderId.startsWith(QLatin1String("sim-"));
        return n;
    };
    if (rehearsal)
        QTRY_VERIFY_WITH_TIMEOUT(simulated() > 0, 60000);
    else
        QCOMPARE(simulated(), 0); // a public show's orders come from the platform only

    // 下播.
    QSignalSpy stopped(&studio.recorder(), &Recorder::stopped);
    studio.recorder().stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 20000);
    QCOMPARE(stopped.first().first().toString(), QString());
    studio.setOnAir(false);
    QVERIFY(catalog->show(played->showId)->endedAtMs > 0);
    played->explanations = catalog->explanations(played->showId);
    played->orders = catalog->orders(played->showId, 0);
    QCOMPARE(played->explanations.size(), 3);

    // The studio reviews the show by itself: the report and the talk times.
    const QDir reports(config + QStringLiteral("/reports"));
    QTRY_VERIFY_WITH_TIMEOUT(!reports.entryList({QStringLiteral("show-%1_*.html").arg(played->showId)}).isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(catalog->talkTimes(played->showId).size() == 3, 10000);
    if (!rehearsal) {
        QTRY_VERIFY_WITH_TIMEOUT(catalog->show(played->showId)->reportedAtMs > 0, 20000);
        openReportWindow(studio, *played);
    }
    studio.stop();
    QCOMPARE(ObsRuntime::liveAllocations(), 0L);
}

void TestCoachingShow::openReportWindow(Studio &studio, const Played &played)
{
    QWidget window;
    QAction *open = nullptr;
    for (const ActionContribution &action : studio.pluginRegistry().actions()) {
        QAction *made = action.create(&window);
        if (made && made->objectName() == QLatin1String("coachingAction"))
            open = made;
    }
    QVERIFY2(open, "the coaching plugin offers no Tools action");
    open->trigger();
    QDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("coachingReports") && w->isVisible())
            dialog = qobject_cast<QDialog *>(w);
    QVERIFY(dialog);
    // Fits the laptop's screen.
    QVERIFY(dialog->width() <= 1366 && dialog->height() <= 728);
    auto *shows = dialog->findChild<QTreeWidget *>(QStringLiteral("coachingShows"));
    QCOMPARE(shows->topLevelItemCount(), 1);
    QCOMPARE(shows->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), played.showId);
    shows->setCurrentItem(shows->topLevelItem(0));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("coachingSave"));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 30000);
    auto *page = dialog->findChild<QTextBrowser *>(QStringLiteral("coachingPage"));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Silences longer than 5 seconds")));
    // Links in page order: each product's start, then each silence. The last silence is well into the show.
    auto *report = static_cast<coaching::ReportsDialog *>(dialog);
    QVERIFY(report->report().has_value());
    const qsizetype links = report->report()->products.size() + report->report()->audio.silences.size();
    const double at = report->report()->audio.silences.last().start;
    QVERIFY(at > 20);
    page->setFocus();
    for (qsizetype i = 0; i < links; ++i)
        QTest::keyClick(page, Qt::Key_Tab);
    QTest::keyClick(page, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(report->replayPosition() - qint64(at * 1000.0)) <= 1000, 15000);
    qInfo("replay at %lld ms after clicking the silence at %.0f ms", report->replayPosition(), at * 1000.0);
    dialog->close();
}

void TestCoachingShow::showAndItsReport()
{
    QTemporaryDir config;
    Played played;
    playShow(config.path(), false, &played);
    if (QTest::currentTestFailed())
        return;

    // --report, three ways.
    const QString bin = qEnvironmentVariable("LJ_STUDIO_BIN");
    const QString json = config.filePath(QStringLiteral("report.json"));
    const QString html = config.filePath(QStringLiteral("report.html"));
    const QString pdf = config.filePath(QStringLiteral("report.pdf"));
    for (const QString &out : {json, html, pdf}) {
        const QString failed = run(bin, {QStringLiteral("--report"), played.recording, QStringLiteral("--show"),
                                         QString::number(played.showId), QStringLiteral("--out"), out},
                                   nullptr, config.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("show")).toInteger(), played.showId);
    QCOMPARE(report.value(QStringLiteral("rehearsal")).toBool(), false);

    // Where the speech sits on the recording: it began to play when it was added.
    const double mediaAt = double(played.mediaAddedMs - played.recordingStartMs) / 1000.0;
    const QJsonArray silences = report.value(QStringLiteral("silences")).toArray();
    QCOMPARE(silences.size(), 2); // the 7 s and 12 s pauses, not the 2 s one
    for (int i = 0; i < 2; ++i) {
        const auto [start, length] = m_show.pauses[i + 1];
        const QJsonObject s = silences[i].toObject();
        const double found = s.value(QStringLiteral("start")).toDouble();
        qInfo("pause of %.1f s expected at %.2f s, found at %.2f s lasting %.2f s", length, mediaAt + start, found,
              s.value(QStringLiteral("duration")).toDouble());
        QVERIFY2(std::fabs(found - (mediaAt + start)) <= 0.5, qPrintable(QStringLiteral("pause %1").arg(i + 1)));
        QVERIFY(std::fabs(s.value(QStringLiteral("duration")).toDouble() - length) <= 0.5);
    }

    // Loudness as FFmpeg's own EBU R 128 meter measures the recording.
    QByteArray log;
    QString failed = run(QStringLiteral("ffmpeg"), {QStringLiteral("-nostats"), QStringLiteral("-i"), played.recording, QStringLiteral("-map"),
                                                    QStringLiteral("0:a"), QStringLiteral("-af"), QStringLiteral("ebur128"), QStringLiteral("-f"),
                                                    QStringLiteral("null"), QStringLiteral("-")},
                         &log);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QRegularExpressionMatch integrated =
        QRegularExpression(QStringLiteral("I:\\s+(-?[0-9.]+) LUFS")).match(QString::fromUtf8(log).section(QStringLiteral("Summary:"), -1));
    QVERIFY(integrated.hasMatch());
    const QJsonObject loudness = report.value(QStringLiteral("loudness")).toObject();
    qInfo("integrated loudness %.2f LUFS, FFmpeg %s", loudness.value(QStringLiteral("integratedLufs")).toDouble(),
          qPrintable(integrated.captured(1)));
    QVERIFY(std::fabs(loudness.value(QStringLiteral("integratedLufs")).toDouble() - integrated.captured(1).toDouble()) <= 0.5);

    // Products: in show order, planned against explained (the show record's
    // own times), talk time = the speech of each product's sentences.
    const QJsonArray products = report.value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 3);
    const QList<double> speech = {m_show.speech[0].second + m_show.speech[1].second, m_show.speech[2].second, m_show.speech[3].second};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject p = products[i].toObject();
        const auto &[code, startMs, endMs] = played.explanations[i];
        QCOMPARE(p.value(QStringLiteral("code")).toString(), played.codes[i]);
        QCOMPARE(p.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(p.value(QStringLiteral("plannedSeconds")).toDouble(), played.plannedMinutes[i] * 60.0);
        const double actual = double(endMs - startMs) / 1000.0;
        QVERIFY2(std::fabs(p.value(QStringLiteral("actualSeconds")).toDouble() - actual) < 0.05,
                 qPrintable(QStringLiteral("product %1: %2 s explained, the record says %3 s").arg(i + 1).arg(p.value(QStringLiteral("actualSeconds")).toDouble()).arg(actual)));
        const double talk = p.value(QStringLiteral("talkSeconds")).toDouble();
        qInfo("product %d: planned %.0f s, explained %.1f s, talked %.2f s (spoken %.2f s)", i + 1, played.plannedMinutes[i] * 60.0, actual,
              talk, speech[i]);
        QVERIFY2(std::fabs(talk - speech[i]) <= 0.6, qPrintable(QStringLiteral("product %1").arg(i + 1)));
        // The product change is where its sentence begins on the recording.
        if (i > 0)
            QVERIFY(std::fabs(p.value(QStringLiteral("start")).toDouble() - (mediaAt + m_show.speech[i + 1].first)) <= 0.5);
    }

    // The HTML holds the same figures.
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    for (const QJsonValue &v : products) {
        const QJsonObject p = v.toObject();
        const QRegularExpressionMatch row =
            QRegularExpression(QStringLiteral("<tr data-code=\"%1\">(.*?)</tr>").arg(QRegularExpression::escape(p.value(QStringLiteral("code")).toString())))
                .match(page);
        QVERIFY(row.hasMatch());
        const QString cells = row.captured(1);
        QVERIFY2(cells.contains(QStringLiteral("<td class=\"n planned\">%1</td>").arg(p.value(QStringLiteral("plannedSeconds")).toDouble() / 60.0, 0, 'f', 1)), qPrintable(cells));
        QVERIFY2(cells.contains(QStringLiteral("<td class=\"n actual\">%1</td>").arg(p.value(QStringLiteral("actualSeconds")).toDouble() / 60.0, 0, 'f', 1)), qPrintable(cells));
        QVERIFY2(cells.contains(QStringLiteral("<td class=\"n talk\">%1</td>").arg(p.value(QStringLiteral("talkSeconds")).toDouble() / 60.0, 0, 'f', 1)), qPrintable(cells));
    }
    for (const QJsonValue &v : silences)
        QVERIFY(page.contains(QStringLiteral("<td class=\"n duration\">%1</td>").arg(v.toObject().value(QStringLiteral("duration")).toDouble(), 0, 'f', 1)));
    QVERIFY(page.contains(QStringLiteral("<td class=\"n integrated\">%1 LUFS</td>").arg(loudness.value(QStringLiteral("integratedLufs")).toDouble(), 0, 'f', 1)));
    QVERIFY(page.contains(QStringLiteral("data:image/png;base64,"))); // the charts travel inside the page

    // The PDF renders, and holds the charts: their bars in their colours.
    failed = run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, config.filePath(QStringLiteral("page"))});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QStringList pages = QDir(config.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    QVERIFY(!pages.isEmpty());
    auto countNear = [](const QImage &image, QRgb color) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                if (std::abs(qRed(p) - qRed(color)) < 24 && std::abs(qGreen(p) - qGreen(color)) < 24 && std::abs(qBlue(p) - qBlue(color)) < 24)
                    ++n;
            }
        return n;
    };
    int planned = 0, actual = 0, talk = 0, orders = 0;
    const QString artifacts = qEnvironmentVariable("LJ_TEST_ARTIFACTS");
    for (const QString &name : pages) {
        const QImage image(config.filePath(name));
        QVERIFY(!image.isNull());
        if (!artifacts.isEmpty())
            image.save(artifacts + QStringLiteral("/coaching-report-") + name);
        planned += countNear(image, coaching::ReportDocument::kPlannedColor);
        actual += countNear(image, coaching::ReportDocument::kActualColor);
        talk += countNear(image, coaching::ReportDocument::kTalkColor);
        orders += countNear(image, coaching::ReportDocument::kOrdersColor);
    }
    qInfo("PDF: %lld page(s); chart pixels planned %d, explained %d, talked %d, orders %d", qsizetype(pages.size()), planned, actual, talk, orders);
    QVERIFY(planned > 100 && actual > 20 && talk > 20 && orders > 20);

    // The platform received the show's report with talk time and sales per product.
    const QJsonObject received = m_server->getAdmin(QStringLiteral("/admin/reports")).value(played.uid).toObject().value(QStringLiteral("report")).toObject();
    const QJsonArray perProduct = received.value(QStringLiteral("products")).toArray();
    QVERIFY2(!perProduct.isEmpty(), QJsonDocument(received).toJson().constData());
    QHash<QString, qint64> sold;
    for (const catalog::Order &o : std::as_const(played.orders))
        sold[o.productCode] += o.amountFen;
    QVERIFY(!played.orders.isEmpty());
    qint64 total = 0;
    for (const QJsonValue &v : perProduct) {
        const QJsonObject p = v.toObject();
        const QString code = p.value(QStringLiteral("code")).toString();
        QCOMPARE(p.value(QStringLiteral("sales_fen")).toInteger(), sold.value(code));
        total += p.value(QStringLiteral("sales_fen")).toInteger();
        const int index = played.codes.indexOf(code);
        if (index >= 0) // talk time: as the report measured it, to a tenth of a second
            QVERIFY2(std::fabs(p.value(QStringLiteral("talk_seconds")).toDouble() - products[index].toObject().value(QStringLiteral("talkSeconds")).toDouble()) <= 0.051,
                     qPrintable(code));
    }
    QCOMPARE(total, received.value(QStringLiteral("totals")).toObject().value(QStringLiteral("sales_fen")).toInteger());
}

void TestCoachingShow::rehearsalIsNeverReported()
{
    QTemporaryDir config;
    Played played;
    playShow(config.path(), true, &played);
    if (QTest::currentTestFailed())
        return;
    StudioPaths::setConfigRoot(config.path());
    // Marked a rehearsal in the record and in the report, never reported.
    const QDir reports(config.filePath(QStringLiteral("reports")));
    const QStringList json = reports.entryList({QStringLiteral("show-%1_*.json").arg(played.showId)});
    QCOMPARE(json.size(), 1);
    QFile file(reports.filePath(json.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rehearsal")).toBool(), true);
    QTest::qWait(2000); // a report sent anyway would have arrived by now
    QVERIFY(!m_server->getAdmin(QStringLiteral("/admin/reports")).contains(played.uid));
}

QTEST_MAIN(TestCoachingShow)
#include "tst_coachingshow.moc"
