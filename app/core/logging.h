#pragma once

#include "core/export.h"

#include <QString>
#include <QStringList>

namespace lj {

/// One log file per run under the logs folder, holding both Qt's and libobs'
/// messages, the last kMaxLogs runs kept. Registered secrets are scrubbed from
/// every line before it is written anywhere.
class LJ_CORE_EXPORT StudioLog final {
public:
    static constexpr int kMaxLogs = 10;

    /// Opens a new log file in `dir`, removes the oldest beyond kMaxLogs, and
    /// routes qDebug/qWarning and libobs' blog() into it (and to stderr).
    static bool start(const QString &dir, QString *error = nullptr);
    static void stop();
    static QString currentFile();
    /// Newest first.
    static QStringList files(const QString &dir);

    /// Every later line has `secret` replaced by a mask. Empty or very short
    /// strings are ignored (they would mask ordinary words).
    static void addSecret(const QString &secret);
    static QString redact(const QString &line);

    /// The studio's warnings and errors are echoed to stderr (libobs' only with
    /// `all`, which `LJ_VERBOSE=1` also turns on).
    static void setEchoToStderr(bool all);
};

} // namespace lj
