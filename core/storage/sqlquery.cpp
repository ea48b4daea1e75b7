// Helpers that keep every statement prepared and every failure explained.
#include "sqlquery.h"

#include "database.h"

#include <QSqlError>

namespace kd {

Error storageError(const QSqlQuery &query, const QString &what)
{
    const QSqlError err = query.lastError();
    QString text = err.text().trimmed();
    ErrorCode code = ErrorCode::Storage;
    if (text.contains(QLatin1String("UNIQUE constraint")))
        code = ErrorCode::Conflict;
    return Error{code, what + QStringLiteral(": ") + text, {}, {}};
}

Result<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q, QStringLiteral("Could not prepare a statement"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return storageError(q, QStringLiteral("A database statement failed"));
    return q;
}

Result<QStringList> queryStrings(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = runQuery(db, sql, values);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    q->finish();
    return out;
}

Status runStatement(Database &db, const QString &sql, const QVariantList &values)
{
    auto cached = db.cachedStatement(sql);
    if (!cached)
        return cached.error();
    QSqlQuery *q = *cached;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        Error e = storageError(*q, QStringLiteral("A database statement failed"));
        q->finish();
        return e;
    }
    q->finish(); // reset: a kept statement must not hold the table open
    return {};
}

} // namespace kd
