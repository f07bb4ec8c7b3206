#pragma once

// Scene helpers for tests that place their own overlays on the demo room.
#include "core/obsptr.h"

#include <QList>
#include <QStringList>

namespace scenetools {

/// Removes every item of `scene` whose source is one of `types` (the demo
/// room's own shelf and ticker, before a test adds the ones it checks).
inline int removeSourcesOfType(obs_scene_t *scene, const QStringList &types)
{
    struct Found {
        QStringList types;
        QList<OBSSceneItem> items;
    } found{types, {}};
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *data) {
            auto *f = static_cast<Found *>(data);
            if (f->types.contains(QString::fromUtf8(obs_source_get_id(obs_sceneitem_get_source(item)))))
                f->items << OBSSceneItem(item);
            return true;
        },
        &found);
    for (const OBSSceneItem &item : std::as_const(found.items))
        obs_sceneitem_remove(item);
    return int(found.items.size());
}

} // namespace scenetools
