#pragma once

#include "core/obsptr.h"

#include <QWidget>

class QFormLayout;
class QScrollArea;

namespace lj {

/// A form generated from a source's libobs properties. Every change is applied
/// to the source at once; a property that changes the form (a list that shows
/// other fields) rebuilds it. Each editor is named after its property.
class PropertyEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PropertyEditor(QWidget *parent = nullptr);
    ~PropertyEditor() override;

    void setSource(obs_source_t *source);
    obs_source_t *source() const { return m_source; }

private:
    void rebuild();
    void addProperties(obs_properties_t *props, QFormLayout *form);
    QWidget *createEditor(obs_property_t *prop);
    /// Applies the settings to the source; rebuilds the form if `prop` asks for it.
    void changed(obs_property_t *prop);

    OBSSource m_source;
    OBSData m_settings;
    obs_properties_t *m_props = nullptr;
    QScrollArea *m_scroll;
    bool m_rebuildQueued = false;
};

} // namespace lj
