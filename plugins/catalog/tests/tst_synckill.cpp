// A large sync killed with SIGKILL part-way: the catalog stays intact, no
// product is half written, and the next sync resumes from its cursor to the
// platform's exact state.
#include "catalogdb.h"
#include "catalogsync.h"
#include "productstore.h"
#include "referenceserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace lj::catalog;

class TestSyncKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidSyncResumes();
};

void TestSyncKill::killedMidSyncResumes()
{
    ReferenceServer server(12000, QStringLiteral("kill-token"));
    QVERIFY(server.isRunning());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    // Slow pages, so the kill lands in the middle.
    server.admin(QStringLiteral("/admin/faults"), {{QStringLiteral("latency_ms"), 250}});

    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_PROVINCE_TOKEN"), QStringLiteral("kill-token"));
    tool.setProcessEnvironment(env);
    tool.start(QStringLiteral(LJ_CATALOG_TOOL_BIN), {QStringLiteral("--db"), path, QStringLiteral("--allow-plain-http"), QStringLiteral("sync"), server.url()});
    QVERIFY(tool.waitForStarted());
    // Wait until a few pages are committed, then pull the plug.
    int pages = 0;
    QByteArray output;
    while (pages < 4 && tool.waitForReadyRead(20000)) {
        output += tool.readAllStandardOutput();
        pages = int(output.count("page "));
    }
    QVERIFY2(pages >= 4, output.constData());
    QCOMPARE(::kill(pid_t(tool.processId()), SIGKILL), 0);
    tool.waitForFinished();
    QCOMPARE(tool.exitStatus(), QProcess::CrashExit);
    server.admin(QStringLiteral("/admin/faults"), {});

    {
        CatalogDb db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        ProductStore store(db);
        const int count = store.count();
        // Whole pages only, and the cursor names the last product stored.
        QVERIFY2(count >= 4000 && count < 12000, qPrintable(QString::number(count)));
        QCOMPARE(count % CatalogSync::kPageSize, 0);
        ProvinceClient unused(QUrl(server.apiUrl()), QString());
        QCOMPARE(CatalogSync(db, unused).cursor(), QStringLiteral("c%1").arg(count));
        QSqlQuery incomplete(db.db());
        incomplete.exec(QStringLiteral("SELECT count(*) FROM products WHERE title = '' OR code = '' OR live_price_fen <= 0"));
        QVERIFY(incomplete.next());
        QCOMPARE(incomplete.value(0).toInt(), 0);
        // The search index holds exactly the stored products.
        QSqlQuery indexed(db.db());
        indexed.exec(QStringLiteral("SELECT count(*) FROM products_grams"));
        QVERIFY(indexed.next());
        QCOMPARE(indexed.value(0).toInt(), count);
    }

    // The next start resumes from the cursor and ends at the platform's state.
    QProcess resume;
    resume.setProcessEnvironment(env);
    resume.start(QStringLiteral(LJ_CATALOG_TOOL_BIN), {QStringLiteral("--db"), path, QStringLiteral("--allow-plain-http"), QStringLiteral("sync"), server.url()});
    QVERIFY(resume.waitForFinished(60000));
    QCOMPARE(resume.exitCode(), 0);
    const QByteArray resumed = resume.readAllStandardOutput();
    QVERIFY2(!resumed.contains("page 12:"), resumed.constData()); // it did not start over

    QProcess sum;
    sum.start(QStringLiteral(LJ_CATALOG_TOOL_BIN), {QStringLiteral("--db"), path, QStringLiteral("checksum")});
    QVERIFY(sum.waitForFinished(30000));
    const QJsonObject remote = server.getAdmin(QStringLiteral("/admin/checksum"));
    QCOMPARE(QString::fromUtf8(sum.readAllStandardOutput()).trimmed(),
             QStringLiteral("%1 %2").arg(remote.value(QStringLiteral("count")).toInt()).arg(remote.value(QStringLiteral("checksum")).toString()));
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
