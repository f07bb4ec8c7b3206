#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace lj::catalog {

/// Product images fetched once and kept in a cache folder; thumbnails for
/// the table come from the cached copy.
class ImageCache final : public QObject {
    Q_OBJECT
public:
    explicit ImageCache(const QString &dir, QObject *parent = nullptr);

    /// The cached file of `url`, or empty (and a fetch starts).
    QString file(const QString &url);
    QPixmap thumbnail(const QString &url);

Q_SIGNALS:
    void ready(const QString &url);

private:
    QString pathFor(const QString &url) const;

    QString m_dir;
    QNetworkAccessManager m_network;
    QSet<QString> m_pending;
    QHash<QString, QPixmap> m_thumbnails;
};

} // namespace lj::catalog
