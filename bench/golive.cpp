// The host's one click (开播): from the click to the first packet at the
// ingest, the check before going live included. The real studio with every
// plugin, one platform on the local nginx-rtmp ingest, a backup recording;
// each round goes live, waits for the ingest to report the stream's first
// bytes, and ends the show. Goal: under 1.5 s with the checks passing.
#include "benchutil.h"

#include "pushservice.h"

#include "core/golive.h"
#include "core/pluginregistry.h"
#include "core/studio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {

/// Bytes the ingest has received on stream `key` (0: not there yet).
qint64 ingestBytes(QNetworkAccessManager &network, const QString &key)
{
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(qEnvironmentVariable("LJ_INGEST_STAT_URL"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString xml = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    const QRegularExpression stream(QStringLiteral("<name>%1</name>.*?<bytes_in>(\\d+)</bytes_in>").arg(QRegularExpression::escape(key)),
                                    QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = stream.match(xml);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 5);
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("LJ_RTMP_URL") || qEnvironmentVariableIsEmpty("LJ_INGEST_STAT_URL")) {
        fprintf(stderr, "needs the ingest (run through scripts/bench.sh)\n");
        return 1;
    }
    const int rounds = int(qMax<quint32>(1, session.frames)); // the argument counts rounds here
    int code = 0;
    {
        lj::Studio studio;
        QString error;
        if (!studio.start({QStringLiteral("golive-bench")}, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        auto *push = static_cast<lj::push::PushService *>(studio.pluginRegistry().serviceObject(lj::push::PushService::kServiceId));
        if (!push) {
            fprintf(stderr, "the push manager plugin is not loaded\n");
            return 1;
        }
        const QString key = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (push->addTarget(QStringLiteral("抖音"), QStringLiteral("douyin"), qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/") + key, &error)
                .isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        lj::GoLive goLive(studio);
        QNetworkAccessManager network;
        waitUntil([] { return false; }, 3000); // the check judges the last seconds: let the room run first

        printf("One click to live: the check before going live, one platform (nginx-rtmp on 127.0.0.1), backup recording\n");
        printf("%-8s %12s %14s %18s  %s\n", "round", "check (ms)", "connected (ms)", "first packet (ms)", "check result");
        QList<double> checks, connected, firstPacket;
        for (int round = 1; round <= rounds; ++round) {
            QElapsedTimer clock;
            double checkedAt = 0, liveAt = 0;
            QString verdict;
            QMetaObject::Connection c1 = QObject::connect(&goLive, &lj::GoLive::checked, [&](const QList<lj::PreflightResult> &results) {
                checkedAt = double(clock.nsecsElapsed()) / 1e6;
                int warnings = 0, fails = 0;
                for (const lj::PreflightResult &r : results) {
                    warnings += r.level == lj::PreflightResult::Level::Warning;
                    fails += r.level == lj::PreflightResult::Level::Fail;
                }
                verdict = QStringLiteral("%1 checks, %2 warnings, %3 failed").arg(results.size()).arg(warnings).arg(fails);
            });
            // The host accepts the warnings at once (in the bench: no microphone in the demo scene).
            QMetaObject::Connection c2 = QObject::connect(&goLive, &lj::GoLive::warningsToConfirm, &goLive, [&] { goLive.proceed(); });
            const QString id = push->targetList().first().id;
            clock.start();
            goLive.start();
            const bool live = waitUntil(
                [&] {
                    if (liveAt == 0 && push->health(id).state == lj::push::PushState::Live)
                        liveAt = double(clock.nsecsElapsed()) / 1e6;
                    return liveAt > 0 || goLive.state() == lj::GoLive::State::Idle;
                },
                20000);
            const bool arrived = live && waitUntil([&] { return ingestBytes(network, key) > 0; }, 20000);
            const double packetAt = double(clock.nsecsElapsed()) / 1e6;
            QObject::disconnect(c1);
            QObject::disconnect(c2);
            if (!arrived) {
                fprintf(stderr, "round %d: the stream did not reach the ingest (%s)\n", round, qPrintable(push->health(id).lastError));
                code = 1;
                break;
            }
            printf("%-8d %12.0f %14.0f %18.0f  %s\n", round, checkedAt, liveAt, packetAt, qPrintable(verdict));
            checks << checkedAt;
            connected << liveAt;
            firstPacket << packetAt;
            goLive.stop();
            waitUntil([&] { return goLive.state() == lj::GoLive::State::Idle; }, 20000);
            waitUntil([] { return false; }, 1000);
        }
        if (!firstPacket.isEmpty())
            printf("\nmedian: check %.0f ms, connected %.0f ms, first packet at the ingest %.0f ms  (goal: under 1500 ms)\n",
                   median(checks), median(connected), median(firstPacket));
        studio.stop();
    }
    return code;
}
