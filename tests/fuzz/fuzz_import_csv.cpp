// A product spreadsheet as anyone could save it: any bytes, any encoding
// (UTF-8, GBK, UTF-16 with a byte order mark), commas or tabs.
#include "importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const lj::catalog::ParsedImport parsed = lj::catalog::ProductImporter::parseCsv(bytes);
    // What is kept is whole: every row has a code and a title, and lines count from 1.
    for (const auto &[line, product] : parsed.rows) {
        if (line < 1 || product.code.isEmpty() || product.title.isEmpty() || product.livePriceFen < 0 || product.stock < 0)
            __builtin_trap();
    }
    (void)lj::catalog::ProductImporter::report(parsed.result, lj::catalog::ImportMode::TakeGoodRows);
    return 0;
}
