// See pragmascope.h.
#include "pragmascope.h"

#include <QByteArray>

#include <sqlite3.h>

namespace kd {

PragmaScope::PragmaScope(sqlite3 *db, const char *pragma, qint64 value) : m_db(db), m_pragma(pragma)
{
    sqlite3_stmt *current = nullptr;
    const QByteArray read = QByteArray("PRAGMA ") + pragma;
    if (sqlite3_prepare_v2(db, read.constData(), -1, &current, nullptr) == SQLITE_OK
        && sqlite3_step(current) == SQLITE_ROW) {
        m_old = sqlite3_column_int64(current, 0);
        m_known = true;
    }
    sqlite3_finalize(current);
    set(value);
}

PragmaScope::~PragmaScope()
{
    if (m_known)
        set(m_old);
}

void PragmaScope::set(qint64 value)
{
    // A pragma takes no bound values; name and number are ours, not user text.
    const QByteArray sql = QByteArray("PRAGMA ") + m_pragma + " = " + QByteArray::number(value);
    (void)sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

} // namespace kd
