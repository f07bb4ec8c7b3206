#include "inputwatch.h"

#include "core/obsptr.h"

#include <algorithm>

namespace lj::remote {

InputWatch::InputWatch(QObject *parent) : QObject(parent)
{
    signal_handler_connect(obs_get_signal_handler(), "source_create", &InputWatch::onCreated, this);
    obs_enum_sources(
        [](void *data, obs_source_t *source) {
            static_cast<InputWatch *>(data)->follow(source);
            return true;
        },
        this);
}

InputWatch::~InputWatch()
{
    signal_handler_disconnect(obs_get_signal_handler(), "source_create", &InputWatch::onCreated, this);
    for (obs_weak_source_t *weak : m_followed) {
        if (OBSSourceAutoRelease source = obs_weak_source_get_source(weak)) {
            signal_handler_t *signals = obs_source_get_signal_handler(source);
            signal_handler_disconnect(signals, "mute", &InputWatch::onMute, this);
            signal_handler_disconnect(signals, "volume", &InputWatch::onVolume, this);
        }
        obs_weak_source_release(weak);
    }
}

void InputWatch::follow(obs_source_t *source)
{
    if (obs_source_get_type(source) != OBS_SOURCE_TYPE_INPUT)
        return;
    if (std::any_of(m_followed.begin(), m_followed.end(), [source](obs_weak_source_t *w) { return obs_weak_source_references_source(w, source); }))
        return;
    signal_handler_t *signals = obs_source_get_signal_handler(source);
    signal_handler_connect(signals, "mute", &InputWatch::onMute, this);
    signal_handler_connect(signals, "volume", &InputWatch::onVolume, this);
    m_followed.push_back(obs_source_get_weak_source(source));
}

void InputWatch::onCreated(void *data, calldata_t *cd)
{
    // Any thread: follow it on the Qt thread, if it still exists by then.
    auto *self = static_cast<InputWatch *>(data);
    obs_weak_source_t *weak = obs_source_get_weak_source(static_cast<obs_source_t *>(calldata_ptr(cd, "source")));
    QMetaObject::invokeMethod(
        self,
        [self, weak] {
            if (OBSSourceAutoRelease source = obs_weak_source_get_source(weak))
                self->follow(source);
            obs_weak_source_release(weak);
        },
        Qt::QueuedConnection);
}

void InputWatch::onMute(void *data, calldata_t *cd)
{
    auto *self = static_cast<InputWatch *>(data);
    const QString name = QString::fromUtf8(obs_source_get_name(static_cast<obs_source_t *>(calldata_ptr(cd, "source"))));
    const bool muted = calldata_bool(cd, "muted");
    QMetaObject::invokeMethod(self, [self, name, muted] { Q_EMIT self->muteChanged(name, muted); }, Qt::QueuedConnection);
}

void InputWatch::onVolume(void *data, calldata_t *cd)
{
    auto *self = static_cast<InputWatch *>(data);
    const QString name = QString::fromUtf8(obs_source_get_name(static_cast<obs_source_t *>(calldata_ptr(cd, "source"))));
    const double mul = calldata_float(cd, "volume");
    QMetaObject::invokeMethod(self, [self, name, mul] { Q_EMIT self->volumeChanged(name, mul); }, Qt::QueuedConnection);
}

} // namespace lj::remote
