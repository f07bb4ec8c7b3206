#pragma once

#include "core/obsptr.h"
#include "core/paintedsource.h"
#include "core/pluginregistry.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>

namespace lj {

/// The plugin state behind a source's type (what the plugin passed to
/// PluginContext::addSourceType), or null once the plugin has been withdrawn.
template <typename Owner>
Owner *sourceTypeOwner(obs_source_t *source)
{
    const auto *slot = source ? static_cast<const SourceTypeSlot *>(obs_source_get_type_data(source)) : nullptr;
    return slot ? static_cast<Owner *>(slot->owner) : nullptr;
}

/// Fills the lifetime and drawing callbacks of a libobs source type whose
/// object lives on the Qt thread and draws through a PaintedSource. `T` has
/// `T(obs_data_t *, obs_source_t *)`, `void update(obs_data_t *)` (called on
/// the Qt thread) and `PaintedSource &painted()`, and derives from QObject.
template <typename T>
void setQtSourceCallbacks(obs_source_info &info)
{
    info.create = [](obs_data_t *settings, obs_source_t *source) -> void * {
        // libobs may create sources off the Qt thread; timers and feeds need
        // the Qt thread, so the object is built there.
        T *created = nullptr;
        const bool onQt = QThread::currentThread() == QCoreApplication::instance()->thread();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [&] { created = new T(settings, source); },
            onQt ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
        return created;
    };
    info.destroy = [](void *data) {
        // libobs may destroy on its own thread: the texture goes now (libobs
        // is alive), the Qt half on its own thread.
        auto *self = static_cast<T *>(data);
        self->painted().releaseTexture();
        self->deleteLater();
    };
    info.update = [](void *data, obs_data_t *settings) {
        auto *self = static_cast<T *>(data);
        OBSDataAutoRelease copy = obs_data_create();
        obs_data_apply(copy, settings);
        QMetaObject::invokeMethod(self, [self, keep = OBSData(copy.Get())] { self->update(keep); });
    };
    info.get_width = [](void *data) { return static_cast<T *>(data)->painted().width(); };
    info.get_height = [](void *data) { return static_cast<T *>(data)->painted().height(); };
    info.video_tick = [](void *data, float seconds) { static_cast<T *>(data)->painted().tick(seconds); };
    info.video_render = [](void *data, gs_effect_t *) { static_cast<T *>(data)->painted().render(); };
}

} // namespace lj
