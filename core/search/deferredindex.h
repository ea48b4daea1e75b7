// Bulk writers (an import, a pulled page of the server's changes, a re-baseline) index the
// complaints and customers they add in one statement at the end instead of one row at a time:
// FTS5 writes an index segment per statement, so row-by-row indexing was the largest cost of a
// bulk write (migration 0012; docs/benchmarks.md, "Import"). Both calls go inside the writer's
// transaction, so a rollback or a kill leaves neither the rows nor their index entries.
#pragma once

#include "domain/error.h"

namespace kd {

class Database;

// From here on, rows added to the complaint and customer tables are not indexed by the triggers.
Status deferSearchIndex(Database &db);
// Indexes the rows added since deferSearchIndex() and lets the triggers index again.
Status indexDeferred(Database &db);

} // namespace kd
