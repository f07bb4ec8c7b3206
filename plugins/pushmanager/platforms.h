#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lj::push {

/// A platform a host can push to, with the server its console usually gives.
struct Platform {
    QString id;            ///< stable, saved with targets
    QString name;          ///< translated display name
    QString defaultServer; ///< empty when the console hands out a full URL per stream
    QString hint;          ///< where to find the address in the platform's console
    /// Watched on phones in portrait (抖音, 快手, 视频号): new targets push the portrait canvas.
    bool portrait = false;
};

class Platforms final {
    Q_DECLARE_TR_FUNCTIONS(lj::push::Platforms)
public:
    static const QList<Platform> &all();
    /// The platform with `id`, or the custom RTMP one.
    static const Platform &byId(const QString &id);
};

} // namespace lj::push
