// One connection to the shared PostgreSQL server over Qt's QPSQL driver, from a postgresql:// URL.
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>

namespace kd {

struct ServerAddress
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("klachtdesk");
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer"); // disable | prefer | require | verify-ca | verify-full
    QString sslRootCert;                         // CA file for verify-ca / verify-full
    int connectTimeoutSecs = 5;

    // postgresql://user:password@host:port/database?sslmode=verify-full&sslrootcert=/path
    static Result<ServerAddress> parse(const QString &url);
    // The URL without the password, for settings files and messages.
    QString displayUrl() const;
};

class ServerConnection
{
public:
    ServerConnection() = default;
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    Status open(const ServerAddress &address);
    void close();
    bool isOpen() const;
    const ServerAddress &address() const { return m_address; }
    QSqlDatabase &sql() { return m_db; }

    // Prepared statement with bound values; errors come back as kd::Error (Network when the
    // connection is gone, Permission when the server refused it for this user).
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values = {});
    Status exec(const QString &sql, const QVariantList &values = {});
    // A script of several statements without parameters (server schema files).
    Status execScript(const QString &script);

    static Error errorFrom(const QSqlError &error, const QString &what);

private:
    QSqlDatabase m_db;
    QString m_name;
    ServerAddress m_address;
};

} // namespace kd
