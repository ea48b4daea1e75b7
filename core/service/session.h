// Opening the workstation's database the same way for the GUI and the CLI.
#pragma once

#include "domain/error.h"
#include "storage/database.h"

#include <memory>

namespace kd {

// <AppDataLocation>/klachtdesk.sqlite, or $KLACHTDESK_DB when set (tests, portable use).
QString defaultDatabasePath();

// The login written as author of changes: the configured one, else the OS user name.
QString currentLogin();

// Opens the database, migrates it and loads the default categories and channels when empty.
Result<std::unique_ptr<Database>> openWorkstation(const QString &path, const Clock *clock = nullptr);
// A database that syncs works under the server's name for the login (the last sync learned it),
// whatever this computer calls its user: the server lets an agent assign complaints only to that
// name and checks authors against it. True when the user changed.
bool adoptServerLogin(Database &db);

} // namespace kd
