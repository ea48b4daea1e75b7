// Opening the QPSQL connection with libpq options (TLS, timeouts) and turning errors into kd::Error.
#include "serverconnection.h"

#include "domain/uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrlQuery>

namespace kd {

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        // What was typed, as typed (an invalid QUrl prints as ""), without a password in it.
        static const QRegularExpression password(QStringLiteral("(^|://)([^:/@]*):[^@/]*@"));
        QString shown = text.trimmed();
        shown.replace(password, QStringLiteral("\\1\\2@"));
        return invalid(QStringLiteral("url"),
                       QCoreApplication::translate("kd::sync", "Not a server address: \"%1\". Use "
                          "postgresql://user@host:5432/database?sslmode=verify-full.")
                           .arg(shown));
    }
    ServerAddress a;
    if (!url.host().isEmpty())
        a.host = url.host();
    a.port = url.port(5432);
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        a.database = path;
    a.user = url.userName();
    a.password = url.password();
    const QUrlQuery q(url);
    if (q.hasQueryItem(QStringLiteral("sslmode")))
        a.sslMode = q.queryItemValue(QStringLiteral("sslmode"));
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
                                   QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(a.sslMode))
        return invalid(QStringLiteral("sslmode"),
                       QCoreApplication::translate("kd::sync", "Unknown sslmode \"%1\"; use one of %2.").arg(a.sslMode, modes.join(u", ")));
    a.sslRootCert = q.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (q.hasQueryItem(QStringLiteral("connect_timeout")))
        a.connectTimeoutSecs = q.queryItemValue(QStringLiteral("connect_timeout")).toInt();
    return a;
}

QString ServerAddress::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        q.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(q);
    return url.toString();
}

ServerConnection::~ServerConnection()
{
    close();
}

void ServerConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool ServerConnection::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

Status ServerConnection::open(const ServerAddress &address)
{
    close();
    m_address = address;
    m_name = QStringLiteral("kd-pg-") + uuid::v7();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        return makeError(ErrorCode::Network,
                         QCoreApplication::translate("kd::sync", "The PostgreSQL driver for Qt is missing (package libqt6sql6-psql)."));
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    m_db.setUserName(address.user);
    m_db.setPassword(address.password);
    // TCP keepalives so that a dead network is noticed instead of waiting forever.
    QStringList options{QStringLiteral("sslmode=%1").arg(address.sslMode),
                        QStringLiteral("connect_timeout=%1").arg(address.connectTimeoutSecs),
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3"),
                        QStringLiteral("application_name=klachtdesk")};
    if (!address.sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(address.sslRootCert);
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        Error e = errorFrom(m_db.lastError(), QCoreApplication::translate("kd::sync", "Cannot connect to the server %1")
                                                  .arg(address.displayUrl()));
        // A refused login or a missing database is not "unreachable" (exit code 7, retried
        // forever by --watch): libpq gives no SQLSTATE before the session starts, so its words
        // decide, and the user is told what to check. The server's own words stay behind it.
        const QString said = m_db.lastError().databaseText() + m_db.lastError().driverText();
        if (said.contains(QLatin1String("password authentication failed"))
            || said.contains(QLatin1String("no password supplied"))
            || (said.contains(QLatin1String("role \"")) && said.contains(QLatin1String("does not exist"))))
            e = makeError(ErrorCode::Permission,
                          QCoreApplication::translate("kd::sync",
                                                      "The server %1 did not accept the login %2 "
                                                      "with this password. Check the user name and "
                                                      "the password (on the command line: "
                                                      "KLACHTDESK_PASSWORD). The server said: %3")
                              .arg(address.displayUrl(), address.user, said.simplified()));
        else if (said.contains(QLatin1String("database \"")) && said.contains(QLatin1String("does not exist")))
            e = makeError(ErrorCode::NotFound,
                          QCoreApplication::translate("kd::sync",
                                                      "The server has no database %1: check the "
                                                      "address. The server said: %2")
                              .arg(address.database, said.simplified()));
        close();
        return e;
    }
    return {};
}

Error ServerConnection::errorFrom(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    ErrorCode kind = ErrorCode::Network;
    if (code == QLatin1String("42501") || code == QLatin1String("28P01")
        || code == QLatin1String("28000"))
        kind = ErrorCode::Permission;
    else if (code.startsWith(QLatin1String("23")) || code.startsWith(QLatin1String("22")))
        kind = ErrorCode::Conflict;
    else if (!code.isEmpty() && !code.startsWith(QLatin1String("08"))
             && !code.startsWith(QLatin1String("57")) && code != QLatin1String("40001")
             && code != QLatin1String("40P01"))
        kind = ErrorCode::Storage;
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return makeError(kind, QStringLiteral("%1: %2").arg(what, text));
}

Result<QSqlQuery> ServerConnection::query(const QString &sql, const QVariantList &values)
{
    if (!isOpen())
        return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "Not connected to the server."));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), QCoreApplication::translate("kd::sync", "The server refused a statement"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return errorFrom(q.lastError(), QCoreApplication::translate("kd::sync", "The server refused a statement"));
    return q;
}

Status ServerConnection::exec(const QString &sql, const QVariantList &values)
{
    auto q = query(sql, values);
    if (!q)
        return q.error();
    return {};
}

Status ServerConnection::execScript(const QString &script)
{
    if (!isOpen())
        return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "Not connected to the server."));
    QSqlQuery q(m_db);
    if (!q.exec(script))
        return errorFrom(q.lastError(), QCoreApplication::translate("kd::sync", "The server schema script failed"));
    return {};
}

} // namespace kd
