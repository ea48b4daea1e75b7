// See deferredindex.h; the triggers that honour the local_state keys are in migration 0012.
#include "deferredindex.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <algorithm>
#include <limits>
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

// Indexes the table's rows with local_id in (after, upTo], in local_id order.
Status indexRows(Database &db, QLatin1String table, QLatin1String columns, qint64 after, qint64 upTo)
{
    return runStatement(db,
                        QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT local_id, %2 FROM %1 "
                                       "WHERE local_id > ? AND local_id <= ? ORDER BY local_id")
                            .arg(table, columns),
                        {after, upTo});
}

// A fill of this many rows or more in one statement loads without FTS5's merging (below).
constexpr qint64 kQuietMergeFrom = 50000;
// Up to this many: the fill leaves about one index segment per 170,000 complaints (a 64 MB term
// hash, migration 0014), and FTS5 merges 16 segments of one level all at once, in whichever write
// comes next (its "crisis merge"), which must not be a save of the window.
constexpr qint64 kQuietMergeUpTo = 2000000;

// Indexes the table's rows after `after` in one statement. FTS5 merges segments as it writes
// them (automerge, 4 at a time); while one statement fills the index from scratch that work is
// done over and over on segments that the next flush outgrows. Off for a large fill: in the
// million-row import the statement took 6.9-7.3 s instead of 9.5 s and left 6 segments instead of
// 7 (merging resumes with the next write, a little at a time).
Status indexRowsAfter(Database &db, QLatin1String table, QLatin1String columns, qint64 after)
{
    auto last = runQuery(db, QStringLiteral("SELECT coalesce(max(local_id), 0) FROM %1").arg(table));
    if (!last)
        return last.error();
    const qint64 rows = last->next() ? last->value(0).toLongLong() - after : 0;
    last->finish();
    const bool quiet = rows >= kQuietMergeFrom && rows <= kQuietMergeUpTo;
    const QString setMerge = QStringLiteral("INSERT INTO %1_fts(%1_fts, rank) VALUES ('automerge', ?)")
                                 .arg(table);
    if (quiet)
        if (auto s = runStatement(db, setMerge, {0}); !s)
            return s;
    if (auto s = indexRows(db, table, columns, after, std::numeric_limits<qint64>::max()); !s)
        return s;
    return quiet ? runStatement(db, setMerge, {4}) : Status{}; // FTS5's default, as every index has it
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
        if (const QString from = db.stateValue(key); !from.isEmpty())
            if (auto s = indexRowsAfter(db, table, columns, from.toLongLong()); !s)
                return s;
        if (auto s = db.removeStateValue(key); !s)
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

Status finishDeferredIndex(Database &db, qint64 slice)
{
    // In slices of rows, each its own transaction that moves the key past it: the triggers index
    // rows at or below the key, so every row is indexed once, by a slice or by its trigger, also
    // when the window adds or edits rows in between. One statement for a million complaints held
    // the write lock for 11 s, longer than a save of the window waits (busy_timeout, 5 s).
    for (const auto &[table, columns] : kDeferredIndexes) {
        const QString key = deferredKey(table);
        for (;;) {
            Transaction tx(db);
            if (auto s = tx.begin(); !s)
                return s;
            const QString from = db.stateValue(key);
            if (from.isEmpty())
                break; // the transaction rolls back: nothing was written
            // The slice ends at its last row, or at the table's last row.
            auto end = runQuery(db,
                                QStringLiteral("SELECT coalesce((SELECT local_id FROM %1 WHERE "
                                               "local_id > ? ORDER BY local_id LIMIT 1 OFFSET ?), "
                                               "(SELECT max(local_id) FROM %1), 0), "
                                               "coalesce((SELECT max(local_id) FROM %1), 0)")
                                    .arg(table),
                                {from.toLongLong(), std::max<qint64>(slice, 1) - 1});
            if (!end)
                return end.error();
            const bool row = end->next(); // always one row
            const qint64 upTo = row ? end->value(0).toLongLong() : 0;
            const qint64 last = row ? end->value(1).toLongLong() : 0;
            end->finish();
            if (auto s = indexRows(db, table, columns, from.toLongLong(), upTo); !s)
                return s;
            if (auto s = upTo >= last ? db.removeStateValue(key)
                                      : db.setStateValue(key, QString::number(upTo));
                !s)
                return s;
            if (auto s = tx.commit(); !s)
                return s;
            db.letWaitingWritersIn(); // a save of the window goes between two slices
        }
    }
    return {};
}

} // namespace kd
