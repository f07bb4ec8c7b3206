#pragma once

#include "core/export.h"
#include "core/obsptr.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace lj {

/// A small live picture of one source, for dialogs (the guide's camera step):
/// a few frames a second read back from libobs and painted by Qt, so it needs
/// no native window and costs little. While previewed the source is shown and
/// active (a media file plays, a camera captures).
class LJ_CORE_EXPORT SourcePreview final : public QWidget {
    Q_OBJECT
public:
    explicit SourcePreview(QWidget *parent = nullptr);
    ~SourcePreview() override;

    /// Previews `source` (null: none). Holds a reference until the next call.
    void setSource(obs_source_t *source);
    obs_source_t *source() const { return m_source; }
    /// The last picture painted (null until the source has drawn something).
    QImage lastImage() const { return m_image; }
    QSize sizeHint() const override { return {320, 180}; }

Q_SIGNALS:
    /// A new picture was read (the first one says the source delivers).
    void imageChanged();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    void release();

    OBSSource m_source;
    QImage m_image;
    QTimer m_timer;
};

} // namespace lj
