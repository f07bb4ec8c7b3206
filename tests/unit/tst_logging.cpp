// The per-run log: Qt's and libobs' messages land in one file, old runs are
// pruned, and registered secrets never reach the file.
#include "core/logging.h"

#include <util/base.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLogging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneFilePerRunWithBothSources();
    void keepsOnlyTheLastRuns();
    void secretsAreMasked();
};

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestLogging::oneFilePerRunWithBothSources()
{
    QTemporaryDir dir;
    QVERIFY(lj::StudioLog::start(dir.path()));
    const QString file = lj::StudioLog::currentFile();
    QVERIFY(file.startsWith(dir.path()));
    qInfo("hello from Qt 你好");
    blog(LOG_INFO, "hello from libobs %d", 42);
    lj::StudioLog::stop();
    const QByteArray text = readAll(file);
    QVERIFY2(text.contains("hello from Qt 你好"), text.constData());
    QVERIFY2(text.contains("obs: hello from libobs 42"), text.constData());
}

void TestLogging::keepsOnlyTheLastRuns()
{
    QTemporaryDir dir;
    for (int i = 0; i < 14; ++i) {
        QFile f(dir.filePath(QStringLiteral("studio_2020-01-01_00-00-%1-000.log").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(lj::StudioLog::start(dir.path()));
    const QString current = lj::StudioLog::currentFile();
    lj::StudioLog::stop();
    const QStringList files = lj::StudioLog::files(dir.path());
    QCOMPARE(files.size(), lj::StudioLog::kMaxLogs);
    QCOMPARE(files.first(), current); // newest first
    // The oldest went, the newest old ones stayed.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("studio_2020-01-01_00-00-00-000.log"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("studio_2020-01-01_00-00-13-000.log"))));
}

void TestLogging::secretsAreMasked()
{
    QTemporaryDir dir;
    QVERIFY(lj::StudioLog::start(dir.path()));
    const QString key = QStringLiteral("live_12345_abcdef?sign=9f8e");
    lj::StudioLog::addSecret(key);
    lj::StudioLog::addSecret(QStringLiteral("ab")); // too short to mask
    qWarning("connecting with %s", qPrintable(key));
    blog(LOG_INFO, "rtmp url rtmp://push.example/live/%s", key.toUtf8().constData());
    const QString file = lj::StudioLog::currentFile();
    lj::StudioLog::stop();
    const QByteArray text = readAll(file);
    QVERIFY(!text.contains(key.toUtf8()));
    QVERIFY(text.contains("connecting with ****"));
    QVERIFY(text.contains("rtmp://push.example/live/****"));
    QCOMPARE(lj::StudioLog::redact(QStringLiteral("x ") + key), QStringLiteral("x ****"));
    QCOMPARE(lj::StudioLog::redact(QStringLiteral("about")), QStringLiteral("about"));

    // Two secrets where one begins the other (a platform's key prefix and a
    // full key), registered shortest first: the longer one is still masked
    // whole, so no tail of it is left in the line.
    const QString prefix = QStringLiteral("stream-77aa");
    const QString full = QStringLiteral("stream-77aa-9b1c2d3e4f?auth=51f0");
    lj::StudioLog::addSecret(prefix);
    lj::StudioLog::addSecret(full);
    const QString masked = lj::StudioLog::redact(QStringLiteral("key ") + full + QStringLiteral(" and ") + prefix);
    QCOMPARE(masked, QStringLiteral("key **** and ****"));
    QVERIFY(!masked.contains(QStringLiteral("9b1c2d3e4f")));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
