#pragma once

#include "core/obsptr.h"

#include <QObject>

namespace lj {

class SceneCollection;

/// Tells a panel when the scene on program (or the portrait canvas's scene),
/// or the items in it, changed — whoever changed them (the UI, a plugin, a
/// hotkey). Emits on the Qt thread.
class SceneWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SceneWatcher(SceneCollection &scenes, QObject *parent = nullptr);
    /// Watches the portrait scene instead of the one on program.
    void setPortrait(bool portrait);

Q_SIGNALS:
    void changed();

private:
    void watchCurrent();

    SceneCollection &m_scenes;
    bool m_portrait = false;
    OBSSignal m_signals[3];
};

} // namespace lj
