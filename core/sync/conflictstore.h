// Sync conflicts as the user sees them: the value that won, the value that was kept aside, and
// one call to put the kept value back.
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace kd {

class Database;

struct SyncConflict
{
    QString id;
    QString table;
    QString rowId;
    QString field;  // empty for a whole-row conflict (edit against deletion, refusal)
    QString kind;   // field | edit_vs_delete | renumbered | rejected
    QString winner; // JSON text
    QString loser;  // JSON text
    QString pushedBy;
    QString message;
    qint64 createdAt = 0;
    bool resolved = false;
};

class ConflictStore
{
public:
    explicit ConflictStore(Database &db);

    Result<QList<SyncConflict>> list(bool openOnly = true);
    Result<SyncConflict> get(const QString &id);
    // Writes the kept (losing) value back as an ordinary local change, which sync carries to
    // every desktop, and marks the conflict resolved. For an edit against a deletion this also
    // undoes the deletion (the server allows that to supervisors).
    Status restore(const QString &id);
    // Keeps the winner; marks the conflict resolved.
    Status dismiss(const QString &id);

    // What the conflict is about, for people: a complaint's reference, a customer's name, else
    // the table's name.
    QString recordLabel(const SyncConflict &c);

private:
    Status markResolved(const SyncConflict &c);
    Database &m_db;
};

} // namespace kd
