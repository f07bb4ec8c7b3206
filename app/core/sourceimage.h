#pragma once

#include "core/export.h"

#include <obs.h>

#include <QImage>
#include <QSize>

namespace lj {

/// What a source shows now, as a picture no larger than `maxSize` (its aspect
/// kept). Rendered by libobs on the graphics context and read back, so it
/// works without a window — for previews in dialogs, thumbnails and checks
/// that look at pixels. A null image when the source has no size yet.
/// Call from any thread but libobs' graphics thread.
LJ_CORE_EXPORT QImage grabSourceImage(obs_source_t *source, QSize maxSize);

} // namespace lj
