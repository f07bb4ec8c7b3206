// The real studio with every plugin, live on a real nginx RTMP ingest, shut
// down: the push ends with a proper unpublish (nginx sees deleteStream from
// the client before the connection closes) while the overlays' sources still
// exist, and every contribution of every plugin is withdrawn, counted, last
// loaded first.
#include "pushservice.h"

#include "core/logging.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/pluginmanager.h"
#include "core/pluginregistry.h"
#include "core/studio.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lj;

namespace {

/// Notes, when libobs destroys a source of the product shelf, whether the push was still live.
struct SourceWatch {
    push::PushService *push = nullptr;
    int shelvesDestroyed = 0;
    bool liveWhenShelfWent = false;
};

void onSourceDestroy(void *data, calldata_t *params)
{
    auto *watch = static_cast<SourceWatch *>(data);
    auto *source = static_cast<obs_source_t *>(calldata_ptr(params, "source"));
    if (!source || qstrcmp(obs_source_get_id(source), "lj_product_shelf") != 0)
        return;
    ++watch->shelvesDestroyed;
    watch->liveWhenShelfWent = watch->liveWhenShelfWent || (watch->push && watch->push->isLive());
}

/// The ingest's log lines about one client session, from its publish on.
QStringList sessionLog(const QString &streamKey)
{
    QFile log(qEnvironmentVariable("LJ_INGEST_DIR") + QStringLiteral("/logs/error.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    QString session;
    QStringList result;
    static const QRegularExpression id(QStringLiteral(R"(\*(\d+) )"));
    for (const QString &line : lines) {
        const QString sessionId = id.match(line).captured(1);
        if (session.isEmpty() && line.contains(QStringLiteral("publish: name='%1'").arg(streamKey)))
            session = sessionId;
        if (!session.isEmpty() && sessionId == session)
            result << line;
    }
    return result;
}

} // namespace

class TestStudioShutdown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void livePushEndsCleanlyAndEverythingIsWithdrawn();
};

void TestStudioShutdown::livePushEndsCleanlyAndEverythingIsWithdrawn()
{
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    QTemporaryDir dir;
    StudioPaths::setConfigRoot(dir.path());
    QVERIFY(StudioLog::start(StudioPaths::logsDir()));
    SourceWatch watch;
    QStringList withdrawnOrder;
    int withdrawnCount = 0, contributed = 0, studioChecksWithdrawn = 0;
    QStringList loaded;
    const QString key = QStringLiteral("shutdown-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    {
        Studio studio;
        QString error;
        QVERIFY2(studio.start({QStringLiteral("shutdown-test")}, &error), qPrintable(error));
        PluginRegistry &registry = studio.pluginRegistry();
        loaded = studio.plugins().loadedIds(); // in load order
        QCOMPARE(loaded.size(), 8); // catalog, pushmanager, productshelf, salesticker, guide, coaching, looks, remotecontrol
        for (const QString &id : std::as_const(loaded)) {
            // Remote control contributes nothing unless --remote-control asks for it.
            QVERIFY2(registry.count(id) > 0 || id == QLatin1String("remotecontrol"), qPrintable(id));
            contributed += registry.count(id);
        }
        // The demo room has a product shelf and a ticker on its scene.
        QVERIFY(registry.sourceTypes().contains(QStringLiteral("lj_product_shelf")));

        // Live through the push manager's service, as a guide or another plugin would.
        auto *push = static_cast<push::PushService *>(registry.serviceObject(push::PushService::kServiceId));
        QVERIFY(push);
        const QString id = push->addTarget(QStringLiteral("抖音"), QStringLiteral("douyin"),
                                           qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/") + key, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        push->goLive();
        QTRY_COMPARE_WITH_TIMEOUT(push->health(id).state, push::PushState::Live, 20000);
        // A moment on air: video has reached the ingest.
        QTRY_VERIFY_WITH_TIMEOUT(push->health(id).bytesSent > 100000, 20000);
        QVERIFY(push->isLive());

        watch.push = push;
        signal_handler_connect(obs_get_signal_handler(), "source_destroy", onSourceDestroy, &watch);
        QObject::connect(&registry, &PluginRegistry::withdrawn, &registry, [&](const QString &owner, int count) {
            if (owner == QLatin1String("studio")) { // the studio's own checks, not a plugin's
                studioChecksWithdrawn = count;
                return;
            }
            withdrawnOrder << owner;
            withdrawnCount += count;
            watch.push = nullptr; // the push manager's objects may be gone from here on
        });
        studio.stop();
        // Everything withdrawn, each plugin's contributions counted, last loaded first.
        for (const QString &plugin : std::as_const(loaded))
            QCOMPARE(registry.count(plugin), 0);
        QVERIFY(registry.docks().empty() && registry.actions().empty() && registry.sourceTypes().isEmpty() &&
                registry.liveServices().empty() && registry.settingsPages().empty());
    }
    QCOMPARE(ObsRuntime::liveAllocations(), 0L);
    StudioLog::stop();

    QCOMPARE(withdrawnCount, contributed);
    QCOMPARE(studioChecksWithdrawn, 1);
    QStringList reversed(loaded.crbegin(), loaded.crend());
    QCOMPARE(withdrawnOrder, reversed);
    // The shelf's sources went after the push had stopped.
    QVERIFY(watch.shelvesDestroyed >= 1);
    QVERIFY(!watch.liveWhenShelfWent);

    // The ingest saw an unpublish from the studio, then the connection close:
    // a clean end, not a dropped connection (which nginx logs the other way round).
    const QStringList session = sessionLog(key);
    QVERIFY2(!session.isEmpty(), "the ingest never saw the stream");
    const auto first = [&](const QString &word) {
        for (int i = 0; i < session.size(); ++i)
            if (session[i].contains(word))
                return i;
        return -1;
    };
    const int deleteStream = first(QStringLiteral("deleteStream")), disconnect = first(QStringLiteral("disconnect"));
    QVERIFY2(deleteStream >= 0 && disconnect >= 0, qPrintable(session.join(QLatin1Char('\n'))));
    QVERIFY2(deleteStream < disconnect, qPrintable(session.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestStudioShutdown)
#include "tst_studioshutdown.moc"
