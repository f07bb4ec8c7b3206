#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lj::push {

/// A push address as platforms' consoles hand it out: a server (the RTMP
/// application URL, or an SRT URL) and a stream key, which may carry expiring
/// signature parameters. Users often paste the whole URL into one field.
struct PushUrl {
    Q_DECLARE_TR_FUNCTIONS(lj::push::PushUrl)
public:
    QString server; ///< e.g. rtmp://push.example.com/live/ (ends with '/' for RTMP)
    QString key;    ///< e.g. stream-123?expire=1700000000&sign=abc
    QString error;  ///< why the input is not a usable address; empty when fine
    QString passphrase; ///< SRT: encrypts the stream (10 to 79 characters); empty: not encrypted
    int latencyMs = 0;  ///< SRT: the receiver's latency; 0: the server's default

    bool isValid() const { return error.isEmpty(); }
    bool isSrt() const { return server.startsWith(QLatin1String("srt://"), Qt::CaseInsensitive); }
    /// What the output connects to: the SRT URL with its streamid, latency and
    /// passphrase (a secret: never log it unmasked), or the RTMP server.
    QString connectUrl() const;

    /// Splits what the user typed into the two fields, wherever the full URL was pasted.
    static PushUrl split(const QString &serverField, const QString &keyField);

    /// When the signed URL stops working, if it says so: `expire`/`expires`/
    /// `expire_time`/`wsTime`/`t` (Unix seconds, decimal), `txTime` (Unix
    /// seconds, hex), `auth_key` (Aliyun: timestamp-rand-uid-hash). Invalid otherwise.
    static QDateTime expiry(const QString &key);
    /// Empty when `passphrase` is one SRT accepts; otherwise why not.
    static QString checkPassphrase(const QString &passphrase);
};

} // namespace lj::push
