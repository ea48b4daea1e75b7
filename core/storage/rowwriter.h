// Every write of a synced row goes through RowWriter: it stamps who and when, keeps deletes as
// tombstones and records a field-level change in change_log within the caller's transaction.
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace kd {

class Database;

struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

class RowWriter
{
public:
    explicit RowWriter(Database &db);

    // Inserts a row with the given columns plus id and meta columns; logs every column.
    Status insert(const QString &table, const QString &id, const QVariantMap &columns);

    // Writes only the columns whose value differs from what is stored and returns those changes
    // (empty when nothing changed: then nothing is written or logged).
    Result<QList<FieldChange>> update(const QString &table, const QString &id,
                                      const QVariantMap &columns);

    // Marks the row deleted (deleted_at), keeping its data so that sync can carry the deletion.
    Status tombstone(const QString &table, const QString &id);

    // The change log alone, for writers that store rows another way (bulk import).
    Status logChange(const QString &table, const QString &id, const QString &op,
                     const QVariantMap &fields);

private:
    QString nextHlc();

    Database &m_db;
};

// Column and table names come from code, never from users; this guards that promise.
bool isSafeIdentifier(const QString &name);

} // namespace kd
