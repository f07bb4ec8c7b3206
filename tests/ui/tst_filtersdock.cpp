// The Filters panel driven as a technician does, on the demo room's camera:
// 美颜 and colour correction added by name from the + menu, reordered,
// switched off and removed; a filter selected shows its settings in the
// Properties panel; copied onto another source. Then the room's scenes:
// saved, loaded and saved again give the same file, filters and all, and a
// filter whose module this studio lacks is kept in the file and reported.
#include "filtersdock.h"
#include "mainwindow.h"
#include "propertyeditor.h"
#include "sourcesdock.h"
#include "windowlayout.h"

#include "core/paths.h"
#include "core/scenecollection.h"
#include "core/studio.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lj;

class TestFiltersDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addReorderSwitchRemoveCopy();
    void savedLoadedAndKept();
};

namespace {

QStringList filterIds(obs_source_t *source)
{
    QStringList ids;
    obs_source_enum_filters(
        source, [](obs_source_t *, obs_source_t *f, void *param) { static_cast<QStringList *>(param)->append(QString::fromUtf8(obs_source_get_id(f))); },
        &ids);
    return ids;
}

obs_sceneitem_t *itemOfType(obs_scene_t *scene, const char *type)
{
    struct Find {
        const char *type;
        obs_sceneitem_t *item = nullptr;
    } find{type};
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            auto *f = static_cast<Find *>(param);
            if (!f->item && qstrcmp(obs_source_get_id(obs_sceneitem_get_source(item)), f->type) == 0)
                f->item = item;
            return true;
        },
        &find);
    return find.item;
}

void trigger(QToolButton *button, const QString &action)
{
    QAction *found = button->menu()->findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    found->trigger();
}

} // namespace

void TestFiltersDock::addReorderSwitchRemoveCopy()
{
    QTemporaryDir config;
    StudioPaths::setConfigRoot(config.path());
    Studio studio;
    QString error;
    QVERIFY2(studio.start({}, &error), qPrintable(error));
    {
        MainWindow window(studio);
        window.windowLayout()->setMode(WindowLayout::Mode::Technician);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FiltersPanel *panel = window.filtersPanel();
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("filtersList"));
        auto *add = panel->findChild<QToolButton *>(QStringLiteral("addFilter"));

        // The demo's camera (a media file): selected in Sources, its filters shown.
        obs_sceneitem_t *camera = itemOfType(studio.scenes().currentScene(), "ffmpeg_source");
        QVERIFY(camera);
        window.sourcesPanel()->selectItem(camera);
        QCOMPARE(panel->source(), obs_sceneitem_get_source(camera));
        QCOMPARE(list->count(), 0);
        // Offered by name: ours and libobs', video and audio ones for a source with both.
        QVERIFY(panel->filterTypes().contains(QStringLiteral("lj_beauty_filter")));
        QVERIFY(panel->filterTypes().contains(QStringLiteral("noise_suppress_filter_v2")));
        QVERIFY(add->menu()->findChild<QAction *>(QStringLiteral("addFilter_lj_beauty_filter"))->text().contains(QStringLiteral("美颜")));

        trigger(add, QStringLiteral("addFilter_lj_beauty_filter"));
        trigger(add, QStringLiteral("addFilter_color_filter_v2"));
        QCOMPARE(list->count(), 2);
        obs_source_t *source = obs_sceneitem_get_source(camera);
        QCOMPARE(filterIds(source), (QStringList{QStringLiteral("lj_beauty_filter"), QStringLiteral("color_filter_v2")}));
        // The one added last is selected, its settings in the Properties panel.
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(window.propertyEditor()->source(), panel->selectedFilter());
        QCOMPARE(QString::fromUtf8(obs_source_get_id(window.propertyEditor()->source())), QStringLiteral("color_filter_v2"));

        // Colour correction first, then 美颜.
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("filterUp")), Qt::LeftButton);
        QCOMPARE(filterIds(source), (QStringList{QStringLiteral("color_filter_v2"), QStringLiteral("lj_beauty_filter")}));
        QCOMPARE(list->currentRow(), 0);

        // 美颜 off (its box unticked), then on again.
        obs_source_t *beauty = nullptr;
        obs_source_enum_filters(
            source,
            [](obs_source_t *, obs_source_t *f, void *param) {
                if (qstrcmp(obs_source_get_id(f), "lj_beauty_filter") == 0)
                    *static_cast<obs_source_t **>(param) = f;
            },
            &beauty);
        list->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!obs_source_enabled(beauty));
        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(obs_source_enabled(beauty));

        // Copied onto the background, then colour correction removed from the camera.
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("copyFilters")), Qt::LeftButton);
        obs_sceneitem_t *background = itemOfType(studio.scenes().currentScene(), "color_source_v3");
        QVERIFY(background);
        window.sourcesPanel()->selectItem(background);
        auto *paste = panel->findChild<QToolButton *>(QStringLiteral("pasteFilters"));
        QVERIFY(paste->isEnabled());
        QTest::mouseClick(paste, Qt::LeftButton);
        QCOMPARE(filterIds(obs_sceneitem_get_source(background)), filterIds(source));
        // A colour source has no sound: no audio filters offered.
        QVERIFY(!panel->filterTypes().contains(QStringLiteral("noise_suppress_filter_v2")));

        window.sourcesPanel()->selectItem(camera);
        list->setCurrentRow(0);
        QTest::mouseClick(panel->findChild<QToolButton *>(QStringLiteral("removeFilter")), Qt::LeftButton);
        QCOMPARE(filterIds(source), (QStringList{QStringLiteral("lj_beauty_filter")}));
        QCOMPARE(list->count(), 1);
        // No filter selected: the Properties panel is the source's again.
        list->setCurrentRow(-1);
        QCOMPARE(window.propertyEditor()->source(), source);
    }
    studio.stop();
}

void TestFiltersDock::savedLoadedAndKept()
{
    QTemporaryDir config;
    StudioPaths::setConfigRoot(config.path());
    QString error;
    Studio studio;
    QVERIFY2(studio.start({}, &error), qPrintable(error));
    SceneCollection &scenes = studio.scenes();
    obs_source_t *camera = obs_sceneitem_get_source(itemOfType(scenes.currentScene(), "ffmpeg_source"));
    for (const char *type : {"lj_beauty_filter", "chroma_key_filter_v2", "noise_suppress_filter_v2"}) {
        OBSSourceAutoRelease f = obs_source_create(type, type, nullptr, nullptr);
        obs_source_filter_add(camera, f);
    }
    {
        OBSSourceAutoRelease off = obs_source_get_filter_by_name(camera, "chroma_key_filter_v2");
        obs_source_set_enabled(off, false);
    }
    const QJsonObject first = scenes.save();
    QVERIFY2(scenes.load(first, &error), qPrintable(error));
    QCOMPARE(scenes.save(), first); // nothing lost, nothing added, nothing reordered
    QVERIFY(scenes.missingTypes().isEmpty());

    // A filter from a module this studio lacks: kept with its settings, and said.
    QJsonObject edited = first;
    QJsonArray sources = edited.value(QStringLiteral("sources")).toArray();
    bool placed = false;
    for (qsizetype i = 0; i < sources.size() && !placed; ++i) {
        QJsonObject s = sources[i].toObject();
        if (s.value(QStringLiteral("id")).toString() != QLatin1String("ffmpeg_source"))
            continue;
        QJsonArray filters = s.value(QStringLiteral("filters")).toArray();
        QJsonObject alien = filters.first().toObject();
        alien.insert(QStringLiteral("id"), QStringLiteral("lj_test_missing_filter"));
        alien.insert(QStringLiteral("versioned_id"), QStringLiteral("lj_test_missing_filter"));
        alien.insert(QStringLiteral("name"), QStringLiteral("别处的滤镜"));
        alien.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("strength"), 42}});
        filters.append(alien);
        s.insert(QStringLiteral("filters"), filters);
        sources[i] = s;
        placed = true;
    }
    QVERIFY(placed);
    edited.insert(QStringLiteral("sources"), sources);
    QVERIFY2(scenes.load(edited, &error), qPrintable(error));
    QCOMPARE(scenes.missingTypes().size(), 1);
    QVERIFY2(scenes.missingTypes().first().contains(QStringLiteral("别处的滤镜")) &&
                 scenes.missingTypes().first().contains(QStringLiteral("lj_test_missing_filter")),
             qPrintable(scenes.missingTypes().join(QLatin1Char('\n'))));
    const QJsonObject again = scenes.save();
    QJsonObject kept;
    for (const QJsonValue &s : again.value(QStringLiteral("sources")).toArray())
        for (const QJsonValue &f : s.toObject().value(QStringLiteral("filters")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("lj_test_missing_filter"))
                kept = f.toObject();
    QVERIFY2(!kept.isEmpty(), "the filter without its module was dropped");
    QCOMPARE(kept.value(QStringLiteral("name")).toString(), QStringLiteral("别处的滤镜"));
    QCOMPARE(kept.value(QStringLiteral("settings")).toObject().value(QStringLiteral("strength")).toInt(), 42);
    studio.stop();
}

QTEST_MAIN(TestFiltersDock)
#include "tst_filtersdock.moc"
