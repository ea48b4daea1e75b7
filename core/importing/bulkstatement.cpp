// sqlite3 prepared statements for bulk writes.
#include "bulkstatement.h"

#include <sqlite3.h>

namespace kd {

BulkStatement::BulkStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool BulkStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

QString BulkStatement::columnText(int index)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)) : QString();
}

qint64 BulkStatement::columnInt(int index)
{
    return sqlite3_column_int64(m_stmt, index);
}

void BulkStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Status BulkStatement::exec()
{
    m_error.clear();
    while (step()) {
    }
    const QString err = m_error;
    reset();
    if (!err.isEmpty())
        return toError(QStringLiteral("bulk write"));
    return {};
}

Error BulkStatement::toError(const QString &what) const
{
    return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, m_error));
}

} // namespace kd
