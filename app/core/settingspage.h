#pragma once

#include "core/export.h"

#include <QWidget>

namespace lj {

/// A page in the settings dialog. Core pages and plugin pages are alike.
class LJ_CORE_EXPORT SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Stores what the user changed; returns false with a reason to keep the dialog open.
    virtual bool apply(QString *error) = 0;
};

} // namespace lj
