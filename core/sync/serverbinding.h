// Which server a database syncs with. The address (never the password) is kept in the database
// itself: a local database is a replica of one server, so another file opened with --db (a trial,
// a copy) is not sent to the team's server because a setting of the whole computer named it.
#pragma once

#include "domain/error.h"

#include <QString>

namespace kd {

class Database;

// The address stored for this database; empty when it was never connected. Until 5 December 2026
// the address lived in QSettings ("sync/url") for every database: the default database, and one
// that has synced already, take that address over once.
QString storedServerUrl(Database &db);
Status storeServerUrl(Database &db, const QString &displayUrl);

} // namespace kd
