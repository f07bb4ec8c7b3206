// Stream keys in the OS keychain (Secret Service over D-Bus, started by
// scripts/test-services.sh), and a clear error when there is no keychain.
#include "core/logging.h"
#include "core/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using Status = lj::SecretResult::Status;

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Built twice: with the keychain of scripts/test-services.sh, and (as
    // tst_secretstore_nobackend) with D-Bus pointed nowhere. Each build has
    // only the cases its run can show, so neither skips.
#ifndef LJ_NO_KEYCHAIN_RUN
    void writeReadRemove();
    void secretNeverReachesThePlainFiles();
    void namespacesAreSeparateAndOldKeysMove();
#else
    void noBackendIsReported();
#endif
};

#ifndef LJ_NO_KEYCHAIN_RUN
void TestSecretStore::writeReadRemove()
{
    lj::SecretStore store(QStringLiteral("longjiang-studio-test"));
    const QString key = QStringLiteral("douyin/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("stream-abc123?expire=1700000000&sign=ffee");

    const lj::SecretResult missing = store.readSync(key);
    QCOMPARE(missing.status, Status::NotFound);
    QVERIFY(!missing.message.isEmpty());

    const lj::SecretResult written = store.writeSync(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const lj::SecretResult read = store.readSync(key);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, secret);

    // Another store object (as after a restart) sees the same key.
    lj::SecretStore again(QStringLiteral("longjiang-studio-test"));
    QCOMPARE(again.readSync(key).value, secret);

    QVERIFY(store.removeSync(key).ok());
    QCOMPARE(store.readSync(key).status, Status::NotFound);
}

void TestSecretStore::namespacesAreSeparateAndOldKeysMove()
{
    const QString service = QStringLiteral("longjiang-studio-test");
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    lj::SecretStore raw(service), push(service), catalog(service);
    push.setKeyPrefix(QStringLiteral("pushmanager"));
    push.setLegacyPrefix(QStringLiteral("push"));
    catalog.setKeyPrefix(QStringLiteral("catalog"));

    // A plugin's keys live under its own id; another plugin does not see them.
    QVERIFY(push.writeSync(id, QStringLiteral("key-1")).ok());
    QCOMPARE(raw.readSync(QStringLiteral("pushmanager/") + id).value, QStringLiteral("key-1"));
    QCOMPARE(catalog.readSync(id).status, Status::NotFound);
    QVERIFY(push.removeSync(id).ok());

    // A key an older version kept under "push/" is found, moved, and the old entry goes.
    QVERIFY(raw.writeSync(QStringLiteral("push/") + id, QStringLiteral("old-key")).ok());
    const lj::SecretResult moved = push.readSync(id);
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QCOMPARE(moved.value, QStringLiteral("old-key"));
    QCOMPARE(raw.readSync(QStringLiteral("pushmanager/") + id).value, QStringLiteral("old-key"));
    QTRY_COMPARE(raw.readSync(QStringLiteral("push/") + id).status, Status::NotFound);
    // Still found after the move; a key that never existed is still reported missing.
    QCOMPARE(push.readSync(id).value, QStringLiteral("old-key"));
    QCOMPARE(push.readSync(id + QStringLiteral("x")).status, Status::NotFound);
    QVERIFY(push.removeSync(id).ok());
}

void TestSecretStore::secretNeverReachesThePlainFiles()
{
    QTemporaryDir logs;
    QVERIFY(lj::StudioLog::start(logs.path()));
    lj::SecretStore store(QStringLiteral("longjiang-studio-test"));
    const QString key = QStringLiteral("kuaishou/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("ks-live-key-") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(store.writeSync(key, secret).ok());
    qInfo("pushing with key %s", qPrintable(secret)); // a careless line elsewhere
    QVERIFY(store.removeSync(key).ok());
    lj::StudioLog::stop();

    // Not in the log, and not in any file under HOME/XDG folders.
    QStringList roots = {logs.path()};
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        if (qEnvironmentVariableIsSet(var))
            roots << qEnvironmentVariable(var);
    }
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() > 8 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
}

#else
void TestSecretStore::noBackendIsReported()
{
    lj::SecretStore store(QStringLiteral("longjiang-studio-test"));
    for (const lj::SecretResult &r : {store.writeSync(QStringLiteral("k"), QStringLiteral("secret-value")),
                                      store.readSync(QStringLiteral("k"))}) {
        QVERIFY(!r.ok());
        QCOMPARE(r.status, Status::NoBackend);
        QVERIFY2(r.message.contains(QStringLiteral("No system keychain")), qPrintable(r.message));
        QVERIFY(r.value.isEmpty());
    }
}

#endif

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
