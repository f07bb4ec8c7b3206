#include "pushurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace lj::push {

namespace {

bool isUrl(const QString &text)
{
    return text.contains(QLatin1String("://"));
}

} // namespace

QString PushUrl::connectUrl() const
{
    if (!isSrt())
        return server;
    // SRT carries the key as the streamid parameter, and its options beside it (latency in microseconds).
    QStringList parameters;
    if (latencyMs > 0 && !server.contains(QLatin1String("latency=")))
        parameters << QStringLiteral("latency=%1").arg(qint64(latencyMs) * 1000);
    if (!passphrase.isEmpty())
        parameters << QStringLiteral("passphrase=") + QString::fromUtf8(QUrl::toPercentEncoding(passphrase));
    if (!key.isEmpty())
        parameters << QStringLiteral("streamid=") + key;
    if (parameters.isEmpty())
        return server;
    return server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + parameters.join(QLatin1Char('&'));
}

QString PushUrl::checkPassphrase(const QString &passphrase)
{
    if (passphrase.isEmpty() || (passphrase.size() >= 10 && passphrase.size() <= 79))
        return {};
    return tr("An SRT passphrase has 10 to 79 characters.");
}

PushUrl PushUrl::split(const QString &serverField, const QString &keyField)
{
    PushUrl result;
    QString server = serverField.trimmed();
    QString key = keyField.trimmed();
    // The whole URL pasted into the key field (and maybe the server too).
    if (isUrl(key)) {
        server = key;
        key.clear();
    }
    if (server.isEmpty()) {
        result.error = tr("Enter the push server address (it starts with rtmp://, rtmps:// or srt://).");
        return result;
    }
    const QString scheme = server.section(QStringLiteral("://"), 0, 0).toLower();
    if (scheme == QLatin1String("srt")) {
        // SRT stream ids often hold a raw '#' ("#!::r=live/x,m=publish"), which
        // a URL parser would take for a fragment: split the query by hand.
        const int q = int(server.indexOf(QLatin1Char('?')));
        const QString base = q < 0 ? server : server.left(q);
        QStringList kept;
        for (const QString &item : q < 0 ? QStringList{} : server.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            if (item.startsWith(QLatin1String("streamid=")) && key.isEmpty())
                key = QUrl::fromPercentEncoding(item.mid(9).toUtf8());
            else if (item.startsWith(QLatin1String("passphrase="))) // a secret: never kept in the saved server address
                result.passphrase = QUrl::fromPercentEncoding(item.mid(11).toUtf8());
            else if (!item.startsWith(QLatin1String("streamid=")))
                kept << item;
        }
        if (QUrl(base).host().isEmpty()) {
            result.error = tr("\"%1\" is not a valid push address.").arg(server);
            return result;
        }
        result.server = kept.isEmpty() ? base : base + QLatin1Char('?') + kept.join(QLatin1Char('&'));
        result.key = key;
        return result;
    }
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.error = tr("\"%1\" is not a valid push address.").arg(server);
        return result;
    }
    if (scheme != QLatin1String("rtmp") && scheme != QLatin1String("rtmps")) {
        result.error = tr("Push addresses start with rtmp://, rtmps:// or srt://, not %1://.").arg(scheme);
        return result;
    }

    // RTMP: the application is everything but the last path segment; a full
    // URL's last segment (with its query) is the stream key.
    const QString path = url.path();
    const QString query = url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString();
    QString app = path;
    if (key.isEmpty()) {
        const int slash = int(path.lastIndexOf(QLatin1Char('/')));
        if (slash <= 0 || slash == path.size() - 1) {
            // Only an application given (rtmp://host/app or rtmp://host/app/?x): no key in it.
            app = path;
            key.clear();
            if (!query.isEmpty()) {
                result.error = tr("The address has parameters but no stream key.");
                return result;
            }
        } else {
            app = path.left(slash);
            key = path.mid(slash + 1) + query;
        }
    } else if (!query.isEmpty()) {
        result.error = tr("The server address must not contain \"?\" parameters; they belong to the stream key.");
        return result;
    }
    if (app.isEmpty() || app == QLatin1String("/")) {
        result.error = tr("The push address has no application path (such as /live/).");
        return result;
    }
    if (!app.endsWith(QLatin1Char('/')))
        app += QLatin1Char('/');
    QUrl base = url;
    base.setPath(app);
    base.setQuery(QString());
    result.server = base.toString(QUrl::FullyEncoded);
    result.key = key;
    if (result.key.isEmpty())
        result.error = tr("Enter the stream key (or paste the whole push URL).");
    return result;
}

QDateTime PushUrl::expiry(const QString &key)
{
    const int q = int(key.indexOf(QLatin1Char('?')));
    if (q < 0)
        return {};
    const QUrlQuery query(key.mid(q + 1));
    for (const QString &name : {QStringLiteral("expire"), QStringLiteral("expires"), QStringLiteral("expire_time"),
                                QStringLiteral("wsTime"), QStringLiteral("t")}) {
        bool ok = false;
        const qint64 seconds = query.queryItemValue(name).toLongLong(&ok);
        if (ok && seconds > 1000000000LL && seconds < 100000000000LL)
            return QDateTime::fromSecsSinceEpoch(seconds);
    }
    bool ok = false;
    const qint64 tx = query.queryItemValue(QStringLiteral("txTime")).toLongLong(&ok, 16);
    if (ok && tx > 1000000000LL)
        return QDateTime::fromSecsSinceEpoch(tx);
    const QString authKey = query.queryItemValue(QStringLiteral("auth_key"));
    const qint64 stamp = authKey.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    if (ok && stamp > 1000000000LL)
        return QDateTime::fromSecsSinceEpoch(stamp);
    return {};
}

} // namespace lj::push
