// CPU per frame of the demo room with the product shelf (one "讲解中" card
// with its offer countdown running) and the sales ticker (simulated orders,
// scrolling), against the demo room without them, against the same content
// built from libobs' own text, image and colour sources (with the scroll
// filter for the ticker and a text update each second for the countdown),
// and against plain opaque colour rectangles of the same size and place: the
// least any renderer can do to put that many pixels on the picture.
// Scenarios alternate in rounds within one run; each round's ratios to the
// demo room are compared, which cancels most of a shared machine's drift.
// The CPU of Mesa's software rasterizer (what a graphics card does on a
// machine that has one) is also shown apart.
//   bench_overlays [frames per scenario] [rounds]
#include "benchutil.h"

#include "cardpainter.h"
#include "localcatalog.h"
#include "qrcode.h"
#include "saleevent.h"
#include "shelfcontroller.h"
#include "shelfsource.h"
#include "simulatedfeed.h"
#include "tickersource.h"
#include "tickerstate.h"

#include "core/demoroom.h"
#include "core/money.h"
#include "core/obsptr.h"
#include "core/obsruntime.h"
#include "core/paths.h"
#include "core/pluginregistry.h"
#include "core/recorder.h"
#include "core/scenecollection.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

using namespace lj;

obs_sceneitem_t *add(obs_scene_t *scene, const char *type, const char *name, obs_data_t *settings, float x, float y)
{
    OBSSourceAutoRelease source = obs_source_create(type, name, settings, nullptr);
    obs_sceneitem_t *item = obs_scene_add(scene, source);
    const vec2 pos = {{{x, y}}};
    obs_sceneitem_set_pos(item, &pos);
    return item;
}

OBSDataAutoRelease text(const QString &content, int size, bool bold, uint32_t abgr)
{
    OBSDataAutoRelease font = SceneCollection::cjkFont(size, bold);
    OBSDataAutoRelease s = obs_data_create();
    obs_data_set_string(s, "text", content.toUtf8().constData());
    obs_data_set_obj(s, "font", font);
    obs_data_set_int(s, "color1", abgr);
    obs_data_set_int(s, "color2", abgr);
    return s;
}

// Where the single card and the ticker's band sit on the 1280x720 canvas.
constexpr float kCardX = 38, kCardY = 422, kCardWidth = 500, kCardHeight = 269;
constexpr float kBandY = 660, kBandWidth = 1280, kBandHeight = 60;

OBSDataAutoRelease colour(uint32_t abgr, float width, float height)
{
    OBSDataAutoRelease s = obs_data_create();
    obs_data_set_int(s, "color", abgr);
    obs_data_set_int(s, "width", int(width));
    obs_data_set_int(s, "height", int(height));
    return s;
}

/// One set of overlays in the scene; removing it removes every item.
class Overlays {
public:
    virtual ~Overlays()
    {
        for (obs_sceneitem_t *item : m_items)
            obs_sceneitem_remove(item);
    }
    virtual QString uploads() const { return QStringLiteral("-"); }

protected:
    QList<obs_sceneitem_t *> m_items;
};

/// Ours: two sources, painted on change, one textured draw each per frame.
class StudioOverlays final : public Overlays {
public:
    explicit StudioOverlays(obs_scene_t *scene)
    {
        OBSDataAutoRelease shelf = obs_data_create();
        obs_data_set_string(shelf, "layout", "single");
        m_items << add(scene, shelf::ShelfSource::kTypeId, "bench shelf", shelf, 0, 0);
        OBSDataAutoRelease ticker = obs_data_create();
        obs_data_set_string(ticker, "feed", "simulated");
        obs_data_set_double(ticker, "sim_rate", 12.0);
        obs_data_set_int(ticker, "width", int(kBandWidth));
        obs_data_set_int(ticker, "height", int(kBandHeight));
        m_items << add(scene, ticker::TickerSource::kTypeId, "bench ticker", ticker, 0, kBandY);
    }
    QString uploads() const override
    {
        auto *shelf = static_cast<shelf::ShelfSource *>(obs_obj_get_data(obs_sceneitem_get_source(m_items[0])));
        auto *ticker = static_cast<ticker::TickerSource *>(obs_obj_get_data(obs_sceneitem_get_source(m_items[1])));
        return QStringLiteral("%1+%2").arg(shelf->painted().uploads()).arg(ticker->painted().uploads());
    }
};

/// The same card and ticker from libobs' text (FreeType), image and colour
/// sources, kept current the way a libobs-only setup would: the countdown
/// text updated each second, the ticker text on each order.
class LibobsOverlays final : public Overlays {
public:
    LibobsOverlays(obs_scene_t *scene, const shelf::CardProduct &product, const QString &dir)
    {
        const float x = kCardX, y = kCardY;
        m_items << add(scene, "color_source_v3", "lo card", colour(0xE1120C78, kCardWidth, kCardHeight), x, y);
        m_items << add(scene, "color_source_v3", "lo badge", colour(0xFF00C4FF, 80, 32), x + 16, y + 16);
        m_items << add(scene, "text_ft2_source_v2", "lo badge text", text(QStringLiteral("讲解中"), 20, true, 0xFF0A0A5A), x + 24, y + 18);

        QImage tile(150, 150, QImage::Format_ARGB32_Premultiplied);
        tile.fill(QColor(255, 196, 0));
        QPainter(&tile).drawText(tile.rect(), Qt::AlignCenter, product.title.left(1));
        const QString tileFile = dir + QStringLiteral("/tile.png"), qrFile = dir + QStringLiteral("/qr.png");
        tile.save(tileFile);
        shelf::qrCode(product.link, 104).save(qrFile);
        OBSDataAutoRelease picture = obs_data_create();
        obs_data_set_string(picture, "file", tileFile.toUtf8().constData());
        m_items << add(scene, "image_source", "lo picture", picture, x + 16, y + 56);
        OBSDataAutoRelease qr = obs_data_create();
        obs_data_set_string(qr, "file", qrFile.toUtf8().constData());
        m_items << add(scene, "image_source", "lo qr", qr, x + 380, y + 56);

        m_items << add(scene, "text_ft2_source_v2", "lo title", text(product.title, 25, true, 0xFFEBF8FF), x + 182, y + 56);
        m_items << add(scene, "text_ft2_source_v2", "lo points", text(product.sellingPoints, 17, false, 0xFFB4C8F0), x + 182, y + 120);
        m_items << add(scene, "text_ft2_source_v2", "lo price", text(QStringLiteral("¥") + formatYuan(product.livePriceFen), 36, true, 0xFF57DDFF), x + 182, y + 170);
        m_items << add(scene, "text_ft2_source_v2", "lo list price", text(QStringLiteral("¥") + formatYuan(product.listPriceFen), 19, false, 0xFFB4C8F0), x + 330, y + 185);
        m_items << add(scene, "text_ft2_source_v2", "lo scan", text(QStringLiteral("扫码购买"), 14, false, 0xFFB4C8F0), x + 400, y + 165);
        m_countdown = add(scene, "text_ft2_source_v2", "lo countdown", text(QString(), 17, true, 0xFF00C4FF), x + 182, y + 225);
        m_items << m_countdown;

        m_items << add(scene, "color_source_v3", "lo band", colour(0xC81C1414, kBandWidth, kBandHeight), 0, kBandY);
        m_ticker = add(scene, "text_ft2_source_v2", "lo ticker", text(QStringLiteral("订单 0 · 成交 ¥0.00"), 30, true, 0xFFFFFFFF), 8, 672);
        m_items << m_ticker;
        OBSDataAutoRelease scroll = obs_data_create();
        obs_data_set_double(scroll, "speed_x", 90.0);
        OBSSourceAutoRelease filter = obs_source_create("scroll_filter", "lo scroll", scroll, nullptr);
        obs_source_filter_add(obs_sceneitem_get_source(m_ticker), filter);

        const qint64 ends = QDateTime::currentMSecsSinceEpoch() + 300000;
        QObject::connect(&m_second, &QTimer::timeout, [this, product, ends] {
            const QString notes = shelf::CardPainter::stockText(product.stock) + QStringLiteral("  ·  ") +
                                  shelf::CardPainter::countdownText(ends - QDateTime::currentMSecsSinceEpoch());
            setText(m_countdown, notes);
        });
        m_second.start(1000);
        QObject::connect(&m_feed, &ticker::SalesFeed::received, [this](const ticker::SaleEvent &e) {
            if (!m_state.add(e))
                return;
            QStringList parts{QStringLiteral("订单 %1 · 成交 ¥%2").arg(m_state.orders()).arg(formatYuan(m_state.salesFen()))};
            for (const ticker::SaleEvent &r : m_state.recent())
                parts << ticker::SaleEventText::display(r);
            setText(m_ticker, parts.join(QStringLiteral("    ·    ")));
        });
        m_feed.start();
    }

private:
    static void setText(obs_sceneitem_t *item, const QString &value)
    {
        OBSDataAutoRelease s = obs_data_create();
        obs_data_set_string(s, "text", value.toUtf8().constData());
        obs_source_update(obs_sceneitem_get_source(item), s);
    }

    obs_sceneitem_t *m_countdown = nullptr;
    obs_sceneitem_t *m_ticker = nullptr;
    QTimer m_second;
    ticker::SimulatedFeed m_feed{12.0};
    ticker::TickerState m_state;
};

/// The floor: opaque colour rectangles where the card and the ticker's band
/// are. Nothing to sample, nothing to update; what is left is the cost of
/// covering that many pixels at all.
class FlatOverlays final : public Overlays {
public:
    explicit FlatOverlays(obs_scene_t *scene)
    {
        m_items << add(scene, "color_source_v3", "flat card", colour(0xFF120C78, kCardWidth, kCardHeight), kCardX, kCardY);
        m_items << add(scene, "color_source_v3", "flat band", colour(0xFF1C1414, kBandWidth, kBandHeight), 0, kBandY);
    }
};

} // namespace

int main(int argc, char **argv)
{
    const bench::Session session(argc, argv, 150);
    QApplication app(argc, argv);
    const quint32 frames = session.frames;
    const QTemporaryDir &dir = session.dir;

    ObsRuntime runtime;
    if (!bench::startObs(runtime, QStringLiteral("zh-CN")))
        return 1;
    QString error;
    {
        // The demo products, the first one explained, a five-minute offer running.
        catalog::LocalCatalog catalog(dir.filePath(QStringLiteral("catalog.db")), {});
        shelf::ShelfController controller(catalog);
        // The shelf's sources find their controller as the studio's plugin gives it.
        static SourceTypeSlot shelfSlot;
        static shelf::ShelfSourceOwner shelfOwner;
        shelfOwner.controller = &controller;
        shelfSlot.owner = &shelfOwner;
        obs_source_info shelfInfo = shelf::ShelfSource::info(), tickerInfo = ticker::TickerSource::info();
        shelfInfo.type_data = &shelfSlot;
        obs_register_source(&shelfInfo);
        obs_register_source(&tickerInfo);
        controller.seedDemo(DemoRoom::catalogFile());
        controller.pick(0);
        controller.startCountdown(300);
        if (controller.content().current != 0) {
            fprintf(stderr, "the demo catalog could not be read\n");
            return 1;
        }

        // What one countdown tick costs the Qt thread: the whole card painted
        // again, against its notes line on the cached rest.
        {
            const shelf::ShelfContent &content = controller.content();
            shelf::ShelfStyle style;
            style.theme = shelf::ShelfPresets::theme(QStringLiteral("festive"));
            const QSize canvas(int(runtime.video().baseWidth), int(runtime.video().baseHeight));
            shelf::FeatureCardCache cache;
            QPoint at;
            constexpr int kTicks = 60;
            auto paintTicks = [&](shelf::FeatureCardCache *with) {
                QElapsedTimer clock;
                clock.start();
                for (int i = 0; i < kTicks; ++i)
                    shelf::CardPainter::paint(content, style, canvas, QDateTime::currentMSecsSinceEpoch() + i * 1000, &at, with);
                return double(clock.nsecsElapsed()) / 1e6 / kTicks;
            };
            paintTicks(nullptr); // fonts and glyphs loaded
            const double whole = paintTicks(nullptr), cached = paintTicks(&cache);
            printf("Card repaint per countdown tick (Qt thread): whole card %.2f ms, notes line on the cached card %.2f ms "
                   "(%d of %d ticks from the cache)\n",
                   whole, cached, cache.hits(), kTicks);
        }

        SceneCollection scenes;
        obs_scene_t *scene = DemoRoom::populate(scenes, runtime.video());
        const int rounds = argc > 2 ? atoi(argv[2]) : 5;
        auto compare = [&](const char *title, const std::function<quint32()> &counter) {
            printf("\n%s, %dx%d @ %.0f fps, %u frames per scenario\n", title, runtime.video().baseWidth,
                   runtime.video().baseHeight, runtime.video().fps(), frames);
            printf("%-34s %6s %13s %12s %11s %10s %11s %6s %s\n", "scenario", "frames", "CPU s/300 fr", "compositing",
                   "rasterizer", "Qt thread", "of one core", "lagged", "uploads");
            // Rounds alternate the scenarios (in a rotating order) so that drift
            // on a shared machine falls on all of them alike; medians are compared.
            constexpr int kScenarios = 4;
            const char *names[kScenarios] = {"demo room", "+ shelf + ticker (studio)", "+ same from libobs text/image",
                                             "+ flat rectangles, same area"};
            QList<double> cost[kScenarios], compositing[kScenarios], beside[kScenarios], qtThread[kScenarios];
            for (int round = 0; round < rounds; ++round) {
                for (int step = 0; step < kScenarios; ++step) {
                    const int which = (round + step) % kScenarios;
                    std::unique_ptr<Overlays> overlays;
                    if (which == 1) {
                        controller.startCountdown(300); // a running offer: the card repaints each second
                        overlays = std::make_unique<StudioOverlays>(scene);
                    }
                    else if (which == 2)
                        overlays = std::make_unique<LibobsOverlays>(scene, controller.content().products[0], dir.path());
                    else if (which == 3)
                        overlays = std::make_unique<FlatOverlays>(scene);
                    bench::measure(30, counter); // settle: textures made, glyphs cached
                    const bench::Sample s = bench::measure(frames, counter);
                    cost[which] << s.cpuPer300();
                    compositing[which] << s.compositingPer300();
                    beside[which] << s.besideRasterizerPer300();
                    qtThread[which] << s.mainThreadPer300();
                    printf("%-34s %6u %13.3f %12.3f %11.3f %10.3f %10.1f%% %6u %s\n", names[which], s.frames, s.cpuPer300(),
                           s.compositingPer300(), s.cpuPer300() - s.besideRasterizerPer300(), s.mainThreadPer300(),
                           s.coreShare() * 100.0, s.lagged, overlays ? qPrintable(overlays->uploads()) : "-");
                }
            }
            auto median = [](QList<double> v) {
                std::sort(v.begin(), v.end());
                return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
            };
            // Each round's scenarios ran back to back: their ratios cancel most of
            // the machine's drift between rounds. Printed as the added share.
            auto added = [&](const QList<double> *figures, int which) {
                QList<double> ratios;
                for (int r = 0; r < rounds; ++r)
                    ratios << figures[which][r] / figures[0][r];
                return (median(ratios) - 1) * 100;
            };
            printf("\nMedians of %d rounds, CPU s per 300 frames: demo %.3f, studio %.3f, libobs-built %.3f, flat %.3f\n",
                   rounds, median(cost[0]), median(cost[1]), median(cost[2]), median(cost[3]));
            printf("Added to the demo room (median of per-round ratios):\n");
            printf("  %-46s studio %+6.2f %%   libobs-built %+6.2f %%   flat rectangles %+6.2f %%\n", "whole process",
                   added(cost, 1), added(cost, 2), added(cost, 3));
            printf("  %-46s studio %+6.2f %%   libobs-built %+6.2f %%   flat rectangles %+6.2f %%\n",
                   "compositing threads (no clip decoding, audio)", added(compositing, 1), added(compositing, 2),
                   added(compositing, 3));
            // On a machine with a graphics card the rasterizer's share is GPU
            // work; what is left is CPU there too (llvmpipe's triangle setup
            // still runs on libobs' graphics thread, so this is an upper bound).
            printf("  %-46s studio %+6.2f %%   libobs-built %+6.2f %%   flat rectangles %+6.2f %%\n",
                   "beside the software rasterizer's threads", added(beside, 1), added(beside, 2), added(beside, 3));
            // What is not drawing pixels: painting cards and strips, feeds, timers.
            printf("Qt thread (painting, feeds, timers), CPU ms per 300 frames: demo %.1f, studio %.1f, libobs %.1f\n",
                   median(qtThread[0]) * 1000, median(qtThread[1]) * 1000, median(qtThread[2]) * 1000);
        };
        // On air: the room composed and encoded (x264 veryfast 2500 kbps), which
        // is what a studio spends per frame while it is live.
        auto onAir = [&](const char *title) {
            Recorder recorder;
            if (!recorder.start(dir.filePath(QStringLiteral("live.mp4")), OutputSettings{}, &error)) {
                fprintf(stderr, "%s\n", qPrintable(error));
                return;
            }
            OBSOutputAutoRelease out = obs_get_output_by_name("recording");
            obs_output_t *output = out.Get();
            compare(title, [output] { return quint32(obs_output_get_total_frames(output)); });
            recorder.forceStop();
        };
        compare("Demo room (flat colour background), compose only", obs_get_total_frames);
        onAir("Demo room (flat colour background), on air: compose + x264 encode");

        // A host's camera fills the frame: a full-frame picture just above the
        // background stands in for it (the renderer then shades every pixel
        // anyway, as with a real camera, instead of filling flat colour).
        QImage camera(runtime.video().baseWidth, runtime.video().baseHeight, QImage::Format_RGB32);
        for (int y = 0; y < camera.height(); ++y)
            for (int x = 0; x < camera.width(); ++x)
                camera.setPixel(x, y, qRgb((x * 7 + y * 3) % 256, (x * 2 + y * 5) % 256, (x ^ y) % 256));
        const QString cameraFile = dir.filePath(QStringLiteral("camera.png"));
        camera.save(cameraFile);
        OBSDataAutoRelease picture = obs_data_create();
        obs_data_set_string(picture, "file", cameraFile.toUtf8().constData());
        obs_sceneitem_t *cameraItem = add(scene, "image_source", "camera stand-in", picture, 0, 0);
        obs_sceneitem_set_order_position(cameraItem, 1);
        compare("Demo room with a full-frame camera picture, compose only", obs_get_total_frames);
        onAir("Demo room with a full-frame camera picture, on air: compose + x264 encode");

        scenes.clear();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    runtime.shutdown();
    return 0;
}
