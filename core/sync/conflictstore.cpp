// Listing and resolving conflicts; resolving is itself a synced change of sync_conflict.
#include "conflictstore.h"

#include "localapplier.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {

namespace {
const QString kColumns = QStringLiteral("id, table_name, row_id, field, kind, winner, loser, "
                                        "pushed_by, message, created_at, resolved_at");

SyncConflict read(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.table = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.kind = q.value(4).toString();
    c.winner = q.value(5).toString();
    c.loser = q.value(6).toString();
    c.pushedBy = q.value(7).toString();
    c.message = q.value(8).toString();
    c.createdAt = q.value(9).toLongLong();
    c.resolved = !q.value(10).isNull();
    return c;
}
} // namespace

ConflictStore::ConflictStore(Database &db) : m_db(db) {}

Result<QList<SyncConflict>> ConflictStore::list(bool openOnly)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM sync_conflict WHERE deleted_at IS NULL %2 "
                                           "ORDER BY created_at, id")
                                .arg(kColumns, openOnly ? QStringLiteral("AND resolved_at IS NULL")
                                                        : QString()));
    if (!q)
        return q.error();
    QList<SyncConflict> out;
    while (q->next())
        out.append(read(*q));
    return out;
}

Result<SyncConflict> ConflictStore::get(const QString &id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?").arg(kColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("kd::sync", "No conflict %1.").arg(id));
    return read(*q);
}

Status ConflictStore::markResolved(const SyncConflict &c)
{
    const qint64 now = m_db.clock().nowMs();
    if (c.kind == QLatin1String("rejected")) // local only, never synced
        return runStatement(m_db,
                            QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ? "
                                           "WHERE id = ?"),
                            {now, m_db.user(), c.id});
    auto r = RowWriter(m_db).update(QStringLiteral("sync_conflict"), c.id,
                                    {{QStringLiteral("resolved_at"), now},
                                     {QStringLiteral("resolved_by"), m_db.user()}});
    if (!r)
        return r.error();
    return {};
}

QString ConflictStore::recordLabel(const SyncConflict &c)
{
    QString sql;
    if (c.table == QLatin1String("complaint"))
        sql = QStringLiteral("SELECT reference FROM complaint WHERE id = ?");
    else if (c.table == QLatin1String("customer"))
        sql = QStringLiteral("SELECT name FROM customer WHERE id = ?");
    else if (c.table == QLatin1String("interaction"))
        sql = QStringLiteral("SELECT c.reference FROM interaction i JOIN complaint c "
                             "ON c.id = i.complaint_id WHERE i.id = ?");
    if (!sql.isEmpty()) {
        auto q = runQuery(m_db, sql, {c.rowId});
        if (q && q->next() && !q->value(0).toString().isEmpty())
            return q->value(0).toString();
    }
    return QStringLiteral("%1 %2").arg(c.table, c.rowId.right(8));
}

Status ConflictStore::dismiss(const QString &id)
{
    auto c = get(id);
    if (!c)
        return c.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = markResolved(*c); !s)
        return s;
    return tx.commit();
}

Status ConflictStore::restore(const QString &id)
{
    auto c = get(id);
    if (!c)
        return c.error();
    // Once is enough: a second restore would write the old value over whatever came since. And a
    // refusal has nothing to restore: the server would refuse it again, in a loop.
    if (c->resolved)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate(
                                                  "kd::sync", "This conflict was resolved already."));
    if (c->kind == QLatin1String("rejected") || c->kind == QLatin1String("renumbered"))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("kd::sync",
                                                     "The server does not allow this change, so "
                                                     "there is nothing to restore: dismiss it."));
    if (!isSafeIdentifier(c->table))
        return invalid(QStringLiteral("table"), QCoreApplication::translate("kd::sync", "The conflict names no valid table."));
    const QJsonDocument loser = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(c->loser).toUtf8());
    const QJsonValue value = loser.array().at(0);
    QVariantMap columns;
    if (!c->field.isEmpty()) {
        if (!isSafeIdentifier(c->field))
            return invalid(QStringLiteral("field"), QCoreApplication::translate("kd::sync", "The conflict names no valid field."));
        columns.insert(c->field, LocalApplier::toSql(value));
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        static const QStringList skip{QStringLiteral("deleted_at"), QStringLiteral("created_at"),
                                      QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                      QStringLiteral("updated_by"), QStringLiteral("id")};
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!skip.contains(it.key()) && isSafeIdentifier(it.key()))
                columns.insert(it.key(), LocalApplier::toSql(it.value()));
    }

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto deleted = runQuery(m_db, QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(c->table),
                            {c->rowId});
    if (!deleted)
        return deleted.error();
    if (!deleted->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("kd::sync", "The %1 row %2 is not here.").arg(c->table, c->rowId));
    const bool isDeleted = !deleted->value(0).isNull();
    deleted->finish();
    if (isDeleted) {
        // Undo the deletion with the kept values, as one change that sync carries up.
        const qint64 now = m_db.clock().nowMs();
        QVariantMap all = columns;
        all.insert(QStringLiteral("deleted_at"), QVariant());
        all.insert(QStringLiteral("updated_at"), now);
        all.insert(QStringLiteral("updated_by"), m_db.user());
        QStringList sets;
        QVariantList values;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        values << c->rowId;
        if (auto s = runStatement(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                            .arg(c->table, sets.join(QStringLiteral(", "))),
                                  values);
            !s)
            return s;
        if (auto s = RowWriter(m_db).logChange(c->table, c->rowId, QStringLiteral("update"), all); !s)
            return s;
    } else if (!columns.isEmpty()) {
        auto r = RowWriter(m_db).update(c->table, c->rowId, columns);
        if (!r)
            return r.error();
    }
    if (auto s = markResolved(*c); !s)
        return s;
    return tx.commit();
}

} // namespace kd
