#pragma once

#include "core/roomprofile.h"
#include "core/settingspage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace lj {

class Studio;

/// Language of the interface.
class GeneralPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit GeneralPage(Studio &studio, QWidget *parent = nullptr);
    bool apply(QString *error) override;

private:
    Studio &m_studio;
    QComboBox *m_language;
};

/// The room's canvas, output size and frame rate; recording folder, format, bitrates.
class RoomPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit RoomPage(Studio &studio, QWidget *parent = nullptr);
    bool apply(QString *error) override;

private:
    Studio &m_studio;
    QSpinBox *m_baseWidth, *m_baseHeight, *m_outWidth, *m_outHeight, *m_fps;
    QLineEdit *m_folder;
    QComboBox *m_format;
    QComboBox *m_encoder;
    QSpinBox *m_videoBitrate, *m_audioBitrate;
    QCheckBox *m_backup;
    QComboBox *m_network;   ///< the network presets (田间 4G...), or the host's own settings
    QCheckBox *m_adaptive;
    QSpinBox *m_planned;
    QComboBox *m_overlayLanguage;
    QComboBox *m_portraitSize; ///< the portrait (9:16) canvas: 1080×1920 or 720×1280
};

/// Hotkey bindings of the room's actions.
class HotkeysPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit HotkeysPage(Studio &studio, QWidget *parent = nullptr);
    bool apply(QString *error) override;

private:
    Studio &m_studio;
    QTableWidget *m_table;
};

/// Every plugin found, its state and why; enable or disable (on next start).
class PluginsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit PluginsPage(Studio &studio, QWidget *parent = nullptr);
    bool apply(QString *error) override;

private:
    Studio &m_studio;
    QTableWidget *m_table;
};

} // namespace lj
