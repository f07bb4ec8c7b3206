// Remote control's cost, measured side by side in alternating rounds:
//  1. a studio's added CPU while a controller polls GetStats every second
//     and takes a 320-wide screenshot of the program scene every 2 s,
//     against the same studio with no controller (goal: at most 1 % of a core);
//  2. the base console's own CPU per watched room: the console's window
//     (offscreen) watching 20 rooms, against none (goal: 20 rooms at most
//     5 % of a core). This machine runs one studio for all 20 rooms (twenty
//     studios do not fit on it): each room is its own connection, polling,
//     thumbnail and tile, so the console's work per room is the real one.
//   bench_remote [seconds per round, default 10] [rounds per side, default 3]
#include "consolewindow.h"
#include "obswsclient.h"
#include "roomstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <ctime>
#include <unistd.h>

using namespace lj::console;

namespace {

double ownCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// CPU seconds a process has used (user + system), from /proc.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks; // utime, stime
}

/// Runs the event loop for `ms`, sleeping while nothing happens (a busy loop would be measured too).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

double mean(const QList<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.isEmpty() ? 0 : sum / double(v.size());
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int roundMs = (argc > 1 ? atoi(argv[1]) : 10) * 1000;
    const int rounds = argc > 2 ? atoi(argv[2]) : 3;
    QTemporaryDir config;
    const QString password = QStringLiteral("bench-password");
    const quint16 port = freePort();

    // One studio, headless, on the demo room (1280x720, 30 fps).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), config.path());
    env.insert(QStringLiteral("LJ_REMOTE_PASSWORD"), password);
    QProcess studio;
    studio.setProcessEnvironment(env);
    studio.setStandardOutputFile(QProcess::nullDevice());
    studio.setStandardErrorFile(QProcess::nullDevice());
    const QString bin = qEnvironmentVariable("LJ_STUDIO_BIN", QStringLiteral(LJ_STUDIO_BIN));
    studio.start(bin, {QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("bench"), QStringLiteral("--remote-control"),
                       QString::number(port)});
    if (!studio.waitForStarted(10000)) {
        fprintf(stderr, "the studio did not start: %s\n", qPrintable(bin));
        return 1;
    }
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            break;
        if (waited.elapsed() > 60000) {
            fprintf(stderr, "the studio's remote control did not open\n");
            return 1;
        }
        QThread::msleep(200);
    }
    spin(3000); // settle: plugins, first frames

    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);

    // 0. What one request costs the studio, from a burst of them (CPU seconds over the burst, less idle).
    {
        ObsWsClient client;
        client.open(url, password, 0);
        for (int i = 0; i < 100 && client.state() != ObsWsClient::State::Online; ++i)
            spin(100);
        QString scene;
        client.request(QStringLiteral("GetCurrentProgramScene"), {}, [&scene](bool, const QJsonObject &d, const QString &) {
            scene = d.value(QStringLiteral("currentProgramSceneName")).toString();
        });
        spin(500);
        const auto burst = [&](const QString &type, const QJsonObject &data, int count) {
            // The idle rate first, over as long as the burst will take.
            const double idleBefore = processCpuSeconds(studio.processId());
            spin(2000);
            const double idleRate = (processCpuSeconds(studio.processId()) - idleBefore) / 2.0;
            int done = 0;
            QElapsedTimer clock;
            clock.start();
            const double before = processCpuSeconds(studio.processId());
            for (int i = 0; i < count; ++i)
                client.request(type, data, [&done](bool, const QJsonObject &, const QString &) { ++done; });
            while (done < count && clock.elapsed() < 60000)
                spin(10);
            const double seconds = double(clock.elapsed()) / 1000.0;
            return 1000.0 * ((processCpuSeconds(studio.processId()) - before) - idleRate * seconds) / count;
        };
        const double statsMs = burst(QStringLiteral("GetStats"), {}, 200);
        const double shotMs = burst(QStringLiteral("GetSourceScreenshot"),
                                    {{QStringLiteral("sourceName"), scene}, {QStringLiteral("imageFormat"), QStringLiteral("jpg")}, {QStringLiteral("imageWidth"), 320}},
                                    50);
        printf("studio CPU per request (bursts, idle rate taken out):\n");
        printf("  GetStats:                 %7.2f ms\n", statsMs);
        printf("  320-wide JPEG screenshot: %7.2f ms\n", shotMs);
        printf("  so the controller below costs about %.2f %% of a core\n", (statsMs / 1000.0 + shotMs / 2000.0) * 100.0);
        client.close();
        spin(500);
    }

    // 1. The studio with and without a polling controller.
    QList<double> idle, polled;
    int answers = 0, shots = 0;
    for (int r = 0; r < 2 * rounds; ++r) {
        const bool withController = r % 2 == 1;
        ObsWsClient client;
        QTimer stats, screenshot;
        QString scene;
        if (withController) {
            client.open(url, password, 0);
            for (int i = 0; i < 100 && client.state() != ObsWsClient::State::Online; ++i)
                spin(100);
            client.request(QStringLiteral("GetCurrentProgramScene"), {}, [&scene](bool, const QJsonObject &d, const QString &) {
                scene = d.value(QStringLiteral("currentProgramSceneName")).toString();
            });
            spin(300);
            QObject::connect(&stats, &QTimer::timeout, [&] {
                client.request(QStringLiteral("GetStats"), {}, [&answers](bool ok, const QJsonObject &, const QString &) { answers += ok; });
            });
            QObject::connect(&screenshot, &QTimer::timeout, [&] {
                client.request(QStringLiteral("GetSourceScreenshot"),
                               {{QStringLiteral("sourceName"), scene}, {QStringLiteral("imageFormat"), QStringLiteral("jpg")},
                                {QStringLiteral("imageWidth"), 320}},
                               [&shots](bool ok, const QJsonObject &, const QString &) { shots += ok; });
            });
            stats.start(1000);
            screenshot.start(2000);
        }
        const double before = processCpuSeconds(studio.processId());
        QElapsedTimer clock;
        clock.start();
        spin(roundMs);
        const double percent = 100.0 * (processCpuSeconds(studio.processId()) - before) / (double(clock.elapsed()) / 1000.0);
        (withController ? polled : idle) << percent;
        stats.stop();
        screenshot.stop();
        client.close();
        spin(500);
    }
    printf("studio CPU, %% of one core (%d rounds of %d s each, alternating):\n", rounds, roundMs / 1000);
    printf("  no controller:                          %6.2f\n", mean(idle));
    printf("  GetStats every 1 s + 320-wide shot / 2 s: %6.2f  (%d stats, %d screenshots answered)\n", mean(polled), answers, shots);
    printf("  added by the controller:                %6.2f   (goal <= 1.00)\n", mean(polled) - mean(idle));

    // 2. The console's own CPU, watching 20 rooms or none.
    constexpr int kRooms = 20;
    QList<double> none, watching;
    int online = 0, thumbnails = 0;
    for (int r = 0; r < 2 * rounds; ++r) {
        const bool withRooms = r % 2 == 1;
        QTemporaryDir storeDir;
        RoomStore store(storeDir.filePath(QStringLiteral("rooms.json")));
        auto window = std::make_unique<ConsoleWindow>(store);
        window->show();
        if (withRooms) {
            for (int i = 0; i < kRooms; ++i) {
                RoomAddress room;
                room.name = QStringLiteral("Room %1").arg(i + 1);
                room.port = port;
                QString error;
                if (!window->addRoom(room, password, &error)) {
                    fprintf(stderr, "cannot add a room: %s\n", qPrintable(error));
                    return 1;
                }
            }
            spin(6000); // connected, first statuses and thumbnails in
        } else {
            spin(1000);
        }
        const double before = ownCpuSeconds();
        QElapsedTimer clock;
        clock.start();
        spin(roundMs);
        const double percent = 100.0 * (ownCpuSeconds() - before) / (double(clock.elapsed()) / 1000.0);
        (withRooms ? watching : none) << percent;
        if (withRooms)
            for (RoomLink *link : window->rooms()) {
                online += link->isOnline();
                thumbnails += !link->thumbnail().isNull();
            }
        for (RoomLink *link : window->rooms())
            store.forgetPassword(link->address().id);
        window.reset();
        spin(500);
    }
    printf("console CPU, %% of one core (%d rounds of %d s each, alternating):\n", rounds, roundMs / 1000);
    printf("  no room:            %6.2f\n", mean(none));
    printf("  %d rooms watched:   %6.2f  (%d of %d links online with a picture)\n", kRooms, mean(watching), thumbnails, online);
    printf("  per room:           %6.3f   (goal: 20 rooms <= 5.00, i.e. <= 0.25 per room)\n", (mean(watching) - mean(none)) / kRooms);

    studio.terminate();
    studio.waitForFinished(30000);
    return 0;
}
