// One SQLite statement prepared once and run many times with bound values, for bulk writers
// (import) where QSqlQuery's per-call overhead would dominate. Values are always bound.
#pragma once

#include "domain/error.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kd {

class BulkStatement
{
public:
    BulkStatement(sqlite3 *db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void bind(int index, const QString &text); // 1-based; a null QString binds ''
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Runs the statement; true with a row to read (SELECT), false when done. Errors -> error().
    bool step();
    QString columnText(int index);
    qint64 columnInt(int index);
    void reset();
    // Runs it to the end and resets it; the error when it failed.
    Status exec();
    QString error() const { return m_error; }
    Error toError(const QString &what) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace kd
