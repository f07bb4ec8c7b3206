#pragma once

// One protocol message as JSON text or MessagePack bytes (the two
// subprotocols), to and from a QJsonObject.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lj::remote {

class MessageCodec final {
public:
    enum class Format { Json, Msgpack };

    static QByteArray encode(const QJsonObject &message, Format format);
    /// Nothing when the bytes are not one whole object of that format.
    static std::optional<QJsonObject> decode(const QByteArray &bytes, Format format);
};

} // namespace lj::remote
