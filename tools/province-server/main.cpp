// longjiang-province-server: the reference 龙江好货 platform for tests and
// classrooms. Listens on 127.0.0.1 only.
#include "provinceserver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // images are drawn with QPainter
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reference 龙江好货 province platform (docs/province-api.md)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free one)."), QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file (default: a temporary one)."), QStringLiteral("FILE"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The bearer token clients must send."), QStringLiteral("TOKEN"), QStringLiteral("classroom-token"));
    const QCommandLineOption generate(QStringLiteral("generate"), QStringLiteral("Add N realistic products at start."), QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({port, db, token, generate});
    parser.process(app);

    QTemporaryDir temp;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : temp.filePath(QStringLiteral("province.db"));
    ProvinceServer server(dbPath, parser.value(token));
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        fprintf(stderr, "cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }
    server.generate(parser.value(generate).toInt());
    printf("listening on http://127.0.0.1:%u\n", server.port());
    fflush(stdout);
    return app.exec();
}
