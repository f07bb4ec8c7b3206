// The portrait canvas in the main window, driven as a technician does:
// the canvas switch above the preview shows and edits the portrait scene
// (its overlays listed in the Sources panel, a source added there is on the
// portrait canvas only), the canvas runs only while it is shown or pushed,
// the side preview appears while it runs and the landscape is shown, the
// host layout has no switch; Settings → Room chooses its size.
#include "mainwindow.h"
#include "previewwidget.h"
#include "settingspages.h"
#include "sourcesdock.h"
#include "windowlayout.h"

#include "core/paths.h"
#include "core/portraitcanvas.h"
#include "core/scenecollection.h"
#include "core/studio.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace lj;

class TestPortraitWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void switchEditAndSize();
};

namespace {

QStringList names(obs_scene_t *scene)
{
    QStringList found;
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            static_cast<QStringList *>(param)->append(QString::fromUtf8(obs_source_get_name(obs_sceneitem_get_source(item))));
            return true;
        },
        &found);
    return found;
}

QStringList rows(const QTreeWidget *tree)
{
    QStringList found;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        found << tree->topLevelItem(i)->text(0);
    return found;
}

} // namespace

void TestPortraitWindow::switchEditAndSize()
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
        auto *portraitButton = window.findChild<QToolButton *>(QStringLiteral("editPortrait"));
        auto *landscapeButton = window.findChild<QToolButton *>(QStringLiteral("editLandscape"));
        auto *tree = window.sourcesPanel()->findChild<QTreeWidget *>();
        QVERIFY(portraitButton && landscapeButton && tree);
        QVERIFY(portraitButton->isVisible());
        QVERIFY(!studio.portrait().isActive());
        QVERIFY(!window.portraitPreview()->isVisible());
        const QStringList landscapeRows = rows(tree);

        // 竖屏: the preview and the Sources panel show the portrait scene, made from the program one.
        QTest::mouseClick(portraitButton, Qt::LeftButton);
        QVERIFY(studio.portrait().isActive());
        QVERIFY(window.preview()->isPortrait());
        QCOMPARE(window.preview()->scene(), studio.scenes().portraitScene());
        QTRY_VERIFY(rows(tree).contains(QStringLiteral("Product shelf (portrait)")));
        QVERIFY(rows(tree).contains(QStringLiteral("Live sales ticker (portrait)")));
        QVERIFY(!rows(tree).contains(QStringLiteral("Product shelf"))); // the landscape shelf is not on it
        QVERIFY(!window.portraitPreview()->isVisible()); // it is the main preview now

        // A source added here is on the portrait canvas only.
        obs_sceneitem_t *added = window.sourcesPanel()->addSource(QStringLiteral("color_source_v3"));
        QVERIFY(added);
        const QString addedName = QString::fromUtf8(obs_source_get_name(obs_sceneitem_get_source(added)));
        QVERIFY(names(studio.scenes().portraitScene()).contains(addedName));
        QVERIFY(!names(studio.scenes().currentScene()).contains(addedName));
        QTRY_VERIFY(rows(tree).contains(addedName));

        // Back to landscape: nobody needs the portrait canvas, it stops; the panel lists the program scene again.
        QTest::mouseClick(landscapeButton, Qt::LeftButton);
        QVERIFY(!window.preview()->isPortrait());
        QVERIFY(!studio.portrait().isActive());
        QTRY_COMPARE(rows(tree), landscapeRows);

        // While a push (or anyone) needs it, the side preview shows it beside the landscape one.
        QVERIFY(studio.portrait().require(QStringLiteral("a push"), true, &error));
        QTRY_VERIFY(window.portraitPreview()->isVisible());
        QVERIFY(window.portraitPreview()->width() < window.preview()->width());
        // The host layout shows what goes live and has no canvas switch.
        window.windowLayout()->setMode(WindowLayout::Mode::Host);
        QVERIFY(!portraitButton->isVisible());
        QVERIFY(window.portraitPreview()->isVisible());
        studio.portrait().require(QStringLiteral("a push"), false);
        QTRY_VERIFY(!window.portraitPreview()->isVisible());
    }

    // Settings → Room: the portrait canvas's size.
    {
        RoomPage page(studio);
        page.show();
        auto *size = page.findChild<QComboBox *>(QStringLiteral("portraitSize"));
        QVERIFY(size);
        QCOMPARE(size->currentData().toSize(), QSize(1080, 1920));
        size->setFocus();
        QTest::keyClick(size, Qt::Key_Down);
        QVERIFY2(page.apply(&error), qPrintable(error));
        QCOMPARE(studio.room().portrait.width, 720);
        QCOMPARE(studio.room().portrait.height, 1280);
        QCOMPARE(studio.portrait().size(), QSize(720, 1280));
    }
    studio.stop();
}

QTEST_MAIN(TestPortraitWindow)
#include "tst_portraitwindow.moc"
