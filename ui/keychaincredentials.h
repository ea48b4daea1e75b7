// The server password in the OS keychain (Qt6Keychain: Secret Service / KWallet, macOS Keychain,
// Windows Credential Store). Never in QSettings: without a keychain service the GUI asks for the
// password at each start and keeps it in memory only.
#pragma once

#include "domain/error.h"
#include "sync/credentials.h"

#include <QString>

namespace kd {

class KeychainCredentials final : public Credentials
{
public:
    explicit KeychainCredentials(QString service = QStringLiteral("klachtdesk"));

    // Empty when the keychain has no entry or there is no keychain service (see available()).
    QString password(const QString &serverUrl, const QString &user) override;
    Status store(const QString &serverUrl, const QString &user, const QString &password);
    Status forget(const QString &serverUrl, const QString &user);

    // False once a call found no keychain service running (then the caller asks the user).
    bool available() const { return m_available; }
    QString lastError() const { return m_lastError; }

private:
    QString key(const QString &serverUrl, const QString &user) const;

    QString m_service;
    bool m_available = true;
    QString m_lastError;
};

} // namespace kd
