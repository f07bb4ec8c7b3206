// The portrait (9:16) canvas beside the landscape one, pushed for real to the
// nginx RTMP ingest on 127.0.0.1 (issue 15):
// - one landscape and two portrait targets at once: the ingest receives a
//   1280x720 and two 720x1280 streams, each H.264 + AAC (ffprobe); the two
//   portrait pushes share one encoder, the landscape one has its own;
// - a source placed on the portrait canvas only is in the portrait frames
//   and not in the landscape ones (pixels of frames decoded from the ingest);
// - the portrait scene is saved and loaded with the room; the product shelf
//   on it lays out for the portrait canvas;
// - the canvas runs only while a push needs it;
// - a room saved before there were canvases loads and pushes exactly as
//   before: landscape, and the portrait canvas never starts.
#include "pushservice.h"

#include "core/obsptr.h"
#include "core/paths.h"
#include "core/pluginregistry.h"
#include "core/portraitcanvas.h"
#include "core/roomprofile.h"
#include "core/scenecollection.h"
#include "core/secretstore.h"
#include "core/studio.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lj;

namespace {

QString ingest(const QString &key)
{
    return qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/") + key;
}

QString uniqueKey(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

/// ffprobe of a live stream: "h264 aac 1280x720".
QString probeLive(const QString &url)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-rw_timeout"), QStringLiteral("15000000"),
                                        QStringLiteral("-show_streams"), QStringLiteral("-of"), QStringLiteral("json"), url});
    if (!p.waitForFinished(40000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    QString video, audio, size;
    for (const QJsonValue &s : QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("streams")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QStringLiteral("codec_type")).toString() == QLatin1String("video")) {
            video = o.value(QStringLiteral("codec_name")).toString();
            size = QStringLiteral("%1x%2").arg(o.value(QStringLiteral("width")).toInt()).arg(o.value(QStringLiteral("height")).toInt());
        } else if (o.value(QStringLiteral("codec_type")).toString() == QLatin1String("audio")) {
            audio = o.value(QStringLiteral("codec_name")).toString();
        }
    }
    return video + QLatin1Char(' ') + audio + QLatin1Char(' ') + size;
}

/// A frame of a live stream, decoded.
QImage frameOf(const QString &url)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-rw_timeout"), QStringLiteral("15000000"),
                                       QStringLiteral("-i"), url, QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                                       QStringLiteral("image2pipe"), QStringLiteral("-c:v"), QStringLiteral("png"), QStringLiteral("-")});
    if (!p.waitForFinished(40000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QImage::fromData(p.readAllStandardOutput(), "PNG");
}

int magentaPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            n += qRed(p) > 200 && qGreen(p) < 70 && qBlue(p) > 200;
        }
    return n;
}

/// The active push outputs' video encoders, by target id (from the output's name "push NAME [id]").
QHash<QString, obs_encoder_t *> pushEncoders()
{
    QHash<QString, obs_encoder_t *> found;
    obs_enum_outputs(
        [](void *param, obs_output_t *output) {
            const QString name = QString::fromUtf8(obs_output_get_name(output));
            const qsizetype open = name.lastIndexOf(QLatin1Char('['));
            if (name.startsWith(QLatin1String("push ")) && open > 0 && obs_output_active(output))
                static_cast<QHash<QString, obs_encoder_t *> *>(param)->insert(name.mid(open + 1).chopped(1), obs_output_get_video_encoder(output));
            return true;
        },
        &found);
    return found;
}

} // namespace

class TestPortrait : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void landscapeAndPortraitAtOnce();
    void anOldRoomPushesAsBefore();

private:
    QTemporaryDir m_dir;
};

void TestPortrait::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("LJ_RTMP_URL").isEmpty(), "needs the RTMP ingest from scripts/test-services.sh");
    QVERIFY(m_dir.isValid());
}

void TestPortrait::landscapeAndPortraitAtOnce()
{
    StudioPaths::setConfigRoot(m_dir.filePath(QStringLiteral("canvases")));
    QString error;
    Studio studio;
    QVERIFY2(studio.start({QStringLiteral("canvases")}, &error), qPrintable(error));
    {
        RoomProfile room = studio.room();
        room.portrait.width = 720;
        room.portrait.height = 1280;
        room.output.videoBitrateKbps = 1500;
        QVERIFY2(studio.updateRoom(room, &error), qPrintable(error));
    }
    PortraitCanvas &canvas = studio.portrait();
    QVERIFY(!canvas.isActive()); // no push on it yet: it costs nothing
    QSignalSpy active(&canvas, &PortraitCanvas::activeChanged);

    // The technician places a source on the portrait canvas only.
    QVERIFY2(canvas.require(QStringLiteral("test"), true, &error), qPrintable(error));
    obs_scene_t *portrait = studio.scenes().portraitScene();
    QVERIFY(portrait);
    {
        OBSDataAutoRelease magenta = obs_data_create();
        obs_data_set_int(magenta, "color", 0xFFFF00FF); // ABGR
        obs_data_set_int(magenta, "width", 240);
        obs_data_set_int(magenta, "height", 240);
        obs_sceneitem_t *item = studio.scenes().addSource(portrait, "color_source_v3", QStringLiteral("portrait only"), magenta);
        QVERIFY(item);
        const vec2 pos = {{{240.0f, 520.0f}}};
        obs_sceneitem_set_pos(item, &pos);
    }
    // The plugins' overlays came with the scene, laid out for it: the shelf is as big as the portrait canvas.
    obs_source_t *shelf = nullptr;
    obs_scene_enum_items(
        portrait,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            if (qstrcmp(obs_source_get_id(obs_sceneitem_get_source(item)), "lj_product_shelf") == 0)
                *static_cast<obs_source_t **>(param) = obs_sceneitem_get_source(item);
            return true;
        },
        &shelf);
    QVERIFY(shelf);
    QCOMPARE(obs_source_get_width(shelf), 720u);
    QCOMPARE(obs_source_get_height(shelf), 1280u);

    auto *push = static_cast<push::PushService *>(studio.pluginRegistry().serviceObject(push::PushService::kServiceId));
    QVERIFY(push);
    const QString keyL = uniqueKey(QStringLiteral("land-")), keyP1 = uniqueKey(QStringLiteral("dy-")), keyP2 = uniqueKey(QStringLiteral("ks-"));
    // Bilibili is watched on computers; 抖音 and 快手 on phones: their targets are portrait.
    const QString l = push->addTarget(QStringLiteral("Bilibili"), QStringLiteral("bilibili"), ingest(keyL), &error);
    const QString p1 = push->addTarget(QStringLiteral("抖音"), QStringLiteral("douyin"), ingest(keyP1), &error);
    const QString p2 = push->addTarget(QStringLiteral("快手"), QStringLiteral("kuaishou"), ingest(keyP2), &error);
    QVERIFY2(!l.isEmpty() && !p1.isEmpty() && !p2.isEmpty(), qPrintable(error));
    push->goLive();
    for (const QString &id : {l, p1, p2})
        QTRY_COMPARE_WITH_TIMEOUT(push->health(id).state, push::PushState::Live, 30000);
    QVERIFY2(canvas.require(QStringLiteral("test"), false), "the test lets go: the pushes keep the canvas");
    QVERIFY(canvas.isActive());

    // One encoder per canvas.
    const QHash<QString, obs_encoder_t *> encoders = pushEncoders();
    QVERIFY(encoders.value(l) && encoders.value(p1));
    QCOMPARE(encoders.value(p1), encoders.value(p2));
    QVERIFY(encoders.value(l) != encoders.value(p1));
    QCOMPARE(obs_encoder_get_width(encoders.value(l)), 1280u);
    QCOMPARE(obs_encoder_get_width(encoders.value(p1)), 720u);
    QCOMPARE(obs_encoder_get_height(encoders.value(p1)), 1280u);

    // What reached the ingest.
    QCOMPARE(probeLive(ingest(keyL)), QStringLiteral("h264 aac 1280x720"));
    QCOMPARE(probeLive(ingest(keyP1)), QStringLiteral("h264 aac 720x1280"));
    QCOMPARE(probeLive(ingest(keyP2)), QStringLiteral("h264 aac 720x1280"));
    const QImage landscapeFrame = frameOf(ingest(keyL));
    const QImage portraitFrame = frameOf(ingest(keyP1));
    QCOMPARE(landscapeFrame.size(), QSize(1280, 720));
    QCOMPARE(portraitFrame.size(), QSize(720, 1280));
    const int inPortrait = magentaPixels(portraitFrame), inLandscape = magentaPixels(landscapeFrame);
    qInfo("magenta pixels sampled: %d in the portrait frame, %d in the landscape one", inPortrait, inLandscape);
    QVERIFY(inPortrait > 240 * 240 / 4 * 8 / 10);
    QCOMPARE(inLandscape, 0);
    // Where it was put: around (360, 640) of the portrait frame.
    const QRgb centre = portraitFrame.pixel(360, 640);
    QVERIFY(qRed(centre) > 200 && qGreen(centre) < 70 && qBlue(centre) > 200);

    // Saved with the room, and loaded back as the portrait scene (not one of the landscape scenes).
    const QJsonObject saved = studio.scenes().save();
    QVERIFY(!saved.value(QStringLiteral("portraitScene")).toString().isEmpty());
    QVERIFY(!saved.value(QStringLiteral("sceneOrder")).toArray().contains(saved.value(QStringLiteral("portraitScene"))));

    // Off air: the pushes stop, and the canvas with them.
    push->stopLive();
    QTRY_VERIFY_WITH_TIMEOUT(!push->isLive(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!canvas.isActive(), 5000);
    QCOMPARE(active.size(), 2); // on once, off once

    // Loaded back (as the next start loads the room's scenes): the portrait scene and its source.
    QVERIFY2(studio.scenes().load(saved, &error), qPrintable(error));
    QVERIFY(studio.scenes().portraitScene());
    QVERIFY(obs_scene_find_source(studio.scenes().portraitScene(), "portrait only"));
    QCOMPARE(studio.scenes().indexOf(QString::fromUtf8(obs_source_get_name(studio.scenes().portraitSource()))), -1);
    QCOMPARE(studio.scenes().save(), saved); // nothing lost or added on the way
    studio.stop();
}

void TestPortrait::anOldRoomPushesAsBefore()
{
    // A room as a studio before portrait canvases saved it: a 抖音 target without "canvas".
    const QString root = m_dir.filePath(QStringLiteral("old"));
    StudioPaths::setConfigRoot(root);
    const QString key = uniqueKey(QStringLiteral("old-"));
    QString error;
    {
        ProfileManager rooms(StudioPaths::profilesDir());
        QVERIFY2(rooms.create(QStringLiteral("old room"), &error), qPrintable(error));
    }
    const QString roomFile = StudioPaths::profilesDir() + QStringLiteral("/old room/room.json");
    QFile file(roomFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject room = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    room.remove(QStringLiteral("portrait"));
    QJsonObject pluginData = room.value(QStringLiteral("pluginData")).toObject();
    const QJsonObject old{{QStringLiteral("id"), QStringLiteral("old-douyin")}, {QStringLiteral("name"), QStringLiteral("抖音")},
                          {QStringLiteral("platform"), QStringLiteral("douyin")}, {QStringLiteral("server"), QString(qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/"))},
                          {QStringLiteral("enabled"), true}, {QStringLiteral("ownEncoder"), false}, {QStringLiteral("videoBitrateKbps"), 0},
                          {QStringLiteral("reconnectDelaySec"), 2}, {QStringLiteral("maxRetries"), 20}};
    pluginData.insert(QStringLiteral("pushmanager"), QJsonObject{{QStringLiteral("targets"), QJsonArray{old}}});
    room.insert(QStringLiteral("pluginData"), pluginData);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(room).toJson());
    file.close();

    Studio studio;
    QVERIFY2(studio.start({QStringLiteral("old room")}, &error), qPrintable(error));
    QCOMPARE(studio.room().portrait, PortraitSettings{}); // the defaults, off
    QSignalSpy active(&studio.portrait(), &PortraitCanvas::activeChanged);
    auto *push = static_cast<push::PushService *>(studio.pluginRegistry().serviceObject(push::PushService::kServiceId));
    QVERIFY(push);
    QCOMPARE(push->targetList().size(), 1);
    // Its key, as the host typed it into the old studio (the keychain).
    QVERIFY(studio.secrets().writeSync(QStringLiteral("pushmanager/old-douyin"), key).ok());
    push->goLive();
    QTRY_COMPARE_WITH_TIMEOUT(push->health(QStringLiteral("old-douyin")).state, push::PushState::Live, 30000);
    QCOMPARE(probeLive(ingest(key)), QStringLiteral("h264 aac 1280x720"));
    QVERIFY(!studio.portrait().isActive());
    QCOMPARE(active.size(), 0);
    QVERIFY(!studio.scenes().portraitScene());
    push->stopLive();
    QTRY_VERIFY_WITH_TIMEOUT(!push->isLive(), 20000);
    studio.stop();
}

QTEST_MAIN(TestPortrait)
#include "tst_portrait.moc"
