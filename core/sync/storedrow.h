// Change-log entries that stand for "the row as it is stored". An import of a million complaints
// logged every new row with all its values as JSON: about 850 bytes a row, 46% of the database
// file and a fifth of the import's time (docs/benchmarks.md, "Import"). It now logs such a row
// with fields = '*', and the values are read from the row itself when they are needed: when the
// change is pushed, and when a pull asks which fields still have a change waiting to go up.
//
// The values read then are the row's values at that moment. That is what the server should get:
// a later local edit has its own entry with the same values, and an erasure (AVG) that came
// before the push means the erased data never leaves the desktop. Only rows that this desktop
// made and the server has not seen are logged this way, so no one else can have changed them.
#pragma once

#include <QString>

namespace kd {

// The fields value of an entry whose values are the stored row's.
inline constexpr char kStoredRowFields[] = "*";

// An SQL expression for the fields JSON of the change-log entry with the given alias: its own
// fields, or for a kStoredRowFields entry the row's current values (keys sorted, as RowWriter
// logs an insert), or NULL when that row is no longer there.
QString changeFieldsSql(const QString &alias);

} // namespace kd
