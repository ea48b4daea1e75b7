// What the user of this desktop may do: agent, supervisor or administrator.
//
// On a desktop connected to the team's server the role is the one the server gave the login
// (learned at every sync); the server enforces the same rules itself with row-level security, so
// this check only keeps the program from offering what would be refused. A desktop that works on
// its own (its login is in no user list) belongs to its user, who is then its administrator: they
// own the database file anyway.
#pragma once

#include "domain/error.h"

namespace kd {

class Database;
struct Complaint;

enum class UserRole { Agent = 0, Supervisor = 1, Administrator = 2 };

QString toString(UserRole role);

// The sync state key under which SyncEngine keeps the role the server gave this login.
inline constexpr const char *kServerRoleKey = "sync.server_role";
// ... the login itself, as the server names it (session_user), and the team the server keeps its
// complaints to ('' for every complaint: supervisors, and agents of no team).
inline constexpr const char *kServerLoginKey = "sync.server_login";
inline constexpr const char *kServerTeamKey = "sync.server_team";

UserRole currentRole(Database &db);

// Ok when the current user has at least the role; otherwise a Permission error that names what
// was refused and the role it needs.
Status requireRole(Database &db, UserRole atLeast, const QString &what);

// What an agent may not do with a complaint on the server (server schema 1 and 4, docs/sync.md "Roles"),
// refused here before it is saved, instead of coming back from the server as a conflict: handing
// a complaint to someone else (only to themselves or to no one), and moving it to a team other
// than their own (when the server keeps them to one). Ok for everyone else, and on a desktop
// that works on its own.
Status mayAssign(Database &db, const QString &assignee);
Status mayMoveToTeam(Database &db, const QString &team);
// ... and changing a complaint assigned to a colleague at all.
Status mayChange(Database &db, const Complaint &complaint);

} // namespace kd
