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

void BulkStatement::bindStatic(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void BulkStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
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

namespace {

// "INSERT INTO t(a, b) VALUES (?1, ?2)" -> the same with rows copies of "(?1, ?2)", the
// parameters of copy r numbered from r * parameters + 1.
QByteArray manyRows(const char *insertSql, int parameters, int rows)
{
    const QByteArray sql(insertSql);
    const qsizetype values = sql.lastIndexOf("VALUES");
    const QByteArray head = sql.left(values + 6), row = sql.mid(values + 6).trimmed();
    QByteArray out = head;
    for (int r = 0; r < rows; ++r) {
        out += r == 0 ? " " : ", ";
        for (qsizetype i = 0; i < row.size(); ++i) {
            out += row.at(i);
            if (row.at(i) != '?')
                continue;
            qsizetype end = i + 1;
            while (end < row.size() && row.at(end) >= '0' && row.at(end) <= '9')
                ++end;
            out += QByteArray::number(row.mid(i + 1, end - i - 1).toInt() + r * parameters);
            i = end - 1;
        }
    }
    return out;
}

} // namespace

BatchInsert::BatchInsert(sqlite3 *db, const char *insertSql, int parametersPerRow,
                         int rowsPerBatch)
    : m_parameters(parametersPerRow),
      m_batchRows(rowsPerBatch),
      m_values(size_t(parametersPerRow * rowsPerBatch)),
      m_one(std::make_unique<BulkStatement>(db, insertSql)),
      m_many(std::make_unique<BulkStatement>(
          db, manyRows(insertSql, parametersPerRow, rowsPerBatch).constData()))
{}

Error BatchInsert::toError(const QString &what) const
{
    return makeError(ErrorCode::Storage,
                     QStringLiteral("%1: %2").arg(what, !m_one->ok() ? m_one->error()
                                                        : !m_many->ok() ? m_many->error()
                                                                         : m_error));
}

void BatchInsert::bind(int index, const QString &text)
{
    Value &v = slot(index);
    v.kind = Value::Text;
    v.text = text.toUtf8();
}

void BatchInsert::bind(int index, qint64 value)
{
    Value &v = slot(index);
    v.kind = Value::Integer;
    v.integer = value;
}

void BatchInsert::bindReal(int index, double value)
{
    Value &v = slot(index);
    v.kind = Value::Real;
    v.real = value;
}

void BatchInsert::bindNull(int index)
{
    slot(index).kind = Value::Null;
}

void BatchInsert::bindValue(BulkStatement &s, int index, const Value &v)
{
    switch (v.kind) {
    case Value::Null: s.bindNull(index); break;
    case Value::Integer: s.bind(index, v.integer); break;
    case Value::Real: s.bindReal(index, v.real); break;
    case Value::Text: s.bindStatic(index, v.text); break;
    }
}

Status BatchInsert::endRow()
{
    if (++m_rows < m_batchRows)
        return {};
    for (int i = 0; i < m_rows * m_parameters; ++i)
        bindValue(*m_many, i + 1, m_values[size_t(i)]);
    m_rows = 0;
    if (auto s = m_many->exec(); !s) {
        m_error = m_many->error();
        return s;
    }
    return {};
}

Status BatchInsert::flush()
{
    const int rows = m_rows;
    m_rows = 0;
    for (int r = 0; r < rows; ++r) {
        for (int i = 0; i < m_parameters; ++i)
            bindValue(*m_one, i + 1, m_values[size_t(r * m_parameters + i)]);
        if (auto s = m_one->exec(); !s) {
            m_error = m_one->error();
            return s;
        }
    }
    return {};
}

} // namespace kd
