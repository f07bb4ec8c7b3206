// Settings → Catalog with the catalog plugin loaded in a running studio: a
// plain http:// platform address outside this network is refused outright;
// one on this network is kept only once the host accepts the warning, and
// that acceptance is remembered for that exact address.
#include "catalogdb.h"
#include "catalogfacts.h"
#include "catalogsync.h"

#include "core/paths.h"
#include "core/pluginregistry.h"
#include "core/settingspage.h"
#include "core/studio.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestCatalogSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainHttpOnlyOnThisNetworkAndOnlyOnceAccepted();
};

namespace {

/// Answers the next warning as a host would (clicking a button) and counts the warnings seen.
class WarningAnswer : public QObject {
public:
    explicit WarningAnswer(QMessageBox::StandardButton answer) : m_answer(answer)
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("plainHttpWarning") || !box->isVisible())
                return;
            ++m_seen;
            QTest::mouseClick(box->button(m_answer), Qt::LeftButton);
        });
        m_poll.start(30);
    }
    int seen() const { return m_seen; }

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_poll;
    int m_seen = 0;
};

} // namespace

void TestCatalogSettings::plainHttpOnlyOnThisNetworkAndOnlyOnceAccepted()
{
    QTemporaryDir config;
    lj::StudioPaths::setConfigRoot(config.path());
    lj::Studio studio;
    QString error;
    QVERIFY2(studio.start({QStringLiteral("settings-test")}, &error), qPrintable(error));
    lj::SettingsPage *page = nullptr;
    QWidget parent;
    for (const lj::SettingsPageContribution &c : studio.pluginRegistry().settingsPages())
        if (c.id == QLatin1String("catalog"))
            page = c.create(&parent);
    QVERIFY2(page, "the catalog plugin adds its settings page");
    auto *address = page->findChild<QLineEdit *>(QStringLiteral("platformUrl"));
    QVERIFY(address);

    // Across the internet: refused, no question asked.
    {
        WarningAnswer yes(QMessageBox::Yes);
        address->setText(QStringLiteral("http://203.0.113.5:8080"));
        QVERIFY(!page->apply(&error));
        QVERIFY2(error.contains(QStringLiteral("https://")), qPrintable(error));
        QCOMPARE(yes.seen(), 0);
    }
    // On this network, the host says no: nothing saved.
    const QString classroom = QStringLiteral("http://192.168.1.20:8080");
    {
        WarningAnswer no(QMessageBox::No);
        address->setText(classroom);
        QVERIFY(!page->apply(&error));
        QCOMPARE(no.seen(), 1);
        QVERIFY2(error.contains(QStringLiteral("not saved")), qPrintable(error));
    }
    // The host accepts: saved, and not asked again for that address.
    {
        WarningAnswer yes(QMessageBox::Yes);
        QVERIFY2(page->apply(&error), qPrintable(error));
        QCOMPARE(yes.seen(), 1);
        QVERIFY2(page->apply(&error), qPrintable(error));
        QCOMPARE(yes.seen(), 1);
    }
    studio.stop();
    lj::catalog::CatalogDb db;
    QVERIFY(db.open(lj::catalog::catalogFile(lj::StudioPaths::configRoot()), &error));
    QCOMPARE(lj::catalog::platformAddress(db), classroom);
    QVERIFY(lj::catalog::plainHttpAccepted(db, classroom));
    QVERIFY(!lj::catalog::plainHttpAccepted(db, QStringLiteral("http://192.168.1.21:8080")));
}

QTEST_MAIN(TestCatalogSettings)
#include "tst_catalogsettings.moc"
