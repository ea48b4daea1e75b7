// See deferredindex.h; the triggers that honour the local_state keys are in migration 0012.
#include "deferredindex.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <utility>

namespace kd {

namespace {

// The full-text indexes with their columns (as in migration 0002).
const std::pair<QLatin1String, QLatin1String> kDeferredIndexes[] = {
    {QLatin1String("complaint"), QLatin1String("reference, subject, description, product_ref, tags")},
    {QLatin1String("customer"), QLatin1String("name, customer_number, email")},
};

// The local_state key that holds the table's highest local_id from before the deferral.
QString deferredKey(QLatin1String table)
{
    return QStringLiteral("fts_deferred_%1").arg(table);
}

} // namespace

Status deferSearchIndex(Database &db)
{
    for (const auto &[table, columns] : kDeferredIndexes)
        if (auto s = runStatement(db,
                                  QStringLiteral("INSERT OR IGNORE INTO local_state(key, value) "
                                                 "SELECT ?, coalesce(max(local_id), 0) FROM %1")
                                      .arg(table),
                                  {deferredKey(table)});
            !s)
            return s;
    return {};
}

Status indexDeferred(Database &db)
{
    for (const auto &[table, columns] : kDeferredIndexes) {
        const QString key = deferredKey(table);
        if (auto s = runStatement(db,
                                  QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT local_id, %2 "
                                                 "FROM %1 WHERE local_id > (SELECT CAST(value AS "
                                                 "INTEGER) FROM local_state WHERE key = ?) "
                                                 "ORDER BY local_id")
                                      .arg(table, columns),
                                  {key});
            !s)
            return s;
        if (auto s = runStatement(db, QStringLiteral("DELETE FROM local_state WHERE key = ?"), {key}); !s)
            return s;
    }
    return {};
}

bool searchIndexDeferred(Database &db)
{
    for (const auto &[table, columns] : kDeferredIndexes)
        if (!db.stateValue(deferredKey(table)).isEmpty())
            return true;
    return false;
}

Status finishDeferredIndex(Database &db)
{
    if (!searchIndexDeferred(db))
        return {};
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = indexDeferred(db); !s)
        return s;
    return tx.commit();
}

} // namespace kd
