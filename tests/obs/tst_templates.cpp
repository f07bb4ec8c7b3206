// Rooms made from each template (resources/data/templates): each opens and
// records headless, and its places hold the sources the template names.
#include "framecheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roomFromTemplate_data();
    void roomFromTemplate();
};

void TestTemplates::roomFromTemplate_data()
{
    QTest::addColumn<QString>("id");
    const QString dir = qEnvironmentVariable("LJ_DATA_DIR") + QStringLiteral("/templates");
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")});
    QVERIFY2(files.size() >= 4, qPrintable(dir));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
}

void TestTemplates::roomFromTemplate()
{
    QFETCH(QString, id);
    QFile file(qEnvironmentVariable("LJ_DATA_DIR") + QStringLiteral("/templates/") + id + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject t = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(QFile::exists(qEnvironmentVariable("LJ_DATA_DIR") + QStringLiteral("/templates/") +
                          t.value(QStringLiteral("thumbnail")).toString())); // a picture for the chooser

    QTemporaryDir config;
    const QString video = config.filePath(QStringLiteral("room.mp4"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LJ_CONFIG_DIR"), config.path());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("LJ_STUDIO_BIN"), {QStringLiteral("--headless"), QStringLiteral("--room"), QStringLiteral("模板-") + id,
                                                    QStringLiteral("--template"), id, QStringLiteral("--record"), video,
                                                    QStringLiteral("--duration"), QStringLiteral("2")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QJsonObject info = framecheck::probe(video);
    QCOMPARE(framecheck::stream(info, QStringLiteral("video")).value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));

    // The room's scenes hold every place of the template, with the source type it names.
    QFile scenes(config.filePath(QStringLiteral("rooms/模板-%1/scenes.json").arg(id)));
    QVERIFY(scenes.open(QIODevice::ReadOnly));
    QMap<QString, QString> typeByName;
    QMap<QString, QJsonArray> filtersByName;
    for (const QJsonValue &s : QJsonDocument::fromJson(scenes.readAll()).object().value(QStringLiteral("sources")).toArray()) {
        typeByName.insert(s[QStringLiteral("name")].toString(),
                          s[QStringLiteral("versioned_id")].toString(s[QStringLiteral("id")].toString()));
        filtersByName.insert(s[QStringLiteral("name")].toString(), s[QStringLiteral("filters")].toArray());
    }
    for (const QJsonValue &v : t.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString kind = item.value(QStringLiteral("kind")).toString(), name = item.value(QStringLiteral("name")).toString();
        QVERIFY2(typeByName.contains(name), qPrintable(QStringLiteral("%1 has no \"%2\"").arg(id, name)));
        const QString type = typeByName.value(name);
        if (kind == QLatin1String("source"))
            QCOMPARE(type, item.value(QStringLiteral("type")).toString());
        else if (kind == QLatin1String("title"))
            QCOMPARE(type, QStringLiteral("text_ft2_source_v2"));
        else if (kind == QLatin1String("logo"))
            QCOMPARE(type, QStringLiteral("image_source"));
        else if (kind == QLatin1String("camera")) { // no camera here: the demo clip stands in
            QVERIFY2(type == QLatin1String("ffmpeg_source") || type == QLatin1String("v4l2_input"), qPrintable(type));
            // It wears the template's look: the preset's filters, each marked as the preset's.
            const QString look = t.value(QStringLiteral("looks")).toObject().value(QStringLiteral("camera")).toString();
            QVERIFY2(!look.isEmpty(), qPrintable(id));
            const QJsonArray filters = filtersByName.value(name);
            QVERIFY2(!filters.isEmpty(), qPrintable(QStringLiteral("%1: the camera has no filters").arg(id)));
            for (const QJsonValue &f : filters)
                QCOMPARE(f[QStringLiteral("settings")][QStringLiteral("lj_preset")].toString(), look);
        }
    }
    // The field template starts on the 田间 4G preset (a phone's uplink); the others on the defaults.
    QFile roomFile(config.filePath(QStringLiteral("rooms/模板-%1/room.json").arg(id)));
    QVERIFY(roomFile.open(QIODevice::ReadOnly));
    const QJsonObject room = QJsonDocument::fromJson(roomFile.readAll()).object();
    const bool field = t.value(QStringLiteral("networkPreset")).toString() == QLatin1String("field4g");
    QCOMPARE(field, id == QLatin1String("field"));
    QCOMPARE(room[QStringLiteral("output")][QStringLiteral("videoBitrateKbps")].toInt(), field ? 1200 : 2500);
    QCOMPARE(room[QStringLiteral("output")][QStringLiteral("keyframeIntervalSec")].toInt(), 2);
    QCOMPARE(framecheck::stream(info, QStringLiteral("video")).value(QStringLiteral("height")).toInt(), 720);
    framecheck::saveArtifact(framecheck::frameAt(video, 1.5), QStringLiteral("template-%1.png").arg(id));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
