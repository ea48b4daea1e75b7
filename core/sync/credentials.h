// Where the server password comes from. The core knows no keychain: the GUI implements this over
// the OS keychain (Qt6Keychain), scripts and tests use KLACHTDESK_PASSWORD.
#pragma once

#include <QString>

namespace kd {

class Credentials
{
public:
    virtual ~Credentials() = default;
    // The password for user at the server (displayUrl without password); empty when unknown.
    virtual QString password(const QString &serverUrl, const QString &user) = 0;
};

// KLACHTDESK_PASSWORD from the environment.
class EnvironmentCredentials final : public Credentials
{
public:
    QString password(const QString &, const QString &) override
    {
        return qEnvironmentVariable("KLACHTDESK_PASSWORD");
    }
};

} // namespace kd
