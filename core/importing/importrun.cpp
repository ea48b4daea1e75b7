// The import run's machinery: statements prepared once, the transaction, the change log for
// sync, the rejects file and progress. Reads records, hands each to handleRecord
// (importrows.cpp), and commits once (or rolls back).
#include "importrun.h"
#include "runscopes.h"

#include "domain/phone.h"
#include "domain/uuid.h"
#include "privacy/anonymiser.h"
#include "search/deferredindex.h"
#include "storage/pragmascope.h"
#include "storage/catalogstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "sync/storedrow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <deque>

namespace kd {
namespace {

constexpr int kMaxProblemsKept = 1000;
constexpr int kSampleRows = 200;
constexpr int kProgressEvery = 2000;
// SQLite's page cache for the run, in KiB. A whole file goes in one transaction; with the
// default 2 MB cache the pages of the indexes that grow in random order (external id, customer,
// full-text) spill to the WAL and are read back through its index for every row, which made a
// million rows take over ten minutes. Given back when the run ends.
constexpr int kImportCacheKiB = 256 * 1024;
// A large import drops the complaint table's secondary indexes once it has added this many rows
// and expects at least kLargeImportRows new ones, as many as the table held before; finish()
// builds them again, each in one sorted pass. Row by row, an index whose keys come in random
// order (customer, received time, status ...) costs a B-tree descent and page changes per row:
// on the SQL alone, 1,000,000 complaints took 24.4 s CPU with the indexes, 7.3 s without plus
// 5.4 s to build them afterwards (docs/benchmarks.md, "Import").
constexpr qint64 kSuspendIndexesAfter = 20000;
constexpr qint64 kLargeImportRows = 50000;

// Change-log entries of the rows an import adds, one INSERT ... SELECT per table at the end of the
// run instead of one insert per row. Each stands for the row as stored (kStoredRowFields,
// core/sync/storedrow.h): the values are read from the row when the change is pushed, instead
// of being copied into the log (850 bytes a row). Parents come first (customers, their handles,
// then complaints) so that a pulled page never holds a row whose parent comes later. The ids and
// HLC stamps are made per row, in insert order (local_id; rowid for customer_handle, which has no
// local_id), by the two functions below (ChangeStampFunctions).
struct NewRowLog
{
    const char *table;
    const char *fromWhere; // the new rows, in insert order; ?1 is the last one from before
};
const NewRowLog kNewRowLogs[] = {
    {"customer", "FROM customer WHERE local_id > ?1 ORDER BY local_id"},
    // A handle added to a known customer went through RowWriter, which logged it already.
    {"customer_handle",
     "FROM customer_handle h WHERE h.rowid > ?1 AND NOT EXISTS (SELECT 1 FROM change_log l "
     "WHERE l.table_name = 'customer_handle' AND l.row_id = h.id) ORDER BY h.rowid"},
    {"complaint", "FROM complaint WHERE local_id > ?1 ORDER BY local_id"},
};

QByteArray newRowLogSql(const NewRowLog &log)
{
    return QByteArray("INSERT INTO change_log(change_id, table_name, row_id, op, fields, hlc, "
                      "author, created_at) SELECT kd_import_change_id(), '")
           + log.table + "', id, 'insert', '" + kStoredRowFields + "', kd_import_hlc(), ?2, ?3 "
           + log.fromWhere;
}

QString csvCell(const QString &text)
{
    const QString t = escapeFormula(text);
    if (t.contains(u'"') || t.contains(u',') || t.contains(u'\n') || t.contains(u'\r'))
        return u'"' + QString(t).replace(u"\""_qs, u"\"\""_qs) + u'"';
    return t;
}

} // namespace

QHash<QString, int> fieldColumns(const ColumnMapping &mapping)
{
    QHash<QString, int> columns;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        columns.insert(it.value(), it.key());
    return columns;
}

ImportRun::ImportRun(Database &db, const ImportOptions &options, ImportReport &report)
    : m_db(db), m_options(options), m_report(report), m_parser(options.dateOrder)
{}

QString ImportRun::tr(const char *text)
{
    return QCoreApplication::translate("kd::ImportRun", text);
}

QString ImportRun::Row::value(int col) const
{
    if (col < 0 || col >= record->fields.size())
        return {};
    return unescapeFormula(record->fields.at(col));
}

QString ImportRun::columnName(int col) const
{
    return col >= 0 && col < m_report.layout.header.size() ? m_report.layout.header.at(col)
                                                           : QString();
}

int ImportRun::col(const char *field) const
{
    if (auto it = m_colOfLiteral.constFind(field); it != m_colOfLiteral.constEnd())
        return it.value();
    const int c = m_fieldCol.value(QString::fromLatin1(field), -1);
    m_colOfLiteral.insert(field, c);
    return c;
}

QString ImportRun::cell(const Row &row, int col) const
{
    const QString v = row.value(col);
    return isEmptyWord(v) ? QString() : v;
}

void ImportRun::findCustomerColumns()
{
    const bool complaints = m_options.kind == ImportKind::Complaints;
    const auto column = [&](const char *field, const char *inComplaints) {
        return col(complaints ? inComplaints : field);
    };
    m_customerCols = {column("external_id", "customer_external_id"),
                      column("name", "customer_name"),
                      col("customer_number"),
                      column("email", "customer_email"),
                      column("phone", "customer_phone"),
                      column("handle", "customer_handle")};
}

Customer ImportRun::customerCells(const Row &row) const
{
    Customer c;
    c.externalId = cell(row, m_customerCols.externalId).trimmed();
    c.name = cell(row, m_customerCols.name).trimmed();
    c.customerNumber = cell(row, m_customerCols.number).trimmed();
    c.email = cell(row, m_customerCols.email).trimmed();
    c.phone = cell(row, m_customerCols.phone).trimmed();
    // "twitter:@jan" names its platform; a bare "@jan" is on Twitter.
    const QString handle = cell(row, m_customerCols.handle).trimmed();
    const int colon = handle.indexOf(u':');
    if (colon > 0 && !handle.left(colon).contains(u'@'))
        c.handles.append({handle.left(colon).trimmed().toLower(), handle.mid(colon + 1).trimmed()});
    else if (!handle.isEmpty())
        c.handles.append({QStringLiteral("twitter"), handle});
    return c;
}

void ImportRun::flushHlc()
{
    (void)m_db.setStateValue(QStringLiteral("hlc"), m_hlc.toString());
}

void ImportRun::loadHlc()
{
    m_hlc = HlcStamp::parse(m_db.stateValue(QStringLiteral("hlc"))).value_or(HlcStamp{});
}

std::array<std::unique_ptr<BulkStatement> *, 6> ImportRun::statements()
{
    return {&m_findComplaint,   &m_findCustomer[0], &m_findCustomer[1],
            &m_findCustomer[2], &m_findCustomer[3], &m_findCustomer[4]};
}

std::array<std::unique_ptr<BatchInsert> *, 3> ImportRun::inserts()
{
    return {&m_insertCustomer, &m_insertHandle, &m_insertComplaint};
}

Status ImportRun::flushInserts()
{
    // Parents first, as they were made (the foreign keys are only checked at commit anyway).
    for (std::unique_ptr<BatchInsert> *s : inserts())
        if (auto st = (*s)->flush(); !st)
            return (*s)->toError(QStringLiteral("import"));
    return {};
}

Status ImportRun::prepare()
{
    // In the order of statements(). Customers are found by external id (an erased one keeps
    // only a hash of it), number, e-mail, phone and handle: the order registration uses too.
    // The "<> ''" terms repeat the partial indexes' conditions: without them SQLite cannot use
    // those indexes for a bound value and scans the customer table for every new customer.
    // A customer merged into another (CustomerMerge) keeps its row, tombstoned, with its
    // e-mail, number and phone: a row with those leads to the customer it was merged into
    // instead of bringing the duplicate back. A live customer comes first. Without merges (a
    // new desktop's big first import) the plain look-up: the join's sort costs every new
    // customer a few microseconds.
    bool anyMerges = false;
    {
        BulkStatement merges(m_db.handle(),
                             "SELECT EXISTS (SELECT 1 FROM customer_merge WHERE deleted_at IS NULL)");
        if (!merges.ok() || !merges.step())
            return merges.toError(QStringLiteral("prepare import"));
        anyMerges = merges.columnInt(0) != 0;
    }
    const auto customerBy = [anyMerges](const char *match) {
        if (!anyMerges)
            return QByteArray("SELECT c.id, c.erased_at FROM customer c WHERE ") + match
                   + " AND c.deleted_at IS NULL ORDER BY c.local_id LIMIT 1";
        return QByteArray("SELECT coalesce(k.id, c.id), coalesce(k.erased_at, c.erased_at) "
                          "FROM customer c LEFT JOIN customer_merge m ON c.deleted_at IS NOT NULL "
                          "AND m.merged_customer_id = c.id AND m.deleted_at IS NULL "
                          "LEFT JOIN customer k ON k.id = m.kept_customer_id "
                          "AND k.deleted_at IS NULL WHERE ")
               + match
               + " AND (c.deleted_at IS NULL OR k.id IS NOT NULL) "
                 "ORDER BY c.deleted_at IS NOT NULL, c.local_id LIMIT 1";
    };
    const QByteArray sql[] = {
        "SELECT id FROM complaint WHERE external_id = ?1 AND external_id <> '' "
        "UNION ALL SELECT id FROM complaint WHERE reference = ?1 LIMIT 1",
        customerBy("(c.external_id = ?1 OR c.external_id = ?2) AND c.external_id <> ''"),
        customerBy("c.customer_number = ?1 AND c.customer_number <> ''"),
        customerBy("c.email = ?1 COLLATE NOCASE AND c.email <> ''"),
        customerBy("c.phone_norm = ?1 AND c.phone_norm <> ''"),
        "SELECT c.id, c.erased_at FROM customer_handle h JOIN customer c ON c.id = h.customer_id "
        "WHERE h.handle_norm = ?1 AND h.deleted_at IS NULL AND c.deleted_at IS NULL LIMIT 1"};
    static_assert(std::size(sql) == std::tuple_size_v<decltype(statements())>);
    const QByteArray *next = sql;
    for (std::unique_ptr<BulkStatement> *s : statements()) {
        *s = std::make_unique<BulkStatement>(m_db.handle(), (next++)->constData());
        if (!(*s)->ok())
            return (*s)->toError(QStringLiteral("prepare import"));
    }
    // In the order of inserts(), with the number of parameters of a row.
    static const std::pair<const char *, int> insertSql[] = {
        {"INSERT INTO customer(id, name, customer_number, email, phone, phone_norm, language, "
         "form_of_address, external_id, notes, created_at, updated_at, created_by, updated_by) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?12)",
         12},
        {"INSERT INTO customer_handle(id, customer_id, platform, handle, handle_norm, "
         "created_at, updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, "
         "?7, ?7)",
         7},
        {"INSERT INTO complaint(id, reference, customer_id, channel_id, received_at, subject, "
         "description, category_id, severity, justified, status, assignee, product_ref, "
         "public_url, tags, external_id, created_at, updated_at, created_by, updated_by, "
         "closed_at) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
         "?17, ?18, ?18, ?19)",
         19}};
    const auto *nextInsert = insertSql;
    for (std::unique_ptr<BatchInsert> *s : inserts()) {
        *s = std::make_unique<BatchInsert>(m_db.handle(), nextInsert->first, nextInsert->second);
        ++nextInsert;
        if (!(*s)->ok())
            return (*s)->toError(QStringLiteral("prepare import"));
    }
    return {};
}

QString ImportRun::nextHlc()
{
    m_hlc = hlcTick(m_hlc, m_now, m_db.siteId());
    return m_hlc.toString();
}

Status ImportRun::execInsert(BatchInsert &s, int stampAt)
{
    s.bind(stampAt, m_now);
    s.bind(stampAt + 1, m_db.user());
    // Parents are written before the complaints that point to them. A child written first is a
    // pending (deferred) foreign-key violation, and while there is one SQLite looks up every
    // parent row it inserts in each child table; with the child's index dropped for a large
    // run (suspendComplaintIndexes) that lookup is a scan of the complaint table.
    if (&s == m_insertComplaint.get() && s.rowFillsBatch())
        for (BatchInsert *parent : {m_insertCustomer.get(), m_insertHandle.get()})
            if (auto st = parent->flush(); !st)
                return parent->toError(QStringLiteral("import"));
    if (auto st = s.endRow(); !st)
        return s.toError(QStringLiteral("import"));
    return {};
}

Result<QString> ImportRun::nextReference(int year)
{
    auto it = m_references.find(year);
    if (it == m_references.end()) {
        auto q = runQuery(m_db, QStringLiteral("SELECT last_number FROM reference_counter "
                                               "WHERE year = ?"),
                          {year});
        if (!q)
            return q.error();
        it = m_references.insert(year, q->next() ? q->value(0).toLongLong() : 0);
        m_firstReferences.insert(year, it.value());
    }
    ++it.value();
    return QStringLiteral("KL-%1-%2").arg(year).arg(it.value(), 6, 10, QLatin1Char('0'));
}

bool ImportRun::isReferenceOfThisRun(const QString &text) const
{
    // "KL-2026-000123": a number this run gave, above where the year's counter stood before.
    if (!text.startsWith(u"KL-") || text.size() < 9 || text.at(7) != u'-')
        return false;
    bool yearOk = false, numberOk = false;
    const int year = QStringView(text).mid(3, 4).toInt(&yearOk);
    const qint64 number = QStringView(text).mid(8).toLongLong(&numberOk);
    return yearOk && numberOk && number > m_firstReferences.value(year, 0)
           && number <= m_references.value(year, 0);
}

QString ImportRun::catalogId(QHash<QString, QString> &cache, const QString &word,
                             const std::function<QString(const QString &)> &find)
{
    const QString key = word.trimmed().toLower();
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    const QString id = find(word.trimmed());
    cache.insert(key, id);
    return id;
}

QString ImportRun::channelId(const QString &word)
{
    return catalogId(m_channels, word, [&](const QString &trimmed) {
        CatalogStore catalog(m_db);
        auto c = catalog.findChannel(trimmed);
        if (!c && !channelCodeForWord(word).isEmpty())
            c = catalog.findChannel(channelCodeForWord(word));
        return c ? c->meta.id : QString();
    });
}

QString ImportRun::categoryId(const QString &word)
{
    return catalogId(m_categories, word, [&](const QString &trimmed) {
        auto c = CatalogStore(m_db).findCategory(trimmed);
        return c ? c->meta.id : QString();
    });
}

void ImportRun::reject(const CsvRecord &r, int col, const QString &reason)
{
    ++m_report.rejected;
    RowProblem p{r.line, columnName(col), reason, r.raw};
    // A file has a few dozen columns at most: looked up in the list itself.
    QList<ImportReport::ColumnRejects> &byColumn = m_report.rejectedByColumn;
    auto entry = std::find_if(byColumn.begin(), byColumn.end(), [&](const auto &c) {
        return c.column == p.column;
    });
    if (entry == byColumn.end())
        entry = byColumn.insert(byColumn.end(), {p.column, 0, p});
    ++entry->rows;
    if (m_rejects) {
        const QString line = QString::number(r.line) + u',' + csvCell(p.column) + u','
                             + csvCell(p.reason) + u',' + csvCell(r.raw) + u"\r\n"_qs;
        m_rejects->write(line.toUtf8());
    }
    if (m_report.problems.size() < kMaxProblemsKept)
        m_report.problems.append(std::move(p));
}

Result<QString> ImportRun::lookupCustomer(const QString &kind, const QString &value, bool &erased)
{
    erased = false;
    const QString key = kind + u':' + value;
    if (auto it = m_customerByKey.constFind(key); it != m_customerByKey.constEnd()) {
        erased = it.value().startsWith(u'!');
        return erased ? it.value().mid(1) : it.value();
    }
    static const QStringList kinds{u"x"_qs, u"n"_qs, u"e"_qs, u"p"_qs, u"h"_qs};
    BulkStatement &s = *m_findCustomer[kinds.indexOf(kind)];
    s.bind(1, value);
    if (kind == u"x")
        s.bind(2, erasedExternalId(value));
    QString id;
    if (s.step()) {
        id = s.columnText(0);
        erased = s.columnInt(1) != 0;
    }
    const QString err = s.error();
    s.reset();
    if (!err.isEmpty())
        return s.toError(QStringLiteral("find customer"));
    if (!id.isEmpty())
        m_customerByKey.insert(key, erased ? u'!' + id : id);
    return id;
}

Result<QString> ImportRun::findCustomer(const CustomerKeys &keys, bool &erased)
{
    erased = false;
    for (const auto &[kind, value] : keys) {
        if (value.isEmpty())
            continue;
        auto id = lookupCustomer(kind, value, erased);
        if (!id || !id->isEmpty())
            return id;
    }
    return QString();
}

void ImportRun::rememberCustomer(const CustomerKeys &keys, const QString &id)
{
    for (const auto &[kind, value] : keys)
        if (!value.isEmpty())
            m_customerByKey.insert(kind + u':' + value, id);
}

Status ImportRun::insertCustomer(const Customer &c)
{
    BatchInsert &s = *m_insertCustomer;
    const QString phoneNorm = normalizePhone(c.phone);
    s.bind(1, c.meta.id);
    s.bind(2, c.name);
    s.bind(3, c.customerNumber);
    s.bind(4, c.email);
    s.bind(5, c.phone);
    s.bind(6, phoneNorm);
    s.bind(7, c.language);
    s.bind(8, toString(c.formOfAddress));
    s.bind(9, c.externalId);
    s.bind(10, c.notes);
    if (auto st = execInsert(s, 11); !st)
        return st;
    for (const SocialHandle &h : c.handles) {
        const QString id = uuid::v7(m_db.clock());
        BatchInsert &hs = *m_insertHandle;
        hs.bind(1, id);
        hs.bind(2, c.meta.id);
        hs.bind(3, h.platform);
        hs.bind(4, h.handle);
        hs.bind(5, normalizeHandle(h.handle));
        if (auto st = execInsert(hs, 6); !st)
            return st;
    }
    return {};
}

Status ImportRun::markFirstRows()
{
    const std::pair<const char *, qint64 *> tables[] = {
        {"SELECT coalesce(max(local_id), 0) FROM complaint", &m_lastComplaintBefore},
        {"SELECT coalesce(max(local_id), 0) FROM customer", &m_lastCustomerBefore},
        {"SELECT coalesce(max(rowid), 0) FROM customer_handle", &m_lastHandleBefore}};
    for (const auto &[sql, last] : tables) {
        BulkStatement s(m_db.handle(), sql);
        if (!s.ok() || !s.step())
            return s.toError(QStringLiteral("import"));
        *last = s.columnInt(0);
        s.reset();
    }
    return {};
}

Status ImportRun::suspend(const char *type, const QStringList &names, bool optional)
{
    for (const QString &name : names) {
        BulkStatement text(m_db.handle(),
                           "SELECT sql FROM sqlite_master WHERE type = ?1 AND name = ?2");
        text.bind(1, QString::fromLatin1(type));
        text.bind(2, name);
        if (!text.ok() || !text.step())
            return text.toError(QStringLiteral("import: %1 %2").arg(QLatin1String(type), name));
        m_suspended << text.columnText(0).toUtf8();
        text.reset();
        // Names come from this file or from sqlite_master, never from the user.
        const QByteArray drop = QByteArray("DROP ") + type + ' ' + name.toUtf8();
        BulkStatement dropIt(m_db.handle(), drop.constData());
        if (auto s = dropIt.exec(); !s) {
            m_suspended.removeLast(); // still there: nothing to make again
            // SQLite refuses to drop an index (SQLITE_LOCKED) while another statement of the
            // connection is reading, e.g. a list the window is filling; the others would fail
            // alike. The run then goes on with the indexes it has.
            if (optional)
                return {};
            return s;
        }
    }
    return {};
}

Status ImportRun::suspendComplaintIndexes(qint64 bytesRead, qint64 totalBytes)
{
    m_indexesDecided = true;
    if (totalBytes <= 0 || bytesRead <= 0)
        return {};
    const qint64 expected = m_report.inserted * totalBytes / bytesRead;
    if (expected < kLargeImportRows || expected < m_lastComplaintBefore)
        return {};
    // Kept: the external id's (the run looks rows up by it) and those over columns an import
    // leaves empty ("IS NOT NULL"), which cost nothing per row but a table scan to build.
    BulkStatement names(m_db.handle(),
                        "SELECT name FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'complaint' AND sql IS NOT NULL "
                        "AND name <> 'complaint_external_id' AND sql NOT LIKE '%IS NOT NULL%' "
                        "ORDER BY name");
    QStringList drop;
    while (names.step())
        drop << names.columnText(0);
    if (!names.error().isEmpty())
        return names.toError(QStringLiteral("import"));
    names.reset();
    if (auto s = flushInserts(); !s)
        return s;
    return suspend("index", drop, true);
}

Status ImportRun::restoreSuspended()
{
    for (const QByteArray &sql : std::as_const(m_suspended)) {
        BulkStatement create(m_db.handle(), sql.constData());
        if (!create.ok())
            return create.toError(QStringLiteral("import: restore"));
        if (auto s = create.exec(); !s)
            return s;
    }
    m_suspended.clear();
    return {};
}

Status ImportRun::logNewRows()
{
    const ChangeStampFunctions functions(
        m_db.handle(), [this] { return uuid::v7(m_db.clock()); }, [this] { return nextHlc(); });
    qint64 lastSeq = 0;
    {
        BulkStatement s(m_db.handle(), "SELECT coalesce(max(seq), 0) FROM change_log");
        if (!s.ok() || !s.step())
            return s.toError(QStringLiteral("import"));
        lastSeq = s.columnInt(0);
    }
    // The two triggers that write each change's base (migrations 0005, 0012) would run as a
    // sub-program per entry; for a new row they write an empty base, done below in one go.
    if (auto s = suspend("trigger", {u"sync_change_base_new_row"_qs, u"sync_change_base_record"_qs});
        !s)
        return s;
    const qint64 lastBefore[] = {m_lastCustomerBefore, m_lastHandleBefore, m_lastComplaintBefore};
    qint64 logged = 0;
    for (int i = 0; i < int(std::size(kNewRowLogs)); ++i) {
        BulkStatement s(m_db.handle(), newRowLogSql(kNewRowLogs[i]).constData());
        if (!s.ok())
            return s.toError(QStringLiteral("prepare import"));
        s.bind(1, lastBefore[i]);
        s.bind(2, m_db.user());
        s.bind(3, m_now);
        if (auto st = s.exec(); !st)
            return s.toError(QStringLiteral("log the new %1 rows")
                                 .arg(QLatin1String(kNewRowLogs[i].table)));
        logged += sqlite3_changes64(m_db.handle());
    }
    // Brings back the triggers above, and with them what else the run dropped: in a large run
    // the complaint table's indexes, each built in one sorted pass.
    setStep(tr("building the indexes"));
    if (auto s = restoreSuspended(); !s)
        return s;
    // What sync_change_base_new_row writes for the insert of a row the server never sent. The
    // run's rows have ids made in this run, so none can have a server version (sync_row); should
    // one have, the import fails rather than push it with a wrong base (fewer bases than entries).
    BulkStatement base(
        m_db.handle(),
        "INSERT INTO sync_change_base(change_seq, base, row_base, clock_offset) "
        "SELECT l.seq, '{}', 0, coalesce((SELECT CAST(value AS INTEGER) FROM local_state "
        "WHERE key = 'sync_clock_offset_ms'), 0) FROM change_log l WHERE l.seq > ?1 "
        "AND NOT EXISTS (SELECT 1 FROM sync_row r WHERE r.table_name = l.table_name "
        "AND r.row_id = l.row_id) ORDER BY l.seq");
    base.bind(1, lastSeq);
    if (auto s = base.exec(); !s)
        return s;
    if (const qint64 based = sqlite3_changes64(m_db.handle()); based != logged)
        return makeError(ErrorCode::Storage,
                         QStringLiteral("import: %1 new rows already have a server version")
                             .arg(logged - based));
    return {};
}

Status ImportRun::finish()
{
    setStep(tr("writing the last rows"));
    if (auto s = flushInserts(); !s)
        return s;
    // Brings back everything the run dropped, too (triggers, indexes).
    setStep(tr("recording the new rows for sync"));
    if (auto s = logNewRows(); !s)
        return s;
    setStep(tr("filling the search index"));
    if (auto s = indexDeferred(m_db); !s)
        return s;
    setStep(tr("saving"));
    for (auto it = m_references.cbegin(); it != m_references.cend(); ++it)
        if (auto s = runStatement(m_db,
                                  QStringLiteral("INSERT INTO reference_counter(year, last_number) "
                                                 "VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET "
                                                 "last_number = max(last_number, "
                                                 "excluded.last_number)"),
                                  {it.key(), it.value()});
            !s)
            return s;
    flushHlc();
    const QJsonObject detail{{u"kind"_qs, toString(m_options.kind)},
                             {u"file"_qs, m_options.sourceName},
                             {u"rows"_qs, m_report.rows},
                             {u"inserted"_qs, m_report.inserted},
                             {u"updated"_qs, m_report.updated},
                             {u"rejected"_qs, m_report.rejected}};
    return RowWriter(m_db).insert(
        QStringLiteral("privacy_action"), uuid::v7(m_db.clock()),
        {{u"action"_qs, u"import"_qs},
         {u"customer_id"_qs, QVariant()},
         {u"detail"_qs, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}});
}

Status ImportRun::execute(CsvReader &reader)
{
    m_now = m_db.clock().nowMs();
    const QStringList &header = m_report.layout.header;

    // Read ahead a little: the date order of an all-numeric date column is decided on them.
    std::deque<CsvRecord> ahead;
    CsvRecord record;
    while (ahead.size() < kSampleRows && reader.next(record))
        ahead.push_back(std::move(record));
    m_fieldCol = fieldColumns(m_report.mapping);
    m_colOfLiteral.clear();
    findCustomerColumns();
    if (m_options.kind == ImportKind::Complaints) {
        if (col("description") < 0)
            return invalid(QStringLiteral("mapping"),
                           tr("No column is mapped to the description (the customer's words). "
                              "Map one, e.g. --map \"%1=description\".")
                               .arg(header.value(0)));
        if (col("received_at") < 0)
            m_report.notes << tr("No date column is mapped: every complaint gets the time of the "
                                 "import as its received time.");
    } else if (col("name") < 0 && col("email") < 0 && col("phone") < 0 && col("handle") < 0) {
        return invalid(QStringLiteral("mapping"),
                       tr("Map at least the name, e-mail, phone or handle of the customers."));
    }
    DateOrder order = m_options.dateOrder;
    if (order == DateOrder::Auto && col("received_at") >= 0) {
        QStringList samples;
        for (const CsvRecord &r : ahead)
            samples << r.fields.value(col("received_at"));
        order = guessDateOrder(samples);
    }
    m_report.dateOrder = order;
    m_parser = DateParser(order, QTimeZone(m_options.timeZone.toUtf8()));

    if (!m_options.defaultChannel.isEmpty()) {
        m_defaultChannelId = channelId(m_options.defaultChannel);
        if (m_defaultChannelId.isEmpty())
            return invalid(QStringLiteral("--channel"),
                           tr("\"%1\" is not a channel.").arg(m_options.defaultChannel));
    }
    if (!m_options.rejectsPath.isEmpty()) {
        m_rejects = std::make_unique<QFile>(m_options.rejectsPath);
        if (!m_rejects->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io, tr("Cannot write the rejects file %1: %2")
                                                .arg(m_options.rejectsPath,
                                                     m_rejects->errorString()));
        m_rejects->write("\xEF\xBB\xBFline,column,reason,original\r\n");
        m_report.rejectsPath = m_options.rejectsPath;
    }

    const PragmaScope cache(m_db.handle(), "cache_size", -kImportCacheKiB); // outlives the transaction
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    loadHlc();
    // Rows added from here on are indexed in one statement by finish(), not one by one.
    if (auto s = deferSearchIndex(m_db); !s)
        return s;
    if (auto s = markFirstRows(); !s)
        return s;
    // The per-row search-index triggers only decide to leave the run's rows alone (they are
    // above the deferred mark) but, run as a sub-program with its own frame per row whose WHEN
    // reads local_state, that took as long as inserting the row. finish() makes them again.
    if (auto s = suspend("trigger", {u"complaint_fts_insert"_qs, u"customer_fts_insert"_qs}); !s)
        return s;
    if (auto s = prepare(); !s)
        return s;
    ImportProgress progress;
    progress.totalBytes = reader.totalBytes();
    auto report = [&]() {
        progress.rows = m_report.rows;
        progress.bytesRead = reader.bytesRead();
        progress.inserted = m_report.inserted;
        progress.rejected = m_report.rejected;
        return !m_options.progress || m_options.progress(progress);
    };
    for (;;) {
        if (!ahead.empty()) {
            record = std::move(ahead.front());
            ahead.pop_front();
        } else if (!reader.next(record)) {
            break;
        }
        if (auto s = handleRecord(record); !s) {
            Error e = s.error();
            e.where = tr("line %1").arg(record.line);
            return e;
        }
        if (!m_indexesDecided && m_report.inserted >= kSuspendIndexesAfter
            && m_options.kind == ImportKind::Complaints)
            if (auto s = suspendComplaintIndexes(reader.bytesRead(), reader.totalBytes()); !s)
                return s;
        if (m_report.rows % kProgressEvery == 0 && !report()) {
            m_report.cancelled = true;
            return {}; // the transaction rolls back: nothing half-imported stays
        }
    }
    if (!reader.ioError().isEmpty())
        return makeError(ErrorCode::Io,
                         tr("Reading the file failed after line %1: %2; nothing was imported.")
                             .arg(record.lastLine)
                             .arg(reader.ioError()));
    m_report.blankLines = reader.blankLines();
    // --channel is for rows without one; a word it stood in for is said, not hidden.
    for (auto it = m_defaultedChannels.cbegin(); it != m_defaultedChannels.cend(); ++it)
        m_report.notes << tr("the unknown channel \"%1\" was read as the default channel %2 "
                             "(rows: %3)")
                              .arg(it.key(), m_options.defaultChannel)
                              .arg(it.value());
    if (!report()) {
        m_report.cancelled = true;
        return {};
    }
    {
        const FinishProgress finishing(m_db.handle(), m_step, [&] {
            progress.step = m_step;
            return report();
        });
        const Status finished = finish();
        if (finishing.cancelled()) {
            m_report.cancelled = true;
            return {}; // the interrupted statement's transaction rolls back: nothing stays
        }
        if (!finished)
            return finished;
    }
    // The statements must be gone before COMMIT/ROLLBACK, or SQLite keeps them busy.
    for (std::unique_ptr<BulkStatement> *s : statements())
        s->reset();
    for (std::unique_ptr<BatchInsert> *s : inserts())
        s->reset();
    if (m_options.dryRun)
        return {}; // rolled back by the transaction's destructor
    return tx.commit();
}

} // namespace kd
