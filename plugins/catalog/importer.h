#pragma once

#include "catalogdb.h"
#include "catalogtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace lj::catalog {

/// A file read into products, before anything is written: the good rows with
/// the line each started on, and what was wrong with the rest (or the file).
struct ParsedImport {
    QList<std::pair<int, Product>> rows;
    ImportResult result;
};

/// Reads products from CSV (UTF-8, or GBK/GB18030 as Chinese spreadsheet tools
/// write them) or from the studio's JSON, and writes the catalog in one transaction.
class ProductImporter final {
    Q_DECLARE_TR_FUNCTIONS(lj::catalog::ProductImporter)
public:
    using Progress = std::function<void(int done, int total)>;

    /// Parsing only (no database): what the fuzz tests drive.
    static ParsedImport parseCsv(const QByteArray &bytes);
    static ParsedImport parseJson(const QByteArray &bytes);

    static ImportResult importCsv(CatalogDb &db, const QByteArray &bytes, ImportMode mode, const Progress &progress = {});
    static ImportResult importJson(CatalogDb &db, const QByteArray &bytes, ImportMode mode, const Progress &progress = {});
    /// JSON when `fileName` ends in .json, else CSV.
    static ImportResult importFile(CatalogDb &db, const QByteArray &bytes, const QString &fileName, ImportMode mode,
                                   const Progress &progress = {});
    /// What an import did, in plain words for the host (the first 30 problems).
    static QString report(const ImportResult &result, ImportMode mode);

    /// UTF-8 with a BOM (so spreadsheet tools open it right), Chinese headers.
    static QByteArray exportCsv(const QList<Product> &products);
    static QByteArray exportJson(const QList<Product> &products);

    /// Text of a file in UTF-8, GB18030 or UTF-16 (with its byte order mark);
    /// `encoding` says which, or is empty and `problem` says why (and where).
    static QString decode(const QByteArray &bytes, QString *encoding, QString *problem = nullptr);

private:
    static ImportResult write(CatalogDb &db, QList<std::pair<int, Product>> rows, ImportResult result, ImportMode mode,
                              const Progress &progress);
};

} // namespace lj::catalog
