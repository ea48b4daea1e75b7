// Secondary indexes dropped for a bulk write that spans many transactions (the first sync of a
// big server) and built again at its end, each in one sorted pass instead of a B-tree descent per
// row. Their CREATE statements are kept in local_state, written in the same transaction as the
// drop, so that whatever ends the writer (a kill, a crash, a cancel) the next open of the file
// builds them again: the database is never left without them for longer than the writer runs.
#pragma once

#include "domain/error.h"

#include <QStringList>

namespace kd {

class Database;

// The local_state key that holds the statements (a JSON array) while indexes are suspended.
inline constexpr char kSuspendedIndexesKey[] = "suspended_indexes";

// Drops the non-unique secondary indexes of the tables, but those named in keep, and records
// them. Inside the caller's transaction. An index SQLite will not drop now (another statement of
// the connection is reading) stays, with the rest: that is no error.
Status suspendIndexes(Database &db, const QStringList &tables, const QStringList &keep = {});
bool indexesSuspended(Database &db);
// Builds the suspended indexes again and forgets them, one index per transaction of its own (a
// write of another connection waits for one index at a time, not for all of them); nothing
// when none are suspended. Outside any transaction.
Status restoreIndexes(Database &db);

} // namespace kd
