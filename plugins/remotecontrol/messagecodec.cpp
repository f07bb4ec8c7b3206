#include "messagecodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <msgpack.h>

#include <cmath>
#include <limits>

namespace lj::remote {

namespace {

void pack(msgpack_packer *pk, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        msgpack_pack_nil(pk);
        break;
    case QJsonValue::Bool:
        v.toBool() ? msgpack_pack_true(pk) : msgpack_pack_false(pk);
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Whole numbers travel as integers, as obs-websocket sends them.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            msgpack_pack_int64(pk, qint64(d));
        else
            msgpack_pack_double(pk, d);
        break;
    }
    case QJsonValue::String: {
        const QByteArray s = v.toString().toUtf8();
        msgpack_pack_str(pk, size_t(s.size()));
        msgpack_pack_str_body(pk, s.constData(), size_t(s.size()));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        msgpack_pack_array(pk, size_t(a.size()));
        for (const QJsonValue &e : a)
            pack(pk, e);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        msgpack_pack_map(pk, size_t(o.size()));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QByteArray k = it.key().toUtf8();
            msgpack_pack_str(pk, size_t(k.size()));
            msgpack_pack_str_body(pk, k.constData(), size_t(k.size()));
            pack(pk, it.value());
        }
        break;
    }
    }
}

/// Whether `bytes` can be one MessagePack value: every container's declared
/// count must fit in the bytes that follow (each element takes at least one),
/// every payload inside the message. msgpack-c allocates a container's
/// elements from its declared count before reading them, so 17 hostile bytes
/// declaring 2^32 entries would ask for a hundred gigabytes (found by
/// fuzz_obsws_message); this walk refuses them first, in linear time.
bool plausible(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const quint64 n = quint64(bytes.size());
    quint64 pos = 0, pending = 1;
    const auto be = [&](quint64 width) {
        quint64 v = 0;
        for (quint64 i = 0; i < width; ++i)
            v = (v << 8) | p[pos + i];
        return v;
    };
    while (pending > 0) {
        if (pos >= n)
            return false;
        const unsigned char m = p[pos++];
        --pending;
        quint64 skip = 0, items = 0, lengthWidth = 0;
        if (m <= 0x7f || m >= 0xe0 || m == 0xc0 || m == 0xc2 || m == 0xc3)
            ;
        else if (m >= 0x80 && m <= 0x8f)
            items = quint64(m & 0x0f) * 2;
        else if (m >= 0x90 && m <= 0x9f)
            items = m & 0x0f;
        else if (m >= 0xa0 && m <= 0xbf)
            skip = m & 0x1f;
        else
            switch (m) {
            case 0xc4: case 0xd9: lengthWidth = 1; break;
            case 0xc5: case 0xda: lengthWidth = 2; break;
            case 0xc6: case 0xdb: lengthWidth = 4; break;
            case 0xc7: lengthWidth = 1; skip = 1; break;
            case 0xc8: lengthWidth = 2; skip = 1; break;
            case 0xc9: lengthWidth = 4; skip = 1; break;
            case 0xca: skip = 4; break;
            case 0xcb: skip = 8; break;
            case 0xcc: case 0xd0: skip = 1; break;
            case 0xcd: case 0xd1: skip = 2; break;
            case 0xce: case 0xd2: skip = 4; break;
            case 0xcf: case 0xd3: skip = 8; break;
            case 0xd4: skip = 2; break;
            case 0xd5: skip = 3; break;
            case 0xd6: skip = 5; break;
            case 0xd7: skip = 9; break;
            case 0xd8: skip = 17; break;
            case 0xdc: case 0xde:
                if (pos + 2 > n)
                    return false;
                items = be(2) * (m == 0xde ? 2 : 1);
                pos += 2;
                break;
            case 0xdd: case 0xdf:
                if (pos + 4 > n)
                    return false;
                items = be(4) * (m == 0xdf ? 2 : 1);
                pos += 4;
                break;
            default:
                return false; // 0xc1: never used
            }
        if (lengthWidth > 0) {
            if (pos + lengthWidth > n)
                return false;
            skip += be(lengthWidth);
            pos += lengthWidth;
        }
        if (skip > n - pos)
            return false;
        pos += skip;
        pending += items;
        if (pending > n - pos)
            return false;
    }
    return pos == n;
}

/// Depth-limited: a hostile message cannot exhaust the stack.
std::optional<QJsonValue> unpack(const msgpack_object &o, int depth)
{
    if (depth > 64)
        return std::nullopt;
    switch (o.type) {
    case MSGPACK_OBJECT_NIL:
        return QJsonValue(QJsonValue::Null);
    case MSGPACK_OBJECT_BOOLEAN:
        return QJsonValue(o.via.boolean);
    case MSGPACK_OBJECT_POSITIVE_INTEGER:
        return QJsonValue(double(o.via.u64));
    case MSGPACK_OBJECT_NEGATIVE_INTEGER:
        return QJsonValue(double(o.via.i64));
    case MSGPACK_OBJECT_FLOAT32:
    case MSGPACK_OBJECT_FLOAT64:
        return QJsonValue(o.via.f64);
    case MSGPACK_OBJECT_STR:
        return QJsonValue(QString::fromUtf8(o.via.str.ptr, qsizetype(o.via.str.size)));
    case MSGPACK_OBJECT_BIN:
        return QJsonValue(QString::fromLatin1(QByteArray(o.via.bin.ptr, qsizetype(o.via.bin.size)).toBase64()));
    case MSGPACK_OBJECT_ARRAY: {
        QJsonArray a;
        for (uint32_t i = 0; i < o.via.array.size; ++i) {
            std::optional<QJsonValue> e = unpack(o.via.array.ptr[i], depth + 1);
            if (!e)
                return std::nullopt;
            a.append(*e);
        }
        return QJsonValue(a);
    }
    case MSGPACK_OBJECT_MAP: {
        QJsonObject m;
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack_object_kv &kv = o.via.map.ptr[i];
            if (kv.key.type != MSGPACK_OBJECT_STR)
                return std::nullopt;
            std::optional<QJsonValue> v = unpack(kv.val, depth + 1);
            if (!v)
                return std::nullopt;
            m.insert(QString::fromUtf8(kv.key.via.str.ptr, qsizetype(kv.key.via.str.size)), *v);
        }
        return QJsonValue(m);
    }
    case MSGPACK_OBJECT_EXT:
        break;
    }
    return std::nullopt;
}

} // namespace

QByteArray MessageCodec::encode(const QJsonObject &message, Format format)
{
    if (format == Format::Json)
        return QJsonDocument(message).toJson(QJsonDocument::Compact);
    msgpack_sbuffer buffer;
    msgpack_sbuffer_init(&buffer);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &buffer, msgpack_sbuffer_write);
    pack(&pk, message);
    QByteArray bytes(buffer.data, qsizetype(buffer.size));
    msgpack_sbuffer_destroy(&buffer);
    return bytes;
}

std::optional<QJsonObject> MessageCodec::decode(const QByteArray &bytes, Format format)
{
    if (format == Format::Json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        return doc.object();
    }
    if (!plausible(bytes))
        return std::nullopt;
    msgpack_unpacked unpacked;
    msgpack_unpacked_init(&unpacked);
    size_t offset = 0;
    const msgpack_unpack_return r = msgpack_unpack_next(&unpacked, bytes.constData(), size_t(bytes.size()), &offset);
    std::optional<QJsonObject> result;
    if (r == MSGPACK_UNPACK_SUCCESS && offset == size_t(bytes.size()) && unpacked.data.type == MSGPACK_OBJECT_MAP) {
        if (std::optional<QJsonValue> v = unpack(unpacked.data, 0))
            result = v->toObject();
    }
    msgpack_unpacked_destroy(&unpacked);
    return result;
}

} // namespace lj::remote
