#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace lj::catalog {

/// The catalog's SQLite file (WAL): one connection per thread, schema
/// migrated forward on open. Every other catalog class works through this.
class CatalogDb final {
    Q_DECLARE_TR_FUNCTIONS(lj::catalog::CatalogDb)
public:
    static constexpr int kSchemaVersion = 4;

    CatalogDb() = default;
    ~CatalogDb();
    CatalogDb(const CatalogDb &) = delete;
    CatalogDb &operator=(const CatalogDb &) = delete;

    /// Opens (creating if needed) and migrates. False with a plain reason.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion();
    /// "ok", or SQLite's description of the damage.
    QString integrityCheck();

private:
    bool migrate(QString *error);
    bool migrateTo2(QString *error);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
};

/// A write transaction that rolls back unless committed. Move-only.
class SqlTransaction final {
public:
    explicit SqlTransaction(QSqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

/// Runs one statement; false with the driver's message.
bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr);
/// Executes a prepared query; false with the driver's message.
bool run(QSqlQuery &query, QString *error);

} // namespace lj::catalog
