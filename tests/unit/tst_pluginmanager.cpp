// The plugin manager against real plugin libraries built for this test
// (tests/plugins): discovery, dependency order, broken and failing plugins.
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/pluginmanager.h"
#include "core/studio.h"

#include <QAction>
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

private:
    const PluginSpec *find(const lj::PluginManager &m, const QString &id);
    QStringList contributedOrder(lj::PluginContext &context);
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

QStringList TestPluginManager::contributedOrder(lj::PluginContext &context)
{
    QStringList ids;
    QObject parent;
    for (const lj::ActionContribution &action : context.actions())
        ids << action.create(&parent)->text();
    return ids;
}

void TestPluginManager::loadsInDependencyOrderAndSkipsTheRest()
{
    lj::Studio studio;
    lj::PluginManager manager;
    manager.discover({m_pluginDir});
    const QStringList loaded = manager.loadAll(studio.pluginContext());

    // alpha before beta before gamma, and those plugins really ran in that order.
    QCOMPARE(loaded, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(contributedOrder(studio.pluginContext()), loaded);

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
    const QStringList loaded = manager.loadAll(studio.pluginContext());
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

QTEST_MAIN(TestPluginManager)
#include "tst_pluginmanager.moc"
