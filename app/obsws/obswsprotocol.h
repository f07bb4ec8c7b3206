#pragma once

// The obs-websocket 5 protocol (RPC version 1) as its published protocol
// document defines it: op codes, close codes, request status codes, event
// subscription bits, and the authentication string.

#include <QByteArray>
#include <QString>

namespace lj::remote {

inline constexpr int kRpcVersion = 1;
/// The obs-websocket version whose protocol this server speaks.
inline constexpr const char *kProtocolVersion = "5.0.1";
inline constexpr const char *kJsonSubprotocol = "obswebsocket.json";
inline constexpr const char *kMsgpackSubprotocol = "obswebsocket.msgpack";

enum class OpCode {
    Hello = 0,
    Identify = 1,
    Identified = 2,
    Reidentify = 3,
    Event = 5,
    Request = 6,
    RequestResponse = 7,
    RequestBatch = 8,
    RequestBatchResponse = 9,
};

enum class CloseCode {
    UnknownReason = 4000,
    MessageDecodeError = 4002,
    MissingDataField = 4003,
    InvalidDataFieldType = 4004,
    InvalidDataFieldValue = 4005,
    UnknownOpCode = 4006,
    NotIdentified = 4007,
    AlreadyIdentified = 4008,
    AuthenticationFailed = 4009,
    UnsupportedRpcVersion = 4010,
    SessionInvalidated = 4011,
    UnsupportedFeature = 4012,
};

enum class Status {
    Success = 100,
    MissingRequestType = 203,
    UnknownRequestType = 204,
    GenericError = 205,
    UnsupportedRequestBatchExecutionType = 206,
    NotReady = 207,
    MissingRequestField = 300,
    MissingRequestData = 301,
    InvalidRequestField = 400,
    InvalidRequestFieldType = 401,
    RequestFieldOutOfRange = 402,
    RequestFieldEmpty = 403,
    OutputRunning = 500,
    OutputNotRunning = 501,
    StudioModeNotActive = 506,
    ResourceNotFound = 600,
    InvalidResourceType = 602,
    InvalidResourceState = 604,
    ResourceActionFailed = 701,
    RequestProcessingFailed = 702,
};

/// Event categories a client subscribes to (Identify's eventSubscriptions).
enum EventSubscription : int {
    General = 1 << 0,
    Config = 1 << 1,
    Scenes = 1 << 2,
    Inputs = 1 << 3,
    Transitions = 1 << 4,
    Filters = 1 << 5,
    Outputs = 1 << 6,
    SceneItems = 1 << 7,
    MediaInputs = 1 << 8,
    Vendors = 1 << 9,
    Ui = 1 << 10,
    All = (1 << 11) - 1, ///< every category but the high-volume ones
};

/// The string a client sends to prove it knows the password:
/// base64(sha256(base64(sha256(password + salt)) + challenge)).
QByteArray authenticationString(const QString &password, const QByteArray &salt, const QByteArray &challenge);

} // namespace lj::remote
