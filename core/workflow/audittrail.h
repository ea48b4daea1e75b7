// The append-only audit trail of a complaint: who changed what, when, from which value to which.
#pragma once

#include "domain/error.h"
#include "storage/rowwriter.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kd {

class Database;

struct AuditEntry
{
    QString id;
    QString complaintId;
    QDateTime at;
    QString actor;
    QString action; // registered, changed, paused, resumed, escalated, ... (docs/workflow.md)
    QString field;
    QString oldValue;
    QString newValue;
    QString detail;
};

class AuditTrail
{
public:
    explicit AuditTrail(Database &db);

    // One entry, written through RowWriter (so it syncs) in the caller's transaction.
    Status record(const QString &complaintId, const QString &action, const QString &field = {},
                  const QString &oldValue = {}, const QString &newValue = {},
                  const QString &detail = {});
    // One "changed" entry per field change; bookkeeping columns (due times, pause counters) are
    // left out because the events that move them (paused, resumed, ...) are recorded instead.
    Status recordChanges(const QString &complaintId, const QList<FieldChange> &changes,
                         const QString &detail = {});

    // Oldest first.
    Result<QList<AuditEntry>> forComplaint(const QString &complaintId);

    // How a stored value reads in the trail: times as ISO 8601 UTC, NULL as empty.
    static QString displayValue(const QString &field, const QVariant &value);
    static bool isBookkeeping(const QString &field);

private:
    Database &m_db;
};

} // namespace kd
