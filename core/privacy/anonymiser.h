// The parts of an erasure: overwriting a customer's and a complaint's personal text through
// RowWriter (so the change syncs), scrubbing old values from the change log, and making sure the
// bytes are gone from the SQLite file. Used by PrivacyService for erasure and retention.
#pragma once

#include "domain/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kd {

class Database;

// What stands in for erased text; language-neutral on purpose, as rows travel between desktops.
inline QString erasedText()
{
    return QStringLiteral("[erased]");
}

// What an erased customer's external id is kept as: a hash, enough for an import to recognise
// the person and not bring them back and for their privacy log to be found, useless for
// finding who they were. An id that is one already stays as it is.
QString erasedExternalId(const QString &externalId);

struct AnonymiseCounts
{
    int customers = 0;
    int handles = 0;
    int complaints = 0;
    int interactions = 0;
    int otherRows = 0;      // audit entries, promises, pauses, and rows elsewhere that quoted it
    int changeLogRows = 0;  // older change-log entries whose values were overwritten
};

class Anonymiser
{
public:
    explicit Anonymiser(Database &db);

    // All inside the caller's transaction.
    Status customer(const QString &customerId);   // name, contact data, handles, notes
    Status complaint(const QString &complaintId); // free text, its interactions, audit values
    // Replaces every occurrence of the texts (case-insensitive) in every text column of every
    // table, so a customer's e-mail quoted in another complaint goes too. Texts shorter than
    // five characters are left alone: they would hit unrelated words.
    Status sweep(const QStringList &texts);
    // Older change-log entries of the touched rows get the erased values, and any remaining
    // occurrence of the texts is replaced, pushed or not: the log must not keep what was erased.
    Status scrubChangeLog(const QStringList &texts);

    // A pulled erasure: this desktop forgets the earlier values of the rows it names, as the
    // erasing desktop did (its own change-log entries get the rows' erased values). Inside the
    // caller's transaction; scrubFile after the commit.
    Status forgetHistory(const QStringList &rowKeys);

    // The touched rows as [table, id] pairs for the privacy log's detail ("rows"): the server and
    // the other desktops read them to forget those rows' history too (docs/import-privacy.md).
    QJsonArray touchedRowsJson() const;
    // The "table\nid" keys an erase or retention privacy_action names; empty for other actions.
    static QStringList erasedRows(const QJsonObject &privacyActionFields);

    const AnonymiseCounts &counts() const { return m_counts; }
    const QSet<QString> &touchedRows() const { return m_touched; }

    // After the commit: merge full-text segments, checkpoint the WAL and VACUUM, so the old
    // bytes are not left in free pages. PRAGMA secure_delete is switched on for good.
    static Status scrubFile(Database &db);
    // Which of the texts still occur in the database file or its WAL (an empty list is good).
    static QStringList residueInFile(const QString &databasePath, const QStringList &texts);

private:
    Status update(const QString &table, const QString &id, const QVariantMap &columns,
                  bool deleted);
    bool hasColumn(const QString &table, const QString &column);

    Database &m_db;
    AnonymiseCounts m_counts;
    QSet<QString> m_touched; // "table\nid"
    QHash<QString, QStringList> m_columns;
};

} // namespace kd
