// Preparing the shared server: schema, roles and row-level security (server init / upgrade), and
// the team's login roles.
#pragma once

#include "domain/error.h"

#include <QString>

namespace kd {

class ServerConnection;

class ServerAdmin
{
public:
    explicit ServerAdmin(ServerConnection &server);

    // The schema version the server files in resources/data/server/ bring a server to.
    static int latestSchemaVersion();
    // 0 when the server has no Klachtdesk schema yet.
    Result<int> schemaVersion();

    // Creates the schema, roles, policies and the default categories and channels. Refuses a
    // server that has the schema already (use upgrade()).
    Status init();
    // Applies the server files newer than the server's version, in one transaction.
    Result<int> upgrade();

    // A login role for a team member; role is agent, supervisor or administrator. A login is the
    // whole PostgreSQL cluster's, not this database's: one that exists already (made for another
    // database or another program) gets the role here and keeps its password; `existed` says so.
    Status addUser(const QString &login, const QString &password, const QString &role,
                   const QString &team = {}, bool *existed = nullptr);
    Result<bool> loginExists(const QString &login);
    // agent, supervisor or administrator; empty for a login that is no Klachtdesk user.
    Result<QString> klachtdeskRole(const QString &login);
    // Removes feed entries and tombstones older than keepMs (server schema 5); returns the
    // number of feed entries removed. Desktops that had not pulled them re-baseline.
    Result<qint64> compactFeed(qint64 keepMs);
    // Announces a restore from a backup: every desktop re-baselines on its next sync.
    Status newEpoch();

    // The team whose complaints an agent sees (empty: every complaint); server schema 4. A null
    // team for addUser: a new login sees every complaint, an existing one keeps its team.
    // `role`, when given, gets the login's Klachtdesk role (the check needs it anyway).
    Status setTeam(const QString &login, const QString &team, QString *role = nullptr);

private:
    Status applyFrom(int current);
    Status seedDefaults();

    ServerConnection &m_server;
};

} // namespace kd
