#pragma once

#include "core/preflight.h"

#include <QCoreApplication>

#include <functional>

namespace lj::push {

class PushManager;

/// The push manager's part of the check before going live: for every enabled
/// target, a key in the keychain, a push URL that has not expired (and will
/// not during the planned show), and an ingest that resolves and accepts a
/// connection within three seconds.
class PushPreflight final {
    Q_DECLARE_TR_FUNCTIONS(lj::push::PushPreflight)
public:
    static constexpr int kConnectTimeoutMs = 3000;

    /// Runs the checks; `done` gets every result (on the Qt thread).
    static void run(PushManager &manager, const PreflightOptions &options,
                    std::function<void(QList<PreflightResult>)> done);
};

} // namespace lj::push
