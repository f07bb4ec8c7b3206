#include "relayconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

namespace lj::push {

namespace {

/// A value nginx reads as one argument whatever it holds (quotes, backslashes, ';', spaces).
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// A name safe as an SRS engine name or a comment line.
QString plain(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.isLetterOrNumber() ? c : QLatin1Char('_');
    return out;
}

} // namespace

QString RelayConfig::nginxRelayAddress(const QString &url)
{
    const QUrl u(url);
    const int port = u.port(u.scheme().compare(QLatin1String("rtmps"), Qt::CaseInsensitive) == 0 ? 443 : 1935);
    return QStringLiteral("%1:%2%3").arg(u.host()).arg(port).arg(url.mid(url.indexOf(QLatin1Char('/'), url.indexOf(QLatin1String("//")) + 2)));
}

QString RelayConfig::appOf(const QString &server)
{
    const QStringList path = QUrl(server).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return path.isEmpty() ? QString() : path.first();
}

QString RelayConfig::maskKey(const QString &url)
{
    const int slash = int(url.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? url : url.left(slash + 1) + QStringLiteral("••••••••");
}

QString RelayConfig::keysWarning()
{
    return tr("This file holds the stream key of every platform in plain text. Copy it to the base's server only "
              "(readable by the server alone), delete every other copy, and keep the server's statistics page "
              "closed to the internet: it shows the addresses it pushes to.");
}

QString RelayConfig::write(Engine engine, const Source &source, const QList<Destination> &destinations, const QDateTime &when,
                           bool masked)
{
    QStringList lines;
    const QString stamp = when.toString(Qt::ISODate);
    lines << QStringLiteral("# Longjiang Live Studio: relay for room \"%1\" (%2), written %3.").arg(plain(source.room), source.room, stamp);
    for (const QString &line : keysWarning().split(QStringLiteral(". "), Qt::SkipEmptyParts))
        lines << QStringLiteral("# ") + line.trimmed() + (line.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    const auto url = [masked](const Destination &d) { return masked ? maskKey(d.url) : d.url; };
    if (engine == Engine::NginxRtmp) {
        lines << QStringLiteral("# Include it in the rtmp { server { ... } } block of nginx.conf:")
              << QStringLiteral("#     include /etc/nginx/longjiang/%1.conf;").arg(plain(source.room.isEmpty() ? source.app : source.room))
              << QStringLiteral("# The studio pushes to rtmp://<this server>/%1/%2").arg(source.app, masked ? QStringLiteral("••••••••") : source.stream)
              << QString() << QStringLiteral("application %1 {").arg(source.app) << QStringLiteral("    live on;")
              << QStringLiteral("    record off;") << QStringLiteral("    push_reconnect 3s;");
        for (const Destination &d : destinations) {
            lines << QStringLiteral("    # %1").arg(d.name);
            lines << QStringLiteral("    push %1 %2;").arg(quoted(url(d)), quoted(QStringLiteral("name=") + (masked ? QStringLiteral("••••••••") : source.stream)));
        }
        lines << QStringLiteral("}");
    } else {
        lines << QStringLiteral("# Add it to the SRS configuration (srs.conf); SRS's own FFmpeg copies the stream,")
              << QStringLiteral("# without re-encoding, to each platform.")
              << QStringLiteral("# The studio pushes to rtmp://<this server>/%1/%2").arg(source.app, masked ? QStringLiteral("••••••••") : source.stream)
              << QString() << QStringLiteral("vhost __defaultVhost__ {") << QStringLiteral("    transcode %1/%2 {").arg(source.app, masked ? QStringLiteral("••••••••") : source.stream)
              << QStringLiteral("        enabled on;") << QStringLiteral("        ffmpeg ./objs/ffmpeg/bin/ffmpeg;");
        int n = 0;
        for (const Destination &d : destinations) {
            lines << QStringLiteral("        # %1").arg(d.name) << QStringLiteral("        engine platform%1 {").arg(++n)
                  << QStringLiteral("            enabled on;") << QStringLiteral("            vcodec copy;") << QStringLiteral("            acodec copy;")
                  << QStringLiteral("            output %1;").arg(url(d)) << QStringLiteral("        }");
        }
        lines << QStringLiteral("    }") << QStringLiteral("}");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool RelayConfig::nginxActivePushes(const QByteArray &statXml, const Source &source, QStringList *activeUrls, bool *publishing,
                                    QString *error)
{
    activeUrls->clear();
    *publishing = false;
    QXmlStreamReader xml(statXml);
    QStringList path; // element names from the root
    QString application, stream, address;
    bool clientActive = false, clientPublishing = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path << xml.name().toString();
            const QString at = path.join(QLatin1Char('/'));
            // readElementText() consumes the element's end too: the path drops it here.
            if (at == QLatin1String("rtmp/server/application/name")) {
                application = xml.readElementText();
                path.removeLast();
            } else if (at == QLatin1String("rtmp/server/application/live/stream/name")) {
                stream = xml.readElementText();
                path.removeLast();
            } else if (at == QLatin1String("rtmp/server/application/live/stream/client")) {
                address.clear();
                clientActive = clientPublishing = false;
            } else if (at == QLatin1String("rtmp/server/application/live/stream/client/address")) {
                address = xml.readElementText();
                path.removeLast();
            } else if (at == QLatin1String("rtmp/server/application/live/stream/client/active")) {
                clientActive = true;
            } else if (at == QLatin1String("rtmp/server/application/live/stream/client/publishing")) {
                clientPublishing = true;
            }
        } else if (xml.isEndElement()) {
            const QString at = path.join(QLatin1Char('/'));
            if (at == QLatin1String("rtmp/server/application/live/stream/client") && application == source.app && stream == source.stream) {
                if (clientPublishing)
                    *publishing = true;
                else if (clientActive && !address.isEmpty())
                    *activeUrls << address;
            }
            if (at == QLatin1String("rtmp/server/application/live/stream"))
                stream.clear();
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        *error = tr("The relay's statistics page cannot be read: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

bool RelayConfig::srsReceiving(const QByteArray &streamsJson, const Source &source, bool *publishing, QString *error)
{
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(streamsJson, &parse).object();
    if (parse.error != QJsonParseError::NoError || !root.value(QStringLiteral("streams")).isArray()) {
        *error = tr("The relay's API answer cannot be read.");
        return false;
    }
    *publishing = false;
    for (const QJsonValue &v : root.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("app")).toString() == source.app && s.value(QStringLiteral("name")).toString() == source.stream)
            *publishing = *publishing || s.value(QStringLiteral("publish")).toObject().value(QStringLiteral("active")).toBool();
    }
    return true;
}

} // namespace lj::push
