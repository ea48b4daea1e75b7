// Opening the local database: lock, pragmas, and numbered migrations embedded as resources.
#include "database.h"

#include "domain/uuid.h"
#include "sqlquery.h"
#include "search/deferredindex.h"
#include "suspendedindexes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <map>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::Database", text);
}

// Migration number -> resource path, from ":/storage/migrations/NNNN_name.sql".
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/storage/migrations"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(entry);
        if (m.hasMatch())
            files.emplace(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// The database files whose lock this process holds, so that Options::sameProcess can tell its
// own lock from another program's.
QMutex g_heldMutex;
QSet<QString> g_held;

QString lockKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

// Per file, the count of this process's connections waiting to begin a write (under g_heldMutex).
QHash<QString, std::weak_ptr<std::atomic<int>>> g_writersWaiting;

std::shared_ptr<std::atomic<int>> writersWaiting(const QString &path)
{
    QMutexLocker locker(&g_heldMutex);
    std::weak_ptr<std::atomic<int>> &slot = g_writersWaiting[lockKey(path)];
    auto counter = slot.lock();
    if (!counter) {
        counter = std::make_shared<std::atomic<int>>(0);
        slot = counter;
    }
    return counter;
}

} // namespace

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const Options &options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = options.path;
    db->m_user = options.user;
    db->m_clock = options.clock ? options.clock : &SystemClock::instance();

    const bool inMemory = options.path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(options.path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Io,
                             tr("Cannot create the folder %1 for the database.")
                                 .arg(info.absolutePath()));
        bool heldHere = false;
        if (options.sameProcess) {
            QMutexLocker locker(&g_heldMutex);
            heldHere = g_held.contains(lockKey(options.path));
        }
        if (!heldHere) {
            db->m_lock = std::make_unique<QLockFile>(options.path + QStringLiteral(".lock"));
            db->m_lock->setStaleLockTime(0);
            if (!db->m_lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, app;
                db->m_lock->getLockInfo(&pid, &host, &app);
                return makeError(ErrorCode::Locked,
                                 tr("The database %1 is already open in another Klachtdesk program "
                                    "(process %2 on %3). Close that program first, or use another "
                                    "database with --db.")
                                     .arg(QDir::toNativeSeparators(options.path))
                                     .arg(pid)
                                     .arg(host));
            }
            QMutexLocker locker(&g_heldMutex);
            g_held.insert(lockKey(options.path));
        }
    }

    if (!inMemory)
        db->m_writersWaiting = writersWaiting(options.path);
    db->m_connectionName = QStringLiteral("kd-") + uuid::v7();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(options.path);
    if (!db->m_db.open())
        return makeError(ErrorCode::Storage,
                         tr("Cannot open the database %1: %2")
                             .arg(options.path, db->m_db.lastError().text()));
    if (auto s = db->configure(); !s)
        return s.error();

    const int version = db->schemaVersion();
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::SchemaTooNew,
                         tr("The database %1 was made by a newer Klachtdesk (schema version %2; "
                            "this program knows up to %3). Install the newer Klachtdesk; the "
                            "database was not changed.")
                             .arg(QDir::toNativeSeparators(options.path))
                             .arg(version)
                             .arg(latestSchemaVersion()));
    if (options.migrate) {
        if (auto s = db->migrate(options.targetVersion); !s)
            return s.error();
    }
    if (db->schemaVersion() >= 1) {
        db->m_siteId = db->stateValue(QStringLiteral("site_id"));
        if (db->m_siteId.isEmpty()) {
            db->m_siteId = uuid::v7(*db->m_clock);
            if (auto s = db->setStateValue(QStringLiteral("site_id"), db->m_siteId); !s)
                return s.error();
        }
        // Indexes a first sync dropped, left so by a kill: built again before anything reads.
        // Only by the connection that took the lock: another one of this process may be the
        // sync that suspended them, still running.
        if (db->m_lock) {
            if (auto s = restoreIndexes(*db); !s)
                return s.error();
            // And the search index such a sync fills at its end (search/deferredindex.h).
            if (auto s = finishDeferredIndex(*db); !s)
                return s.error();
        }
    }
    return db;
}

Database::~Database()
{
    m_statements.clear(); // before the connection goes
    if (m_lock && m_lock->isLocked()) {
        QMutexLocker locker(&g_heldMutex);
        g_held.remove(lockKey(m_path));
    }
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<QSqlQuery *> Database::cachedStatement(const QString &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return storageError(*q, QStringLiteral("Could not prepare a statement"));
    // Statements built with a table name (.arg) vary; a bound on the cache keeps it small.
    if (m_statements.size() >= 256)
        m_statements.clear();
    return m_statements.insert(sql, q)->get();
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

namespace {

// KLACHTDESK_SLOW_SQL_MS=N: every statement that ran N ms or more is written to stderr with its
// values, in any program over this core (GUI, CLI, benchmarks). SQLite's profile callback gets
// a statement's time from its first step to its reset, so a query held open while the caller
// does other work shows that work too.
int logSlowStatement(unsigned type, void *context, void *statement, void *nanoseconds)
{
    const auto limit = *static_cast<const sqlite3_int64 *>(context);
    const auto ns = *static_cast<const sqlite3_int64 *>(nanoseconds);
    if (type == SQLITE_TRACE_PROFILE && ns >= limit) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        const QByteArray line = QByteArray::number(ns / 1e6, 'f', 1) + " ms  "
                                + QByteArray(sql ? sql : "?").simplified().left(300) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

Status Database::configure()
{
    static const sqlite3_int64 slowNs = [] {
        bool ok = false;
        const double ms = qEnvironmentVariable("KLACHTDESK_SLOW_SQL_MS").toDouble(&ok);
        return ok ? sqlite3_int64(ms * 1e6) : sqlite3_int64(-1);
    }();
    if (slowNs >= 0)
        if (sqlite3 *h = handle())
            sqlite3_trace_v2(h, SQLITE_TRACE_PROFILE, logSlowStatement,
                             const_cast<sqlite3_int64 *>(&slowNs));

    // WAL lets readers go on while one writer commits; synchronous=FULL makes a commit durable
    // against power loss too, because a stored complaint is a promise to a customer.
    // A new file gets 16 KB pages (an existing one keeps its own; only VACUUM could change it):
    // SQLite alone wrote the million-row import in 30-33 s with them against 41-42 s with 4 KB
    // pages, mostly in the commit (a quarter of the WAL frames), while searches and the queue
    // read as fast and a save took 0.2 ms more (docs/benchmarks.md, Import, session 9).
    const char *pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA page_size = 16384",
                             "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000",
                             "PRAGMA temp_store = MEMORY"};
    for (const char *p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p))) {
            // The first statement that reads the file: a wrong file (a CSV given as --db, a
            // damaged copy) is found here, and the user needs to hear that, not the pragma.
            if (sqlite3 *h = handle(); h && sqlite3_errcode(h) == SQLITE_NOTADB)
                return makeError(ErrorCode::Io,
                                 tr("%1 is not a Klachtdesk database, or it is damaged (SQLite: "
                                    "\"file is not a database\"). Nothing in it was changed.")
                                     .arg(QDir::toNativeSeparators(m_path)));
            return storageError(q, QString::fromLatin1(p));
        }
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Database::execScript(const QString &script, const QString &where)
{
    // sqlite3_complete tells where a statement ends, even inside triggers and string literals.
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        pending += lines.at(i) + QLatin1Char('\n');
        const QByteArray utf8 = pending.toUtf8();
        if (!sqlite3_complete(utf8.constData()))
            continue;
        QSqlQuery q(m_db);
        if (!q.exec(pending)) {
            Error e = storageError(q, tr("Migration statement failed"));
            e.where = QStringLiteral("%1:%2").arg(where).arg(i + 1);
            return e;
        }
        pending.clear();
    }
    if (!pending.trimmed().isEmpty() && !pending.trimmed().startsWith(QLatin1String("--")))
        return makeError(ErrorCode::Storage, tr("The script ends inside a statement."), where);
    return {};
}

Status Database::migrate(int targetVersion)
{
    const auto files = migrationFiles();
    const int current = schemaVersion();
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    if (current >= target)
        return {};

    // All steps run in one transaction: a failure or a kill leaves the file as it was.
    Transaction tx(*this);
    if (auto s = tx.begin(); !s)
        return s;
    for (const auto &[number, path] : files) {
        if (number <= current || number > target)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Storage, tr("Cannot read the migration %1.").arg(path));
        if (auto s = execScript(QString::fromUtf8(file.readAll()), path); !s)
            return s;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(number)))
            return storageError(q, tr("Cannot record the schema version"));
    }
    return tx.commit();
}

QString Database::stateValue(const QString &key, const QString &fallback)
{
    auto q = runQuery(*this, QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {key});
    if (q && q->next())
        return q->value(0).toString();
    return fallback;
}

Status Database::setStateValue(const QString &key, const QString &value)
{
    return runStatement(*this,
                        QStringLiteral("INSERT INTO local_state(key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        // A null QString binds as NULL, which the column refuses: an empty value
                        // (a team of none, read from the server as null) is stored as ''.
                        {key, value.isNull() ? QStringLiteral("") : value});
}

Status Database::removeStateValue(const QString &key)
{
    return runStatement(*this, QStringLiteral("DELETE FROM local_state WHERE key = ?"), {key});
}

Transaction::Transaction(Database &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db.sql());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::begin()
{
    QSqlQuery q(m_db.sql());
    ++*m_db.m_writersWaiting;
    const bool begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    --*m_db.m_writersWaiting;
    if (!begun)
        return storageError(q, QStringLiteral("Cannot start a transaction"));
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("COMMIT")))
        return storageError(q, QStringLiteral("Cannot commit"));
    m_open = false;
    return {};
}

void Database::letWaitingWritersIn(int maxMs)
{
    QElapsedTimer waited;
    waited.start();
    while (m_writersWaiting->load() > 0 && waited.elapsed() < maxMs)
        QThread::msleep(1);
}

} // namespace kd
