// The floor under a bulk write: the time SQLite alone takes to write the same rows into a fresh
// database of the same schema, with the same plan (secondary indexes dropped and built in one
// pass, the search index filled in one statement at the end), but with nothing for the program to
// do: no CSV to read, no values to check, no JSON, no server. The rows are copied with INSERT ...
// SELECT from the database the measured run wrote. What the run takes beyond this figure is the
// program's; what the floor itself takes no program over this schema can save.
#pragma once

#include <QString>
#include <QStringList>

namespace kd::bench {

struct FloorPlan
{
    QStringList tables;         // copied in this order (parents first), every row
    QStringList suspendIndexes; // tables whose secondary indexes are dropped and built at the end
    qint64 rowsPerCommit = 0;   // 0: everything in one transaction; else pages of this many rows
    bool synchronousNormal = false; // a first sync's writing setting (docs/sync.md)
};

// Milliseconds for the copy from `from` into a new database at `scratch` (made and removed here),
// or a negative number when it failed (with a message on stderr).
double sqlFloorMs(const QString &from, const QString &scratch, const FloorPlan &plan);

} // namespace kd::bench
