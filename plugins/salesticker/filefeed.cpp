#include "filefeed.h"

#include <QFile>
#include <QFileInfo>

namespace lj::ticker {

FileFeed::FileFeed(const QString &path, QObject *parent) : SalesFeed(parent), m_path(path)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileFeed::poll);
    // The watcher misses files created later and some network file systems.
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &FileFeed::poll);
}

void FileFeed::start()
{
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    m_timer.start();
    poll();
}

void FileFeed::poll()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (m_watcher.files().isEmpty())
        m_watcher.addPath(m_path);
    if (file.size() < m_offset) {
        m_offset = 0;
        m_line = 0;
        m_partial.clear();
    }
    if (!file.seek(m_offset))
        return;
    const QByteArray chunk = file.readAll();
    m_offset += chunk.size();
    QByteArray data = m_partial + chunk;
    const qsizetype lastNewline = data.lastIndexOf('\n');
    m_partial = data.mid(lastNewline + 1);
    if (lastNewline < 0)
        return;
    data.truncate(lastNewline);
    for (const QByteArray &raw : data.split('\n')) {
        ++m_line;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString error;
        if (const std::optional<SaleEvent> event = SaleEvent::fromJsonLine(line, &error))
            Q_EMIT received(*event);
        else
            Q_EMIT problem(m_line, error);
    }
}

} // namespace lj::ticker
