#pragma once

// One round of pushes for the push benchmarks: the targets saved and started
// on the nginx ingest of scripts/test-services.sh, CPU measured over the
// first one's frames once all are live, then stopped and removed.
#include "benchutil.h"

#include "pushmanager.h"

#include <QList>

#include <algorithm>
#include <cstdio>

namespace bench {

/// `targets` need no id or server (given here); `settle` frames go by before measuring.
inline Sample pushRound(lj::push::PushManager &manager, QList<lj::push::PushTarget> targets, quint32 frames, quint32 settle)
{
    using namespace lj::push;
    const QString base = qEnvironmentVariable("LJ_RTMP_URL") + QStringLiteral("/live/");
    QStringList ids;
    for (PushTarget &t : targets) {
        t.id = PushTarget::newId();
        t.server = base;
        manager.saveTarget(t, QString());
        manager.provideKey(t.id, QStringLiteral("bench-") + t.id); // starts it
        ids << t.id;
    }
    const bool live = waitUntil([&] {
        return std::all_of(ids.begin(), ids.end(), [&](const QString &id) { return manager.health(id).state == PushState::Live; });
    }, 30000);
    Sample sample;
    if (live) {
        const PushTarget &first = targets.first();
        sample = measureOutput(QStringLiteral("push ") + first.name + QStringLiteral(" [") + first.id + QLatin1Char(']'), frames, settle);
    } else {
        fprintf(stderr, "not every target went live\n");
    }
    manager.stopLive();
    waitUntil([&] { return !manager.isLive(); }, 20000);
    for (const QString &id : ids)
        manager.removeTarget(id);
    return sample;
}

} // namespace bench
