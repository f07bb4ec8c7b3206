// The push dock and the target dialog as a host uses them: pasting a whole
// push URL, the masked key and its reveal, the expiry warning, and the table.
#include "pushdock.h"
#include "pushmanager.h"
#include "targetdialog.h"
#include "targetsmodel.h"

#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/studio.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lj::push;

class TestPushDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lj::StudioPaths::setConfigRoot(m_config.path()); }
    void pastedUrlIsSplitAndKeyMasked();
    void expiredUrlIsFlagged();
    void invalidAddressKeepsTheDialogOpen();
    void tableShowsTargets();

private:
    QTemporaryDir m_config;
};

void TestPushDock::pastedUrlIsSplitAndKeyMasked()
{
    PushTarget t;
    t.id = PushTarget::newId();
    TargetDialog dialog(t, false);
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("key"));
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("server"));
    auto *reveal = dialog.findChild<QCheckBox *>(QStringLiteral("revealKey"));
    QVERIFY(key && server && reveal);
    QCOMPARE(key->echoMode(), QLineEdit::Password);

    const qint64 future = QDateTime::currentSecsSinceEpoch() + 3 * 3600;
    key->setFocus();
    QTest::keyClicks(key, QStringLiteral("rtmp://push-rtmp-l11.douyincdn.com/third/stream-69?expire=%1&sign=9f").arg(future));
    QCOMPARE(server->text(), QStringLiteral("rtmp://push-rtmp-l11.douyincdn.com/third/"));
    QCOMPARE(key->text(), QStringLiteral("stream-69?expire=%1&sign=9f").arg(future));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("expiry"))->text().contains(QStringLiteral("valid until")));

    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Password);

    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("抖音"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.target().server, QStringLiteral("rtmp://push-rtmp-l11.douyincdn.com/third/"));
    QCOMPARE(dialog.key(), QStringLiteral("stream-69?expire=%1&sign=9f").arg(future));
}

void TestPushDock::expiredUrlIsFlagged()
{
    PushTarget t;
    t.id = PushTarget::newId();
    TargetDialog dialog(t, false);
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("key"));
    QTest::keyClicks(key, QStringLiteral("rtmp://h.example.com/live/s?txSecret=a&txTime=5F5E1000"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("expiry"))->text().contains(QStringLiteral("expired")));
}

void TestPushDock::invalidAddressKeepsTheDialogOpen()
{
    PushTarget t;
    t.id = PushTarget::newId();
    t.name = QStringLiteral("x");
    TargetDialog dialog(t, false);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("server"))->setText(QStringLiteral("http://wrong.example.com/live/"));
    dialog.findChild<QLineEdit *>(QStringLiteral("key"))->setText(QStringLiteral("abc"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("http://")));
}

void TestPushDock::tableShowsTargets()
{
    lj::Studio studio;
    lj::PluginContext context(studio, QStringLiteral("pushmanager"));
    PushManager manager(context);
    PushDock dock(manager);
    dock.show();
    auto *table = dock.findChild<QTableView *>(QStringLiteral("pushTargets"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    PushTarget t;
    t.id = PushTarget::newId();
    t.name = QStringLiteral("哔哩哔哩");
    t.platform = QStringLiteral("bilibili");
    t.server = QStringLiteral("rtmp://live-push.bilivideo.com/live-bvc/");
    manager.saveTarget(t, QString());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, TargetsModel::Name).data().toString(), QStringLiteral("哔哩哔哩"));
    QVERIFY(dock.findChild<QPushButton *>(QStringLiteral("goLive")));
    QVERIFY(!dock.findChild<QLabel *>(QStringLiteral("uploadWarning"))->isVisible());
}

QTEST_MAIN(TestPushDock)
#include "tst_pushdock.moc"
