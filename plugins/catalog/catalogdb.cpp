#include "catalogdb.h"

#include "productstore.h"
#include "searchindex.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lj::catalog {

namespace {

// Version 1: the products table as the first release wrote it.
const char *const kSchema1[] = {
    "CREATE TABLE products ("
    " id INTEGER PRIMARY KEY,"
    " code TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL,"
    " selling_points TEXT NOT NULL DEFAULT '',"
    " category TEXT NOT NULL DEFAULT '',"
    " origin TEXT NOT NULL DEFAULT '',"
    " certifications TEXT NOT NULL DEFAULT '',"
    " list_price_fen INTEGER NOT NULL CHECK (list_price_fen >= 0),"
    " live_price_fen INTEGER NOT NULL CHECK (live_price_fen >= 0),"
    " stock INTEGER NOT NULL DEFAULT 0,"
    " unit TEXT NOT NULL DEFAULT '',"
    " image_urls TEXT NOT NULL DEFAULT '[]',"
    " link_url TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'platform')),"
    " updated_at INTEGER NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX products_category ON products(category)",
    "CREATE INDEX products_origin ON products(origin)",
};

// Version 2: search indexes and rundowns.
const char *const kSchema2[] = {
    // Every single character and character pair of the searchable text: any
    // substring, of any length, is a phrase of these (see SearchIndex).
    "CREATE VIRTUAL TABLE products_grams USING fts5(grams, category, origin, certs, tokenize='unicode61')",
    "CREATE TABLE rundowns ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " show_date TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE rundown_items ("
    " rundown_id INTEGER NOT NULL REFERENCES rundowns(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " product_code TEXT NOT NULL,"
    " planned_minutes INTEGER NOT NULL DEFAULT 5 CHECK (planned_minutes >= 0),"
    " PRIMARY KEY (rundown_id, position))",
};

// Version 3: show records, orders, sync state and the image cache.
const char *const kSchema3[] = {
    "CREATE TABLE shows ("
    " id INTEGER PRIMARY KEY,"
    " uid TEXT NOT NULL UNIQUE,"
    " rundown_id INTEGER REFERENCES rundowns(id) ON DELETE SET NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER,"
    " targets TEXT NOT NULL DEFAULT '[]',"
    " reported_at INTEGER)",
    "CREATE TABLE show_explanations ("
    " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
    " product_code TEXT NOT NULL,"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER)",
    "CREATE TABLE orders ("
    " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
    " order_id TEXT NOT NULL,"
    " seq INTEGER NOT NULL,"
    " product_code TEXT NOT NULL,"
    " quantity INTEGER NOT NULL CHECK (quantity > 0),"
    " amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
    " buyer TEXT NOT NULL DEFAULT '',"
    " city TEXT NOT NULL DEFAULT '',"
    " ordered_at INTEGER NOT NULL,"
    " PRIMARY KEY (show_id, order_id))",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE image_cache (url TEXT PRIMARY KEY, path TEXT NOT NULL, fetched_at INTEGER NOT NULL)",
};

// Version 4: rehearsals (never reported) and the host's talk time per product.
const char *const kSchema4[] = {
    "ALTER TABLE shows ADD COLUMN rehearsal INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE show_talk ("
    " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
    " product_code TEXT NOT NULL,"
    " talk_ms INTEGER NOT NULL CHECK (talk_ms >= 0),"
    " PRIMARY KEY (show_id, product_code))",
};

} // namespace

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" [") + sql.left(80) + QLatin1Char(']');
    return false;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

SqlTransaction::SqlTransaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

CatalogDb::~CatalogDb()
{
    close();
}

bool CatalogDb::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connection = QStringLiteral("catalog-") + QUuid::createUuid().toString(QUuid::Id128);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        *error = tr("Cannot open the catalog %1: %2").arg(QDir::toNativeSeparators(path), m_db.lastError().text());
        return false;
    }
    m_path = path;
    QString problem;
    if (!exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &problem) ||
        !exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), &problem) ||
        !exec(m_db, QStringLiteral("PRAGMA foreign_keys=ON"), &problem)) {
        *error = tr("Cannot prepare the catalog %1: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    return migrate(error);
}

void CatalogDb::close()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

int CatalogDb::schemaVersion()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString CatalogDb::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

bool CatalogDb::migrate(QString *error)
{
    const int from = schemaVersion();
    if (from > kSchemaVersion) {
        *error = tr("The catalog was written by a newer version of the studio (schema %1); this one reads up to %2.")
                     .arg(from)
                     .arg(kSchemaVersion);
        return false;
    }
    auto step = [&](int version, const auto &statements, bool (CatalogDb::*extra)(QString *)) {
        SqlTransaction tx(m_db);
        QString problem;
        for (const char *sql : statements) {
            if (!exec(m_db, QString::fromLatin1(sql), &problem)) {
                *error = tr("Updating the catalog to version %1 failed: %2").arg(version).arg(problem);
                return false;
            }
        }
        if (extra && !(this->*extra)(&problem)) {
            *error = tr("Updating the catalog to version %1 failed: %2").arg(version).arg(problem);
            return false;
        }
        if (!exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(version), &problem) || !tx.commit()) {
            *error = tr("Updating the catalog to version %1 failed: %2").arg(version).arg(problem);
            return false;
        }
        return true;
    };
    if (from < 1 && !step(1, kSchema1, nullptr))
        return false;
    if (from < 2 && !step(2, kSchema2, &CatalogDb::migrateTo2))
        return false;
    if (from < 3 && !step(3, kSchema3, nullptr))
        return false;
    if (from < 4 && !step(4, kSchema4, nullptr))
        return false;
    return true;
}

bool CatalogDb::migrateTo2(QString *error)
{
    // Index every product the first version stored.
    const QList<Product> all = ProductStore(*this).all(true);
    SearchIndex index(m_db);
    for (const Product &p : all) {
        if (!index.update(p, error))
            return false;
    }
    return true;
}

} // namespace lj::catalog
