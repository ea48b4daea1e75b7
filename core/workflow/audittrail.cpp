// Audit entries as synced, append-only rows (triggers in migration 0003 refuse rewrites).
#include "audittrail.h"
#include "eventtime.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/sqlquery.h"

namespace kd {

AuditTrail::AuditTrail(Database &db) : m_db(db) {}

bool AuditTrail::isBookkeeping(const QString &field)
{
    static const QStringList fields{
        QStringLiteral("sla_start_at"),          QStringLiteral("first_response_target_min"),
        QStringLiteral("resolution_target_min"), QStringLiteral("first_response_due_at"),
        QStringLiteral("resolution_due_at"),     QStringLiteral("next_due_at"),
        QStringLiteral("paused_at"),             QStringLiteral("pause_reason"),
        QStringLiteral("paused_left_ms"),        QStringLiteral("paused_working_ms"),
        QStringLiteral("first_response_missed"), QStringLiteral("resolution_missed"),
        QStringLiteral("close_suggested_at"),    QStringLiteral("escalated_at"),
        QStringLiteral("escalated_to"),          QStringLiteral("escalation_reason"),
        QStringLiteral("updated_at"),            QStringLiteral("updated_by")};
    return fields.contains(field);
}

QString AuditTrail::displayValue(const QString &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (field.endsWith(QLatin1String("_at")))
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    return value.toString();
}

Status AuditTrail::record(const QString &complaintId, const QString &action, const QString &field,
                          const QString &oldValue, const QString &newValue, const QString &detail)
{
    return RowWriter(m_db).insert(QStringLiteral("audit_entry"), uuid::v7(m_db.clock()),
                                  {{QStringLiteral("complaint_id"), complaintId},
                                   {QStringLiteral("at"), eventNowMs(m_db)},
                                   {QStringLiteral("actor"), m_db.user()},
                                   {QStringLiteral("action"), action},
                                   {QStringLiteral("field"), field},
                                   {QStringLiteral("old_value"), oldValue},
                                   {QStringLiteral("new_value"), newValue},
                                   {QStringLiteral("detail"), detail}});
}

Status AuditTrail::recordChanges(const QString &complaintId, const QList<FieldChange> &changes,
                                 const QString &detail)
{
    for (const FieldChange &c : changes) {
        if (isBookkeeping(c.field))
            continue;
        if (auto s = record(complaintId, QStringLiteral("changed"), c.field,
                            displayValue(c.field, c.oldValue), displayValue(c.field, c.newValue),
                            detail);
            !s)
            return s;
    }
    return {};
}

Result<QList<AuditEntry>> AuditTrail::forComplaint(const QString &complaintId)
{
    // rowid breaks ties: entries of one action share a millisecond.
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, complaint_id, at, actor, action, field, old_value, "
                                     "new_value, detail FROM audit_entry WHERE complaint_id = ? "
                                     "ORDER BY at, rowid"),
                      {complaintId});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toString();
        e.complaintId = q->value(1).toString();
        e.at = fromMs(q->value(2));
        e.actor = q->value(3).toString();
        e.action = q->value(4).toString();
        e.field = q->value(5).toString();
        e.oldValue = q->value(6).toString();
        e.newValue = q->value(7).toString();
        e.detail = q->value(8).toString();
        out << e;
    }
    return out;
}

} // namespace kd
