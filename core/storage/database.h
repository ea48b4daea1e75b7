// The local SQLite database: opening, pragmas, the single-instance lock and schema migrations.
#pragma once

#include "domain/clock.h"
#include "domain/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <memory>

class QLockFile;
struct sqlite3;

namespace kd {

class Database
{
public:
    struct Options
    {
        QString path;                         // ":memory:" for a private in-memory database
        QString user = QStringLiteral("agent"); // login written as author of every change
        const Clock *clock = nullptr;         // defaults to the system clock
        bool migrate = true;                  // bring the schema up to date on open
        int targetVersion = -1;               // migrate only up to this version (tests)
        // A second connection inside the process that already holds the file's lock (the
        // background sync thread) shares that lock; without one it takes the lock as usual.
        // Other processes stay locked out. Close it before the connection that holds the lock.
        bool sameProcess = false;
    };

    // Opens (and creates) the database. Refuses a file that another Klachtdesk holds open and a
    // schema newer than this program knows; neither case touches the file. Thread-bound: use a
    // connection only in the thread that opened it (Qt SQL's rule).
    static Result<std::unique_ptr<Database>> open(const Options &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;
    const Clock &clock() const { return *m_clock; }
    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    const QString &path() const { return m_path; }
    QString siteId() const { return m_siteId; }

    int schemaVersion();
    static int latestSchemaVersion();
    Status migrate(int targetVersion = -1);

    // Runs a script of several statements (a migration) inside the caller's transaction.
    Status execScript(const QString &script, const QString &where);

    // A local_state value (site id, HLC, sync cursor, ...).
    QString stateValue(const QString &key, const QString &fallback = {});
    Status setStateValue(const QString &key, const QString &value);
    Status removeStateValue(const QString &key);

    // A statement prepared once per connection and kept for reuse by runStatement(): SQLite then
    // parses it, and compiles the triggers it fires, once instead of at every call (a bulk
    // import or a pull runs the same few statements a million times).
    Result<QSqlQuery *> cachedStatement(const QString &sql);

    // For a writer that runs transaction after transaction (a pull, index builds): waits, up to
    // maxMs, while another connection of this process to the same file waits to begin its own
    // write. SQLite's busy handler polls with sleeps of up to 100 ms, so without this a writer
    // that begins again right after its commit wins nearly every time, and the window's save
    // waits seconds or fails ("database is locked") while a first sync runs.
    void letWaitingWritersIn(int maxMs = 2000);

private:
    friend class Transaction;
    Database() = default;
    Status configure();

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_user;
    QString m_siteId;
    const Clock *m_clock = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    // Connections of this process to the file now waiting in BEGIN IMMEDIATE; shared by all of
    // them (Transaction::begin counts, letWaitingWritersIn reads).
    std::shared_ptr<std::atomic<int>> m_writersWaiting = std::make_shared<std::atomic<int>>(0);
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() was reached. Nested use is refused by
// SQLite; callers open one transaction per user action.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Status begin();
    Status commit();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace kd
