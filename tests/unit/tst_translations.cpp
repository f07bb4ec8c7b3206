// Every .ts file of the core, the shell and the plugins: each zh_CN message is
// translated, and keeps the placeholders (%1, %2, ...) of its source.
#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    const QString root = qEnvironmentVariable("LJ_SOURCE_DIR");
    int found = 0;
    QDirIterator it(root, {QStringLiteral("*_zh_CN.ts")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/build")))
            continue;
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
        ++found;
    }
    QVERIFY2(found > 0, "no zh_CN translation files found");
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context, source;
    QStringList problems;
    int messages = 0;
    static const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto m = placeholder.globalMatch(text); m.hasNext();)
            found << m.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages keep their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            ++messages;
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                problems << QStringLiteral("untranslated [%1] %2").arg(context, source);
            else if (placeholders(text) != placeholders(source))
                problems << QStringLiteral("placeholders differ [%1] %2 -> %3").arg(context, source, text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
