// The catalog plugin: products, rundowns and show records in a local SQLite
// catalog that syncs with the 龙江好货 province platform. It is the one owner
// of catalog.db; other plugins use it through CatalogService.
#include "catalogdock.h"
#include "catalogfacts.h"
#include "catalogsync.h"
#include "localcatalog.h"
#include "provinceclient.h"

#include "core/plugincontext.h"
#include "core/secretstore.h"
#include "core/settingspage.h"
#include "core/studioplugin.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QUrl>

namespace lj::catalog {

/// Where the platform is, and its token (kept in the keychain).
class CatalogSettingsPage final : public SettingsPage {
    Q_OBJECT
public:
    CatalogSettingsPage(SecretStore &secrets, LocalCatalog &catalog, QWidget *parent)
        : SettingsPage(parent), m_secrets(secrets), m_catalog(catalog), m_server(new QLineEdit(this)), m_token(new QLineEdit(this))
    {
        m_server->setText(platformAddress(catalog.db()));
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
        if (!server.isEmpty() && !acceptTransport(server, error))
            return false;
        if (!setPlatformAddress(m_catalog.db(), server, error))
            return false;
        if (!m_token->text().isEmpty()) {
            const SecretResult r = m_secrets.writeSync(QString::fromLatin1(kTokenKey), m_token->text());
            if (!r.ok()) {
                *error = r.message;
                return false;
            }
        }
        return true;
    }

private:
    /// Plain http:// only to this network's own server, and only once the host
    /// has read what it means; never across the internet.
    bool acceptTransport(const QString &server, QString *error)
    {
        switch (ProvinceClient::transportTo(QUrl(server))) {
        case ProvinceClient::Transport::Encrypted:
            return true;
        case ProvinceClient::Transport::PlainElsewhere:
            *error = tr("%1 is plain http:// outside this network: the token would travel unencrypted across the internet. "
                        "Use the platform's https:// address.")
                         .arg(server);
            return false;
        case ProvinceClient::Transport::PlainOnThisNetwork:
            break;
        }
        if (plainHttpAccepted(m_catalog.db(), server))
            return true;
        QMessageBox ask(QMessageBox::Warning, tr("Plain http:// address"),
                        tr("%1 is plain http://: the token and the catalog travel unencrypted, and anyone on this network "
                           "can read them.\n\nUse it only for a classroom or base server on this network that you "
                           "control. Send the token to it anyway?")
                            .arg(server),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(QStringLiteral("plainHttpWarning"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes) {
            *error = tr("The address was not saved: use https://, or accept the warning for a server on this network.");
            return false;
        }
        return setPlainHttpAccepted(m_catalog.db(), server, error);
    }

    SecretStore &m_secrets;
    LocalCatalog &m_catalog;
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
        SecretStore *secrets = &context.secrets();
        m_catalog = std::make_unique<LocalCatalog>(
            catalogFile(context.configDir()),
            [secrets](std::function<void(const QString &)> answer) {
                secrets->read(QString::fromLatin1(kTokenKey),
                              [answer = std::move(answer)](const SecretResult &token) { answer(token.ok() ? token.value : QString()); });
            },
            context.configDir() + QStringLiteral("/cache/images"));
        if (!m_catalog->isOpen()) {
            *error = m_catalog->lastError();
            return false;
        }
        LocalCatalog *catalog = m_catalog.get();
        context.exportService<CatalogService>(catalog);
        context.addDock({QStringLiteral("catalogDock"), tr("Products"), [secrets, catalog](QWidget *parent) {
                             auto *dock = new CatalogDock(*secrets, catalog->db(), parent);
                             QObject::connect(dock, &CatalogDock::changed, catalog, &LocalCatalog::notifyChanged);
                             return dock;
                         }});
        context.addSettingsPage({QStringLiteral("catalog"), tr("Catalog"), [secrets, catalog](QWidget *parent) {
                                     return new CatalogSettingsPage(*secrets, *catalog, parent);
                                 }});
        return true;
    }

    void aboutToShutdown(const std::function<void()> &done) override
    {
        // No platform call may outlast the plugins that asked for it.
        if (m_catalog)
            m_catalog->stopWorker();
        done();
    }

    void shutdown() override
    {
        m_catalog.reset();
    }

private:
    std::unique_ptr<LocalCatalog> m_catalog;
};

} // namespace lj::catalog

#include "catalogplugin.moc"
