// Push, pull and handshake against the server's kd schema (resources/data/server/*.sql).
#include "syncengine.h"

#include "baseline.h"
#include "localapplier.h"
#include "pagefetch.h"
#include "storedrow.h"
#include "privacy/anonymiser.h"
#include "search/deferredindex.h"
#include "service/demodata.h"
#include "service/userrole.h"
#include "serverconnection.h"
#include "hlc.h"
#include "storage/pragmascope.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/suspendedindexes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <utility>

namespace kd {

namespace {

const QString kCursorTx = QLatin1String(SyncEngine::kCursorTxKey);
const QString kCursorSeq = QLatin1String(SyncEngine::kCursorSeqKey);
const QString kEpoch = QStringLiteral("sync_epoch");
const QString kServerId = QStringLiteral("sync_server_id");
const QString kOffset = QStringLiteral("sync_clock_offset_ms");
const QString kLastSuccess = QStringLiteral("sync_last_success_ms");
const QString kLastError = QStringLiteral("sync_last_error");
constexpr qint64 kMaxDriftMs = 60000;
// How a big first sync writes, on its own connection, for as long as it runs.
struct FirstSyncWriting
{
    explicit FirstSyncWriting(sqlite3 *db)
        // The unique indexes and sync_row take the pulled rows at random places, and at a
        // million complaints they outgrow the default 2 MB page cache a hundredfold.
        : cache(db, "cache_size", -256 * 1024),
          // Each page's commit is not synced to disk, and the log is copied into the file every
          // 256 MB rather than every 4 MB (each page wrote 15 MB or more, so every commit paid a
          // checkpoint that wrote the same index pages again). A commit is still atomic and the
          // cursor moves with its rows: a power cut can only take the last pages back, and the
          // next sync pulls them again from the server. A kill loses nothing (the OS has the
          // log). The user's own edits go through other connections at synchronous = FULL.
          synchronous(db, "synchronous", 1 /* NORMAL */),
          checkpoints(db, "wal_autocheckpoint", 65536)
    {
    }
    PragmaScope cache, synchronous, checkpoints;
};

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

SyncEngine::SyncEngine(Database &local, ServerConnection &server, SyncOptions options)
    : m_local(local), m_server(server), m_options(std::move(options))
{
}

Result<SyncReport> SyncEngine::syncOnce()
{
    SyncReport report;
    Status s = handshake(report);
    if (s)
        s = push(report);
    if (s && Baseline::underWay(m_local))
        s = Baseline(m_local, m_server, m_options).run(report);
    if (s && !Baseline::underWay(m_local)) // a baseline cut short goes on next time first
        s = pull(report);
    if (!s) {
        (void)m_local.setStateValue(kLastError, s.error().toString());
        return s.error();
    }
    (void)m_local.setStateValue(kLastError, QStringLiteral("")); // a null QString binds as NULL
    (void)m_local.setStateValue(kLastSuccess, QString::number(m_local.clock().nowMs()));
    return report;
}

Status SyncEngine::handshake(SyncReport &report)
{
    // Before a byte goes to the server: a demo database stays off it (service/demodata.h).
    if (holdsDemoData(m_local))
        return makeError(ErrorCode::Invalid, demoDataNotSyncedMessage(m_local));
    auto meta = serverMeta();
    if (!meta)
        return meta.error();
    const QHash<QString, QString> &values = *meta;
    if (auto s = checkSameServer(values); !s)
        return s;
    const int minClient = values.value(QStringLiteral("min_client_schema")).toInt();
    if (minClient > kProtocolVersion)
        return makeError(ErrorCode::SchemaTooNew,
                         QCoreApplication::translate("kd::sync", "The server needs a newer Klachtdesk (sync protocol %1, this program "
                            "speaks %2). Install the update; your unsent changes are kept and go "
                            "up after that.")
                             .arg(minClient)
                             .arg(kProtocolVersion));

    // The server's clock, corrected for half the round trip; stored so that every change made
    // from now on carries it (trigger on change_log) and a wrong desktop clock is corrected.
    const qint64 before = m_local.clock().nowMs();
    auto now = m_server.query(QStringLiteral("SELECT kd.now_ms()"));
    if (!now)
        return now.error();
    if (!now->next())
        return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "The server did not answer."));
    const qint64 after = m_local.clock().nowMs();
    report.clockOffsetMs = now->value(0).toLongLong() - (before + after) / 2;
    if (auto s = m_local.setStateValue(kOffset, QString::number(report.clockOffsetMs)); !s)
        return s;

    // The role the server gives this login: the desktop offers what the server would allow
    // (service/userrole.h); the server's row-level security still decides every change.
    // With it the login as the server names it, which this desktop works under from now on
    // (openWorkstation): the server checks assignees and authors against it, and the team the
    // server keeps an agent's complaints to (server schema 4), so that the desktop refuses what
    // the server would (service/userrole.h).
    // One round trip, as the handshake runs at every sync.
    const bool teams = values.value(QStringLiteral("schema_version")).toInt() >= 4;
    auto role = m_server.query(
        QStringLiteral("SELECT CASE WHEN pg_has_role('klachtdesk_administrator', 'MEMBER') "
                       "THEN 'administrator' WHEN pg_has_role('klachtdesk_supervisor', 'MEMBER') "
                       "THEN 'supervisor' ELSE 'agent' END, session_user, %1")
            .arg(teams ? QStringLiteral("coalesce(kd.my_team(), '')") : QStringLiteral("''")));
    if (!role)
        return role.error();
    if (role->next()) {
        const std::pair<const char *, int> learned[] = {
            {kServerRoleKey, 0}, {kServerLoginKey, 1}, {kServerTeamKey, 2}};
        // Written only when changed: each write is a commit of its own, at every sync.
        for (const auto &[key, column] : learned)
            if (const QString v = role->value(column).toString(); m_local.stateValue(QLatin1String(key)) != v)
                if (auto s = m_local.setStateValue(QLatin1String(key), v); !s)
                    return s;
    }
    role->finish();

    // This desktop's place in the feed is gone when the server was restored from a backup (a new
    // epoch: versions and feed went back in time) or removed entries it had not pulled yet (the
    // feed floor, `server compact`). Either way it downloads the rows afresh (core/sync/baseline.h):
    // unsent work stays pending, nothing is deleted on the server.
    const QString epoch = values.value(QStringLiteral("epoch"));
    const QString known = m_local.stateValue(kEpoch);
    const quint64 floor = values.value(QStringLiteral("feed_floor")).toULongLong();
    const quint64 cursor = m_local.stateValue(kCursorTx, QStringLiteral("0")).toULongLong();
    std::optional<Baseline::Reason> reason;
    if (!known.isEmpty() && known != epoch)
        reason = Baseline::Reason::Restored;
    else if (floor > 0 && cursor <= floor)
        reason = Baseline::Reason::Compacted;
    if (reason) {
        auto after = serverHorizon();
        if (!after)
            return after.error();
        if (auto s = Baseline::begin(m_local, *reason, *after); !s)
            return s;
    }
    if (known != epoch)
        if (auto s = m_local.setStateValue(kEpoch, epoch); !s)
            return s;
    // From now on this database belongs to this server (a server before schema 9 has no id:
    // the first sync after its upgrade records it).
    if (const QString id = values.value(QStringLiteral("server_id")); !id.isEmpty())
        if (m_local.stateValue(kServerId) != id)
            if (auto s = m_local.setStateValue(kServerId, id); !s)
                return s;
    return ensureReferenceBlock();
}

Result<QHash<QString, QString>> SyncEngine::serverMeta()
{
    auto meta = m_server.query(QStringLiteral("SELECT key, value FROM kd.meta"));
    if (!meta) {
        if (meta.error().code == ErrorCode::Storage)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("kd::sync", "The server has no Klachtdesk schema. An administrator runs "
                                "`klachtdesk-cli server init --url ...` first."));
        return meta.error();
    }
    QHash<QString, QString> values;
    while (meta->next())
        values.insert(meta->value(0).toString(), meta->value(1).toString());
    return values;
}

Status SyncEngine::checkSameServer()
{
    auto meta = serverMeta();
    if (!meta)
        return meta.error();
    return checkSameServer(*meta);
}

Status SyncEngine::checkSameServer(const QHash<QString, QString> &meta)
{
    const QString known = m_local.stateValue(kServerId);
    const QString id = meta.value(QStringLiteral("server_id"));
    if (known.isEmpty() || id.isEmpty() || known == id)
        return {};
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "kd::sync",
                         "%1 syncs with another Klachtdesk server than this one: its complaints "
                         "and unsent work belong there, and this server's would be mixed in. "
                         "Connect it to its own server again, or start the program with a new "
                         "database file for this server (--db FILE). A backup of its own server "
                         "restored by the administrator is still its own server.")
                         .arg(QDir::toNativeSeparators(m_local.path())));
}

Status SyncEngine::ensureReferenceBlock()
{
    const int year = m_local.clock().now().toUTC().date().year();
    auto block = runQuery(m_local,
                          QStringLiteral("SELECT first_number, last_number FROM sync_reference_block "
                                         "WHERE year = ? ORDER BY first_number DESC LIMIT 1"),
                          {year});
    if (!block)
        return block.error();
    qint64 first = 0, last = 0;
    if (block->next()) {
        first = block->value(0).toLongLong();
        last = block->value(1).toLongLong();
    }
    block->finish();
    auto counter = runQuery(m_local,
                            QStringLiteral("SELECT last_number FROM reference_counter WHERE year = ?"),
                            {year});
    if (!counter)
        return counter.error();
    const qint64 used = counter->next() ? counter->value(0).toLongLong() : 0;
    counter->finish();
    // Enough numbers left in the current block for a day offline: nothing to do.
    if (first > 0 && used >= first - 1 && used + m_options.referenceBlock / 4 < last)
        return {};

    auto got = m_server.query(QStringLiteral("SELECT kd.allocate_references(?, ?, ?)"),
                              {m_local.siteId(), year, m_options.referenceBlock});
    if (!got)
        return got.error();
    if (!got->next())
        return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "The server gave no reference numbers."));
    // Numbers this desktop gave before it had a block stay taken: never count below them (a clash
    // with another desktop's block is renumbered by the server).
    const qint64 start = got->value(0).toLongLong();
    Transaction tx(m_local);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = runStatement(m_local,
                              QStringLiteral("INSERT OR IGNORE INTO sync_reference_block(year, "
                                             "first_number, last_number) VALUES (?, ?, ?)"),
                              {year, start, start + m_options.referenceBlock - 1});
        !s)
        return s;
    if (auto s = runStatement(m_local,
                              QStringLiteral("INSERT INTO reference_counter(year, last_number) "
                                             "VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET "
                                             "last_number = excluded.last_number"),
                              {year, std::max(start - 1, used)});
        !s)
        return s;
    return tx.commit();
}

Status SyncEngine::push(SyncReport &report)
{
    LocalApplier applier(m_local);
    // Change-log entries by id, in one statement.
    const auto forgetLogged = [this](const QStringList &changeIds) {
        return runStatement(m_local,
                            QStringLiteral("DELETE FROM change_log WHERE change_id IN "
                                           "(SELECT value FROM json_each(?))"),
                            {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(changeIds))
                                                   .toJson(QJsonDocument::Compact))});
    };
    for (;;) {
        if (m_options.cancelled && m_options.cancelled())
            return {};
        // An import's new rows are logged as the row as stored (storedrow.h): their fields
        // are read here, from the row.
        static const QString sql = QStringLiteral(
            "SELECT c.change_id, c.table_name, c.row_id, c.op, %1, c.hlc, c.author, b.base, "
            "b.row_base, b.clock_offset FROM change_log c "
            "LEFT JOIN sync_change_base b ON b.change_seq = c.seq ORDER BY c.seq LIMIT ?")
            .arg(changeFieldsSql(u"c"_qs));
        auto q = runQuery(m_local, sql, {m_options.pushBatch});
        if (!q)
            return q.error();
        QJsonArray batch;
        QHash<QString, QJsonObject> byId;
        QStringList gone;
        while (q->next()) {
            if (q->value(4).isNull()) {
                // A stored-row entry whose row is no longer here (it can only have been removed
                // before the server ever had it): there is nothing to send.
                gone << q->value(0).toString();
                continue;
            }
            QJsonObject c;
            c.insert(u"id", q->value(0).toString());
            c.insert(u"table", q->value(1).toString());
            c.insert(u"row", q->value(2).toString());
            c.insert(u"op", q->value(3).toString());
            c.insert(u"fields", parseObject(q->value(4).toString()));
            c.insert(u"hlc", q->value(5).toString());
            c.insert(u"author", q->value(6).toString());
            c.insert(u"base", parseObject(q->value(7).toString()));
            c.insert(u"rowbase", q->value(8).toLongLong());
            c.insert(u"off", q->value(9).toLongLong());
            byId.insert(c.value(u"id").toString(), c);
            batch.append(c);
        }
        q->finish();
        if (!gone.isEmpty()) {
            if (auto s = forgetLogged(gone); !s)
                return s;
            if (batch.isEmpty())
                continue;
        }
        if (batch.isEmpty())
            return {};

        // One statement, one server transaction: all of the batch or none of it. If the answer
        // is lost, the batch is sent again and the server answers from kd.applied_change.
        auto answer = m_server.query(QStringLiteral("SELECT kd.push(?, ?::jsonb)::text"),
                                     {m_local.siteId(),
                                      QString::fromUtf8(QJsonDocument(batch).toJson(
                                          QJsonDocument::Compact))});
        if (!answer)
            return answer.error();
        if (!answer->next())
            return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "The server did not answer the push."));
        const QJsonArray results
            = QJsonDocument::fromJson(answer->value(0).toString().toUtf8()).array();
        if (results.size() != batch.size())
            return makeError(ErrorCode::Network, QCoreApplication::translate("kd::sync", "The server's answer to a push was incomplete."));

        Transaction tx(m_local);
        if (auto s = tx.begin(); !s)
            return s;
        // The whole batch has its answer: its log rows go in one statement, before the server's
        // state is applied (a field with a change still in the log is not overwritten).
        if (auto s = forgetLogged(byId.keys()); !s)
            return s;
        // This desktop's new rows that the server stored as sent (most of a batch): their values
        // here are the server's already, so only their versions are recorded, all at once. The
        // first answer for a row only: a later change of it in the batch is applied as usual.
        QList<RemoteChange> stored;
        QSet<QString> answered;
        for (const QJsonValue &rv : results) {
            const QJsonObject r = rv.toObject();
            const QJsonObject sent = byId.value(r.value(u"id").toString());
            const QString key = LocalApplier::recordKey(sent.value(u"table").toString(),
                                                        sent.value(u"row").toString());
            if (answered.contains(key))
                continue;
            answered.insert(key);
            const QJsonObject state = r.value(u"state").toObject();
            if (r.value(u"result").toString() != QLatin1String("applied") ||
                r.value(u"duplicate").toBool() ||
                sent.value(u"op").toString() != QLatin1String("insert") ||
                state.value(u"data").toObject().isEmpty() ||
                state.value(u"data").toObject() != sent.value(u"fields").toObject())
                continue;
            RemoteChange rc;
            rc.table = sent.value(u"table").toString();
            rc.rowId = sent.value(u"row").toString();
            rc.fields = state.value(u"data").toObject();
            rc.fieldVersions = state.value(u"fver").toObject();
            stored << rc;
        }
        auto recorded = applier.recordNewRows(stored);
        if (!recorded)
            return recorded.error();
        for (const QJsonValue &rv : results) {
            const QJsonObject r = rv.toObject();
            const QString id = r.value(u"id").toString();
            const QJsonObject sent = byId.value(id);
            const QString result = r.value(u"result").toString();
            if (r.value(u"duplicate").toBool())
                ++report.duplicates;
            if (result == QLatin1String("rejected")) {
                ++report.rejected;
                const qint64 now = m_local.clock().nowMs();
                // Kept here only (no change_log): the refusal is news for this agent alone.
                auto s = runStatement(
                    m_local,
                    QStringLiteral("INSERT INTO sync_conflict(id, table_name, row_id, field, kind, "
                                   "winner, loser, pushed_by, message, created_at, updated_at, "
                                   "created_by, updated_by) VALUES (?, ?, ?, '', 'rejected', "
                                   "'null', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
                    {id, sent.value(u"table").toString(), sent.value(u"row").toString(),
                     compact(sent.value(u"fields").toObject()), m_local.user(),
                     r.value(u"message").toString(), now, now, m_local.user(), m_local.user()});
                if (!s)
                    return s;
            } else if (result == QLatin1String("conflict")) {
                ++report.conflicts;
            } else {
                ++report.pushed;
            }
            const QJsonObject state = r.value(u"state").toObject();
            if (recorded->remove(LocalApplier::recordKey(sent.value(u"table").toString(),
                                                         sent.value(u"row").toString())))
                continue; // its versions are recorded above
            if (!state.value(u"data").toObject().isEmpty()) {
                RemoteChange rc;
                rc.table = sent.value(u"table").toString();
                rc.rowId = sent.value(u"row").toString();
                rc.op = QStringLiteral("update");
                rc.fields = state.value(u"data").toObject();
                rc.fieldVersions = state.value(u"fver").toObject();
                // A refused field the server's row never held (a column no one set since the
                // row was made) is not in the answer; here it goes back to what that row holds
                // for everyone else, the column's default, or the refused value stayed for good.
                if (result == QLatin1String("rejected") && sent.value(u"op").toString() == u"update") {
                    const QJsonObject refused = sent.value(u"fields").toObject();
                    const QJsonObject base = sent.value(u"base").toObject();
                    for (auto it = refused.constBegin(); it != refused.constEnd(); ++it)
                        if (!rc.fields.contains(it.key()) && it.key() != u"updated_at"
                            && it.key() != u"updated_by") {
                            rc.fields.insert(it.key(), applier.columnDefault(rc.table, it.key()));
                            // At the version this desktop had: the server has no newer one.
                            rc.fieldVersions.insert(it.key(), base.value(it.key()));
                        }
                }
                rc.authoritative = true;
                auto a = applier.apply(rc);
                if (!a)
                    return a.error();
            }
        }
        if (auto s = applier.flush(); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
}

Status SyncEngine::pull(SyncReport &report)
{
    const Status pulled = pullPages(report);
    // However the pull ended (done, cancelled, failed), the indexes a first sync suspended are
    // built again now, and its rows go into the search index; after a kill, the next open of the
    // file does it (Database::open).
    Status built = restoreIndexes(m_local);
    if (built)
        built = finishDeferredIndex(m_local);
    return !pulled ? pulled : built;
}

Status SyncEngine::pullPages(SyncReport &report)
{
    LocalApplier applier(m_local);
    applier.setFetchRow([this](const QString &table, const QString &rowId) -> Result<RemoteChange> {
        auto q = m_server.query(QStringLiteral("SELECT data::text, fver::text, row_ver "
                                               "FROM kd.row_state WHERE table_name = ? AND row_id = ?"),
                                {table, rowId});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("kd::sync", "The server has no %1 row %2.").arg(table, rowId));
        return RemoteChange::fullRow(table, rowId, q->value(0).toString(), q->value(1).toString(),
                                     q->value(2).toLongLong());
    });

    qint64 total = 0;
    const bool firstSync = m_local.stateValue(kCursorTx, QStringLiteral("0")) == QLatin1String("0");
    if (m_options.progress || firstSync) {
        auto est = m_server.query(QStringLiteral("SELECT count(*) FROM kd.change WHERE tx >= ?::xid8"),
                                  {m_local.stateValue(kCursorTx, QStringLiteral("0"))});
        if (est && est->next())
            total = est->value(0).toLongLong();
    }
    // A first sync of a big server (SyncOptions::suspendIndexesFrom) runs without the secondary
    // indexes of the big tables and builds them at its end (storage/suspendedindexes.h). Row by
    // row, an index whose keys come in random order (customer, received time, status ...) costs a
    // B-tree descent and page writes for every row it gets.
    bool suspend = false;
    if (firstSync && total >= m_options.suspendIndexesFrom) {
        auto here = runQuery(m_local, QStringLiteral("SELECT count(*) FROM complaint"));
        if (!here)
            return here.error();
        suspend = here->next() && here->value(0).toLongLong() * 10 <= total;
        here->finish();
    }
    const bool bigFirstSync = suspend;
    const int pageSize = suspend ? m_options.firstSyncPage : m_options.pullPage;
    std::optional<FirstSyncWriting> writing; // outlives every page's transaction
    if (bigFirstSync)
        writing.emplace(m_local.handle());
    qint64 done = 0;
    std::unique_ptr<FeedPrefetcher> ahead;
    for (;;) {
        if (m_options.cancelled && m_options.cancelled())
            break;
        const QString cursorTx = m_local.stateValue(kCursorTx, QStringLiteral("0"));
        const qint64 cursorSeq = m_local.stateValue(kCursorSeq, QStringLiteral("0")).toLongLong();
        std::optional<Result<FeedPage>> fetched;
        if (ahead)
            fetched = ahead->take(cursorTx, cursorSeq);
        if (!fetched)
            fetched = fetchFeedPage(m_server, cursorTx, cursorSeq, pageSize);
        if (!*fetched)
            return fetched->error();
        const FeedPage got = std::move(**fetched);
        const QList<RemoteChange> &page = got.changes;
        QString lastTx = got.lastTx;
        qint64 lastSeq = got.lastSeq;
        QString horizon = got.horizon;
        const HlcStamp &newest = got.newest;
        const bool last = page.size() < pageSize;
        if (!last) {
            // More follows: the next page is read on a second connection while this one is
            // written (pagefetch.h). Not for a pull of one page, the usual one every few seconds.
            if (!ahead)
                ahead = std::make_unique<FeedPrefetcher>(m_server.address());
            ahead->start(lastTx, lastSeq, pageSize);
        }
        if (page.isEmpty()) {
            // Nothing new: move the cursor up to the horizon so the next pull starts there.
            auto h = serverHorizon();
            if (!h)
                return h.error();
            horizon = *h;
        }

        Transaction tx(m_local);
        if (auto s = tx.begin(); !s)
            return s;
        // The page's new rows are indexed for search at its end; in a big first sync at the
        // end of the whole sync instead (pull()): FTS5 writes a segment per statement, and one
        // fill of a million complaints costs far less than 500 fills of 2,000 (about a quarter
        // of the pull's time). Search finds the rows of a big first sync once it is done.
        if (auto s = deferSearchIndex(m_local); !s)
            return s;
        if (std::exchange(suspend, false)) {
            // Recorded in this transaction with the first page: a kill cannot lose them. The
            // customer's complaints index stays: SQLite reads it to check a deferred foreign key.
            if (auto s = suspendIndexes(m_local, {u"complaint"_qs, u"customer"_qs},
                                            {u"complaint_customer"_qs});
                !s)
                return s;
        }
        QStringList erasedRows; // rows a pulled erasure says to forget the history of
        for (const RemoteChange &rc : page) {
            if (rc.op == QLatin1String("leave")) {
                // Moved to another team: gone from this desktop (server schema 4).
                if (rc.table == QLatin1String("complaint")) {
                    if (auto s = applier.forgetComplaint(rc.rowId); !s)
                        return s;
                    ++report.removed;
                }
                continue;
            }
            auto a = applier.apply(rc);
            if (!a)
                return a.error();
            if (*a == LocalApplier::Outcome::Applied)
                ++report.pulled;
            // A complaint that came into this user's scope comes with its rows.
            for (const QString &complaintId : applier.takeFetchedComplaints())
                if (auto s = fetchComplaintRows(applier, complaintId); !s)
                    return s;
            if (rc.table == QLatin1String("privacy_action") && rc.op == QLatin1String("insert"))
                erasedRows += Anonymiser::erasedRows(rc.fields);
        }
        if (auto s = applier.flush(); !s) // the page's new rows, before anything reads them
            return s;
        if (!erasedRows.isEmpty()) {
            // An erasure made on another desktop: this one's own log forgets the old values too.
            if (auto s = Anonymiser(m_local).forgetHistory(erasedRows); !s)
                return s;
        }
        // The cursor moves in the same transaction as the rows it covers.
        if (last && !horizon.isEmpty() && horizon.toULongLong() > lastTx.toULongLong()) {
            lastTx = horizon;
            lastSeq = 0;
        }
        if (lastTx != cursorTx || lastSeq != cursorSeq) {
            if (auto s = m_local.setStateValue(kCursorTx, lastTx); !s)
                return s;
            if (auto s = m_local.setStateValue(kCursorSeq, QString::number(lastSeq)); !s)
                return s;
        }
        if (!newest.site.isEmpty()) {
            // Later local edits must stamp after what was seen (causality), within the drift cap.
            const auto mine = HlcStamp::parse(m_local.stateValue(QStringLiteral("hlc")))
                                  .value_or(HlcStamp{});
            const qint64 offset = m_local.stateValue(kOffset, QStringLiteral("0")).toLongLong();
            HlcStamp remote = newest;
            remote.wallMs -= offset; // into this desktop's clock
            const HlcStamp merged = hlcReceive(mine, remote, m_local.clock().nowMs(),
                                               m_local.siteId(), kMaxDriftMs);
            if (auto s = m_local.setStateValue(QStringLiteral("hlc"), merged.toString()); !s)
                return s;
        }
        if (!bigFirstSync)
            if (auto s = indexDeferred(m_local); !s)
                return s;
        if (auto s = tx.commit(); !s)
            return s;
        // With the next page at hand the pull would begin again at once; a save of the window
        // that waits for the write lock goes first.
        m_local.letWaitingWritersIn();
        if (!erasedRows.isEmpty())
            ++report.erasures;
        done += page.size();
        if (m_options.progress)
            m_options.progress(done, std::max(total, done));
        if (last)
            break;
    }
    if (report.erasures > 0) {
        // And the file: FTS segments and free pages still hold the old text until compacted
        // (once per pull, not per page: a VACUUM costs as much as the file is big). A failure
        // leaves the rows erased; the next erasure or retention run compacts again.
        if (auto s = Anonymiser::scrubFile(m_local); !s)
            report.scrubError = s.error().toString();
    }
    return {};
}

// The oldest transaction still open on the server (the snapshot's xmin): every change of a
// transaction below it has committed or never will, so a cursor may stand there.
Result<QString> SyncEngine::serverHorizon()
{
    auto q = m_server.query(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Network,
                         QCoreApplication::translate("kd::sync", "The server did not answer."));
    return q->value(0).toString();
}

Status SyncEngine::fetchComplaintRows(LocalApplier &applier, const QString &complaintId)
{
    auto q = m_server.query(QStringLiteral("SELECT table_name, row_id, data::text, fver::text, "
                                           "row_ver FROM kd.row_state "
                                           "WHERE data ->> 'complaint_id' = ? "
                                           "ORDER BY table_name, row_id"),
                            {complaintId});
    if (!q)
        return q.error();
    QList<RemoteChange> rows;
    while (q->next())
        rows << RemoteChange::fullRow(q->value(0).toString(), q->value(1).toString(),
                                      q->value(2).toString(), q->value(3).toString(),
                                      q->value(4).toLongLong());
    q->finish();
    for (const RemoteChange &rc : std::as_const(rows))
        if (auto a = applier.apply(rc); !a)
            return a.error();
    return {};
}

Result<SyncStatus> SyncEngine::status(Database &local)
{
    SyncStatus st;
    auto q = runQuery(local,
                      QStringLiteral("SELECT (SELECT count(*) FROM change_log), "
                                     "(SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL "
                                     "AND deleted_at IS NULL)"));
    if (!q)
        return q.error();
    if (q->next()) {
        st.pending = q->value(0).toInt();
        st.openConflicts = q->value(1).toInt();
    }
    st.lastSuccessMs = local.stateValue(kLastSuccess, QStringLiteral("0")).toLongLong();
    st.lastError = local.stateValue(kLastError);
    return st;
}

} // namespace kd
