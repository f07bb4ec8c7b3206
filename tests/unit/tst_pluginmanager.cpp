// The plugin manager against real plugin libraries built for this test
// (tests/plugins): discovery, dependency order, broken and failing plugins,
// services between plugins, and withdrawing every contribution at shutdown.
#include "core/liveservice.h"
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/pluginmanager.h"
#include "core/pluginregistry.h"
#include "core/settingspage.h"
#include "core/studio.h"

#include <QAction>
#include <QPointer>
#include <QSignalSpy>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using lj::PluginSpec;

class TestPluginManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsInDependencyOrderAndSkipsTheRest();
    void disabledPluginsAreNotLoaded();
    void userFolderAddsPluginsAndDuplicatesLose();
    void servicesGoOnlyToDeclaredDependents();
    void shutdownWithdrawsEveryContribution();
    void aContextIsOnePluginsView();

private:
    const PluginSpec *find(const lj::PluginManager &m, const QString &id);
    QStringList contributedOrder(lj::PluginRegistry &registry);
    QTemporaryDir m_config;
    QString m_pluginDir;
};

void TestPluginManager::initTestCase()
{
    QVERIFY(m_config.isValid());
    lj::StudioPaths::setConfigRoot(m_config.path());
    m_pluginDir = qEnvironmentVariable("LJ_TEST_PLUGIN_DIR");
    QVERIFY2(QDir(m_pluginDir).exists(), "test plugins were not built");
}

const PluginSpec *TestPluginManager::find(const lj::PluginManager &m, const QString &id)
{
    for (const PluginSpec &spec : m.specs()) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

QStringList TestPluginManager::contributedOrder(lj::PluginRegistry &registry)
{
    QStringList ids;
    QObject parent;
    for (const lj::ActionContribution &action : registry.actions())
        ids << action.create(&parent)->text();
    return ids;
}

void TestPluginManager::loadsInDependencyOrderAndSkipsTheRest()
{
    lj::Studio studio;
    lj::PluginManager manager;
    manager.discover({m_pluginDir});
    const QStringList loaded = manager.loadAll(studio);

    // alpha before beta before gamma, and those plugins really ran in that order.
    QCOMPARE(loaded, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(contributedOrder(studio.pluginRegistry()), loaded);

    const auto expectState = [&](const QString &id, PluginSpec::State state, const QString &errorPart) {
        const PluginSpec *spec = find(manager, id);
        QVERIFY2(spec, qPrintable(id));
        QCOMPARE(spec->state, state);
        QVERIFY2(spec->error.contains(errorPart), qPrintable(id + QStringLiteral(": ") + spec->error));
    };
    expectState(QStringLiteral("cycle-a"), PluginSpec::State::Skipped, QStringLiteral("cycle"));
    expectState(QStringLiteral("cycle-b"), PluginSpec::State::Skipped, QStringLiteral("cycle"));
    expectState(QStringLiteral("orphan"), PluginSpec::State::Skipped, QStringLiteral("not-installed"));
    expectState(QStringLiteral("failing"), PluginSpec::State::Failed, QStringLiteral("always fails"));
    expectState(QStringLiteral("after-failing"), PluginSpec::State::Skipped, QStringLiteral("failing"));
    expectState(QStringLiteral("noversion"), PluginSpec::State::Invalid, QStringLiteral("version"));
    expectState(QStringLiteral("lj_test_garbage"), PluginSpec::State::Invalid, QStringLiteral("not a Qt plugin"));
    expectState(QStringLiteral("lj_test_foreign"), PluginSpec::State::Invalid, QStringLiteral("another program"));

    // Every problem is reported in one line each, naming the plugin.
    const QStringList problems = manager.problems();
    QCOMPARE(problems.size(), 8);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("\"orphan\"")));
    manager.shutdownAll();
}

void TestPluginManager::disabledPluginsAreNotLoaded()
{
    lj::Studio studio;
    lj::PluginManager manager;
    manager.discover({m_pluginDir});
    manager.setDisabled({QStringLiteral("beta")});
    const QStringList loaded = manager.loadAll(studio);
    QCOMPARE(loaded, QStringList{QStringLiteral("alpha")});
    QCOMPARE(find(manager, QStringLiteral("beta"))->state, PluginSpec::State::Disabled);
    QCOMPARE(find(manager, QStringLiteral("gamma"))->state, PluginSpec::State::Skipped);
    QVERIFY(find(manager, QStringLiteral("gamma"))->error.contains(QStringLiteral("disabled")));
}

void TestPluginManager::userFolderAddsPluginsAndDuplicatesLose()
{
    // A copy of alpha in the user folder is ignored: the install's copy was found first.
    QTemporaryDir user;
    QVERIFY(QFile::copy(m_pluginDir + QStringLiteral("/lj_test_alpha.so"), user.filePath(QStringLiteral("alpha-copy.so"))));
    lj::Studio studio;
    lj::PluginManager manager;
    manager.discover({m_pluginDir, user.path()});
    int alphas = 0;
    for (const PluginSpec &spec : manager.specs())
        alphas += spec.id == QLatin1String("alpha");
    QCOMPARE(alphas, 1);
    QVERIFY(find(manager, QStringLiteral("alpha"))->filePath.startsWith(m_pluginDir));
}

void TestPluginManager::servicesGoOnlyToDeclaredDependents()
{
    lj::Studio studio;
    lj::PluginManager manager;
    manager.discover({qEnvironmentVariable("LJ_TEST_SERVICE_PLUGIN_DIR")});
    const QStringList loaded = manager.loadAll(studio);

    // provider offers the greeter; consumer declared it, so it loads after it and uses it.
    QCOMPARE(loaded, (QStringList{QStringLiteral("provider"), QStringLiteral("consumer")}));
    QStringList texts = contributedOrder(studio.pluginRegistry());
    QVERIFY2(texts.contains(QStringLiteral("hello consumer")), qPrintable(texts.join(QLatin1Char(','))));

    // sneaky asked for it without declaring provider: it alone fails, with a message naming both.
    const PluginSpec *sneaky = find(manager, QStringLiteral("sneaky"));
    QCOMPARE(sneaky->state, PluginSpec::State::Failed);
    QVERIFY2(sneaky->error.contains(QStringLiteral("lj.test.GreeterService/1")) && sneaky->error.contains(QStringLiteral("\"provider\"")),
             qPrintable(sneaky->error));
    const PluginSpec *needy = find(manager, QStringLiteral("needy"));
    QCOMPARE(needy->state, PluginSpec::State::Failed);
    QVERIFY2(needy->error.contains(QStringLiteral("lj.test.NobodyOffersThis/1")), qPrintable(needy->error));
    QCOMPARE(manager.problems().size(), 2);
    // What the failed plugins had registered is gone with them.
    QCOMPARE(studio.pluginRegistry().count(QStringLiteral("sneaky")), 0);
    QCOMPARE(studio.pluginRegistry().count(QStringLiteral("needy")), 0);
    QVERIFY(!texts.contains(QStringLiteral("hello sneaky")));
    manager.shutdownAll();
}

void TestPluginManager::shutdownWithdrawsEveryContribution()
{
    lj::Studio studio;
    lj::PluginRegistry &registry = studio.pluginRegistry();
    lj::PluginManager manager;
    manager.discover({qEnvironmentVariable("LJ_TEST_SERVICE_PLUGIN_DIR")});
    manager.setDisabled({QStringLiteral("sneaky"), QStringLiteral("needy")});
    QCOMPARE(manager.loadAll(studio).size(), 2);

    // provider: a dock, an action, a settings page, a live service, demo
    // content and its service; consumer: one action.
    QCOMPARE(registry.count(QStringLiteral("provider")), 6);
    QCOMPARE(registry.count(QStringLiteral("consumer")), 1);
    QVERIFY(registry.serviceObject("lj.test.GreeterService/1"));
    QWidget window;
    QPointer<QWidget> dock = registry.docks().front().create(&window);
    QPointer<lj::SettingsPage> page = registry.settingsPages().front().create(&window);
    QList<QPointer<QAction>> actions;
    for (const lj::ActionContribution &action : registry.actions())
        actions << action.create(&window);
    QVERIFY(dock && page && actions.size() == 2);

    // The live service is live; asking to shut down waits until it has stopped.
    lj::LiveService *live = registry.liveServices().front();
    live->goLive();
    QVERIFY(live->isLive());
    QSignalSpy withdrawn(&registry, &lj::PluginRegistry::withdrawn);
    QCOMPARE(manager.aboutToShutdown(5000), QStringList());
    QVERIFY(!live->isLive());
    QCOMPARE(withdrawn.size(), 0); // nothing is withdrawn before shutdown

    manager.shutdownAll();
    // consumer first (loaded last), then provider: every contribution counted.
    QCOMPARE(withdrawn.size(), 2);
    QCOMPARE(withdrawn.at(0).at(0).toString(), QStringLiteral("consumer"));
    QCOMPARE(withdrawn.at(0).at(1).toInt(), 1);
    QCOMPARE(withdrawn.at(1).at(0).toString(), QStringLiteral("provider"));
    QCOMPARE(withdrawn.at(1).at(1).toInt(), 6);
    QCOMPARE(registry.withdrawnTotal(), 7);
    QCOMPARE(registry.count(QStringLiteral("provider")) + registry.count(QStringLiteral("consumer")), 0);
    QVERIFY(registry.docks().empty() && registry.actions().empty() && registry.settingsPages().empty() &&
            registry.liveServices().empty() && registry.demoContent().empty());
    QVERIFY(!registry.serviceObject("lj.test.GreeterService/1"));
    // What was made from the contributions went with them.
    QVERIFY(!dock && !page);
    for (const QPointer<QAction> &action : std::as_const(actions))
        QVERIFY(!action);
}

void TestPluginManager::aContextIsOnePluginsView()
{
    lj::Studio studio;
    lj::PluginContext shelf(studio, QStringLiteral("productshelf"), {QStringLiteral("catalog")});
    lj::PluginContext ticker(studio, QStringLiteral("salesticker"));
    // Its own keychain namespace and log category.
    QCOMPARE(shelf.secrets().keyPrefix(), QStringLiteral("productshelf"));
    QCOMPARE(ticker.secrets().keyPrefix(), QStringLiteral("salesticker"));
    QCOMPARE(QString::fromLatin1(shelf.log().categoryName()), QStringLiteral("plugin.productshelf"));
    // Its own room data: one plugin's settings are not another's.
    QString error;
    shelf.setRoomData({{QStringLiteral("rundown"), 7}}, &error);
    QCOMPARE(shelf.roomData().value(QStringLiteral("rundown")).toInt(), 7);
    QVERIFY(ticker.roomData().isEmpty());
    // What it registers is tagged with it.
    shelf.addDemoContent([](lj::SceneCollection &, obs_scene_t *, const lj::VideoSettings &) {});
    QCOMPARE(studio.pluginRegistry().count(QStringLiteral("productshelf")), 1);
    QCOMPARE(studio.pluginRegistry().count(QStringLiteral("salesticker")), 0);
    // Before the plugin manager opens them, services are refused with the reason.
    QVERIFY(!shelf.service("lj.catalog.CatalogService/1"));
    QVERIFY(shelf.serviceErrors().join(QString()).contains(QStringLiteral("dependenciesReady")));
}

QTEST_MAIN(TestPluginManager)
#include "tst_pluginmanager.moc"
