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

/// Comma, or tab for the "Unicode text" that Excel and WPS save: whichever
/// the first line uses more.
QChar delimiterOf(const QString &text)
{
    int commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    return tabs > commas ? QLatin1Char('\t') : QLatin1Char(',');
}

/// RFC 4180 with the habits of spreadsheet tools: CRLF, LF or CR alone (old
/// Mac), quoted fields with doubled quotes, newlines inside quotes.
QList<CsvRecord> csvRecords(const QString &text, QChar delimiter)
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
            } else if (c == QLatin1Char('\r')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    continue; // CRLF: the LF ends the line
                ++line;
                field += QLatin1Char('\n');
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue; // CRLF: the LF ends the line
            ++line;
            endRecord();
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

/// GB18030 (a superset of GBK) to text; `*badAt`: the byte it stopped at, or -1.
QString fromGb18030(const QByteArray &bytes, bool *ok, qsizetype *badAt)
{
    *badAt = -1;
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
    if (!*ok)
        *badAt = bytes.size() - qsizetype(inLeft);
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

/// What a strict UTF-8 reading of the bytes finds.
struct Utf8Scan {
    qsizetype firstBad = -1; ///< byte offset of the first bad sequence
    int bad = 0;             ///< bad sequences
    int multibyte = 0;       ///< good sequences of more than one byte
};

Utf8Scan scanUtf8(const QByteArray &b)
{
    Utf8Scan scan;
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const auto c = uchar(b[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        bool good = len > 0 && i + len <= n;
        for (int k = 1; good && k < len; ++k)
            good = (uchar(b[i + k]) & 0xC0) == 0x80;
        if (good) { // no overlong forms, no surrogates, nothing above U+10FFFF
            const auto c1 = uchar(b[i + 1]);
            good = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 > 0x9F) && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 > 0x8F);
        }
        if (good) {
            ++scan.multibyte;
            i += len;
        } else {
            ++scan.bad;
            if (scan.firstBad < 0)
                scan.firstBad = i;
            ++i;
        }
    }
    return scan;
}

/// "line 3, byte 57" of a byte offset, for a message.
QString placeOf(const QByteArray &bytes, qsizetype offset)
{
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    return ProductImporter::tr("line %1, byte %2").arg(line).arg(offset + 1);
}

// Limits of each field: generous for real products, firm against damaged files.
constexpr int kMaxCode = 64;
constexpr int kMaxTitle = 200;
constexpr int kMaxShortText = 50;  // category, origin, one certification
constexpr int kMaxUnit = 16;
constexpr int kMaxLongText = 2000; // selling points, notes
constexpr int kMaxUrl = 2048;
constexpr int kMaxListItems = 20;  // certifications, pictures
constexpr Fen kMaxPriceFen = Fen(10'000'000) * 100; // ten million yuan

/// Why a text field cannot be stored (empty: it can). `multiLine`: newlines allowed.
QString checkText(const QString &name, const QString &value, int maxLength, bool multiLine)
{
    if (value.size() > maxLength)
        return ProductImporter::tr("the %1 is %2 characters long; at most %3 fit").arg(name).arg(value.size()).arg(maxLength);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (multiLine && c == QLatin1Char('\n'))
            continue;
        if (c.category() == QChar::Other_Control || c.isSurrogate())
            return ProductImporter::tr("the %1 has a control character (U+%2) at character %3")
                .arg(name)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

/// Everything a product must be before it is written, whatever file it came from.
QString checkProduct(const Product &p)
{
    if (p.code.isEmpty())
        return ProductImporter::tr("the product code is missing");
    if (p.title.isEmpty())
        return ProductImporter::tr("the title is missing");
    struct Text {
        QString name;
        const QString &value;
        int max;
        bool multiLine;
    };
    const Text texts[] = {
        {ProductImporter::tr("product code"), p.code, kMaxCode, false},
        {ProductImporter::tr("title"), p.title, kMaxTitle, false},
        {ProductImporter::tr("selling points"), p.sellingPoints, kMaxLongText, true},
        {ProductImporter::tr("category"), p.category, kMaxShortText, false},
        {ProductImporter::tr("origin"), p.origin, kMaxShortText, false},
        {ProductImporter::tr("unit"), p.unit, kMaxUnit, false},
        {ProductImporter::tr("link"), p.linkUrl, kMaxUrl, false},
        {ProductImporter::tr("notes"), p.notes, kMaxLongText, true},
    };
    for (const Text &t : texts)
        if (QString reason = checkText(t.name, t.value, t.max, t.multiLine); !reason.isEmpty())
            return reason;
    if (p.certifications.size() > kMaxListItems)
        return ProductImporter::tr("it lists %1 certifications; at most %2 fit").arg(p.certifications.size()).arg(kMaxListItems);
    for (const QString &c : p.certifications)
        if (QString reason = checkText(ProductImporter::tr("certification"), c, kMaxShortText, false); !reason.isEmpty())
            return reason;
    if (p.imageUrls.size() > kMaxListItems)
        return ProductImporter::tr("it lists %1 pictures; at most %2 fit").arg(p.imageUrls.size()).arg(kMaxListItems);
    for (const QString &u : p.imageUrls)
        if (QString reason = checkText(ProductImporter::tr("picture address"), u, kMaxUrl, false); !reason.isEmpty())
            return reason;
    if (p.listPriceFen < 0 || p.listPriceFen > kMaxPriceFen || p.livePriceFen < 0 || p.livePriceFen > kMaxPriceFen)
        return ProductImporter::tr("a price must be between 0 and %1 yuan").arg(kMaxPriceFen / 100);
    if (p.stock < 0 || p.stock > kMaxStock)
        return ProductImporter::tr("the stock must be a whole number from 0 to %1").arg(kMaxStock);
    return {};
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
    const QString stock = halfWidthDigits(value(Stock));
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
    return checkProduct(*p);
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

QString ProductImporter::decode(const QByteArray &bytes, QString *encoding, QString *problem)
{
    QString unused;
    if (!problem)
        problem = &unused;
    problem->clear();
    encoding->clear();
    // "Unicode text" from Excel and WPS: UTF-16 with a byte order mark.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        const QString text = utf16.decode(bytes.mid(2));
        if (utf16.hasError() || bytes.size() % 2 != 0) {
            *problem = tr("The file says it is UTF-16 text but is damaged.");
            return {};
        }
        *encoding = QStringLiteral("UTF-16");
        return text;
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    const Utf8Scan scan = scanUtf8(body);
    if (scan.bad == 0) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(body);
    }
    // Mostly good UTF-8 with a damaged spot: say where, rather than read it as GBK.
    const qsizetype offset = scan.firstBad + (bom ? 3 : 0);
    if (bom || scan.multibyte >= 4 * scan.bad) {
        *problem = tr("The file is UTF-8 text with a damaged character at %1.").arg(placeOf(bytes, offset));
        return {};
    }
    bool ok = false;
    qsizetype badAt = -1;
    const QString gbk = fromGb18030(bytes, &ok, &badAt);
    if (!ok) {
        *problem = badAt >= 0 ? tr("The file is neither UTF-8 nor GBK text (the first unreadable bytes are at %1).")
                                    .arg(placeOf(bytes, badAt))
                              : tr("The file is neither UTF-8 nor GBK text.");
        return {};
    }
    *encoding = QStringLiteral("GB18030");
    return gbk;
}

ImportResult ProductImporter::importCsv(CatalogDb &db, const QByteArray &bytes, ImportMode mode, const Progress &progress)
{
    ParsedImport parsed = parseCsv(bytes);
    if (!parsed.result.error.isEmpty())
        return parsed.result;
    return write(db, std::move(parsed.rows), parsed.result, mode, progress);
}

ImportResult ProductImporter::importJson(CatalogDb &db, const QByteArray &bytes, ImportMode mode, const Progress &progress)
{
    ParsedImport parsed = parseJson(bytes);
    if (!parsed.result.error.isEmpty())
        return parsed.result;
    return write(db, std::move(parsed.rows), parsed.result, mode, progress);
}

ParsedImport ProductImporter::parseCsv(const QByteArray &bytes)
{
    ParsedImport parsed;
    ImportResult &result = parsed.result;
    QString problem;
    const QString text = decode(bytes, &result.encoding, &problem);
    if (result.encoding.isEmpty()) {
        result.error = problem;
        return parsed;
    }
    const QList<CsvRecord> records = csvRecords(text, delimiterOf(text));
    if (records.isEmpty()) {
        result.error = tr("The file is empty.");
        return parsed;
    }
    QList<int> columns(FieldCount, -1);
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = headerNames().constFind(header[i].trimmed().toLower());
        if (it == headerNames().constEnd())
            continue;
        if (columns[*it] >= 0) {
            result.error = tr("The first line names the column \"%1\" twice (columns %2 and %3); keep one.")
                               .arg(QString::fromUtf8(kExportHeaders[*it]))
                               .arg(columns[*it] + 1)
                               .arg(i + 1);
            return parsed;
        }
        columns[*it] = i;
    }
    for (Field required : {Code, Title, ListPrice, LivePrice}) {
        if (columns[required] < 0) {
            result.error = tr("The first line must name the columns; \"%1\" is missing.")
                               .arg(QString::fromUtf8(kExportHeaders[required]));
            return parsed;
        }
    }
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
        parsed.rows << std::pair{record.line, p};
    }
    return parsed;
}

ParsedImport ProductImporter::parseJson(const QByteArray &bytes)
{
    ParsedImport parsed;
    ImportResult &result = parsed.result;
    result.encoding = QStringLiteral("UTF-8");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonArray list = doc.object().value(QStringLiteral("products")).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("products")).isArray()) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset)
                           : tr("The file has no \"products\" list.");
        return parsed;
    }
    QSet<QString> seen;
    int index = 0;
    for (const QJsonValue &v : list) {
        ++index;
        const QJsonObject o = v.toObject();
        Product p;
        p.code = o.value(QStringLiteral("code")).toString().trimmed();
        p.title = o.value(QStringLiteral("title")).toString().trimmed();
        const QJsonValue list = o.value(QStringLiteral("list_price_fen")), live = o.value(QStringLiteral("live_price_fen"));
        const QJsonValue stock = o.value(QStringLiteral("stock"));
        auto wholeNumber = [](const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(v.toInteger()); };
        QString reason;
        if (!wholeNumber(list) || list.toInteger() < 0)
            reason = tr("list_price_fen must be a whole number of fen");
        else if (!wholeNumber(live) || live.toInteger() < 0)
            reason = tr("live_price_fen must be a whole number of fen");
        else if (!stock.isUndefined() && (!wholeNumber(stock) || stock.toInteger() < 0 || stock.toInteger() > kMaxStock))
            reason = tr("the stock must be a whole number from 0 to %1").arg(kMaxStock);
        p.listPriceFen = list.toInteger();
        p.livePriceFen = live.toInteger();
        p.stock = int(stock.toInteger());
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
        if (reason.isEmpty())
            reason = checkProduct(p);
        if (reason.isEmpty() && seen.contains(p.code))
            reason = tr("the code %1 appears twice in the file").arg(p.code);
        if (!reason.isEmpty()) {
            result.problems << ImportProblem{index, reason};
            continue;
        }
        seen.insert(p.code);
        parsed.rows << std::pair{index, p};
    }
    return parsed;
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
                result.imported = 0; // the transaction rolls back: nothing was imported
                result.codes.clear();
                return result;
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
