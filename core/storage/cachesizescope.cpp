#include "cachesizescope.h"

#include <QByteArray>

#include <sqlite3.h>

namespace kd {

CacheSizeScope::CacheSizeScope(sqlite3 *db, int kib) : m_db(db)
{
    sqlite3_stmt *current = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cache_size", -1, &current, nullptr) == SQLITE_OK
        && sqlite3_step(current) == SQLITE_ROW)
        m_old = sqlite3_column_int64(current, 0);
    sqlite3_finalize(current);
    set(-qint64(kib));
}

CacheSizeScope::~CacheSizeScope()
{
    set(m_old);
}

void CacheSizeScope::set(qint64 size)
{
    // A pragma takes no bound values; the number is ours, not user text.
    const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(size);
    (void)sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

} // namespace kd
