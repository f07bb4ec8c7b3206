#pragma once

// RAII for every libobs handle: obs.hpp's templates plus the few handle types it lacks.
// Feature code never calls obs_*_release by hand.
#include <obs.hpp>

#include <QMetaObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <utility>

// libobs handles are opaque; Qt signals may still carry them.
Q_DECLARE_OPAQUE_POINTER(obs_source_t *)
Q_DECLARE_OPAQUE_POINTER(obs_scene_t *)
Q_DECLARE_OPAQUE_POINTER(obs_sceneitem_t *)

using OBSVolMeter = OBSPtr<obs_volmeter_t *, obs_volmeter_destroy>;
using OBSFader = OBSPtr<obs_fader_t *, obs_fader_destroy>;

namespace lj {

/// Runs f on the thread of `receiver` (the Qt thread for widgets and models), later.
/// libobs calls back on its own threads; this is the one safe hop back.
/// Dropped silently if the receiver is destroyed before the call runs.
template <typename F> void invokeOnQt(QObject *receiver, F &&f)
{
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(
        receiver,
        [guard, fn = std::forward<F>(f)]() mutable {
            if (guard)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace lj
