// The catalog plugin: products, rundowns and show records in a local SQLite
// catalog that syncs with the 龙江好货 province platform.
#include "catalogdb.h"
#include "catalogdock.h"

#include "core/appsettings.h"
#include "core/paths.h"
#include "core/plugincontext.h"
#include "core/plugintranslator.h"
#include "core/secretstore.h"
#include "core/settingspage.h"
#include "core/studio.h"
#include "core/studioplugin.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QUrl>

namespace lj::catalog {

/// Where the platform is, and its token (kept in the keychain).
class CatalogSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    CatalogSettingsPage(Studio &studio, CatalogDb &db, QWidget *parent)
        : SettingsPage(parent), m_studio(studio), m_db(db), m_server(new QLineEdit(this)), m_token(new QLineEdit(this))
    {
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'server_url'"));
        m_server->setText(q.next() ? q.value(0).toString() : QString());
        m_server->setPlaceholderText(QStringLiteral("https://api.ljhh.example"));
        m_server->setObjectName(QStringLiteral("platformUrl"));
        m_token->setEchoMode(QLineEdit::Password);
        m_token->setPlaceholderText(tr("Saved in the system keychain; leave empty to keep it"));
        m_token->setObjectName(QStringLiteral("platformToken"));
        auto *reveal = new QCheckBox(tr("Show token"), this);
        connect(reveal, &QCheckBox::toggled, this, [this](bool on) { m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
        auto *form = new QFormLayout(this);
        form->addRow(tr("Platform address:"), m_server);
        form->addRow(tr("Token:"), m_token);
        form->addRow(QString(), reveal);
        auto *note = new QLabel(tr("The token comes from the 龙江好货 console (开放平台 → 令牌). It is stored only in the system keychain."), this);
        note->setWordWrap(true);
        form->addRow(note);
    }

    bool apply(QString *error) override
    {
        const QString server = m_server->text().trimmed();
        const QUrl url(server);
        if (!server.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
            *error = tr("The platform address must start with https:// (or http:// for a classroom server).");
            return false;
        }
        QSqlQuery q(m_db.db());
        q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('server_url', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(server);
        q.exec();
        if (!m_token->text().isEmpty()) {
            const SecretResult r = m_studio.secrets().writeSync(QStringLiteral("catalog/token"), m_token->text());
            if (!r.ok()) {
                *error = r.message;
                return false;
            }
        }
        return true;
    }

private:
    Studio &m_studio;
    CatalogDb &m_db;
    QLineEdit *m_server;
    QLineEdit *m_token;
};

class CatalogPlugin final : public QObject, public IStudioPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LJ_STUDIO_PLUGIN_IID FILE "catalog.json")
    Q_INTERFACES(lj::IStudioPlugin)
public:
    bool initialize(PluginContext &context, QString *error) override
    {
        Studio &studio = context.studio();
        m_translator = std::make_unique<PluginTranslator>(QStringLiteral("catalog"), studio.settings().effectiveLocale());
        if (!m_db.open(StudioPaths::configRoot() + QStringLiteral("/catalog.db"), error))
            return false;
        CatalogDb *db = &m_db;
        context.addDock({QStringLiteral("catalogDock"), tr("Products"), [&studio, db](QWidget *parent) {
                             return new CatalogDock(studio, *db, parent);
                         }});
        context.addSettingsPage({QStringLiteral("catalog"), tr("Catalog"), [&studio, db](QWidget *parent) {
                                     return new CatalogSettingsPage(studio, *db, parent);
                                 }});
        return true;
    }

    void shutdown() override
    {
        m_db.close();
        m_translator.reset();
    }

private:
    CatalogDb m_db;
    std::unique_ptr<PluginTranslator> m_translator;
};

} // namespace lj::catalog

#include "catalogplugin.moc"
