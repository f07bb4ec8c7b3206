#pragma once

#include "core/export.h"

#include <QString>
#include <QTranslator>

namespace lj {

/// Text drawn on the video speaks the audience's language, which is a room
/// setting (default 中文), not the host's desktop language: a host whose
/// desktop is in English still shows Chinese to a Chinese audience. One per
/// plugin that draws text, loaded from the plugin's own embedded
/// translations (`:/studio/<id>/i18n/<id>_<language>.qm`).
class LJ_CORE_EXPORT OverlayTranslator final {
public:
    static constexpr const char *kDefaultLanguage = "zh_CN";

    /// `qmDir`: where `<id>_<language>.qm` is (default: the plugin's embedded resources).
    explicit OverlayTranslator(const QString &pluginId, const QString &language = QString::fromLatin1(kDefaultLanguage),
                               const QString &qmDir = {});

    QString language() const { return m_language; }
    /// Loads another language ("en": the source text, English).
    void setLanguage(const QString &language);
    /// `source` (English, marked with QT_TRANSLATE_NOOP in `context`) in the overlay language.
    QString translate(const char *context, const char *source, int n = -1) const;

private:
    QString m_pluginId;
    QString m_qmDir;
    QString m_language;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace lj
