// Secondary indexes suspended for a long bulk write, recorded so that a kill cannot lose them.
#include "suspendedindexes.h"

#include "database.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kd {

namespace {

const QString kKey = QLatin1String(kSuspendedIndexesKey);

QStringList recorded(Database &db)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(db.stateValue(kKey).toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

Status record(Database &db, const QStringList &statements)
{
    return db.setStateValue(kKey, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(
                                                                       statements))
                                                        .toJson(QJsonDocument::Compact)));
}

} // namespace

Status suspendIndexes(Database &db, const QStringList &tables, const QStringList &keep)
{
    QStringList statements = recorded(db);
    // Unique indexes keep enforcing their rule, and automatic ones (sql IS NULL) cannot go.
    auto q = runQuery(db,
                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' "
                                     "AND tbl_name IN (SELECT value FROM json_each(?)) "
                                     "AND name NOT IN (SELECT value FROM json_each(?)) ORDER BY name"),
                      {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tables))
                                             .toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keep))
                                             .toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> indexes;
    while (q->next())
        indexes.append({q->value(0).toString(), q->value(1).toString()});
    q->finish();
    for (const auto &[name, sql] : std::as_const(indexes)) {
        QSqlQuery drop(db.sql());
        // The name comes from sqlite_master, never from a user or the server.
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            break; // SQLITE_LOCKED: the rest stays too
        statements << sql;
        if (auto s = record(db, statements); !s)
            return s;
    }
    return {};
}

bool indexesSuspended(Database &db)
{
    return !db.stateValue(kKey).isEmpty();
}

Status restoreIndexes(Database &db)
{
    while (indexesSuspended(db)) {
        QStringList statements = recorded(db);
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        if (!statements.isEmpty()) {
            QString sql = statements.takeFirst();
            // Built already when a kill came between this and forgetting it: no error.
            if (sql.startsWith(QLatin1String("CREATE INDEX "), Qt::CaseInsensitive))
                sql.replace(0, 13, QStringLiteral("CREATE INDEX IF NOT EXISTS "));
            QSqlQuery create(db.sql());
            if (!create.exec(sql))
                return storageError(create, QStringLiteral("restore an index"));
        }
        if (auto s = statements.isEmpty() ? db.removeStateValue(kKey) : record(db, statements);
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        db.letWaitingWritersIn(); // a save of the window goes between two indexes
    }
    return {};
}

} // namespace kd
