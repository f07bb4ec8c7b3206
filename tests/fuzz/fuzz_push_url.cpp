// A push address as pasted from a platform's console: the server field, a
// newline, then the key field; and the expiry a key may carry.
#include "pushurl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString server = newline < 0 ? text : text.left(newline);
    const QString key = newline < 0 ? QString() : text.mid(newline + 1);
    const lj::push::PushUrl url = lj::push::PushUrl::split(server, key);
    if (url.isValid() && url.server.isEmpty())
        __builtin_trap(); // a valid address always has a server
    (void)lj::push::PushUrl::expiry(url.key);
    (void)lj::push::PushUrl::expiry(key);
    return 0;
}
