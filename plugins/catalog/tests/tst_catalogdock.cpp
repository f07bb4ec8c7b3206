// The catalog dock as a host uses it: typing a search, filtering, planning a
// rundown by dragging rows, importing a file with bad rows, and syncing with
// the reference platform from the button (token from the keychain).
#include "catalogdb.h"
#include "catalogdock.h"
#include "catalogsync.h"
#include "importer.h"
#include "productstore.h"
#include "producttablemodel.h"
#include "referenceserver.h"
#include "rundownmodel.h"
#include "showstore.h"

#include "core/paths.h"
#include "core/secretstore.h"
#include "core/studio.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lj::catalog;

class TestCatalogDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typingSearches();
    void rundownRowsMoveAndPersist();
    void importReportsBadLines();
    void syncButtonSyncs();

private:
    QTemporaryDir m_config;
    CatalogDb m_db;
    std::unique_ptr<lj::Studio> m_studio;
    lj::SecretStore m_catalogSecrets; ///< the catalog plugin's keychain namespace
    std::unique_ptr<CatalogDock> m_dock;
};

void TestCatalogDock::initTestCase()
{
    lj::StudioPaths::setConfigRoot(m_config.path());
    QString error;
    QVERIFY(m_db.open(m_config.filePath(QStringLiteral("catalog.db")), &error));
    QFile f(QStringLiteral(LJ_CATALOG_TEST_DATA "/products-utf8.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(ProductImporter::importCsv(m_db, f.readAll(), ImportMode::AllOrNothing).imported, 5);
    m_studio = std::make_unique<lj::Studio>();
    m_catalogSecrets.setKeyPrefix(QStringLiteral("catalog"));
    m_dock = std::make_unique<CatalogDock>(m_catalogSecrets, m_db);
    m_dock->show();
}

void TestCatalogDock::typingSearches()
{
    auto *table = m_dock->findChild<QTableView *>(QStringLiteral("productsTable"));
    QCOMPARE(table->model()->rowCount(), 5);
    auto *query = m_dock->findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
    query->setFocus();
    query->insert(QStringLiteral("木耳")); // typed with an input method
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ProductTableModel::Code).data().toString(), QStringLiteral("LJ100002"));
    QCOMPARE(table->model()->index(0, ProductTableModel::LivePrice).data().toString(), QStringLiteral("¥38.80"));
    query->clear();
    QTRY_COMPARE(table->model()->rowCount(), 5);
    auto *cert = m_dock->findChild<QComboBox *>(QStringLiteral("certFilter"));
    cert->setCurrentIndex(cert->findData(QStringLiteral("有机")));
    Q_EMIT cert->activated(cert->currentIndex());
    QCOMPARE(table->model()->rowCount(), 2);
    cert->setCurrentIndex(0);
    Q_EMIT cert->activated(0);
    auto *origin = m_dock->findChild<QComboBox *>(QStringLiteral("originFilter"));
    QVERIFY(origin->findData(QStringLiteral("五常")) > 0); // filled from the catalog
}

void TestCatalogDock::rundownRowsMoveAndPersist()
{
    ShowStore shows(m_db);
    QString error;
    Rundown r{0, QStringLiteral("五常大米专场"), QStringLiteral("2026-11-28"),
              {{QStringLiteral("LJ100001"), 10}, {QStringLiteral("LJ100002"), 5}, {QStringLiteral("LJ100003"), 8}}};
    QVERIFY(shows.saveRundown(r, &error));
    // Reopen the dock, as a host would after creating the rundown elsewhere.
    m_dock = std::make_unique<CatalogDock>(m_catalogSecrets, m_db);
    m_dock->show();
    auto *picker = m_dock->findChild<QComboBox *>(QStringLiteral("rundownPicker"));
    QCOMPARE(picker->count(), 1);
    RundownModel *model = m_dock->rundown();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->index(0, RundownModel::Product).data().toString().contains(QStringLiteral("五常稻花香大米")));
    // Drag the honey (row 2) to the top: the drop goes through the model's mime data.
    QMimeData *drag = model->mimeData({model->index(2, 0)});
    model->dropMimeData(drag, Qt::MoveAction, 0, 0, {});
    delete drag;
    QCOMPARE(model->index(0, RundownModel::Product).data(Qt::UserRole).toString(), QStringLiteral("LJ100003"));
    QVERIFY(model->setData(model->index(0, RundownModel::Minutes), 12));
    QCOMPARE(model->totalMinutes(), 27);
    const Rundown saved = *shows.rundown(r.id);
    QCOMPARE(saved.items.first().productCode, QStringLiteral("LJ100003"));
    QCOMPARE(saved.items.first().plannedMinutes, 12);
    QCOMPARE(saved.items.last().productCode, QStringLiteral("LJ100002"));
    QVERIFY(!model->setData(model->index(0, RundownModel::Minutes), -3));
}

void TestCatalogDock::importReportsBadLines()
{
    QString report;
    const int before = ProductStore(m_db).count();
    QVERIFY(!m_dock->importFile(QStringLiteral(LJ_CATALOG_TEST_DATA "/products-bad.csv"), false, &report));
    QVERIFY2(report.contains(QStringLiteral("Line 3")) && report.contains(QStringLiteral("Line 11")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(ProductStore(m_db).count(), before);
}

void TestCatalogDock::syncButtonSyncs()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "needs the keychain of scripts/test-services.sh");
    ReferenceServer server(300, QStringLiteral("dock-token"));
    QVERIFY(server.isRunning());
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('server_url', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(server.url());
    QVERIFY(q.exec());
    QVERIFY(setPlainHttpAccepted(m_db, server.url(), nullptr)); // a classroom server, warned about and accepted
    QVERIFY(m_studio->secrets().writeSync(QStringLiteral("catalog/token"), QStringLiteral("dock-token")).ok());

    auto *status = m_dock->findChild<QLabel *>(QStringLiteral("syncStatus"));
    QTest::mouseClick(m_dock->findChild<QPushButton *>(QStringLiteral("syncProducts")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("Sync finished")), qPrintable(status->text()), 30000);
    QVERIFY(status->text().contains(QStringLiteral("Last sync")));
    QCOMPARE(ProductStore(m_db).count(), 305); // 300 from the platform, 5 of our own
    m_studio->secrets().removeSync(QStringLiteral("catalog/token"));
}

QTEST_MAIN(TestCatalogDock)
#include "tst_catalogdock.moc"
