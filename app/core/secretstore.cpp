#include "core/secretstore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace lj {

namespace {


SecretResult toResult(const QKeychain::Job &job)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = QCoreApplication::translate("lj::SecretStore", "No saved key was found in the system keychain.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        result.message = QCoreApplication::translate("lj::SecretStore", "The system keychain refused access. Unlock it and try again.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        // libsecret reports an unreachable Secret Service (no D-Bus session,
        // no keyring daemon) as OtherError: to the host it is the same thing.
        result.status = SecretResult::Status::NoBackend;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        break;
    }
    result.message = result.status == SecretResult::Status::NoBackend
                         ? QCoreApplication::translate("lj::SecretStore", "No system keychain is available (%1). Keys cannot be saved; "
                              "you will be asked for them each time.")
                               .arg(job.errorString())
                         : QCoreApplication::translate("lj::SecretStore", "The system keychain failed: %1").arg(job.errorString());
    return result;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

QString SecretStore::fullKey(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('/') + key;
}

template <typename Job> void SecretStore::run(Job *job, const QString &key, Callback done)
{
    runFullKey(job, fullKey(key), std::move(done));
}

template <typename Job> void SecretStore::runFullKey(Job *job, const QString &fullKey, Callback done)
{
    job->setAutoDelete(true);
    job->setKey(fullKey);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        SecretResult result = toResult(*finished);
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished); reader && result.ok()) {
            result.value = reader->textData();
            StudioLog::addSecret(result.value);
        }
        if (done)
            done(result);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, Callback done)
{
    StudioLog::addSecret(secret);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    run(job, key, std::move(done));
}

void SecretStore::read(const QString &key, Callback done)
{
    if (m_legacyPrefix.isEmpty()) {
        run(new QKeychain::ReadPasswordJob(m_service, this), key, std::move(done));
        return;
    }
    run(new QKeychain::ReadPasswordJob(m_service, this), key, [this, key, done = std::move(done)](const SecretResult &r) {
        if (r.status != SecretResult::Status::NotFound) {
            done(r);
            return;
        }
        // Not here yet: perhaps still where an older version kept it.
        const QString legacy = m_legacyPrefix + QLatin1Char('/') + key;
        runFullKey(new QKeychain::ReadPasswordJob(m_service, this), legacy, [this, key, legacy, r, done](const SecretResult &old) {
            if (!old.ok()) {
                done(r);
                return;
            }
            write(key, old.value, [this, legacy, old, done](const SecretResult &moved) {
                if (moved.ok()) // only once it is safe in its new place
                    runFullKey(new QKeychain::DeletePasswordJob(m_service, this), legacy, {});
                done(old);
            });
        });
    });
}

void SecretStore::remove(const QString &key, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, std::move(done));
}

SecretResult SecretStore::wait(const std::function<void(Callback)> &start)
{
    QEventLoop loop;
    SecretResult result;
    bool finished = false;
    start([&](const SecretResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

SecretResult SecretStore::writeSync(const QString &key, const QString &secret)
{
    return wait([&](Callback done) { write(key, secret, std::move(done)); });
}

SecretResult SecretStore::readSync(const QString &key)
{
    return wait([&](Callback done) { read(key, std::move(done)); });
}

SecretResult SecretStore::removeSync(const QString &key)
{
    return wait([&](Callback done) { remove(key, std::move(done)); });
}

} // namespace lj
