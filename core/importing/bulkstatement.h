// One SQLite statement prepared once and run many times with bound values, for bulk writers
// (import) where QSqlQuery's per-call overhead would dominate. Values are always bound.
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

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
    void bindReal(int index, double value);
    void bindNull(int index);
    // UTF-8 text that stays alive until the statement has run (not copied).
    void bindStatic(int index, const QByteArray &utf8);
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

// One INSERT run for many rows: the rows are gathered and written rowsPerBatch at a time by one
// statement with that many VALUES rows, then any rest one by one by flush(). Each statement has
// a fixed cost besides its rows (opening a cursor on the table and on each of its indexes, a
// statement journal), which for a complaint with a dozen indexes was as much as the row itself.
// Rows not yet written are invisible to queries: call flush() before reading the table.
class BatchInsert
{
public:
    // insertSql: "INSERT INTO t(a, b, c) VALUES (?1, ?2, ?2)" with numbered parameters.
    BatchInsert(sqlite3 *db, const char *insertSql, int parametersPerRow, int rowsPerBatch = 64);

    bool ok() const { return m_one->ok() && m_many->ok(); }
    Error toError(const QString &what) const;
    // The values of the row being gathered, 1-based as in insertSql.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindReal(int index, double value);
    void bindNull(int index);
    // True when endRow() will write the batch (this row fills it).
    bool rowFillsBatch() const { return m_rows + 1 >= m_batchRows; }
    // The row is complete; a full batch is written.
    Status endRow();
    // Writes the rows gathered so far.
    Status flush();
    // Forgets the rows gathered and not written (the transaction they were for failed).
    void discard() { m_rows = 0; }

private:
    struct Value
    {
        enum Kind { Null, Integer, Real, Text } kind = Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray text;
    };
    Value &slot(int index) { return m_values[size_t(m_rows * m_parameters + index - 1)]; }
    static void bindValue(BulkStatement &s, int index, const Value &v);

    int m_parameters;
    int m_batchRows;
    int m_rows = 0; // complete rows gathered
    std::vector<Value> m_values;
    std::unique_ptr<BulkStatement> m_one, m_many;
    QString m_error;
};

} // namespace kd
