// Re-baseline: the server's rows, table by table (parents before the rows that refer to them),
// keyset-paged, one local transaction per page with its progress, so a kill resumes it.
#include "baseline.h"

#include "localapplier.h"
#include "serverconnection.h"
#include "search/deferredindex.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace kd {

namespace {

const QString kReason = QStringLiteral("sync_baseline");
const QString kAfterCursor = QStringLiteral("sync_baseline_cursor");
const QString kTable = QStringLiteral("sync_baseline_table");
const QString kAfterRow = QStringLiteral("sync_baseline_after");

} // namespace

Baseline::Baseline(Database &local, ServerConnection &server, const SyncOptions &options)
    : m_local(local), m_server(server), m_options(options)
{
}

bool Baseline::underWay(Database &local)
{
    return !local.stateValue(kReason).isEmpty();
}

Status Baseline::begin(Database &local, Reason reason, const QString &cursorAfter)
{
    if (underWay(local))
        return {};
    Transaction tx(local);
    if (auto s = tx.begin(); !s)
        return s;
    // What this desktop had from the server; the versions start again from the server's copy.
    if (auto s = runStatement(local, QStringLiteral("INSERT OR IGNORE INTO sync_baseline_known"
                                                    "(table_name, row_id) SELECT table_name, "
                                                    "row_id FROM sync_row"));
        !s)
        return s;
    if (auto s = runStatement(local, QStringLiteral("DELETE FROM sync_row")); !s)
        return s;
    const std::pair<QString, QString> state[] = {
        {kReason, reason == Reason::Restored ? QStringLiteral("restored") : QStringLiteral("compacted")},
        {kAfterCursor, cursorAfter},
        {kTable, QStringLiteral("")}, // a null QString would bind as NULL
        {kAfterRow, QStringLiteral("")},
    };
    for (const auto &[key, value] : state)
        if (auto s = local.setStateValue(key, value); !s)
            return s;
    return tx.commit();
}

QStringList Baseline::tablesParentsFirst(LocalApplier &applier)
{
    QStringList pending = applier.syncedTables(), ordered;
    QHash<QString, QStringList> parents;
    for (const QString &t : std::as_const(pending)) {
        QSqlQuery q(m_local.sql());
        if (q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t)))
            while (q.next())
                if (q.value(2).toString() != t)
                    parents[t] << q.value(2).toString();
    }
    while (!pending.isEmpty()) {
        bool moved = false;
        for (int i = 0; i < pending.size(); ++i) {
            bool ready = true;
            for (const QString &p : parents.value(pending.at(i)))
                ready = ready && (!pending.contains(p));
            if (ready) {
                ordered << pending.takeAt(i--);
                moved = true;
            }
        }
        if (!moved) { // a cycle: the rest in name order (foreign keys are checked at commit)
            ordered += pending;
            break;
        }
    }
    return ordered;
}

Status Baseline::run(SyncReport &report)
{
    if (!underWay(m_local))
        return {};
    const Reason reason = m_local.stateValue(kReason) == QLatin1String("restored")
                              ? Reason::Restored
                              : Reason::Compacted;
    report.rebaselined = true;
    LocalApplier applier(m_local);
    applier.setKeepLocalDeletions(reason == Reason::Restored);
    const QStringList tables = tablesParentsFirst(applier);

    qint64 total = 0, done = 0;
    if (m_options.progress) {
        auto est = m_server.query(QStringLiteral("SELECT count(*) FROM kd.row_state"));
        if (est && est->next())
            total = est->value(0).toLongLong();
    }
    QString table = m_local.stateValue(kTable);
    int index = table.isEmpty() ? 0 : int(tables.indexOf(table));
    if (index < 0)
        index = 0;
    for (; index < tables.size(); ++index) {
        table = tables.at(index);
        QString after = m_local.stateValue(kTable) == table ? m_local.stateValue(kAfterRow) : QString();
        if (after.isNull()) // a null QString binds as NULL, and row_id > NULL matches nothing
            after = QStringLiteral("");
        for (;;) {
            if (m_options.cancelled && m_options.cancelled())
                return {};
            auto q = m_server.query(QStringLiteral("SELECT row_id, data::text, fver::text, row_ver "
                                                   "FROM kd.row_state WHERE table_name = ? AND "
                                                   "row_id > ? ORDER BY row_id LIMIT ?"),
                                    {table, after, m_options.pullPage});
            if (!q)
                return q.error();
            QList<RemoteChange> page;
            while (q->next())
                page << RemoteChange::fullRow(table, q->value(0).toString(), q->value(1).toString(),
                                              q->value(2).toString(), q->value(3).toLongLong());
            q->finish();

            Transaction tx(m_local);
            if (auto s = tx.begin(); !s)
                return s;
            if (auto s = deferSearchIndex(m_local); !s) // the page's new rows: indexed at its end
                return s;
            for (const RemoteChange &rc : std::as_const(page)) {
                auto a = applier.apply(rc);
                if (!a)
                    return a.error();
                if (*a == LocalApplier::Outcome::Applied)
                    ++report.pulled;
                if (auto s = runStatement(m_local,
                                          QStringLiteral("DELETE FROM sync_baseline_known WHERE "
                                                         "table_name = ? AND row_id = ?"),
                                          {rc.table, rc.rowId});
                    !s)
                    return s;
                after = rc.rowId;
            }
            if (auto s = applier.flush(); !s) // the page's new rows, before anything reads them
                return s;
            if (reason == Reason::Restored)
                if (auto s = resendDeletions(table, page); !s)
                    return s;
            if (auto s = indexDeferred(m_local); !s)
                return s;
            if (auto s = m_local.setStateValue(kTable, table); !s)
                return s;
            if (auto s = m_local.setStateValue(kAfterRow, after); !s)
                return s;
            if (auto s = tx.commit(); !s)
                return s;
            done += page.size();
            if (m_options.progress)
                m_options.progress(done, std::max(total, done));
            if (page.size() < m_options.pullPage)
                break;
        }
    }
    return finish(applier, reason, tables);
}

// A deletion made here that the restored server lost (its row is alive there) goes up again.
Status Baseline::resendDeletions(const QString &table, const QList<RemoteChange> &page)
{
    QJsonArray alive;
    for (const RemoteChange &rc : page)
        if (rc.fields.value(u"deleted_at").isNull() || rc.fields.value(u"deleted_at").isUndefined())
            alive.append(rc.rowId);
    if (alive.isEmpty())
        return {};
    auto q = runQuery(m_local,
                      QStringLiteral("SELECT id, deleted_at FROM %1 WHERE deleted_at IS NOT NULL "
                                     "AND id IN (SELECT value FROM json_each(?))")
                          .arg(table),
                      {QString::fromUtf8(QJsonDocument(alive).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    QList<std::pair<QString, QVariant>> deleted;
    while (q->next())
        deleted.append({q->value(0).toString(), q->value(1)});
    q->finish();
    for (const auto &[id, at] : std::as_const(deleted))
        if (auto s = RowWriter(m_local).logChange(table, id, QStringLiteral("delete"),
                                                  {{QStringLiteral("deleted_at"), at}});
            !s)
            return s;
    return {};
}

// The rows this desktop had that the server no longer has. After a restore the backup lacks
// them: they go up again as inserts. After a compaction they were deleted long ago (or left this
// user's team): a complaint is removed with its rows, anything else kept as a local tombstone.
// Nothing of this is ever pushed as a deletion.
Status Baseline::finish(LocalApplier &applier, Reason reason, QStringList order)
{
    Transaction tx(m_local);
    if (auto s = tx.begin(); !s)
        return s;
    auto q = runQuery(m_local, QStringLiteral("SELECT table_name, row_id FROM sync_baseline_known "
                                              "ORDER BY row_id"));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> gone;
    while (q->next())
        gone.append({q->value(0).toString(), q->value(1).toString()});
    q->finish();
    // Sent back parents first (another desktop applies them in that order); removed complaints
    // first (their rows go with them).
    if (reason == Reason::Compacted) {
        order.removeAll(QStringLiteral("complaint"));
        order.prepend(QStringLiteral("complaint"));
    }
    std::stable_sort(gone.begin(), gone.end(), [&](const auto &a, const auto &b) {
        return order.indexOf(a.first) < order.indexOf(b.first);
    });
    const qint64 now = m_local.clock().nowMs();
    for (const auto &[table, rowId] : std::as_const(gone)) {
        if (!applier.isSyncedTable(table))
            continue;
        if (reason == Reason::Compacted && table == QLatin1String("complaint")) {
            if (auto s = applier.forgetComplaint(rowId); !s)
                return s;
            continue;
        }
        auto row = runQuery(m_local, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {rowId});
        if (!row)
            return row.error();
        if (!row->next())
            continue; // removed with its complaint just now
        if (reason == Reason::Restored) {
            QVariantMap fields;
            const QSqlRecord rec = row->record();
            for (int i = 0; i < rec.count(); ++i)
                if (rec.fieldName(i) != QLatin1String("id") && rec.fieldName(i) != QLatin1String("local_id"))
                    // A NULL column reads as a typed null QVariant, which JSON turns into 0.
                    fields.insert(rec.fieldName(i), row->isNull(i) ? QVariant() : row->value(i));
            row->finish();
            if (auto s = RowWriter(m_local).logChange(table, rowId, QStringLiteral("insert"), fields); !s)
                return s;
        } else {
            row->finish();
            if (auto s = runStatement(m_local,
                                      QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? "
                                                     "AND deleted_at IS NULL")
                                          .arg(table),
                                      {now, rowId});
                !s)
                return s;
        }
    }
    if (auto s = runStatement(m_local, QStringLiteral("DELETE FROM sync_baseline_known")); !s)
        return s;
    const QString cursor = m_local.stateValue(kAfterCursor, QStringLiteral("0"));
    const std::pair<QString, QString> state[] = {
        {QLatin1String(SyncEngine::kCursorTxKey), cursor},
        {QLatin1String(SyncEngine::kCursorSeqKey), QStringLiteral("0")},
    };
    for (const auto &[key, value] : state)
        if (auto s = m_local.setStateValue(key, value); !s)
            return s;
    if (auto s = runStatement(m_local,
                              QStringLiteral("DELETE FROM local_state WHERE key IN (?, ?, ?, ?)"),
                              {kReason, kAfterCursor, kTable, kAfterRow});
        !s)
        return s;
    return tx.commit();
}

} // namespace kd
