// Plugin metadata parsing and load ordering, driven by the scenarios in
// tests/data/plugins/*.json (each names its expected order, states and errors).
#include "core/pluginspec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTest>

using lj::PluginSpec;

namespace {

QString stateKey(PluginSpec::State s)
{
    switch (s) {
    case PluginSpec::State::Valid: return QStringLiteral("Valid");
    case PluginSpec::State::Invalid: return QStringLiteral("Invalid");
    case PluginSpec::State::Disabled: return QStringLiteral("Disabled");
    case PluginSpec::State::Skipped: return QStringLiteral("Skipped");
    case PluginSpec::State::Loaded: return QStringLiteral("Loaded");
    case PluginSpec::State::Failed: return QStringLiteral("Failed");
    }
    return {};
}

} // namespace

class TestPluginSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resolve_data();
    void resolve();
    void validMetadataIsRead();
    void legacySecretsNamespace_data();
    void legacySecretsNamespace();
};

void TestPluginSpec::resolve_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    const QDir dir(qEnvironmentVariable("LJ_SOURCE_DIR") + QStringLiteral("/tests/data/plugins"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 6, "the plugin scenarios are missing");
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        QVERIFY2(doc.isObject(), qPrintable(file));
        QTest::newRow(qPrintable(file)) << doc.object();
    }
}

void TestPluginSpec::resolve()
{
    QFETCH(QJsonObject, scenario);
    QList<PluginSpec> specs;
    const QJsonArray plugins = scenario.value(QStringLiteral("plugins")).toArray();
    const QJsonArray disabled = scenario.value(QStringLiteral("disabled")).toArray();
    int i = 0;
    for (const QJsonValue &p : plugins) {
        PluginSpec spec = PluginSpec::fromMetaData(p.toObject(), QStringLiteral("/plugins/%1.so").arg(i++));
        if (spec.state == PluginSpec::State::Valid && disabled.contains(spec.id))
            spec.state = PluginSpec::State::Disabled;
        specs.append(spec);
    }

    const QList<int> order = lj::resolveLoadOrder(specs);
    QStringList orderIds;
    for (int index : order)
        orderIds << specs[index].id;
    QStringList expectedOrder;
    for (const QJsonValue &v : scenario.value(QStringLiteral("order")).toArray())
        expectedOrder << v.toString();
    QCOMPARE(orderIds, expectedOrder);

    const QJsonObject states = scenario.value(QStringLiteral("states")).toObject();
    const QJsonObject errors = scenario.value(QStringLiteral("errors")).toObject();
    int invalid = 0;
    for (const PluginSpec &spec : std::as_const(specs)) {
        if (spec.state == PluginSpec::State::Invalid) {
            ++invalid;
            QVERIFY2(!spec.error.isEmpty(), "an invalid plugin must say why");
        }
        if (states.contains(spec.id))
            QCOMPARE(stateKey(spec.state), states.value(spec.id).toString());
        if (errors.contains(spec.id)) {
            const QString expected = errors.value(spec.id).toString();
            QVERIFY2(spec.error.contains(expected),
                     qPrintable(QStringLiteral("%1: \"%2\" does not mention \"%3\"").arg(spec.id, spec.error, expected)));
        }
        if (spec.state == PluginSpec::State::Skipped)
            QVERIFY2(!spec.error.isEmpty(), "a skipped plugin must say why");
    }
    // Every plugin either loads or has a non-Valid state: nothing is silently dropped.
    int valid = 0;
    for (const PluginSpec &spec : std::as_const(specs))
        valid += spec.state == PluginSpec::State::Valid;
    QCOMPARE(valid, int(order.size()));
    if (scenario.contains(QStringLiteral("description")) &&
        scenario.value(QStringLiteral("description")).toString().startsWith(QLatin1String("broken")))
        QCOMPARE(invalid, int(plugins.size()) - 1);
}

void TestPluginSpec::validMetadataIsRead()
{
    const QJsonObject md = QJsonDocument::fromJson(R"({"id": "shelf", "name": "Product shelf",
        "version": "1.2.3", "description": "d", "dependencies": [{"id": "catalog", "version": "2.0.1"}]})")
                               .object();
    const PluginSpec spec = PluginSpec::fromMetaData(md, QStringLiteral("/x/shelf.so"));
    QCOMPARE(spec.state, PluginSpec::State::Valid);
    QCOMPARE(spec.id, QStringLiteral("shelf"));
    QCOMPARE(spec.name, QStringLiteral("Product shelf"));
    QCOMPARE(spec.version, QVersionNumber(1, 2, 3));
    QCOMPARE(spec.dependencies.size(), 1);
    QCOMPARE(spec.dependencies[0].id, QStringLiteral("catalog"));
    QCOMPARE(spec.dependencies[0].minVersion, QVersionNumber(2, 0, 1));
    QCOMPARE(spec.filePath, QStringLiteral("/x/shelf.so"));
}

void TestPluginSpec::legacySecretsNamespace_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("legacy");
    QTest::newRow("none") << R"({"id": "pushmanager", "version": "1.0"})" << true << QString();
    QTest::newRow("older name") << R"({"id": "pushmanager", "version": "1.0", "legacySecretsNamespace": "push"})" << true
                                << QStringLiteral("push");
    QTest::newRow("its own id") << R"({"id": "pushmanager", "version": "1.0", "legacySecretsNamespace": "pushmanager"})" << false
                                << QString();
    QTest::newRow("a path") << R"({"id": "pushmanager", "version": "1.0", "legacySecretsNamespace": "catalog/token"})" << false
                            << QString();
    QTest::newRow("not text") << R"({"id": "pushmanager", "version": "1.0", "legacySecretsNamespace": 3})" << false << QString();
}

void TestPluginSpec::legacySecretsNamespace()
{
    QFETCH(QString, json);
    QFETCH(bool, valid);
    QFETCH(QString, legacy);
    const PluginSpec spec = PluginSpec::fromMetaData(QJsonDocument::fromJson(json.toUtf8()).object(), QStringLiteral("/x/p.so"));
    QCOMPARE(spec.state == PluginSpec::State::Valid, valid);
    QCOMPARE(spec.legacySecretsNamespace, legacy);
    if (!valid)
        QVERIFY2(spec.error.contains(QStringLiteral("legacySecretsNamespace")), qPrintable(spec.error));
}

QTEST_GUILESS_MAIN(TestPluginSpec)
#include "tst_pluginspec.moc"
