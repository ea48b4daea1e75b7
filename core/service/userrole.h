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

enum class UserRole { Agent = 0, Supervisor = 1, Administrator = 2 };

QString toString(UserRole role);

// The sync state key under which SyncEngine keeps the role the server gave this login.
inline constexpr const char *kServerRoleKey = "sync.server_role";

UserRole currentRole(Database &db);

// Ok when the current user has at least the role; otherwise a Permission error that names what
// was refused and the role it needs.
Status requireRole(Database &db, UserRole atLeast, const QString &what);

} // namespace kd
