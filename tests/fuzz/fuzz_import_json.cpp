// The studio's JSON export, or anything that claims to be it.
#include "importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const lj::catalog::ParsedImport parsed = lj::catalog::ProductImporter::parseJson(bytes);
    for (const auto &[index, product] : parsed.rows) {
        if (index < 1 || product.code.isEmpty() || product.title.isEmpty() || product.listPriceFen < 0 || product.stock < 0)
            __builtin_trap();
    }
    return 0;
}
