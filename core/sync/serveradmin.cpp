// Server schema files run in order inside one transaction; roles are created with format(%I, %L)
// on the server so that names and passwords never become SQL text here.
#include "serveradmin.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>

#include <map>

namespace kd {

namespace {

std::map<int, QString> serverFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/data/server"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

} // namespace

ServerAdmin::ServerAdmin(ServerConnection &server) : m_server(server) {}

int ServerAdmin::latestSchemaVersion()
{
    const auto files = serverFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<int> ServerAdmin::schemaVersion()
{
    auto q = m_server.query(QStringLiteral("SELECT to_regclass('kd.meta') IS NOT NULL"));
    if (!q)
        return q.error();
    if (!q->next() || !q->value(0).toBool())
        return 0;
    auto v = m_server.query(QStringLiteral("SELECT value FROM kd.meta WHERE key = 'schema_version'"));
    if (!v)
        return v.error();
    return v->next() ? v->value(0).toInt() : 0;
}

Status ServerAdmin::applyFrom(int current)
{
    if (!m_server.sql().transaction())
        return ServerConnection::errorFrom(m_server.sql().lastError(), QCoreApplication::translate("kd::sync", "Cannot begin"));
    for (const auto &[number, path] : serverFiles()) {
        if (number <= current)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_server.sql().rollback();
            return makeError(ErrorCode::Io, QCoreApplication::translate("kd::sync", "Cannot read the server file %1.").arg(path));
        }
        if (auto s = m_server.execScript(QString::fromUtf8(f.readAll())); !s) {
            m_server.sql().rollback();
            Error e = s.error();
            e.where = path;
            return e;
        }
        if (auto s = m_server.exec(QStringLiteral("UPDATE kd.meta SET value = ? "
                                                  "WHERE key = 'schema_version'"),
                                   {QString::number(number)});
            !s) {
            m_server.sql().rollback();
            return s;
        }
    }
    if (current == 0) {
        if (auto s = seedDefaults(); !s) {
            m_server.sql().rollback();
            return s;
        }
    }
    if (!m_server.sql().commit())
        return ServerConnection::errorFrom(m_server.sql().lastError(), QCoreApplication::translate("kd::sync", "Cannot commit"));
    return {};
}

Status ServerAdmin::init()
{
    auto v = schemaVersion();
    if (!v)
        return v.error();
    if (*v > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("kd::sync", "The server already has the Klachtdesk schema (version %1). Use "
                            "`klachtdesk-cli server upgrade`.")
                             .arg(*v));
    return applyFrom(0);
}

Result<int> ServerAdmin::upgrade()
{
    auto v = schemaVersion();
    if (!v)
        return v.error();
    if (*v == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("kd::sync", "The server has no Klachtdesk schema yet. Use `klachtdesk-cli server "
                            "init`."));
    if (*v > latestSchemaVersion())
        return makeError(ErrorCode::SchemaTooNew,
                         QCoreApplication::translate("kd::sync", "The server's schema (version %1) is newer than this program knows.")
                             .arg(*v));
    if (auto s = applyFrom(*v); !s)
        return s.error();
    return latestSchemaVersion();
}

Status ServerAdmin::seedDefaults()
{
    // The same rows with the same fixed ids as CatalogStore::ensureDefaults on every desktop.
    auto read = [](const QString &path, const QString &key) {
        QFile f(path);
        (void)f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(key).toArray();
    };
    auto insert = [this](const QString &table, const QString &id, QJsonObject data) {
        data.insert(u"created_at", 0);
        data.insert(u"updated_at", 0);
        data.insert(u"created_by", QStringLiteral("system"));
        data.insert(u"updated_by", QStringLiteral("system"));
        data.insert(u"deleted_at", QJsonValue::Null);
        return m_server.exec(QStringLiteral("INSERT INTO kd.row_state(table_name, row_id, data) "
                                            "VALUES (?, ?, ?::jsonb)"),
                             {table, id,
                              QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
    };
    for (const QJsonValue &v : read(QStringLiteral(":/data/categories.json"),
                                    QStringLiteral("categories"))) {
        const QJsonObject o = v.toObject();
        QJsonObject d{{QStringLiteral("code"), o[u"code"]},          {QStringLiteral("parent_id"), o[u"parent"]},
                      {QStringLiteral("name_en"), o[u"name_en"]},    {QStringLiteral("name_nl"), o[u"name_nl"]},
                      {QStringLiteral("kind"), o[u"kind"]},          {QStringLiteral("sort_order"), o[u"sort_order"]}};
        if (auto s = insert(QStringLiteral("category"), o[u"id"].toString(), d); !s)
            return s;
    }
    for (const QJsonValue &v : read(QStringLiteral(":/data/channels.json"),
                                    QStringLiteral("channels"))) {
        const QJsonObject o = v.toObject();
        QJsonObject d{{QStringLiteral("code"), o[u"code"]},
                      {QStringLiteral("name_en"), o[u"name_en"]},
                      {QStringLiteral("name_nl"), o[u"name_nl"]},
                      {QStringLiteral("is_public"), o[u"is_public"].toBool() ? 1 : 0},
                      {QStringLiteral("reply_limit"), o[u"reply_limit"]},
                      {QStringLiteral("first_response_minutes"), o[u"first_response_minutes"]},
                      {QStringLiteral("active"), 1},
                      {QStringLiteral("sort_order"), o[u"sort_order"]}};
        if (auto s = insert(QStringLiteral("channel"), o[u"id"].toString(), d); !s)
            return s;
    }
    return {};
}

Result<bool> ServerAdmin::loginExists(const QString &login)
{
    auto known = m_server.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login});
    if (!known)
        return known.error();
    return known->next();
}

Status ServerAdmin::addUser(const QString &login, const QString &password, const QString &role,
                            const QString &team, bool *existed)
{
    static const QStringList roles{QStringLiteral("agent"), QStringLiteral("supervisor"),
                                   QStringLiteral("administrator")};
    if (!roles.contains(role))
        return invalid(QStringLiteral("role"), QCoreApplication::translate("kd::sync", "Use agent, supervisor or administrator."));
    auto exists = loginExists(login);
    if (!exists)
        return exists.error();
    if (existed)
        *existed = *exists;
    // An existing login gets this role instead of the Klachtdesk role it had (only the ones it
    // has are revoked: any other draws a warning on the terminal); its password stays.
    auto q = *exists
        ? m_server.query(QStringLiteral(
                             "SELECT coalesce(string_agg(format('REVOKE %I FROM %I; ', r.rolname, "
                             "u.rolname), ''), '') || format('GRANT %I TO %I', ?::text, ?::text) "
                             "FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                             "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?::text AND "
                             "r.rolname IN ('klachtdesk_agent', 'klachtdesk_supervisor', "
                             "'klachtdesk_administrator')"),
                         {QStringLiteral("klachtdesk_") + role, login, login})
        : m_server.query(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', "
                                        "?::text, ?::text, ?::text)"),
                         {login, password, QStringLiteral("klachtdesk_") + role});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "The server did not answer."));
    const QString sql = q->value(0).toString();
    q->finish();
    if (auto s = m_server.execScript(sql); !s)
        return s;
    // No team given: a new login sees every complaint; an existing one keeps its team (running
    // add-user again to change a role took its team away).
    if (team.isNull() && *exists)
        return {};
    return setTeam(login, team);
}

Result<QString> ServerAdmin::klachtdeskRole(const QString &login)
{
    // Granted roles only: pg_has_role is true for a superuser, who is no Klachtdesk user.
    auto q = m_server.query(QStringLiteral(
        "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?::text AND r.rolname IN "
        "('klachtdesk_administrator', 'klachtdesk_supervisor', 'klachtdesk_agent') "
        "ORDER BY r.rolname = 'klachtdesk_administrator' DESC, "
        "r.rolname = 'klachtdesk_supervisor' DESC LIMIT 1"),
                            {login});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString().mid(int(qstrlen("klachtdesk_"))) : QString();
}

Result<qint64> ServerAdmin::compactFeed(qint64 keepMs)
{
    auto q = m_server.query(QStringLiteral("SELECT kd.compact_feed(?)"), {keepMs});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status ServerAdmin::newEpoch()
{
    return m_server.exec(QStringLiteral("SELECT kd.new_epoch()"));
}

Status ServerAdmin::setTeam(const QString &login, const QString &team, QString *role)
{
    auto known = loginExists(login);
    if (!known)
        return known.error();
    if (!*known)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("kd::sync", "The server has no login %1. "
                                                     "Add it with `server add-user`.")
                             .arg(login));
    // A login of the cluster that is no Klachtdesk user (the administrator's own, another
    // program's) gets no team either.
    auto kind = klachtdeskRole(login);
    if (!kind)
        return kind.error();
    if (kind->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("kd::sync", "The login %1 is no Klachtdesk "
                                                     "user. Add it with `server add-user`.")
                             .arg(login));
    if (role)
        *role = *kind;
    return m_server.exec(QStringLiteral("INSERT INTO kd.member(login, team) VALUES (?, ?) "
                                        "ON CONFLICT (login) DO UPDATE SET team = excluded.team"),
                         {login, team.isNull() ? QStringLiteral("") : team.trimmed()}); // null binds as NULL
}

} // namespace kd
