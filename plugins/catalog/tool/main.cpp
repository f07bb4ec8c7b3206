// longjiang-catalog: the catalog from a terminal, for technicians and scripts:
// sync with the province platform, import, export, search, check.
// The platform token is read from the environment variable LJ_PROVINCE_TOKEN
// (never from the command line, where other users could see it).
#include "catalogfacts.h"
#include "catalogdb.h"
#include "catalogsync.h"
#include "importer.h"
#include "productstore.h"

#include "core/atomicfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace {

void print(const QString &line)
{
    printf("%s\n", qPrintable(line));
    fflush(stdout);
}

/// The same digest the reference server's /admin/checksum gives.
QString checksum(lj::catalog::CatalogDb &db, int *count)
{
    QList<lj::catalog::Product> products = lj::catalog::ProductStore(db).all(false);
    std::sort(products.begin(), products.end(), [](const auto &a, const auto &b) { return a.code < b.code; });
    lj::catalog::CatalogChecksum sum;
    for (const auto &p : products)
        sum.add(p);
    *count = sum.count();
    return sum.hex();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Longjiang Live Studio catalog tool.\n"
        "Commands: sync SERVER_URL | import FILE [--take-good-rows] | export FILE | search TEXT | check | checksum"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The catalog file."), QStringLiteral("FILE"));
    const QCommandLineOption takeGood(QStringLiteral("take-good-rows"), QStringLiteral("Import the good rows even if others are bad."));
    const QCommandLineOption plainHttp(QStringLiteral("allow-plain-http"),
                                       QStringLiteral("Send the token over plain http:// to a server on this network (a classroom server)."));
    parser.addOptions({db, takeGood, plainHttp});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (!parser.isSet(db) || args.isEmpty()) {
        fprintf(stderr, "usage: longjiang-catalog --db FILE COMMAND ...\n");
        return 2;
    }
    lj::catalog::CatalogDb catalog;
    QString error;
    if (!catalog.open(parser.value(db), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString command = args.first();
    if (command == QLatin1String("sync") && args.size() == 2) {
        std::atomic_bool cancel = false;
        lj::catalog::ProvinceClient client(QUrl(args[1] + QStringLiteral("/api/v1")), qEnvironmentVariable("LJ_PROVINCE_TOKEN"), &cancel);
        client.allowPlainHttpOnThisNetwork(parser.isSet(plainHttp));
        if (qEnvironmentVariableIsSet("LJ_SYNC_FAST_RETRY"))
            client.setBackoffScale(0.01);
        lj::catalog::CatalogSync sync(catalog, client);
        const lj::catalog::SyncResult r = sync.syncProducts([](int applied, int pages) {
            print(QStringLiteral("page %1: %2 changes").arg(pages).arg(applied));
        });
        if (!r.ok) {
            fprintf(stderr, "%s\n", qPrintable(r.message));
            return 3;
        }
        print(QStringLiteral("synced: %1 changed, %2 deleted, %3 pages").arg(r.applied).arg(r.deleted).arg(r.pages));
        return 0;
    }
    if (command == QLatin1String("import") && args.size() == 2) {
        QFile f(args[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "%s\n", qPrintable(f.errorString()));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        const auto mode = parser.isSet(takeGood) ? lj::catalog::ImportMode::TakeGoodRows : lj::catalog::ImportMode::AllOrNothing;
        const lj::catalog::ImportResult r = lj::catalog::ProductImporter::importFile(catalog, bytes, args[1], mode);
        for (const auto &p : r.problems)
            fprintf(stderr, "line %d: %s\n", p.line, qPrintable(p.reason));
        if (!r.error.isEmpty())
            fprintf(stderr, "%s\n", qPrintable(r.error));
        print(QStringLiteral("imported %1 products (%2)").arg(r.imported).arg(r.encoding));
        return r.error.isEmpty() && r.problems.isEmpty() ? 0 : 3;
    }
    if (command == QLatin1String("export") && args.size() == 2) {
        const QList<lj::catalog::Product> all = lj::catalog::ProductStore(catalog).all(false);
        const QByteArray data = args[1].endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                    ? lj::catalog::ProductImporter::exportJson(all)
                                    : lj::catalog::ProductImporter::exportCsv(all);
        if (!lj::writeFileAtomically(args[1], data, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        print(QStringLiteral("exported %1 products").arg(all.size()));
        return 0;
    }
    if (command == QLatin1String("search") && args.size() == 2) {
        for (const auto &p : lj::catalog::ProductStore(catalog).search({args[1]}))
            print(QStringLiteral("%1\t%2\t¥%3").arg(p.code, p.title, lj::formatYuan(p.livePriceFen)));
        return 0;
    }
    if (command == QLatin1String("check")) {
        const QString result = catalog.integrityCheck();
        print(result);
        return result == QLatin1String("ok") ? 0 : 3;
    }
    if (command == QLatin1String("checksum")) {
        int count = 0;
        const QString sum = checksum(catalog, &count);
        print(QStringLiteral("%1 %2").arg(count).arg(sum));
        return 0;
    }
    fprintf(stderr, "unknown command; see --help\n");
    return 2;
}
