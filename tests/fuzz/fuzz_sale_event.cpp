// One line of a file feed (JSON lines written by another program).
#include "saleevent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<lj::ticker::SaleEvent> event = lj::ticker::SaleEvent::fromJsonLine(line, &error);
    if (event && event->kind == lj::ticker::SaleEvent::Kind::Order && (event->quantity <= 0 || event->amountFen < 0))
        __builtin_trap(); // an accepted order is whole
    if (event)
        (void)lj::ticker::SaleEventText::display(*event);
    else if (error.isEmpty())
        __builtin_trap(); // a refused line always says why
    return 0;
}
