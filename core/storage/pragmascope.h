// A numeric SQLite pragma set on one connection for as long as a scope lives, then put back.
// Bulk work (an import, the first sync of a big server) runs with other settings than a
// desktop's everyday edits: a larger page cache (its B-trees take rows at random places, and
// with the default 2 MB nearly every row's index pages are read back from the file), and for
// a first sync fewer checkpoints and no sync of the log at each page (syncengine.cpp).
#pragma once

#include <QtGlobal>

struct sqlite3;

namespace kd {

class PragmaScope
{
public:
    // pragma: a fixed name such as "cache_size", never user text.
    PragmaScope(sqlite3 *db, const char *pragma, qint64 value);
    ~PragmaScope();
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

private:
    void set(qint64 value);
    sqlite3 *m_db;
    const char *m_pragma;
    qint64 m_old = 0;
    bool m_known = false; // whether the old value could be read (else nothing is put back)
};

} // namespace kd
