#include "importer.h"

#include "productstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringDecoder>

#include <iconv.h>

namespace lj::catalog {

namespace {

enum Field { Code, Title, SellingPoints, Category, Origin, Certifications, ListPrice, LivePrice, Stock, Unit, Images, Link, Notes, FieldCount };

const QHash<QString, Field> &headerNames()
{
    static const QHash<QString, Field> names = {
        {QStringLiteral("code"), Code},           {QStringLiteral("编码"), Code},
        {QStringLiteral("商品编码"), Code},       {QStringLiteral("title"), Title},
        {QStringLiteral("标题"), Title},          {QStringLiteral("商品名称"), Title},
        {QStringLiteral("selling_points"), SellingPoints}, {QStringLiteral("卖点"), SellingPoints},
        {QStringLiteral("category"), Category},   {QStringLiteral("类目"), Category},
        {QStringLiteral("origin"), Origin},       {QStringLiteral("产地"), Origin},
        {QStringLiteral("certifications"), Certifications}, {QStringLiteral("认证"), Certifications},
        {QStringLiteral("list_price"), ListPrice}, {QStringLiteral("原价"), ListPrice},
        {QStringLiteral("live_price"), LivePrice}, {QStringLiteral("直播价"), LivePrice},
        {QStringLiteral("stock"), Stock},         {QStringLiteral("库存"), Stock},
        {QStringLiteral("unit"), Unit},           {QStringLiteral("单位"), Unit},
        {QStringLiteral("image_urls"), Images},   {QStringLiteral("图片"), Images},
        {QStringLiteral("link"), Link},           {QStringLiteral("链接"), Link},
        {QStringLiteral("notes"), Notes},         {QStringLiteral("备注"), Notes},
    };
    return names;
}

const char *const kExportHeaders[FieldCount] = {"编码", "标题", "卖点", "类目", "产地", "认证", "原价",
                                                "直播价", "库存", "单位", "图片", "链接", "备注"};

struct CsvRecord {
    int line = 0;
    QStringList fields;
    QString error;
};

/// RFC 4180 with the habits of spreadsheet tools: CRLF or LF, quoted fields
/// with doubled quotes, newlines inside quotes.
QList<CsvRecord> parseCsv(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    int line = 1;
    current.line = 1;
    bool quoted = false, fieldStarted = false, afterQuote = false;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty() && current.error.isEmpty()))
            records << current;
        current = CsvRecord();
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!fieldStarted && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (current.error.isEmpty()) {
                current.error = ProductImporter::tr("broken quoting: a quote in the middle of a field");
            }
        } else {
            if (afterQuote && current.error.isEmpty())
                current.error = ProductImporter::tr("broken quoting: text after a closing quote");
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        current.error = ProductImporter::tr("broken quoting: a quote opened here is never closed");
        endField();
        records << current;
        return records;
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QString fromGb18030(const QByteArray &bytes, bool *ok)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == iconv_t(-1)) {
        *ok = false;
        return {};
    }
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    *ok = rc != size_t(-1) && inLeft == 0;
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

/// Checks one row and fills a product; empty string when fine, else the reason.
QString toProduct(const QStringList &fields, const QList<int> &columns, Product *p)
{
    auto value = [&](Field f) {
        const int col = columns[f];
        return col >= 0 && col < fields.size() ? fields[col].trimmed() : QString();
    };
    p->code = value(Code);
    p->title = value(Title);
    if (p->code.isEmpty())
        return ProductImporter::tr("the product code is missing");
    if (p->title.isEmpty())
        return ProductImporter::tr("the title is missing");
    if (!parseYuan(value(ListPrice), &p->listPriceFen))
        return ProductImporter::tr("the list price \"%1\" is not a price in yuan (such as 59.90)").arg(value(ListPrice));
    if (!parseYuan(value(LivePrice), &p->livePriceFen))
        return ProductImporter::tr("the live price \"%1\" is not a price in yuan (such as 49.90)").arg(value(LivePrice));
    bool ok = true;
    const QString stock = value(Stock);
    p->stock = stock.isEmpty() ? 0 : stock.toInt(&ok);
    if (!ok || p->stock < 0)
        return ProductImporter::tr("the stock \"%1\" is not a whole number").arg(stock);
    p->sellingPoints = value(SellingPoints);
    p->category = value(Category);
    p->origin = value(Origin);
    static const QRegularExpression listSeparators(QStringLiteral("[;；、|]"));
    p->certifications = value(Certifications).split(listSeparators, Qt::SkipEmptyParts);
    for (QString &c : p->certifications)
        c = c.trimmed();
    p->unit = value(Unit);
    p->imageUrls = value(Images).split(listSeparators, Qt::SkipEmptyParts);
    p->linkUrl = value(Link);
    p->notes = value(Notes);
    p->source = QStringLiteral("local");
    return {};
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QJsonObject toJson(const Product &p)
{
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("selling_points"), p.sellingPoints},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("origin"), p.origin},
            {QStringLiteral("certifications"), QJsonArray::fromStringList(p.certifications)},
            {QStringLiteral("list_price_fen"), p.listPriceFen},
            {QStringLiteral("live_price_fen"), p.livePriceFen},
            {QStringLiteral("stock"), p.stock},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("image_urls"), QJsonArray::fromStringList(p.imageUrls)},
            {QStringLiteral("link"), p.linkUrl},
            {QStringLiteral("notes"), p.notes}};
}

} // namespace

QString ProductImporter::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    bool ok = false;
    const QString gbk = fromGb18030(bytes, &ok);
    if (!ok) {
        encoding->clear();
        return {};
    }
    *encoding = QStringLiteral("GB18030");
    return gbk;
}

ImportResult ProductImporter::importCsv(CatalogDb &db, const QByteArray &bytes, ImportMode mode, const Progress &progress)
{
    ImportResult result;
    const QString text = decode(bytes, &result.encoding);
    if (result.encoding.isEmpty()) {
        result.error = tr("The file is neither UTF-8 nor GBK text.");
        return result;
    }
    const QList<CsvRecord> records = parseCsv(text);
    if (records.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    QList<int> columns(FieldCount, -1);
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = headerNames().constFind(header[i].trimmed().toLower());
        if (it != headerNames().constEnd())
            columns[*it] = i;
    }
    for (Field required : {Code, Title, ListPrice, LivePrice}) {
        if (columns[required] < 0) {
            result.error = tr("The first line must name the columns; \"%1\" is missing.")
                               .arg(QString::fromUtf8(kExportHeaders[required]));
            return result;
        }
    }
    QList<std::pair<int, Product>> rows;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        if (!record.error.isEmpty()) {
            result.problems << ImportProblem{record.line, record.error};
            continue;
        }
        if (record.fields.size() != header.size()) {
            result.problems << ImportProblem{record.line, tr("it has %1 columns, the header has %2")
                                                              .arg(record.fields.size())
                                                              .arg(header.size())};
            continue;
        }
        Product p;
        const QString reason = toProduct(record.fields, columns, &p);
        if (!reason.isEmpty()) {
            result.problems << ImportProblem{record.line, reason};
            continue;
        }
        if (seen.contains(p.code)) {
            result.problems << ImportProblem{record.line, tr("the code %1 appears twice in the file").arg(p.code)};
            continue;
        }
        seen.insert(p.code);
        rows << std::pair{record.line, p};
    }
    return write(db, rows, result, mode, progress);
}

ImportResult ProductImporter::importJson(CatalogDb &db, const QByteArray &bytes, ImportMode mode, const Progress &progress)
{
    ImportResult result;
    result.encoding = QStringLiteral("UTF-8");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonArray list = doc.object().value(QStringLiteral("products")).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("products")).isArray()) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset)
                           : tr("The file has no \"products\" list.");
        return result;
    }
    QList<std::pair<int, Product>> rows;
    QSet<QString> seen;
    int index = 0;
    for (const QJsonValue &v : list) {
        ++index;
        const QJsonObject o = v.toObject();
        Product p;
        p.code = o.value(QStringLiteral("code")).toString().trimmed();
        p.title = o.value(QStringLiteral("title")).toString().trimmed();
        const QJsonValue list = o.value(QStringLiteral("list_price_fen")), live = o.value(QStringLiteral("live_price_fen"));
        QString reason;
        if (p.code.isEmpty())
            reason = tr("the product code is missing");
        else if (p.title.isEmpty())
            reason = tr("the title is missing");
        else if (!list.isDouble() || list.toDouble() != double(list.toInteger()) || list.toInteger() < 0)
            reason = tr("list_price_fen must be a whole number of fen");
        else if (!live.isDouble() || live.toDouble() != double(live.toInteger()) || live.toInteger() < 0)
            reason = tr("live_price_fen must be a whole number of fen");
        else if (seen.contains(p.code))
            reason = tr("the code %1 appears twice in the file").arg(p.code);
        if (!reason.isEmpty()) {
            result.problems << ImportProblem{index, reason};
            continue;
        }
        seen.insert(p.code);
        p.listPriceFen = list.toInteger();
        p.livePriceFen = live.toInteger();
        p.stock = o.value(QStringLiteral("stock")).toInt();
        p.sellingPoints = o.value(QStringLiteral("selling_points")).toString();
        p.category = o.value(QStringLiteral("category")).toString();
        p.origin = o.value(QStringLiteral("origin")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("certifications")).toArray())
            p.certifications << c.toString();
        p.unit = o.value(QStringLiteral("unit")).toString();
        for (const QJsonValue &u : o.value(QStringLiteral("image_urls")).toArray())
            p.imageUrls << u.toString();
        p.linkUrl = o.value(QStringLiteral("link")).toString();
        p.notes = o.value(QStringLiteral("notes")).toString();
        rows << std::pair{index, p};
    }
    return write(db, rows, result, mode, progress);
}

ImportResult ProductImporter::write(CatalogDb &db, QList<std::pair<int, Product>> rows, ImportResult result,
                                    ImportMode mode, const Progress &progress)
{
    if (mode == ImportMode::AllOrNothing && !result.problems.isEmpty())
        return result; // nothing written
    ProductStore store(db);
    SqlTransaction tx(db.db());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int done = 0;
    for (auto &[line, product] : rows) {
        product.updatedAtMs = now;
        QString error;
        if (!store.upsert(product, &error)) {
            if (mode == ImportMode::AllOrNothing) {
                result.problems << ImportProblem{line, error};
                return result; // the transaction rolls back
            }
            result.problems << ImportProblem{line, error};
            continue;
        }
        ++result.imported;
        result.codes << product.code;
        if (progress && (++done % 500 == 0 || done == rows.size()))
            progress(done, int(rows.size()));
    }
    if (!tx.commit()) {
        result.error = tr("The catalog could not be written: %1").arg(db.db().lastError().text());
        result.imported = 0;
        result.codes.clear();
        return result;
    }
    result.applied = result.imported > 0;
    return result;
}

ImportResult ProductImporter::importFile(CatalogDb &db, const QByteArray &bytes, const QString &fileName, ImportMode mode,
                                         const Progress &progress)
{
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? importJson(db, bytes, mode, progress)
                                                                          : importCsv(db, bytes, mode, progress);
}

QString ProductImporter::report(const ImportResult &r, ImportMode mode)
{
    QStringList lines;
    if (!r.error.isEmpty())
        lines << r.error;
    else
        lines << tr("%1 products imported.").arg(r.imported);
    if (!r.problems.isEmpty() && r.imported == 0 && mode == ImportMode::AllOrNothing)
        lines << tr("Nothing was imported because of these rows:");
    constexpr int kShown = 30;
    for (const ImportProblem &p : r.problems.mid(0, kShown))
        lines << tr("Line %1: %2").arg(p.line).arg(p.reason);
    if (r.problems.size() > kShown)
        lines << tr("…and %1 more.").arg(r.problems.size() - kShown);
    return lines.join(QLatin1Char('\n'));
}

QByteArray ProductImporter::exportCsv(const QList<Product> &products)
{
    QStringList lines;
    QStringList header;
    for (const char *h : kExportHeaders)
        header << QString::fromUtf8(h);
    lines << header.join(QLatin1Char(','));
    for (const Product &p : products) {
        lines << QStringList{csvField(p.code), csvField(p.title), csvField(p.sellingPoints), csvField(p.category),
                             csvField(p.origin), csvField(p.certifications.join(QLatin1Char(';'))),
                             formatYuan(p.listPriceFen), formatYuan(p.livePriceFen), QString::number(p.stock),
                             csvField(p.unit), csvField(p.imageUrls.join(QLatin1Char(';'))), csvField(p.linkUrl),
                             csvField(p.notes)}
                     .join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray ProductImporter::exportJson(const QList<Product> &products)
{
    QJsonArray list;
    for (const Product &p : products)
        list.append(toJson(p));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("longjiang-catalog")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("products"), list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace lj::catalog
