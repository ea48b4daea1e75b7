// See sqlfloor.h.
#include "sqlfloor.h"

#include "service/session.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kd::bench {
namespace {

// One statement straight through SQLite's own API, with an optional bound text value (?1): the
// floor must not carry the program's statement cache or Qt's value conversions.
bool exec(sqlite3 *db, const QByteArray &sql, const QString &value = {})
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
        QTextStream(stderr) << "floor: " << sqlite3_errmsg(db) << " in " << sql << '\n';
        return false;
    }
    if (!value.isNull()) {
        const QByteArray text = value.toUtf8();
        sqlite3_bind_text(s, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        QTextStream(stderr) << "floor: " << sqlite3_errmsg(db) << " in " << sql << '\n';
    return rc == SQLITE_DONE;
}

// The text of every row of a one-column query.
QList<QByteArray> column(sqlite3 *db, const QByteArray &sql, const QString &value = {})
{
    QList<QByteArray> out;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK)
        return out;
    const QByteArray text = value.toUtf8();
    if (!value.isNull())
        sqlite3_bind_text(s, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW)
        out << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return out;
}

qint64 count(sqlite3 *db, const QByteArray &table)
{
    const QList<QByteArray> v = column(db, "SELECT count(*) FROM src." + table);
    return v.isEmpty() ? 0 : v.first().toLongLong();
}

// The order the program writes a table's rows in: by rowid, or by key for a table without one.
QByteArray writeOrder(const QByteArray &table)
{
    return table == "sync_row" ? QByteArray("table_name, row_id") : QByteArray("rowid");
}

void removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

double sqlFloorMs(const QString &from, const QString &scratch, const FloorPlan &plan)
{
    removeFile(scratch);
    double ms = -1;
    {
        auto opened = openWorkstation(scratch); // the schema, by the program's own migrations
        if (!opened) {
            QTextStream(stderr) << "floor: " << opened.error().toString() << '\n';
            return -1;
        }
        sqlite3 *db = (*opened)->handle();
        // The import's page cache and, for a first sync, its writing setting.
        if (!exec(db, "PRAGMA cache_size = -262144")
            || (plan.synchronousNormal && !exec(db, "PRAGMA synchronous = NORMAL"))
            || !exec(db, "ATTACH DATABASE ?1 AS src", from))
            return -1;
        // What a bulk writer of the program leaves out while it writes: the per-row search
        // triggers, the change bases' triggers (the bases are copied as rows here) and, for the
        // planned tables, the secondary indexes (SQLite keeps the unique ones).
        QList<QByteArray> restore;
        const QList<QByteArray> triggers = column(
            db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%_fts_insert' "
                "OR name LIKE 'sync_change_base_%')");
#ifdef Q_OS_UNIX
        // The measured run's gigabyte of dirty pages, still going to the disk, would otherwise be
        // paid by this copy's commit (20 s instead of 2 s at a million rows).
        ::sync();
#endif
        QElapsedTimer t;
        t.start();
        if (!exec(db, "BEGIN IMMEDIATE"))
            return -1;
        for (const QByteArray &name : triggers) {
            restore << column(db, "SELECT sql FROM sqlite_master WHERE name = ?1", QString::fromUtf8(name));
            if (!exec(db, "DROP TRIGGER " + name))
                return -1;
        }
        for (const QString &table : plan.suspendIndexes)
            for (const QByteArray &name :
                 column(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                            "AND sql NOT LIKE 'CREATE UNIQUE%' AND sql NOT LIKE '%IS NOT NULL%' "
                            "AND name NOT LIKE '%external_id' AND tbl_name = ?1", table)) {
                restore.prepend(column(db, "SELECT sql FROM sqlite_master WHERE name = ?1",
                                       QString::fromUtf8(name)).value(0));
                if (!exec(db, "DROP INDEX " + name))
                    return -1;
            }
        // Page by page, every table's slice of the page, as a pull writes a page of the feed.
        qint64 most = 0;
        for (const QString &name : plan.tables)
            most = std::max(most, count(db, name.toUtf8()));
        const qint64 step = plan.rowsPerCommit > 0 ? plan.rowsPerCommit : most;
        for (qint64 offset = 0; offset < most; offset += step) {
            for (const QString &name : plan.tables) {
                const QByteArray table = name.toUtf8();
                if (!exec(db, "INSERT INTO main." + table + " SELECT * FROM src." + table
                                  + " ORDER BY " + writeOrder(table) + " LIMIT "
                                  + QByteArray::number(step) + " OFFSET " + QByteArray::number(offset)))
                    return -1;
            }
            if (plan.rowsPerCommit > 0 && !(exec(db, "COMMIT") && exec(db, "BEGIN IMMEDIATE")))
                return -1;
        }
        for (const QByteArray &sql : std::as_const(restore))
            if (!exec(db, sql))
                return -1;
        // The search indexes in one statement each, as the program fills them after a bulk write
        // (search/deferredindex.cpp: FTS5's merging off while it loads).
        const std::pair<const char *, const char *> indexes[] = {
            {"complaint", "reference, subject, description, product_ref, tags"},
            {"customer", "name, customer_number, email"}};
        for (const auto &[table, columns] : indexes) {
            const QByteArray fts = QByteArray(table) + "_fts", c = columns;
            if (!exec(db, "INSERT INTO " + fts + "(" + fts + ", rank) VALUES ('automerge', 0)")
                || !exec(db, "INSERT INTO " + fts + "(rowid, " + c + ") SELECT local_id, " + c
                                 + " FROM " + table + " ORDER BY local_id")
                || !exec(db, "INSERT INTO " + fts + "(" + fts + ", rank) VALUES ('automerge', 4)"))
                return -1;
        }
        if (!exec(db, "COMMIT"))
            return -1;
        ms = t.nsecsElapsed() / 1e6;
        // A floor that copied less than the run wrote would flatter nobody but the target.
        for (const QString &name : plan.tables) {
            const QByteArray table = name.toUtf8();
            const QList<QByteArray> copied = column(db, "SELECT count(*) FROM main." + table);
            if (copied.value(0).toLongLong() != count(db, table)) {
                QTextStream(stderr) << "floor: " << table << " has " << copied.value(0) << " rows, not "
                                    << count(db, table) << '\n';
                ms = -1;
            }
        }
        (void)exec(db, "DETACH DATABASE src");
    }
    removeFile(scratch);
    return ms;
}

} // namespace kd::bench
