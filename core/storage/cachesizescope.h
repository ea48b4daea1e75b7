// A larger SQLite page cache on one connection for as long as a scope lives. Bulk work (an
// import, the first sync of a big server) writes rows into B-trees whose keys come in no order:
// with the default 2 MB cache nearly every row's index pages are read back from the file
// (system calls, the OS cache at best) and written out again before the next row needs them.
#pragma once

#include <QtGlobal>

struct sqlite3;

namespace kd {

class CacheSizeScope
{
public:
    // kib: the cache for the scope's lifetime, in KiB.
    CacheSizeScope(sqlite3 *db, int kib);
    ~CacheSizeScope();
    CacheSizeScope(const CacheSizeScope &) = delete;
    CacheSizeScope &operator=(const CacheSizeScope &) = delete;

private:
    void set(qint64 size);
    sqlite3 *m_db;
    qint64 m_old = -2000; // SQLite's default, should the old value not be readable
};

} // namespace kd
