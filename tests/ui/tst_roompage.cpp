// Settings → Room with the keyboard: a network preset (田间 4G, 弱网) fills
// the output size, frame rate and bitrate and is saved with its keyframe
// interval; a field changed by hand makes the settings the host's own; the
// automatic adaptation can be turned off and stays off.
#include "settingspages.h"

#include "core/paths.h"
#include "core/studio.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestRoomPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void networkPresets();

private:
    QTemporaryDir m_config;
    std::unique_ptr<lj::Studio> m_studio;
};

void TestRoomPage::initTestCase()
{
    lj::StudioPaths::setConfigRoot(m_config.path());
    m_studio = std::make_unique<lj::Studio>();
    QString error;
    QVERIFY2(m_studio->start({}, &error), qPrintable(error));
}

void TestRoomPage::cleanupTestCase()
{
    m_studio->stop();
    m_studio.reset();
}

void TestRoomPage::networkPresets()
{
    QCOMPARE(m_studio->room().output.videoBitrateKbps, 2500);
    QVERIFY(m_studio->room().output.adaptiveBitrate); // on unless turned off
    lj::RoomPage page(*m_studio);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *network = page.findChild<QComboBox *>(QStringLiteral("networkPreset"));
    auto *fps = page.findChild<QSpinBox *>(QStringLiteral("fps"));
    auto *width = page.findChild<QSpinBox *>(QStringLiteral("outputWidth"));
    QVERIFY(network && fps && width);
    QCOMPARE(network->currentData().toString(), QStringLiteral("broadband")); // the defaults are the broadband preset

    // Down once: 田间 4G.
    network->setFocus();
    QTest::keyClick(network, Qt::Key_Down);
    QCOMPARE(network->currentData().toString(), QStringLiteral("field4g"));
    QCOMPARE(width->value(), 1280);
    QCOMPARE(fps->value(), 30);
    // Down again: 弱网, 540p at 25 fps.
    QTest::keyClick(network, Qt::Key_Down);
    QCOMPARE(network->currentData().toString(), QStringLiteral("weak"));
    QCOMPARE(width->value(), 960);
    QCOMPARE(fps->value(), 25);
    QString error;
    QVERIFY2(page.apply(&error), qPrintable(error));
    QCOMPARE(m_studio->room().video.outputWidth, 960);
    QCOMPARE(m_studio->room().video.outputHeight, 540);
    QCOMPARE(m_studio->room().video.fpsNumerator, 25);
    QCOMPARE(m_studio->room().output.videoBitrateKbps, 800);
    QCOMPARE(m_studio->room().output.keyframeIntervalSec, 2);

    // A frame rate typed by hand: the host's own settings now.
    fps->setFocus();
    fps->selectAll();
    QTest::keyClicks(fps, QStringLiteral("20"));
    QCOMPARE(network->currentData().toString(), QString());
    auto *adaptive = page.findChild<QCheckBox *>(QStringLiteral("adaptiveBitrate"));
    QVERIFY(adaptive->isChecked());
    QTest::mouseClick(adaptive, Qt::LeftButton, {}, QPoint(8, adaptive->height() / 2));
    QVERIFY2(page.apply(&error), qPrintable(error));
    QCOMPARE(m_studio->room().video.fpsNumerator, 20);
    QCOMPARE(m_studio->room().output.videoBitrateKbps, 800);
    QVERIFY(!m_studio->room().output.adaptiveBitrate);

    // Opened again, the page shows what was saved.
    lj::RoomPage again(*m_studio);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("networkPreset"))->currentData().toString(), QString());
    QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("adaptiveBitrate"))->isChecked());
}

QTEST_MAIN(TestRoomPage)
#include "tst_roompage.moc"
