// Writes rows that came from the server into the local database: no change_log, no audit rows,
// and never over a column that has a local change still waiting to go up.
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <memory>

namespace kd {

class BatchInsert;
class Database;

struct RemoteChange
{
    QString table;
    QString rowId;
    QString op; // insert | update | delete | leave (the row left what this user may see)
    QJsonObject fields;
    qint64 version = 0; // kd.change.seq: the server version of every field in fields
    // Per-field versions when they differ (a push answer, a full row fetched from the server).
    QJsonObject fieldVersions;
    // The server's answer to a push is its current state: applied even when the version is not
    // newer than the one known here (a refused edit must give way to the server's value).
    bool authoritative = false;

    // A whole row as kd.row_state holds it (data and fver as JSON text, row_ver), to insert or
    // bring up to date: a row fetched when it came into reach, or one of a baseline.
    static RemoteChange fullRow(const QString &table, const QString &rowId, const QString &data,
                                const QString &fver, qint64 rowVersion);
};

class LocalApplier
{
public:
    explicit LocalApplier(Database &db);
    ~LocalApplier();

    // Tables this desktop syncs: those with an id and the five meta columns.
    bool isSyncedTable(const QString &table);
    QStringList syncedTables();

    // Called for a change to a row this desktop does not have yet but which is not a full insert
    // (the row was out of reach before): returns the row's full state from the server.
    using FetchRow = std::function<Result<RemoteChange>(const QString &table, const QString &rowId)>;
    void setFetchRow(FetchRow fetch) { m_fetchRow = std::move(fetch); }

    enum class Outcome { Applied, Skipped, UnknownTable };
    // Inside the caller's transaction. A row new to this desktop is gathered with the new rows
    // that came right before it (same table and columns) and written many to a statement, with
    // its sync_row entry: it is not in the table until the next flush(). Any other change
    // flushes first, so the statements run in the order of the changes.
    Result<Outcome> apply(const RemoteChange &change);
    // Writes the new rows apply() gathered. Call it before reading the tables and before the
    // caller's transaction commits (rows still gathered then are lost).
    Status flush();

    // The server's answers to this desktop's own inserts of rows new to the server, each stored
    // there as it was sent (fields: the server's values, fieldVersions: their versions): the
    // values here are the same, so only the versions are recorded, with one statement per table.
    // A row that has another change waiting, is not here or has versions already is left to
    // apply(). Returns the rows recorded, as recordKey(table, rowId). Inside the caller's
    // transaction.
    Result<QSet<QString>> recordNewRows(const QList<RemoteChange> &answers);
    static QString recordKey(const QString &table, const QString &rowId)
    {
        return table + u'\n' + rowId;
    }

    // During a re-baseline after a restore from a backup: a row deleted here that the restored
    // server has alive stays deleted (core/sync/baseline.cpp sends the deletion up again).
    void setKeepLocalDeletions(bool keep) { m_keepLocalDeletions = keep; }

    // Complaints fetched whole by apply() (they came into this user's scope): their rows
    // (messages, promises, ...) are to be fetched too. Cleared by the call.
    QStringList takeFetchedComplaints() { return std::exchange(m_fetchedComplaints, {}); }

    // Removes a complaint that left this user's scope, with every row that belongs to it
    // (audit entries included), and their sync versions. Not logged: nothing goes up. Inside the
    // caller's transaction.
    Status forgetComplaint(const QString &complaintId);

    static QVariant toSql(const QJsonValue &v);

    // The value a column has in a row that never set it (its DEFAULT, as JSON): what a row of the
    // server that lacks the key holds for every desktop that pulls it.
    QJsonValue columnDefault(const QString &table, const QString &column);

private:
    struct TableInfo
    {
        QStringList columns;        // without local_id
        QSet<QString> required;     // NOT NULL without default
        QHash<QString, QJsonValue> defaults; // columns with a DEFAULT
        bool synced = false;
    };
    const TableInfo &info(const QString &table);
    Result<QSqlQuery *> prepared(const QString &sql);
    Result<Outcome> saveVersions(const QString &table, const QString &rowId, qint64 base,
                                 const QJsonObject &fver);
    Result<QSet<QString>> pendingFields(const QString &table, const QString &rowId);
    // Gathers a new row for the batch of its table and columns (names[0] is "id").
    Status gather(const QString &table, const QStringList &names, const QVariantList &values,
                  qint64 base, const QString &fver);
    // The complaints that hold a reference one of the gathered rows brings step aside, for all
    // of them in one statement (makeRoomForReference for one row).
    Status makeRoomForGathered();

    Database &m_db;
    QHash<QString, TableInfo> m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    FetchRow m_fetchRow;
    QStringList m_fetchedComplaints;
    bool m_keepLocalDeletions = false;
    QStringList m_complaintChildTables; // every table with a complaint_id column (lazily)
    // The new rows being gathered (apply()): one insert per table and column list, prepared once.
    QHash<QString, std::shared_ptr<BatchInsert>> m_inserts;
    BatchInsert *m_gathering = nullptr; // the batch the gathered rows are in, if any
    QString m_gatheringKey;
    std::unique_ptr<BatchInsert> m_syncRows; // their sync_row entries
    QSet<QString> m_gathered;                // recordKey of every row gathered since the last flush
    QSet<QString> m_gatheredReferences;      // complaint references among them
    QStringList m_unwrittenReferences;       // those of rows the batch has not written yet
};

} // namespace kd
