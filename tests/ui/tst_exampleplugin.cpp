// The example plugin (examples/todayrundown), loaded by the plugin manager
// beside the real catalog plugin: its dock lists today's rundown found
// through the catalog's service, and follows changes made through it.
#include "catalogdb.h"
#include "catalogfacts.h"
#include "catalogservice.h"
#include "productstore.h"
#include "showstore.h"

#include "core/appsettings.h"
#include "core/paths.h"
#include "core/pluginmanager.h"
#include "core/pluginregistry.h"
#include "core/studio.h"

#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lj;

class TestExamplePlugin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsTodaysRundownThroughTheCatalogService();

private:
    QTemporaryDir m_config;
};

void TestExamplePlugin::initTestCase()
{
    QVERIFY(m_config.isValid());
    StudioPaths::setConfigRoot(m_config.path());
    // A catalog with three products; today's rundown has two of them, in its own order.
    catalog::CatalogDb db;
    QString error;
    QVERIFY2(db.open(catalog::catalogFile(m_config.path()), &error), qPrintable(error));
    catalog::ProductStore products(db);
    const QStringList titles = {QStringLiteral("五常稻花香大米 5kg"), QStringLiteral("东宁黑木耳 250g"), QStringLiteral("饶河椴树蜂蜜 1kg")};
    for (int i = 0; i < titles.size(); ++i) {
        catalog::Product p;
        p.code = QStringLiteral("LJ%1").arg(i + 1);
        p.title = titles[i];
        p.livePriceFen = 5990 + i * 1000;
        p.listPriceFen = 7990 + i * 1000;
        p.stock = 100 + i;
        QVERIFY2(products.upsert(p, &error), qPrintable(error));
    }
    catalog::Rundown today{0, QStringLiteral("今晚专场"), QDate::currentDate().toString(Qt::ISODate),
                           {{QStringLiteral("LJ3"), 5}, {QStringLiteral("LJ1"), 5}}};
    QVERIFY(catalog::ShowStore(db).saveRundown(today, &error));
}

void TestExamplePlugin::listsTodaysRundownThroughTheCatalogService()
{
    // A host whose studio speaks Chinese: the plugin's strings are translated
    // while it is loaded (the studio installs its translations).
    {
        AppSettings settings(StudioPaths::settingsFile());
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.sync();
    }
    Studio studio;
    PluginManager manager;
    manager.discover({qEnvironmentVariable("LJ_PLUGIN_PATH"), qEnvironmentVariable("LJ_EXAMPLE_PLUGIN_DIR")});
    // Only the catalog and the example: the others need libobs running.
    manager.setDisabled({QStringLiteral("pushmanager"), QStringLiteral("productshelf"), QStringLiteral("salesticker"), QStringLiteral("coaching"),
                         QStringLiteral("looks")});
    const QStringList loaded = manager.loadAll(studio);
    QCOMPARE(loaded, (QStringList{QStringLiteral("catalog"), QStringLiteral("todayrundown")}));

    QWidget *dock = nullptr;
    for (const DockContribution &d : studio.pluginRegistry().docks()) {
        if (d.id != QLatin1String("todayRundownDock"))
            continue;
        QCOMPARE(d.title, QStringLiteral("今日排品"));
        dock = d.create(nullptr);
    }
    QVERIFY(dock);
    dock->resize(400, 300);
    dock->show();
    auto *list = dock->findChild<QListWidget *>(QStringLiteral("todayRundownList"));
    auto *title = dock->findChild<QLabel *>(QStringLiteral("todayRundownTitle"));
    QVERIFY(list && title);
    QVERIFY(title->text().contains(QStringLiteral("今晚专场")));
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("饶河椴树蜂蜜 1kg")), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("79.90")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("五常稻花香大米 5kg")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("59.90")));

    // A change made through the service reaches the dock at once.
    auto *service = static_cast<catalog::CatalogService *>(studio.pluginRegistry().serviceObject(catalog::CatalogService::kServiceId));
    QVERIFY(service);
    std::optional<catalog::Rundown> rundown = service->rundown(service->todaysRundown());
    QVERIFY(rundown);
    rundown->items.append({QStringLiteral("LJ2"), 5});
    QString error;
    QVERIFY2(service->saveRundown(*rundown, &error), qPrintable(error));
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(2)->text().contains(QStringLiteral("东宁黑木耳 250g")));
    if (const QString dir = qEnvironmentVariable("LJ_TEST_ARTIFACTS"); !dir.isEmpty())
        dock->grab().save(dir + QStringLiteral("/example-todayrundown.png"));

    // Withdrawn with its plugin: the dock the example made is deleted.
    QPointer<QWidget> made(dock);
    manager.shutdownAll();
    QVERIFY(!made);
    // Its translations went with it.
    QCOMPARE(QCoreApplication::translate("lj::example::TodayRundownPlugin", "Today's rundown"), QStringLiteral("Today's rundown"));
}

QTEST_MAIN(TestExamplePlugin)
#include "tst_exampleplugin.moc"
