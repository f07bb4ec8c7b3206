#include "catalogdock.h"

#include "catalogdb.h"
#include "catalogfacts.h"
#include "catalogsync.h"
#include "imagecache.h"
#include "importer.h"
#include "productdialog.h"
#include "productstore.h"
#include "producttablemodel.h"
#include "rundownmodel.h"
#include "showstore.h"
#include "syncworker.h"

#include "core/atomicfile.h"
#include "core/paths.h"
#include "core/secretstore.h"

#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lj::catalog {

namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CatalogDock::CatalogDock(SecretStore &secrets, CatalogDb &db, QWidget *parent)
    : QWidget(parent), m_secrets(secrets), m_db(db),
      m_images(new ImageCache(StudioPaths::configRoot() + QStringLiteral("/cache/images"), this)),
      m_products(new ProductTableModel(m_images, this)),
      m_rundown(new RundownModel([this](const QString &code) {
          const std::optional<Product> p = ProductStore(m_db).byCode(code);
          return p ? p->title : QString();
      }, this)),
      m_sync(new SyncRunner(this))
{
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildProductsTab(), tr("Products"));
    tabs->addTab(buildRundownsTab(), tr("Rundowns"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs);

    connect(m_sync, &SyncRunner::progress, this, [this](int applied, int) {
        m_progress->setMaximum(0); // the platform does not say how many are left
        m_syncStatus->setText(tr("Syncing… %1 products so far").arg(applied));
    });
    connect(m_sync, &SyncRunner::finished, this, [this](bool ok, const QString &message, int applied, int deleted) {
        m_progress->hide();
        m_syncButton->setEnabled(true);
        m_cancelButton->hide();
        updateSyncStatus(ok ? tr("Sync finished: %1 changed, %2 removed.").arg(applied).arg(deleted) : message);
        catalogChanged();
    });
    catalogChanged();
    reloadRundowns();
    updateSyncStatus();
}

CatalogDock::~CatalogDock() = default;

QWidget *CatalogDock::buildProductsTab()
{
    auto *page = new QWidget(this);
    m_query = new QLineEdit(page);
    m_query->setObjectName(QStringLiteral("catalogSearch"));
    m_query->setPlaceholderText(tr("Search title, selling points, origin or code…"));
    m_query->setClearButtonEnabled(true);
    auto combo = [page](const QString &name, const QString &any) {
        auto *c = new QComboBox(page);
        c->setObjectName(name);
        c->addItem(any, QString());
        return c;
    };
    m_category = combo(QStringLiteral("categoryFilter"), tr("All categories"));
    m_origin = combo(QStringLiteral("originFilter"), tr("All origins"));
    m_cert = combo(QStringLiteral("certFilter"), tr("Any certification"));
    for (const char *cert : {"地理标志", "绿色食品", "有机"})
        m_cert->addItem(QString::fromUtf8(cert), QString::fromUtf8(cert));
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("productsTable"));
    m_table->setModel(m_products);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Title, QHeaderView::Stretch);
    m_table->setIconSize(QSize(32, 32));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CatalogDock::search);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_category, m_origin, m_cert})
        connect(c, &QComboBox::activated, this, &CatalogDock::search);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { editProduct(index.row()); });

    QPushButton *add = button(page, QStringLiteral("addProduct"), tr("Add…"));
    QPushButton *edit = button(page, QStringLiteral("editProduct"), tr("Edit…"));
    QPushButton *import = button(page, QStringLiteral("importProducts"), tr("Import…"));
    QPushButton *exportButton = button(page, QStringLiteral("exportProducts"), tr("Export…"));
    m_syncButton = button(page, QStringLiteral("syncProducts"), tr("Sync with 龙江好货"));
    m_cancelButton = button(page, QStringLiteral("cancelSync"), tr("Cancel"));
    m_cancelButton->hide();
    m_progress = new QProgressBar(page);
    m_progress->hide();
    m_syncStatus = new QLabel(page);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, [this] { editProduct(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editProduct(m_table->currentIndex().row()); });
    connect(m_syncButton, &QPushButton::clicked, this, &CatalogDock::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, m_sync, &SyncRunner::cancel);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import products"), QString(), tr("Products (*.csv *.json)"));
        if (path.isEmpty())
            return;
        const bool takeGood = QMessageBox::question(this, tr("Import products"),
                                                    tr("If some rows are wrong, import the good rows anyway?\n"
                                                       "(No: nothing is imported until the file is fixed.)")) == QMessageBox::Yes;
        QString report;
        importFile(path, takeGood, &report);
        QMessageBox::information(this, tr("Import products"), report);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export products"), QStringLiteral("products.csv"),
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        if (path.isEmpty())
            return;
        const QList<Product> all = ProductStore(m_db).all();
        QString error;
        const QByteArray data = path.endsWith(QLatin1String(".json")) ? ProductImporter::exportJson(all) : ProductImporter::exportCsv(all);
        if (!writeFileAtomically(path, data, &error))
            QMessageBox::warning(this, tr("Export products"), error);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_query, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_origin, 1);
    filters->addWidget(m_cert, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {add, edit, import, exportButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_syncButton);
    actions->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncStatus);
    return page;
}

QWidget *CatalogDock::buildRundownsTab()
{
    auto *page = new QWidget(this);
    m_rundowns = new QComboBox(page);
    m_rundowns->setObjectName(QStringLiteral("rundownPicker"));
    auto *view = new QTableView(page);
    view->setObjectName(QStringLiteral("rundownItems"));
    view->setModel(m_rundown);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(RundownModel::Product, QHeaderView::Stretch);
    m_total = new QLabel(page);
    QPushButton *create = button(page, QStringLiteral("newRundown"), tr("New…"));
    QPushButton *duplicate = button(page, QStringLiteral("duplicateRundown"), tr("Copy for tomorrow"));
    QPushButton *remove = button(page, QStringLiteral("deleteRundown"), tr("Delete"));
    QPushButton *addItem = button(page, QStringLiteral("addToRundown"), tr("Add selected product"));
    QPushButton *removeItem = button(page, QStringLiteral("removeFromRundown"), tr("Remove item"));

    connect(m_rundowns, &QComboBox::activated, this, [this] {
        ShowStore shows(m_db);
        if (const std::optional<Rundown> r = shows.rundown(m_rundowns->currentData().toLongLong()))
            m_rundown->setRundown(*r);
        m_total->setText(tr("Planned: %1 min").arg(m_rundown->totalMinutes()));
    });
    connect(m_rundown, &RundownModel::edited, this, &CatalogDock::saveRundown);
    connect(create, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New rundown"), tr("Name of the show:"));
        if (name.trimmed().isEmpty())
            return;
        Rundown r{0, name.trimmed(), QDate::currentDate().toString(Qt::ISODate), {}};
        QString error;
        if (ShowStore(m_db).saveRundown(r, &error))
            reloadRundowns(r.id);
        else
            QMessageBox::warning(this, tr("New rundown"), error);
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        const Rundown &current = m_rundown->rundown();
        if (current.id == 0)
            return;
        const QDate day = QDate::fromString(current.showDate, Qt::ISODate).isValid()
                              ? QDate::fromString(current.showDate, Qt::ISODate).addDays(1)
                              : QDate::currentDate().addDays(1);
        QString error;
        const std::optional<Rundown> copy = ShowStore(m_db).duplicateRundown(
            current.id, tr("%1 (%2)").arg(current.name, day.toString(Qt::ISODate)), day.toString(Qt::ISODate), &error);
        if (copy)
            reloadRundowns(copy->id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const qint64 id = m_rundown->rundown().id;
        if (id == 0 || QMessageBox::question(this, tr("Delete rundown"), tr("Delete the rundown \"%1\"?").arg(m_rundown->rundown().name)) != QMessageBox::Yes)
            return;
        QString error;
        ShowStore(m_db).removeRundown(id, &error);
        reloadRundowns();
    });
    connect(addItem, &QPushButton::clicked, this, [this] {
        const Product *p = m_products->productAt(m_table->currentIndex().row());
        if (p && m_rundown->rundown().id != 0)
            m_rundown->append(p->code);
    });
    connect(removeItem, &QPushButton::clicked, this, [this, view] { m_rundown->removeAt(view->currentIndex().row()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_rundowns, 1);
    top->addWidget(create);
    top->addWidget(duplicate);
    top->addWidget(remove);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(addItem);
    bottom->addWidget(removeItem);
    bottom->addStretch();
    bottom->addWidget(m_total);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    layout->addLayout(bottom);
    return page;
}

void CatalogDock::catalogChanged()
{
    // The filter lists follow the catalog's contents, keeping the choice; they
    // change only when products do, not on every keystroke.
    ProductStore store(m_db);
    for (auto [combo, column] : {std::pair{m_category, QStringLiteral("category")}, {m_origin, QStringLiteral("origin")}}) {
        const QString chosen = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : store.distinctValues(column))
            combo->addItem(v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    }
    search();
    Q_EMIT changed();
}

void CatalogDock::search()
{
    ProductStore store(m_db);
    m_products->setProducts(store.search({m_query->text(), m_category->currentData().toString(),
                                          m_origin->currentData().toString(), m_cert->currentData().toString()}));
}

void CatalogDock::editProduct(int row)
{
    const Product *existing = m_products->productAt(row);
    ProductDialog dialog(existing ? *existing : Product{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Product p = dialog.product();
    QString error;
    ProductStore store(m_db);
    const bool ok = p.source == QLatin1String("platform") ? store.setNotes(p.id, p.notes, &error) : store.upsert(p, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Save product"), error);
    catalogChanged();
}

bool CatalogDock::importFile(const QString &path, bool takeGoodRows, QString *report)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *report = f.errorString();
        return false;
    }
    const QByteArray bytes = f.readAll();
    const ImportMode mode = takeGoodRows ? ImportMode::TakeGoodRows : ImportMode::AllOrNothing;
    m_progress->setMaximum(100);
    m_progress->show();
    auto progress = [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    const ImportResult r = ProductImporter::importFile(m_db, bytes, path, mode, progress);
    m_progress->hide();
    *report = ProductImporter::report(r, mode);
    catalogChanged();
    return r.error.isEmpty() && r.problems.isEmpty();
}

void CatalogDock::syncNow()
{
    const QString server = platformAddress(m_db);
    if (server.isEmpty()) {
        updateSyncStatus(tr("Set the platform address and token in Settings → Catalog first."));
        return;
    }
    m_syncButton->setEnabled(false);
    m_syncStatus->setText(tr("Reading the token from the keychain…"));
    m_secrets.read(QString::fromLatin1(kTokenKey), [this, server](const SecretResult &r) {
        if (!r.ok()) {
            m_syncButton->setEnabled(true);
            updateSyncStatus(r.status == SecretResult::Status::NotFound
                                 ? tr("No platform token is saved. Enter it in Settings → Catalog.")
                                 : r.message);
            return;
        }
        m_progress->setMaximum(0);
        m_progress->show();
        m_cancelButton->show();
        m_sync->start(m_db.path(), server, r.value);
    });
}

void CatalogDock::reloadRundowns(qint64 select)
{
    const qint64 keep = select ? select : m_rundown->rundown().id;
    m_rundowns->clear();
    for (const Rundown &r : ShowStore(m_db).rundowns())
        m_rundowns->addItem(QStringLiteral("%1  %2").arg(r.showDate, r.name), r.id);
    m_rundowns->setCurrentIndex(qMax(0, m_rundowns->findData(keep)));
    Q_EMIT m_rundowns->activated(m_rundowns->currentIndex());
    if (m_rundowns->count() == 0)
        m_rundown->setRundown({});
    Q_EMIT changed();
}

void CatalogDock::saveRundown()
{
    Rundown r = m_rundown->rundown();
    if (r.id == 0)
        return;
    QString error;
    if (!ShowStore(m_db).saveRundown(r, &error))
        QMessageBox::warning(this, tr("Save rundown"), error);
    else
        Q_EMIT changed();
    m_total->setText(tr("Planned: %1 min").arg(m_rundown->totalMinutes()));
}

void CatalogDock::updateSyncStatus(const QString &message)
{
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'products_synced_at'"));
    const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    const QString when = last ? tr("Last sync: %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(last), QLocale::ShortFormat))
                              : tr("Never synced.");
    m_syncStatus->setText(message.isEmpty() ? when : message + QLatin1Char(' ') + when);
}

} // namespace lj::catalog
