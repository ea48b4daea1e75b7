// Bulk writers (an import, a pulled page of the server's changes, a re-baseline) index the
// complaints and customers they add in one statement at the end instead of one row at a time:
// FTS5 writes an index segment per statement, so row-by-row indexing was the largest cost of a
// bulk write (migration 0012; docs/benchmarks.md, "Import"). Both calls go inside the writer's
// transaction, so a rollback or a kill leaves neither the rows nor their index entries; or the
// writer keeps the index deferred across its transactions (below).
#pragma once

#include "domain/error.h"

#include <QtGlobal>

namespace kd {

class Database;

// From here on, rows added to the complaint and customer tables are not indexed by the triggers.
// When the index is deferred already (by a writer that has not finished), it stays deferred from
// that earlier point.
Status deferSearchIndex(Database &db);
// Indexes the rows added since deferSearchIndex() and lets the triggers index again.
Status indexDeferred(Database &db);

// A writer that spans many transactions (the first sync of a big server) may leave the index
// deferred from one transaction to the next, filling it once at its end: the rows it wrote are
// found by search from then on. Whatever ends such a writer early (a kill, a crash), the next
// open of the file calls finishDeferredIndex.
bool searchIndexDeferred(Database &db);
// Outside any transaction; nothing when nothing is deferred. Fills the index in slices of
// `slice` rows, each its own transaction, so that the window's saves get in between (a million
// complaints are about ten seconds of work).
Status finishDeferredIndex(Database &db, qint64 slice = 100000);

} // namespace kd
