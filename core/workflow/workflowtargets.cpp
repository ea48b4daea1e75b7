// WorkflowService's bookkeeping of response-time targets: due times, misses, pauses and resumes,
// and the SLA status read back. Split from workflowservice.cpp; the same class.
#include "workflowservice.h"

#include "businesscalendar.h"
#include "slarules.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflowinternal.h"
#include "workflowstore.h"

#include <algorithm>

namespace kd {

using namespace workflow_detail;

// ---------------------------------------------------------------------------------------------
// Targets and pauses

Status WorkflowService::computeTargets(const Complaint &c, WorkflowState &s)
{
    auto targets = SlaRules(m_db).targetsFor(c.channelId, c.severity);
    if (!targets)
        return targets.error();
    if (!s.slaStartAt)
        s.slaStartAt = c.receivedAt.toMSecsSinceEpoch();
    s.firstResponseTargetMin = targets->firstResponseMinutes;
    s.resolutionTargetMin = targets->resolutionMinutes;
    refreshDue(c, s);
    return {};
}

// Due = start + target + paused working time, counted in working time: the time a pause took
// moves the due time by exactly that much working time, overdue or not.
void WorkflowService::refreshDue(const Complaint &c, WorkflowState &s)
{
    BusinessCalendar &cal = calendar();
    if (s.slaStartAt && s.firstResponseTargetMin)
        s.firstResponseDueAt
            = cal.addWorkingMs(*s.slaStartAt, *s.firstResponseTargetMin * kMinute + s.pausedWorkingMs);
    if (s.slaStartAt && s.resolutionTargetMin)
        s.resolutionDueAt
            = cal.addWorkingMs(*s.slaStartAt, *s.resolutionTargetMin * kMinute + s.pausedWorkingMs);
    if (s.paused() || isFinished(c.status))
        s.nextDueAt.reset();
    else
        s.nextDueAt = s.firstResponseAt ? s.resolutionDueAt : s.firstResponseDueAt;
}

Status WorkflowService::markMissed(const Complaint &c, WorkflowState &s, qint64 at)
{
    if (!s.nextDueAt || at <= *s.nextDueAt)
        return {};
    const bool firstResponse = !s.firstResponseAt;
    bool &flag = firstResponse ? s.firstResponseMissed : s.resolutionMissed;
    if (flag)
        return {};
    flag = true;
    return AuditTrail(m_db).record(c.meta.id, QStringLiteral("target_missed"),
                                   firstResponse ? QStringLiteral("first_response_due_at")
                                                 : QStringLiteral("resolution_due_at"),
                                   {}, AuditTrail::displayValue(QStringLiteral("due_at"), *s.nextDueAt));
}

Status WorkflowService::pause(const Complaint &c, WorkflowState &s, qint64 at, const QString &reason)
{
    if (s.paused())
        return {};
    refreshDue(c, s);
    // A pause on an overdue complaint keeps the fact: the miss is recorded before the clock stops.
    if (auto st = markMissed(c, s, at); !st)
        return st;
    if (s.nextDueAt)
        s.pausedLeftMs = calendar().workingMsBetween(at, *s.nextDueAt);
    s.pausedAt = at;
    s.pauseReason = reason;
    s.nextDueAt.reset();
    PauseSpan span;
    span.startedAt = at;
    span.reason = reason;
    span.status = toString(c.status);
    if (auto st = WorkflowStore(m_db).addPause(span, c.meta.id); !st)
        return st;
    return AuditTrail(m_db).record(c.meta.id, QStringLiteral("paused"), QStringLiteral("status"), {},
                                   toString(c.status), reason);
}

Status WorkflowService::resume(const Complaint &c, WorkflowState &s, qint64 at, const QString &why)
{
    if (!s.paused())
        return {};
    const qint64 start = *s.pausedAt;
    const qint64 worked = std::max<qint64>(0, calendar().workingMsBetween(start, std::max(at, start)));
    WorkflowStore store(m_db);
    auto spans = store.pauses(c.meta.id);
    if (!spans)
        return spans.error();
    for (const PauseSpan &p : *spans)
        if (!p.endedAt)
            if (auto st = store.endPause(p.id, std::max(at, start), worked); !st)
                return st;
    s.pausedWorkingMs += worked;
    s.pausedAt.reset();
    s.pauseReason.clear();
    s.pausedLeftMs.reset();
    s.closeSuggestedAt.reset();
    refreshDue(c, s);
    return AuditTrail(m_db).record(c.meta.id, QStringLiteral("resumed"), QStringLiteral("status"), {},
                                   toString(c.status),
                                   tr("%1; paused %2").arg(why, minutesText(worked)));
}

Result<SlaStatus> WorkflowService::slaStatus(const QString &reference)
{
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    auto s = WorkflowStore(m_db).get(c->meta.id);
    if (!s)
        return s.error();
    const qint64 now = m_db.clock().nowMs();
    SlaStatus out;
    out.status = c->status;
    out.firstResponseTargetMin = int(s->firstResponseTargetMin.value_or(0));
    out.resolutionTargetMin = int(s->resolutionTargetMin.value_or(0));
    out.firstResponseDue = toDateTime(s->firstResponseDueAt);
    out.resolutionDue = toDateTime(s->resolutionDueAt);
    out.firstResponseAt = toDateTime(s->firstResponseAt);
    out.resolvedAt = toDateTime(s->resolvedAt);
    out.nextDue = toDateTime(s->nextDueAt);
    out.respondedYet = s->firstResponseAt.has_value();
    if (s->nextDueAt) {
        out.msLeft = *s->nextDueAt - now;
        out.workingMsLeft = calendar().workingMsBetween(now, *s->nextDueAt);
        out.overdue = *s->nextDueAt < now;
    }
    out.paused = s->paused();
    out.pausedAt = toDateTime(s->pausedAt);
    out.pauseReason = s->pauseReason;
    out.pausedLeftMs = s->pausedLeftMs;
    if (out.paused && s->pausedLeftMs && *s->pausedLeftMs < 0)
        out.overdue = true;
    out.pausedWorkingMs = s->pausedWorkingMs;
    out.firstResponseMissed = s->firstResponseMissed;
    out.resolutionMissed = s->resolutionMissed;
    out.closeSuggestedAt = toDateTime(s->closeSuggestedAt);
    out.escalatedAt = toDateTime(s->escalatedAt);
    out.escalatedTo = s->escalatedTo;
    out.escalationReason = s->escalationReason;
    return out;
}

Result<int> WorkflowService::refreshOpenDueTimes()
{
    m_calendar.reset(); // read the calendar as it is stored now, in this transaction
    auto open = queryStrings(m_db, QStringLiteral("SELECT id FROM complaint WHERE deleted_at IS NULL "
                                                  "AND status NOT IN ('resolved', 'closed')"));
    if (!open)
        return open.error();
    const QStringList ids = *open;
    ComplaintStore complaints(m_db);
    WorkflowStore store(m_db);
    int changed = 0;
    for (const QString &id : ids) {
        auto c = complaints.get(id);
        if (!c)
            return c.error();
        auto s = store.get(id);
        if (!s)
            return s.error();
        const WorkflowState before = *s;
        refreshDue(*c, *s);
        if (s->firstResponseDueAt == before.firstResponseDueAt
            && s->resolutionDueAt == before.resolutionDueAt && s->nextDueAt == before.nextDueAt)
            continue;
        auto changes = store.update(*s);
        if (!changes)
            return changes.error();
        // Due times are bookkeeping that recordChanges leaves out: this event gets its own entry.
        const bool next = before.nextDueAt != s->nextDueAt;
        const QString field = next ? QStringLiteral("next_due_at")
                                   : QStringLiteral("resolution_due_at");
        const auto &was = next ? before.nextDueAt : before.resolutionDueAt;
        const auto &now = next ? s->nextDueAt : s->resolutionDueAt;
        const auto show = [&](const std::optional<qint64> &v) {
            return v ? AuditTrail::displayValue(field, *v) : QString();
        };
        if (auto st = AuditTrail(m_db).record(id, QStringLiteral("due_recomputed"), field, show(was),
                                              show(now), tr("working hours or holidays changed"));
            !st)
            return st.error();
        ++changed;
    }
    return changed;
}

} // namespace kd
