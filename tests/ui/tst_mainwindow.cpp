// The real main window under Xvfb: a host adds a scene and a text source
// through the UI, types the text in the property editor, and the program
// output changes. Also moving a source in the preview, hiding it, and recording.
#include "core/demoroom.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/recorder.h"
#include "core/scenecollection.h"
#include "core/studio.h"
#include "mainwindow.h"
#include "windowlayout.h"
#include "obs/framecheck.h"
#include "previewwidget.h"
#include "propertyeditor.h"
#include "recordpanel.h"
#include "sourcesdock.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

namespace {

/// Copies the luma plane of every program frame libobs outputs.
class ProgramFrames {
public:
    ProgramFrames() { obs_add_raw_video_callback(nullptr, onFrame, this); }
    ~ProgramFrames() { obs_remove_raw_video_callback(onFrame, this); }
    QImage latest()
    {
        QMutexLocker lock(&m_mutex);
        return m_luma.copy();
    }
    /// Waits until a frame newer than now has arrived.
    QImage next()
    {
        quint64 seen;
        {
            QMutexLocker lock(&m_mutex);
            seen = m_count;
        }
        for (int i = 0; i < 100; ++i) {
            QTest::qWait(20);
            QMutexLocker lock(&m_mutex);
            if (m_count > seen + 2)
                return m_luma.copy();
        }
        return {};
    }

private:
    static void onFrame(void *param, video_data *frame)
    {
        auto *self = static_cast<ProgramFrames *>(param);
        obs_video_info ovi;
        obs_get_video_info(&ovi);
        QImage luma(int(ovi.output_width), int(ovi.output_height), QImage::Format_Grayscale8);
        for (int y = 0; y < luma.height(); ++y)
            memcpy(luma.scanLine(y), frame->data[0] + size_t(y) * frame->linesize[0], size_t(luma.width()));
        QMutexLocker lock(&self->m_mutex);
        self->m_luma = luma;
        ++self->m_count;
    }
    QMutex m_mutex;
    QImage m_luma;
    quint64 m_count = 0;
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addSceneAndTextThenEditIt();
    void dragMovesTheSelectedSource();
    void hidingASourceInTheList();
    void recordButtonRecords();
    void overlaysAreEditedAndSaved();

private:
    QTemporaryDir m_config;
    std::unique_ptr<lj::Studio> m_studio;
    std::unique_ptr<lj::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "needs the Xvfb display");
    lj::StudioPaths::setConfigRoot(m_config.path());
    m_studio = std::make_unique<lj::Studio>();
    QString error;
    QVERIFY2(m_studio->start({}, &error), qPrintable(error));
    m_window = std::make_unique<lj::MainWindow>(*m_studio);
    // The technician's layout: every dock this test drives is in it.
    m_window->windowLayout()->setMode(lj::WindowLayout::Mode::Technician);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_studio->stop();
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
}

void TestMainWindow::addSceneAndTextThenEditIt()
{
    lj::SceneCollection &scenes = m_studio->scenes();
    QCOMPARE(scenes.count(), 1); // the demo room
    ProgramFrames frames;

    // Add a scene with the + button under the scenes list.
    auto *addScene = m_window->findChild<QToolButton *>(QStringLiteral("addScene"));
    QVERIFY(addScene);
    QTest::mouseClick(addScene, Qt::LeftButton);
    QCOMPARE(scenes.count(), 2);
    QCOMPARE(scenes.currentIndex(), 1);
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("scenesList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    const QImage empty = frames.next();
    QVERIFY(!empty.isNull());

    // Add a text source from the + menu of the sources list.
    auto *addSource = m_window->findChild<QToolButton *>(QStringLiteral("addSource"));
    QAction *addText = addSource->menu()->findChild<QAction *>(QStringLiteral("add_text_ft2_source_v2"));
    QVERIFY(addText);
    addText->trigger();
    auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("sourcesTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(m_window->sourcesPanel()->selectedItem());

    // The property editor shows the text source; type into its text field.
    lj::PropertyEditor *editor = m_window->propertyEditor();
    QCOMPARE(editor->source(), obs_sceneitem_get_source(m_window->sourcesPanel()->selectedItem()));
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("text"));
    QVERIFY2(text, "no editor for the text property");
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Harbin"));
    text->insertPlainText(QStringLiteral(" 红肠 ¥68"));
    OBSDataAutoRelease settings = obs_source_get_settings(editor->source());
    QCOMPARE(QString::fromUtf8(obs_data_get_string(settings, "text")), QStringLiteral("Harbin 红肠 ¥68"));
    // A new text source starts with a font that has Chinese glyphs.
    OBSDataAutoRelease font = obs_data_get_obj(settings, "font");
    QCOMPARE(QString::fromUtf8(obs_data_get_string(font, "face")), QStringLiteral("Noto Sans CJK SC"));

    // The program output now has the text in its top-left corner.
    QImage withText;
    int changed = 0;
    for (int attempt = 0; attempt < 20 && changed < 200; ++attempt) {
        withText = frames.next();
        changed = framecheck::differingPixels(empty, withText, QRect(0, 0, 600, 200), 40);
    }
    QVERIFY2(changed >= 200, qPrintable(QStringLiteral("only %1 pixels changed").arg(changed)));

    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QImage screenshot = m_window->screen()->grabWindow(0).toImage();
    const QString dir = qEnvironmentVariable("LJ_TEST_ARTIFACTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        screenshot.save(dir + QStringLiteral("/mainwindow.png"));
    }
    QVERIFY(!screenshot.isNull());
}

void TestMainWindow::dragMovesTheSelectedSource()
{
    obs_sceneitem_t *item = m_window->sourcesPanel()->selectedItem();
    QVERIFY(item);
    vec2 before;
    obs_sceneitem_get_pos(item, &before);
    lj::PreviewWidget *preview = m_window->preview();
    QCOMPARE(preview->selectedItem(), item);

    // Press inside the item on the canvas, drag by a canvas-known distance.
    const QRectF bounds = lj::PreviewWidget::itemBounds(item);
    QVERIFY(bounds.width() > 4);
    auto toWidget = [preview](QPointF canvas) {
        // Invert toCanvas by search-free arithmetic: two probe points give scale and offset.
        const QPointF o = preview->toCanvas(QPointF(0, 0));
        const QPointF one = preview->toCanvas(QPointF(100, 100));
        const qreal sx = 100.0 / (one.x() - o.x()), sy = 100.0 / (one.y() - o.y());
        return QPoint(int((canvas.x() - o.x()) * sx), int((canvas.y() - o.y()) * sy));
    };
    const QPoint start = toWidget(bounds.center() + QPointF(-bounds.width() / 4, 0));
    const QPoint end = toWidget(bounds.center() + QPointF(-bounds.width() / 4 + 200, 100));
    QTest::mousePress(preview, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, end, preview->mapToGlobal(end), Qt::LeftButton, Qt::LeftButton, {});
    QApplication::sendEvent(preview, &move);
    QTest::mouseRelease(preview, Qt::LeftButton, {}, end);
    vec2 after;
    obs_sceneitem_get_pos(item, &after);
    QVERIFY2(qAbs(after.x - before.x - 200) < 6, qPrintable(QString::number(after.x - before.x)));
    QVERIFY2(qAbs(after.y - before.y - 100) < 6, qPrintable(QString::number(after.y - before.y)));
}

void TestMainWindow::hidingASourceInTheList()
{
    auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("sourcesTree"));
    obs_sceneitem_t *item = m_window->sourcesPanel()->selectedItem();
    QVERIFY(obs_sceneitem_visible(item));
    tree->topLevelItem(0)->setCheckState(lj::SourcesPanel::VisibleColumn, Qt::Unchecked);
    QVERIFY(!obs_sceneitem_visible(item));
    tree->topLevelItem(0)->setCheckState(lj::SourcesPanel::LockedColumn, Qt::Checked);
    QVERIFY(obs_sceneitem_locked(item));
}

void TestMainWindow::recordButtonRecords()
{
    QTemporaryDir videos;
    lj::RoomProfile room = m_studio->room();
    room.output.folder = videos.path();
    QString error;
    QVERIFY2(m_studio->updateRoom(room, &error), qPrintable(error));

    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("recordButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Start recording"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_studio->recorder().isActive());
    QCOMPARE(button->text(), QStringLiteral("Stop recording"));
    QTRY_VERIFY_WITH_TIMEOUT(m_studio->recorder().frames() >= 45, 15000); // 1.5 s of video is in the file
    QSignalSpy stopped(&m_studio->recorder(), &lj::Recorder::stopped);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().first().toString(), QString());
    QTRY_COMPARE(button->text(), QStringLiteral("Start recording"));
    const QStringList files = QDir(videos.path()).entryList({QStringLiteral("*.mp4")});
    QCOMPARE(files.size(), 1);
    QVERIFY(QFileInfo(videos.filePath(files.first())).size() > 10000);
}

void TestMainWindow::overlaysAreEditedAndSaved()
{
    // The plugins' docks are in the window.
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("shelfNext")));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("entryAddOrder")));

    auto *addSource = m_window->findChild<QToolButton *>(QStringLiteral("addSource"));
    lj::PropertyEditor *editor = m_window->propertyEditor();
    auto choose = [](QComboBox *combo, const QString &value) {
        const int index = combo->findData(value);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    };

    // The ticker: only the chosen feed's settings are on the form.
    QAction *addTicker = addSource->menu()->findChild<QAction *>(QStringLiteral("add_lj_sales_ticker"));
    QVERIFY2(addTicker, "the ticker is not offered in the add-source menu");
    addTicker->trigger();
    obs_source_t *ticker = obs_sceneitem_get_source(m_window->sourcesPanel()->selectedItem());
    QCOMPARE(QString::fromUtf8(obs_source_get_id(ticker)), QStringLiteral("lj_sales_ticker"));
    QCOMPARE(editor->source(), ticker);
    auto *feed = editor->findChild<QComboBox *>(QStringLiteral("feed"));
    QVERIFY(feed);
    QVERIFY(!editor->findChild<QWidget *>(QStringLiteral("feed_file")));
    choose(feed, QStringLiteral("file"));
    QTRY_VERIFY(editor->findChild<QWidget *>(QStringLiteral("feed_file")));
    QVERIFY(!editor->findChild<QWidget *>(QStringLiteral("sim_rate")));

    // The shelf: layout and theme from lists.
    QAction *addShelf = addSource->menu()->findChild<QAction *>(QStringLiteral("add_lj_product_shelf"));
    QVERIFY2(addShelf, "the shelf is not offered in the add-source menu");
    addShelf->trigger();
    QTRY_COMPARE(QString::fromUtf8(obs_source_get_id(editor->source())), QStringLiteral("lj_product_shelf"));
    QTRY_VERIFY(editor->findChild<QComboBox *>(QStringLiteral("layout")));
    choose(editor->findChild<QComboBox *>(QStringLiteral("layout")), QStringLiteral("strip"));
    choose(editor->findChild<QComboBox *>(QStringLiteral("theme")), QStringLiteral("snow"));
    choose(editor->findChild<QComboBox *>(QStringLiteral("safe_area")), QStringLiteral("douyin"));

    // Both are saved with the scene collection, with what was chosen.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("scenes.json"));
    QString error;
    QVERIFY2(m_studio->scenes().saveToFile(file, &error), qPrintable(error));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QMap<QString, QJsonObject> byType;
    for (const QJsonValue &v : QJsonDocument::fromJson(saved.readAll()).object().value(QStringLiteral("sources")).toArray())
        byType.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("settings")].toObject());
    QCOMPARE(byType.value(QStringLiteral("lj_sales_ticker")).value(QStringLiteral("feed")).toString(), QStringLiteral("file"));
    const QJsonObject shelf = byType.value(QStringLiteral("lj_product_shelf"));
    QCOMPARE(shelf.value(QStringLiteral("layout")).toString(), QStringLiteral("strip"));
    QCOMPARE(shelf.value(QStringLiteral("theme")).toString(), QStringLiteral("snow"));
    QCOMPARE(shelf.value(QStringLiteral("safe_area")).toString(), QStringLiteral("douyin"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
