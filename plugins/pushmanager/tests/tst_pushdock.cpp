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
#include <QClipboard>
#include <QGuiApplication>
#include <QSpinBox>
#include <QJsonDocument>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QJsonArray>
#include <QComboBox>
#include <QJsonObject>

#include <sys/stat.h>

using namespace lj::push;

namespace {
/// As a host does it: the URL copied from the platform's console, Ctrl+V in the field.
void paste(QLineEdit *field, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    field->setFocus();
    QTest::keySequence(field, QKeySequence::Paste);
}
} // namespace

class TestPushDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lj::StudioPaths::setConfigRoot(m_config.path()); }
    void pastedUrlIsSplitAndKeyMasked();
    void expiredUrlIsFlagged();
    void srtOptionsAndAMaskedPassphrase();
    void invalidAddressKeepsTheDialogOpen();
    void thePhonePlatformsArePortrait();
    void tableShowsTargets();
    void aTargetWithoutAnIdKeepsTheOneItGets();
    void anExportWithKeysIsReadableByTheOwnerOnly();

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
    paste(key, QStringLiteral("rtmp://push-rtmp-l11.douyincdn.com/third/stream-69?expire=%1&sign=9f").arg(future));
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

void TestPushDock::srtOptionsAndAMaskedPassphrase()
{
    PushTarget t;
    t.id = PushTarget::newId();
    t.platform = QStringLiteral("srt");
    TargetDialog dialog(t, false);
    dialog.show();
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("srtPassphrase"));
    auto *latency = dialog.findChild<QSpinBox *>(QStringLiteral("srtLatency"));
    QVERIFY(passphrase && latency && passphrase->isVisible() && latency->isVisible());
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("relayStatUrl"))->isVisible());
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    // A base's SRT address pasted whole: the passphrase goes to its masked field, not into the saved server.
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("key"));
    key->setFocus();
    paste(key, QStringLiteral("srt://base.local:9000?streamid=#!::r=live/room7,m=publish&passphrase=blueberry-hill-22"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("server"))->text(), QStringLiteral("srt://base.local:9000"));
    QCOMPARE(passphrase->text(), QStringLiteral("blueberry-hill-22"));
    latency->setFocus();
    latency->selectAll();
    QTest::keyClicks(latency, QStringLiteral("1200"));
    QCOMPARE(dialog.target().srtLatencyMs, 1200);
    QVERIFY(!dialog.target().toJson().contains(QStringLiteral("passphrase"))); // only whether there is one
    QVERIFY(!QJsonDocument(dialog.target().toJson()).toJson().contains("blueberry"));
    // Too short for SRT: said, and the dialog stays open.
    passphrase->clear();
    QTest::keyClicks(passphrase, QStringLiteral("short"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("10 to 79")));

    // Typed, not pasted: split when the host leaves the field, not at "srt://b".
    dialog.close();
    TargetDialog typed(t, false);
    typed.show();
    typed.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&typed));
    auto *typedKey = typed.findChild<QLineEdit *>(QStringLiteral("key"));
    typedKey->setFocus();
    QTest::keyClicks(typedKey, QStringLiteral("srt://h.example.com:9000?streamid=s2"));
    QCOMPARE(typed.findChild<QLineEdit *>(QStringLiteral("server"))->text(), QString());
    QTest::keyClick(typedKey, Qt::Key_Tab);
    QCOMPARE(typed.findChild<QLineEdit *>(QStringLiteral("server"))->text(), QStringLiteral("srt://h.example.com:9000"));
    QCOMPARE(typedKey->text(), QStringLiteral("s2"));
}

void TestPushDock::expiredUrlIsFlagged()
{
    PushTarget t;
    t.id = PushTarget::newId();
    TargetDialog dialog(t, false);
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("key"));
    paste(key, QStringLiteral("rtmp://h.example.com/live/s?txSecret=a&txTime=5F5E1000"));
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

void TestPushDock::thePhonePlatformsArePortrait()
{
    // A new target: the canvas follows the platform chosen — 抖音, 快手 and 视频号 are watched on phones.
    PushTarget t;
    t.id = PushTarget::newId();
    TargetDialog dialog(t, false);
    dialog.show();
    auto *platform = dialog.findChild<QComboBox *>(QStringLiteral("platform"));
    auto *canvas = dialog.findChild<QComboBox *>(QStringLiteral("canvas"));
    QVERIFY(platform && canvas);
    const auto choose = [platform](const QString &id) { platform->setCurrentIndex(platform->findData(id)); };
    choose(QStringLiteral("douyin"));
    QVERIFY(dialog.target().portrait);
    choose(QStringLiteral("bilibili"));
    QVERIFY(!dialog.target().portrait);
    choose(QStringLiteral("wechat"));
    QVERIFY(dialog.target().portrait);
    // The host's own choice, with the keyboard, stays whatever platform comes next.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Up);
    QVERIFY(!dialog.target().portrait);
    choose(QStringLiteral("kuaishou"));
    QVERIFY(!dialog.target().portrait);

    // An existing target keeps its canvas when its dialog opens.
    PushTarget saved = dialog.target();
    saved.name = QStringLiteral("快手");
    saved.portrait = true;
    TargetDialog again(saved, true);
    QVERIFY(again.target().portrait);
    again.findChild<QComboBox *>(QStringLiteral("platform"))->setCurrentIndex(
        again.findChild<QComboBox *>(QStringLiteral("platform"))->findData(QStringLiteral("bilibili")));
    QVERIFY(again.target().portrait);
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

void TestPushDock::aTargetWithoutAnIdKeepsTheOneItGets()
{
    lj::Studio studio; // a room on air, whose room.json holds the targets
    QString error;
    QVERIFY2(studio.start({QStringLiteral("id-test")}, &error), qPrintable(error));
    lj::PluginContext context(studio, QStringLiteral("pushmanager"));
    // Written by hand, without an id.
    QVERIFY(context.setRoomData({{QStringLiteral("targets"),
                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("手写")},
                                                         {QStringLiteral("platform"), QStringLiteral("rtmp")},
                                                         {QStringLiteral("server"), QStringLiteral("rtmp://127.0.0.1/live/")}}}}},
                                &error));
    QString id;
    {
        PushManager first(context);
        QCOMPARE(first.targets().size(), 1);
        id = first.targets().first().id;
        QVERIFY(!id.isEmpty());
    }
    PushManager again(context); // the next start (where the key is looked up under the id)
    QCOMPARE(again.targets().first().id, id);
    QCOMPARE(context.roomData().value(QStringLiteral("targets")).toArray().first()[QStringLiteral("id")].toString(), id);
    studio.stop();
}

void TestPushDock::anExportWithKeysIsReadableByTheOwnerOnly()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "needs the keychain of scripts/test-services.sh");
    lj::Studio studio;
    lj::PluginContext context(studio, QStringLiteral("pushmanager"));
    PushManager manager(context);
    PushDock dock(manager);
    PushTarget t;
    t.id = PushTarget::newId();
    t.name = QStringLiteral("快手");
    t.platform = QStringLiteral("kuaishou");
    t.server = QStringLiteral("rtmp://127.0.0.1/live/");
    const QString key = QStringLiteral("export-key-") + t.id;
    manager.saveTarget(t, key);
    QTemporaryDir dir;
    const mode_t mask = ::umask(022);
    const QString withKeys = dir.filePath(QStringLiteral("with-keys.json"));
    const QString withoutKeys = dir.filePath(QStringLiteral("without-keys.json"));
    dock.exportTargets(withKeys, true);
    dock.exportTargets(withoutKeys, false);
    ::umask(mask);
    QTRY_VERIFY(QFile::exists(withKeys)); // the keys are read from the keychain first
    QFile file(withKeys);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(key.toUtf8()));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::exists(withoutKeys));
    QVERIFY(QFile(withoutKeys).permissions() & QFileDevice::ReadOther); // no secret: the usual permissions
    manager.removeTarget(t.id);
}

QTEST_MAIN(TestPushDock)
#include "tst_pushdock.moc"
