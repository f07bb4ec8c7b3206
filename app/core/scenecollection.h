#pragma once

#include "core/export.h"
#include "core/obsptr.h"

#include <QJsonObject>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace lj {

/// The room's scenes in the user's order, and which one is on program.
/// Owns the only long-lived references to scenes; clear() drops them all,
/// which is what must happen before libobs shuts down.
class LJ_CORE_EXPORT SceneCollection final : public QObject {
    Q_OBJECT
public:
    explicit SceneCollection(QObject *parent = nullptr);
    ~SceneCollection() override;

    int count() const { return int(m_scenes.size()); }
    obs_scene_t *scene(int index) const;
    obs_source_t *sceneSource(int index) const;
    QString sceneName(int index) const;
    int indexOf(const QString &name) const;
    int currentIndex() const { return m_current; }
    obs_scene_t *currentScene() const { return scene(m_current); }

    /// A name no source has yet: `base`, `base 2`, `base 3`, ...
    static QString uniqueSourceName(const QString &base);
    /// A name none of `source`'s filters has yet: `base`, `base 2`, ...
    static QString uniqueFilterName(obs_source_t *source, const QString &base);

    obs_scene_t *addScene(const QString &name);
    bool renameScene(int index, const QString &name, QString *error = nullptr);
    void removeScene(int index);
    void moveScene(int from, int to);
    void setCurrentIndex(int index);

    /// The studio's starting settings for a new source of `typeId` (text gets a
    /// font with Chinese glyphs, so 中文 never shows as boxes); null for none.
    static OBSDataAutoRelease defaultSettings(const char *typeId);
    /// A font object for text sources that has Chinese glyphs.
    static OBSDataAutoRelease cjkFont(int size, bool bold = false);

    /// Creates a source and adds it to `scene`; returns the new item (not owned) or null.
    /// Without `settings` the type's studio defaults apply.
    obs_sceneitem_t *addSource(obs_scene_t *scene, const char *typeId, const QString &name,
                               obs_data_t *settings = nullptr);

    /// The portrait (9:16) canvas's scene, apart from the landscape scenes
    /// above (never on program there); null until it is made.
    obs_scene_t *portraitScene() const { return m_portrait; }
    obs_source_t *portraitSource() const;
    /// Makes the portrait scene when there is none: the program scene's
    /// sources placed for a `size` canvas (the ones filling the landscape
    /// canvas cover the portrait one, centred; smaller ones keep their size
    /// and relative place), less the types in `ownPortrait` (plugins'
    /// overlays, which `overlays` add laid out for the portrait canvas).
    obs_scene_t *ensurePortraitScene(QSize size, const QStringList &ownPortrait,
                                     const std::function<void(obs_scene_t *portrait)> &overlays);

    /// After load(): the sources and filters whose type no module here
    /// provides, in plain words ("美颜 on 摄像头 (lj_beauty_filter)"). libobs
    /// keeps them with their settings, and save() writes them back unchanged.
    QStringList missingTypes() const { return m_missing; }

    QJsonObject save() const;
    bool load(const QJsonObject &collection, QString *error);
    /// Removes every scene and source from libobs.
    void clear();

    bool saveToFile(const QString &path, QString *error) const;
    bool loadFromFile(const QString &path, QString *error);

Q_SIGNALS:
    void scenesChanged();
    void currentChanged(int index);
    /// A source was added to or removed from a scene by this class.
    void itemsChanged(obs_scene_t *scene);
    /// The portrait scene was made, loaded or cleared.
    void portraitSceneChanged();

private:
    void findMissingTypes();

    std::vector<OBSScene> m_scenes;
    OBSScene m_portrait;
    QStringList m_missing;
    int m_current = -1;
};

} // namespace lj
