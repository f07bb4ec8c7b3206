// One message a remote controller sends the studio (obs-websocket 5), as
// MessagePack bytes and as JSON text: never a crash or a hang; whatever
// decodes encodes again to the same message.
#include "messagecodec.h"
#include "obswsprotocol.h"

#include <QJsonDocument>

using lj::remote::MessageCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const MessageCodec::Format format : {MessageCodec::Format::Msgpack, MessageCodec::Format::Json}) {
        const std::optional<QJsonObject> message = MessageCodec::decode(bytes, format);
        if (!message)
            continue;
        const std::optional<QJsonObject> again = MessageCodec::decode(MessageCodec::encode(*message, format), format);
        if (!again || QJsonDocument(*again).toJson() != QJsonDocument(*message).toJson())
            __builtin_trap(); // a message the studio read must survive being written back
    }
    // The password check takes any bytes a client sends.
    if (lj::remote::authenticationString(QString::fromUtf8(bytes), bytes.left(44), bytes.mid(44)).size() != 44)
        __builtin_trap();
    return 0;
}
