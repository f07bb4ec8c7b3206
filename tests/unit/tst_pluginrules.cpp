// What the plugin architecture promises, checked on the sources and the build:
// plugins reach each other only through declared services, never through
// process-wide statics, and no plugin links another plugin's code.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPluginRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noStaticsInPlugins_data();
    void noStaticsInPlugins();
    void noPluginLinksAnotherPluginsCode();
};

void TestPluginRules::noStaticsInPlugins_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("what");
    QTest::newRow("instance") << QStringLiteral(R"(\b(?!Q(Core|Gui)?Application\b)\w+::instance\s*\()")
                              << QStringLiteral("a singleton's instance()");
    QTest::newRow("instance-declared") << QStringLiteral(R"(\bstatic\s+[\w:<>\s\*&]*\binstance\s*\()")
                                       << QStringLiteral("a static instance() accessor");
    QTest::newRow("static-setter") << QStringLiteral(R"(\bstatic\s+void\s+set[A-Z]\w*\s*\()")
                                   << QStringLiteral("a static setter");
    QTest::newRow("static-function-object") << QStringLiteral(R"(\bstatic\s+std::function\b)")
                                            << QStringLiteral("a process-wide callback");
    QTest::newRow("global-pointer") << QStringLiteral(R"(^\s*(static\s+)?[\w:]+\s*\*\s*s_\w+\s*=)")
                                    << QStringLiteral("a global pointer to plugin state");
}

void TestPluginRules::noStaticsInPlugins()
{
    QFETCH(QString, pattern);
    QFETCH(QString, what);
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    QVERIFY(re.isValid());
    const QString root = qEnvironmentVariable("LJ_SOURCE_DIR");
    int files = 0;
    QStringList found;
    for (const QString &dir : {QStringLiteral("/plugins"), QStringLiteral("/examples")}) {
        QDirIterator it(root + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.in")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++files;
            for (auto m = re.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch match = m.next();
                const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
                found << QStringLiteral("%1:%2: %3").arg(QDir(root).relativeFilePath(file.fileName())).arg(line).arg(match.captured().trimmed());
            }
        }
    }
    QVERIFY2(files > 50, "the plugin sources were not found");
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 in plugins: ").arg(what) + found.join(QStringLiteral("; "))));
}

void TestPluginRules::noPluginLinksAnotherPluginsCode()
{
    QFile file(QStringLiteral(LJ_PLUGIN_LINKS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), "plugin-links.txt was not written by CMake");
    QSet<QString> plugins;
    QStringList problems;
    int uses = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char('|'));
        if (f.size() != 5 || (!f[1].startsWith(QLatin1String("plugins/")) && !f[1].startsWith(QLatin1String("examples/"))))
            continue; // the test suite's own plugins live elsewhere
        plugins << f[0];
        const QString &home = f[1], &lib = f[2], &libHome = f[3], &type = f[4];
        if (lib.isEmpty() || libHome.isEmpty())
            continue;
        if (libHome != home) {
            ++uses;
            // Another plugin's public headers are fine; its code is not.
            if (type != QLatin1String("INTERFACE_LIBRARY"))
                problems << QStringLiteral("%1 (%2) links %3 of %4").arg(f[0], home, lib, libHome);
        }
    }
    // Every feature plugin and the example are there, and some do use others' headers.
    for (const char *id : {"lj_catalog", "lj_productshelf", "lj_salesticker", "lj_pushmanager", "lj_example_todayrundown"})
        QVERIFY2(plugins.contains(QString::fromLatin1(id)), id);
    QVERIFY(uses >= 3);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestPluginRules)
#include "tst_pluginrules.moc"
