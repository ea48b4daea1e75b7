// SQL for the workflow columns of complaint and for complaint_pause.
#include "workflowstore.h"

#include "domain/uuid.h"
#include "storage/complaintrow.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace kd {
namespace {

const QString kColumns = QStringLiteral(
    "claim_risk, cause_text, team, solution, no_reply_reason, satisfaction, closed_publicly, "
    "first_response_at, resolved_at, closed_at, reopened_count, escalated_at, escalated_to, "
    "escalation_reason, sla_start_at, first_response_target_min, resolution_target_min, "
    "first_response_due_at, resolution_due_at, next_due_at, first_response_missed, "
    "resolution_missed, paused_at, pause_reason, paused_left_ms, paused_working_ms, "
    "close_suggested_at");

std::optional<qint64> optMs(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

template<typename T>
QVariant var(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

QVariant varBool(const std::optional<bool> &v)
{
    return v ? QVariant(*v ? 1 : 0) : QVariant();
}

} // namespace

WorkflowStore::WorkflowStore(Database &db) : m_db(db) {}

Result<WorkflowState> WorkflowStore::get(const QString &complaintId)
{
    auto q = complaintRow(
        m_db, QStringLiteral("SELECT %1 FROM complaint WHERE id = ?").arg(kColumns), complaintId);
    if (!q)
        return q.error();
    WorkflowState s;
    s.complaintId = complaintId;
    int i = 0;
    s.claimRisk = q->value(i++).toBool();
    s.cause = q->value(i++).toString();
    s.team = q->value(i++).toString();
    s.solution = q->value(i++).toString();
    s.noReplyReason = q->value(i++).toString();
    const QVariant sat = q->value(i++);
    if (!sat.isNull())
        s.satisfaction = sat.toInt();
    const QVariant pub = q->value(i++);
    if (!pub.isNull())
        s.closedPublicly = pub.toBool();
    s.firstResponseAt = optMs(q->value(i++));
    s.resolvedAt = optMs(q->value(i++));
    s.closedAt = optMs(q->value(i++));
    s.reopenedCount = q->value(i++).toInt();
    s.escalatedAt = optMs(q->value(i++));
    s.escalatedTo = q->value(i++).toString();
    s.escalationReason = q->value(i++).toString();
    s.slaStartAt = optMs(q->value(i++));
    s.firstResponseTargetMin = optMs(q->value(i++));
    s.resolutionTargetMin = optMs(q->value(i++));
    s.firstResponseDueAt = optMs(q->value(i++));
    s.resolutionDueAt = optMs(q->value(i++));
    s.nextDueAt = optMs(q->value(i++));
    s.firstResponseMissed = q->value(i++).toBool();
    s.resolutionMissed = q->value(i++).toBool();
    s.pausedAt = optMs(q->value(i++));
    s.pauseReason = q->value(i++).toString();
    s.pausedLeftMs = optMs(q->value(i++));
    s.pausedWorkingMs = q->value(i++).toLongLong();
    s.closeSuggestedAt = optMs(q->value(i++));
    return s;
}

Result<QList<FieldChange>> WorkflowStore::update(const WorkflowState &s)
{
    const QVariantMap columns{
        {QStringLiteral("claim_risk"), s.claimRisk ? 1 : 0},
        {QStringLiteral("cause_text"), s.cause},
        {QStringLiteral("team"), s.team},
        {QStringLiteral("solution"), s.solution},
        {QStringLiteral("no_reply_reason"), s.noReplyReason},
        {QStringLiteral("satisfaction"), var(s.satisfaction)},
        {QStringLiteral("closed_publicly"), varBool(s.closedPublicly)},
        {QStringLiteral("first_response_at"), var(s.firstResponseAt)},
        {QStringLiteral("resolved_at"), var(s.resolvedAt)},
        {QStringLiteral("closed_at"), var(s.closedAt)},
        {QStringLiteral("reopened_count"), s.reopenedCount},
        {QStringLiteral("escalated_at"), var(s.escalatedAt)},
        {QStringLiteral("escalated_to"), s.escalatedTo},
        {QStringLiteral("escalation_reason"), s.escalationReason},
        {QStringLiteral("sla_start_at"), var(s.slaStartAt)},
        {QStringLiteral("first_response_target_min"), var(s.firstResponseTargetMin)},
        {QStringLiteral("resolution_target_min"), var(s.resolutionTargetMin)},
        {QStringLiteral("first_response_due_at"), var(s.firstResponseDueAt)},
        {QStringLiteral("resolution_due_at"), var(s.resolutionDueAt)},
        {QStringLiteral("next_due_at"), var(s.nextDueAt)},
        {QStringLiteral("first_response_missed"), s.firstResponseMissed ? 1 : 0},
        {QStringLiteral("resolution_missed"), s.resolutionMissed ? 1 : 0},
        {QStringLiteral("paused_at"), var(s.pausedAt)},
        {QStringLiteral("pause_reason"), s.pauseReason},
        {QStringLiteral("paused_left_ms"), var(s.pausedLeftMs)},
        {QStringLiteral("paused_working_ms"), s.pausedWorkingMs},
        {QStringLiteral("close_suggested_at"), var(s.closeSuggestedAt)}};
    return RowWriter(m_db).update(QStringLiteral("complaint"), s.complaintId, columns);
}

Result<QList<PauseSpan>> WorkflowStore::pauses(const QString &complaintId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, started_at, ended_at, reason, status, working_ms "
                                     "FROM complaint_pause WHERE complaint_id = ? AND "
                                     "deleted_at IS NULL ORDER BY started_at"),
                      {complaintId});
    if (!q)
        return q.error();
    QList<PauseSpan> out;
    while (q->next()) {
        PauseSpan p;
        p.id = q->value(0).toString();
        p.startedAt = q->value(1).toLongLong();
        p.endedAt = optMs(q->value(2));
        p.reason = q->value(3).toString();
        p.status = q->value(4).toString();
        p.workingMs = optMs(q->value(5));
        out << p;
    }
    return out;
}

Status WorkflowStore::addPause(PauseSpan &pause, const QString &complaintId)
{
    pause.id = uuid::v7(m_db.clock());
    return RowWriter(m_db).insert(QStringLiteral("complaint_pause"), pause.id,
                                  {{QStringLiteral("complaint_id"), complaintId},
                                   {QStringLiteral("started_at"), pause.startedAt},
                                   {QStringLiteral("reason"), pause.reason},
                                   {QStringLiteral("status"), pause.status}});
}

Status WorkflowStore::endPause(const QString &pauseId, qint64 endedAt, qint64 workingMs)
{
    auto r = RowWriter(m_db).update(QStringLiteral("complaint_pause"), pauseId,
                                    {{QStringLiteral("ended_at"), endedAt},
                                     {QStringLiteral("working_ms"), workingMs}});
    if (!r)
        return r.error();
    return {};
}

Result<int> WorkflowStore::repliesToCustomer(const QString &complaintId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT count(*) FROM interaction WHERE complaint_id = ? AND "
                                     "direction = 'outbound' AND kind <> 'note' AND "
                                     "deleted_at IS NULL"),
                      {complaintId});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

} // namespace kd
