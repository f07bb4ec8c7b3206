#pragma once

#include "salesfeed.h"

#include <QFileSystemWatcher>
#include <QTimer>

namespace lj::ticker {

/// Sales events from a file another program appends JSON lines to. Reads
/// only what is new; a half-written last line waits for its newline; a
/// broken line is reported and skipped; the rest go on. A file that shrinks
/// (rotated or truncated) is read again from the start.
class FileFeed final : public SalesFeed {
    Q_OBJECT
public:
    explicit FileFeed(const QString &path, QObject *parent = nullptr);
    QString path() const { return m_path; }
    void start() override;
    /// Reads whatever was appended since the last call.
    void poll();

private:
    QString m_path;
    qint64 m_offset = 0;
    int m_line = 0;
    QByteArray m_partial;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
};

} // namespace lj::ticker
