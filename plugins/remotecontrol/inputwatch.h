#pragma once

// Tells when an input's mute or volume changes, whoever changed it (the
// host's mixer, a hotkey, a controller), for the InputMuteStateChanged and
// InputVolumeChanged events.

#include <obs.h>

#include <QObject>
#include <QString>

#include <vector>

namespace lj::remote {

class InputWatch final : public QObject {
    Q_OBJECT
public:
    explicit InputWatch(QObject *parent = nullptr);
    ~InputWatch() override;

Q_SIGNALS:
    void muteChanged(const QString &inputName, bool muted);
    void volumeChanged(const QString &inputName, double mul);

private:
    void follow(obs_source_t *source);
    static void onCreated(void *data, calldata_t *cd);
    static void onMute(void *data, calldata_t *cd);
    static void onVolume(void *data, calldata_t *cd);

    std::vector<obs_weak_source_t *> m_followed;
};

} // namespace lj::remote
