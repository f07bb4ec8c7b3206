#include "imagecache.h"

#include "core/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>

namespace lj::catalog {

ImageCache::ImageCache(const QString &dir, QObject *parent) : QObject(parent), m_dir(dir)
{
    QDir().mkpath(dir);
}

QString ImageCache::pathFor(const QString &url) const
{
    return m_dir + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString ImageCache::file(const QString &url)
{
    const QString path = pathFor(url);
    if (QFileInfo::exists(path))
        return path;
    const QUrl source(url);
    if (m_pending.contains(url) || !source.isValid() || source.scheme().isEmpty())
        return {};
    m_pending.insert(url);
    QNetworkReply *reply = m_network.get(QNetworkRequest(source));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, path] {
        reply->deleteLater();
        m_pending.remove(url);
        if (reply->error() != QNetworkReply::NoError)
            return; // shown without a picture; tried again next time
        if (writeFileAtomically(path, reply->readAll()))
            Q_EMIT ready(url);
    });
    return {};
}

QPixmap ImageCache::thumbnail(const QString &url)
{
    if (const auto it = m_thumbnails.constFind(url); it != m_thumbnails.constEnd())
        return *it;
    const QString path = file(url);
    if (path.isEmpty())
        return {};
    const QPixmap thumb = QPixmap(path).scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(url, thumb);
    return thumb;
}

} // namespace lj::catalog
