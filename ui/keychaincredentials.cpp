// QtKeychain jobs are asynchronous; the password is needed before the first sync, so each call
// waits for its job in a local event loop (with a time limit, in case D-Bus never answers).
#include "keychaincredentials.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace kd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::KeychainCredentials", text);
}

// Runs a job to its end; false when it did not finish in time.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never the plain-text fallback: it would write the password to a settings file.
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

bool meansNoService(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented
        || e == QKeychain::OtherError || e == QKeychain::AccessDenied;
}

} // namespace

KeychainCredentials::KeychainCredentials(QString service) : m_service(std::move(service)) {}

QString KeychainCredentials::key(const QString &serverUrl, const QString &user) const
{
    return user + QLatin1Char('@') + serverUrl;
}

QString KeychainCredentials::password(const QString &serverUrl, const QString &user)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key(serverUrl, user));
    if (!runJob(job)) {
        m_available = false;
        m_lastError = tr("The keychain did not answer.");
        return {};
    }
    if (job.error() == QKeychain::NoError) {
        m_available = true;
        m_lastError.clear();
        return job.textData();
    }
    m_available = !meansNoService(job.error());
    m_lastError = job.errorString();
    return {};
}

Status KeychainCredentials::store(const QString &serverUrl, const QString &user,
                                  const QString &password)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key(serverUrl, user));
    job.setTextData(password);
    if (!runJob(job)) {
        m_available = false;
        m_lastError = tr("The keychain did not answer.");
        return makeError(ErrorCode::Io, m_lastError);
    }
    if (job.error() != QKeychain::NoError) {
        m_available = !meansNoService(job.error());
        m_lastError = job.errorString();
        return makeError(ErrorCode::Io,
                         tr("The password could not be stored in the keychain: %1").arg(m_lastError));
    }
    m_available = true;
    return {};
}

Status KeychainCredentials::forget(const QString &serverUrl, const QString &user)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key(serverUrl, user));
    if (!runJob(job) || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        return makeError(ErrorCode::Io, tr("The password could not be removed from the keychain."));
    return {};
}

} // namespace kd
