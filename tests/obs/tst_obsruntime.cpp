// libobs in this process, under the X display of the test services: module
// allowlist, scene collections that round-trip, hotkeys, video reset, and a
// shutdown that leaves no libobs allocation behind.
#include "core/demoroom.h"
#include "core/encoders.h"
#include "core/hotkeys.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/scenecollection.h"

#include <util/util.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestObsRuntime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsOnlyTheAllowlist();
    void modulesWriteOnlyIntoTheConfigDir();
    void sceneCollectionRoundTrip();
    void damagedSceneFileIsRefused();
    void hotkeysFireAndPersist();
    void videoResetChangesTheCanvas();
    void encodersOfferedAndFallBack();
    void shutdownLeavesNoAllocations();

private:
    static int countInputs();
    QTemporaryDir m_dir;
    QTemporaryDir m_workingDir;
    lj::ObsRuntime m_runtime;
};

int TestObsRuntime::countInputs()
{
    int n = 0;
    obs_enum_sources([](void *p, obs_source_t *) { return ++*static_cast<int *>(p), true; }, &n);
    return n;
}

void TestObsRuntime::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "needs the X display from scripts/test-services.sh");
    lj::StudioPaths::setConfigRoot(m_dir.path());
    // Started from a directory of its own, to see what libobs writes there.
    QVERIFY(QDir::setCurrent(m_workingDir.path()));
    QString error;
    QVERIFY2(m_runtime.start(lj::VideoSettings{}, QStringLiteral("zh-CN"), &error), qPrintable(error));
    QVERIFY(m_runtime.isStarted());
    QVERIFY(obs_initialized());
}

void TestObsRuntime::loadsOnlyTheAllowlist()
{
    const QStringList loaded = m_runtime.loadedModules();
    for (const char *needed : {"obs-ffmpeg", "obs-x264", "obs-outputs", "image-source", "text-freetype2"})
        QVERIFY2(loaded.contains(QLatin1String(needed)), needed);
    for (const QString &name : loaded)
        QVERIFY(lj::ObsRuntime::moduleAllowlist().contains(name));
    // These need OBS's own frontend and would abort the process.
    QVERIFY(!obs_get_module("frontend-tools"));
    QVERIFY(!obs_get_module("obs-websocket"));
    QVERIFY(obs_source_get_display_name("text_ft2_source_v2"));
}

void TestObsRuntime::modulesWriteOnlyIntoTheConfigDir()
{
    // rtmp-services keeps its list of services in its module config dir
    // (written from a background thread some time after start).
    BPtr<char> path = obs_module_get_config_path(obs_get_module("rtmp-services"), "services.json");
    QCOMPARE(QString::fromUtf8(path.Get()), lj::StudioPaths::moduleConfigDir() + QStringLiteral("/rtmp-services/services.json"));
    const QStringList strays = QDir(m_workingDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(QLatin1Char(' '))));
}

void TestObsRuntime::sceneCollectionRoundTrip()
{
    lj::SceneCollection scenes;
    lj::DemoRoom::populate(scenes, m_runtime.video());
    QCOMPARE(scenes.count(), 1);
    QCOMPARE(countInputs(), 4);

    obs_scene_t *second = scenes.addScene(QStringLiteral("讲解 Scene"));
    OBSDataAutoRelease text = obs_data_create();
    obs_data_set_string(text, "text", "黑木耳 ¥39.9");
    obs_sceneitem_t *item = scenes.addSource(second, "text_ft2_source_v2", QStringLiteral("价格"), text);
    QVERIFY(item);
    obs_sceneitem_set_visible(item, false);
    obs_sceneitem_set_locked(item, true);
    const vec2 pos = {{{123.0f, 456.0f}}};
    obs_sceneitem_set_pos(item, &pos);
    scenes.moveScene(1, 0);
    scenes.setCurrentIndex(1);
    QCOMPARE(scenes.sceneName(0), QStringLiteral("讲解 Scene"));

    const QString file = m_dir.filePath(QStringLiteral("scenes.json"));
    QString error;
    QVERIFY2(scenes.saveToFile(file, &error), qPrintable(error));
    const QJsonObject first = scenes.save();

    scenes.clear();
    QCOMPARE(scenes.count(), 0);
    QCOMPARE(countInputs(), 0);
    OBSSourceAutoRelease program = obs_get_output_source(0);
    QVERIFY(!program);

    QVERIFY2(scenes.loadFromFile(file, &error), qPrintable(error));
    QCOMPARE(scenes.count(), 2);
    QCOMPARE(scenes.sceneName(0), QStringLiteral("讲解 Scene"));
    QCOMPARE(scenes.currentIndex(), 1);
    program = obs_get_output_source(0);
    QCOMPARE(program.Get(), scenes.sceneSource(1));
    QCOMPARE(countInputs(), 5);
    const QJsonObject second_ = scenes.save();
    if (second_ != first) {
        QFile a(m_dir.filePath(QStringLiteral("first.json"))), b(m_dir.filePath(QStringLiteral("second.json")));
        QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        a.write(QJsonDocument(first).toJson());
        b.write(QJsonDocument(second_).toJson());
        a.close();
        b.close();
        QProcess::execute(QStringLiteral("diff"), {a.fileName(), b.fileName()});
        QFAIL("the collection changed in a save/load round trip");
    }

    OBSSourceAutoRelease price = obs_get_source_by_name("价格");
    QVERIFY(price);
    OBSDataAutoRelease settings = obs_source_get_settings(price);
    QCOMPARE(QString::fromUtf8(obs_data_get_string(settings, "text")), QStringLiteral("黑木耳 ¥39.9"));
    obs_sceneitem_t *loaded = obs_scene_find_source(scenes.scene(0), "价格");
    QVERIFY(loaded);
    QVERIFY(!obs_sceneitem_visible(loaded));
    QVERIFY(obs_sceneitem_locked(loaded));
    vec2 loadedPos;
    obs_sceneitem_get_pos(loaded, &loadedPos);
    QCOMPARE(loadedPos.x, 123.0f);
    QCOMPARE(loadedPos.y, 456.0f);
    scenes.clear();
}

void TestObsRuntime::damagedSceneFileIsRefused()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"sources\": [ {\"name\": ");
    f.close();
    lj::SceneCollection scenes;
    QString error;
    QVERIFY(!scenes.loadFromFile(file, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(!scenes.load(QJsonObject{{QStringLiteral("sources"), 7}}, &error));
    QCOMPARE(scenes.count(), 0);
}

void TestObsRuntime::hotkeysFireAndPersist()
{
    QJsonObject saved;
    {
        lj::HotkeyManager hotkeys;
        int fired = 0;
        QVERIFY(hotkeys.add(QStringLiteral("test.next"), QStringLiteral("Next product"), [&fired] { ++fired; }));
        QVERIFY(!hotkeys.add(QStringLiteral("test.next"), QStringLiteral("again"), [] {}));
        const obs_key_combination_t f5 = {INTERACT_CONTROL_KEY, OBS_KEY_F5};
        QVERIFY(hotkeys.setBindings(QStringLiteral("test.next"), {f5}));
        QCOMPARE(hotkeys.bindings(QStringLiteral("test.next")).size(), 1);
        QCOMPARE(lj::HotkeyManager::keyText(f5), QStringLiteral("Ctrl+F5"));

        // libobs' hotkey thread sees the key; the action runs on the Qt thread.
        QSignalSpy triggered(&hotkeys, &lj::HotkeyManager::triggered);
        obs_hotkey_inject_event(f5, false);
        obs_hotkey_inject_event(f5, true);
        obs_hotkey_inject_event(f5, false);
        QTRY_COMPARE(fired, 1);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered.first().first().toString(), QStringLiteral("test.next"));
        saved = hotkeys.saveBindings();
        QVERIFY(QJsonDocument(saved).toJson().contains("OBS_KEY_F5"));
    }
    // Saved with the room, then loaded before the action is registered (as plugins do).
    lj::HotkeyManager later;
    later.loadBindings(saved);
    QVERIFY(later.add(QStringLiteral("test.next"), QStringLiteral("Next product"), [] {}));
    const QList<obs_key_combination_t> keys = later.bindings(QStringLiteral("test.next"));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().key, OBS_KEY_F5);
    QCOMPARE(keys.first().modifiers, uint32_t(INTERACT_CONTROL_KEY));
}

void TestObsRuntime::videoResetChangesTheCanvas()
{
    lj::VideoSettings portrait;
    portrait.baseWidth = 720;
    portrait.baseHeight = 1280;
    portrait.outputWidth = 540;
    portrait.outputHeight = 960;
    QString error;
    QVERIFY2(m_runtime.resetVideo(portrait, &error), qPrintable(error));
    obs_video_info ovi;
    QVERIFY(obs_get_video_info(&ovi));
    QCOMPARE(ovi.base_width, 720u);
    QCOMPARE(ovi.output_height, 960u);
    lj::VideoSettings invalid;
    invalid.baseWidth = 7;
    QVERIFY(!m_runtime.resetVideo(invalid, &error));
    QVERIFY(error.contains(QStringLiteral("invalid")));
    QVERIFY(m_runtime.resetVideo(lj::VideoSettings{}, &error));
}

void TestObsRuntime::encodersOfferedAndFallBack()
{
    const auto encoders = lj::EncoderPair::availableVideoEncoders();
    QVERIFY(std::any_of(encoders.begin(), encoders.end(), [](const auto &e) { return e.first == QLatin1String("obs_x264"); }));
    for (const auto &[id, name] : encoders)
        QVERIFY2(!name.isEmpty(), qPrintable(id));
    lj::OutputSettings settings;
    settings.videoEncoder = QStringLiteral("no_such_encoder");
    QString error;
    lj::EncoderPair pair = lj::EncoderPair::create(settings, QStringLiteral("test"), &error);
    QVERIFY2(pair.isValid(), qPrintable(error));
    QCOMPARE(QString::fromUtf8(obs_encoder_get_id(pair.video)), QStringLiteral("obs_x264"));
    QCOMPARE(QString::fromUtf8(obs_encoder_get_codec(pair.audio)).toLower(), QStringLiteral("aac"));
}

void TestObsRuntime::shutdownLeavesNoAllocations()
{
    m_runtime.shutdown();
    QVERIFY(!obs_initialized());
    QCOMPARE(lj::ObsRuntime::liveAllocations(), 0L);
}

QTEST_GUILESS_MAIN(TestObsRuntime)
#include "tst_obsruntime.moc"
