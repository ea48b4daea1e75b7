// Lifecycle, targets with pauses, escalation and audit, applied around every complaint change.
#include "workflowservice.h"
#include "eventtime.h"

#include "businesscalendar.h"
#include "escalationrules.h"
#include "lifecycle.h"
#include "notificationcenter.h"
#include "service/userrole.h"
#include "slarules.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflowsettings.h"
#include "workflowinternal.h"
#include "workflowstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {
using namespace workflow_detail;

WorkflowService::WorkflowService(Database &db) : m_db(db) {}
WorkflowService::~WorkflowService() = default;

BusinessCalendar &WorkflowService::calendar()
{
    if (!m_calendar) {
        auto loaded = BusinessCalendar::load(m_db);
        m_calendar = std::make_unique<BusinessCalendar>(loaded ? *loaded : BusinessCalendar());
    }
    return *m_calendar;
}

QStringList WorkflowService::settableFields()
{
    return {QStringLiteral("solution"),     QStringLiteral("no_reply_reason"),
            QStringLiteral("claim_risk"),   QStringLiteral("cause"),
            QStringLiteral("satisfaction"), QStringLiteral("closed_publicly"),
            QStringLiteral("team"),         QStringLiteral("known")};
}

Status WorkflowService::saveState(const Complaint &c, const WorkflowState &s)
{
    auto changes = WorkflowStore(m_db).update(s);
    if (!changes)
        return changes.error();
    return AuditTrail(m_db).recordChanges(c.meta.id, *changes);
}

Status WorkflowService::updateComplaint(const Complaint &before, Complaint &after,
                                        const QString &detail)
{
    Q_UNUSED(before);
    auto changes = ComplaintStore(m_db).update(after);
    if (!changes)
        return changes.error();
    return AuditTrail(m_db).recordChanges(after.meta.id, *changes, detail);
}

// ---------------------------------------------------------------------------------------------
// Escalation

Status WorkflowService::escalateInTransaction(Complaint &c, WorkflowState &s, const QString &reason,
                                              const QString &to, const QString &ruleKind)
{
    QString supervisor = to;
    if (supervisor.isEmpty()) {
        EscalationRules rules(m_db);
        auto rule = ruleKind.isEmpty() ? Result<EscalationRule>(EscalationRule{})
                                       : rules.rule(ruleKind);
        if (!rule)
            return rule.error();
        auto found = rules.supervisorFor(*rule, s.team);
        if (!found)
            return found.error();
        supervisor = *found;
    }
    const qint64 now = eventNowMs(m_db);
    s.escalatedAt = now;
    s.escalatedTo = supervisor;
    s.escalationReason = reason;
    if (auto st = AuditTrail(m_db).record(c.meta.id, QStringLiteral("escalated"),
                                          QStringLiteral("escalated_to"), c.assignee, supervisor,
                                          reason);
        !st)
        return st;
    if (!supervisor.isEmpty() && c.assignee != supervisor) {
        const Complaint before = c;
        c.assignee = supervisor;
        if (auto st = updateComplaint(before, c, tr("escalation")); !st)
            return st;
    }
    auto n = NotificationCenter(m_db).notify(
        supervisor, c.meta.id, QStringLiteral("escalated"),
        tr("Escalated: %1").arg(c.reference),
        tr("%1 was escalated to you: %2. %3").arg(c.reference, reason, c.subject.left(120)));
    if (!n)
        return n.error();
    return {};
}

Status WorkflowService::applyEscalationRules(Complaint &c, WorkflowState &s)
{
    if (s.escalatedAt || isFinished(c.status))
        return {}; // escalated once automatically; a supervisor decides from there
    auto channel = CatalogStore(m_db).channel(c.channelId);
    if (!channel)
        return channel.error();
    auto match = EscalationRules(m_db).match(c, s, *channel);
    if (!match)
        return match.error();
    if (!match->has_value())
        return {};
    return escalateInTransaction(c, s, (*match)->reason, (*match)->rule.escalateTo,
                                 (*match)->rule.kind);
}

// ---------------------------------------------------------------------------------------------
// Hooks

Status WorkflowService::onRegistered(Complaint &c)
{
    auto s = WorkflowStore(m_db).get(c.meta.id);
    if (!s)
        return s.error();
    if (auto st = AuditTrail(m_db).record(c.meta.id, QStringLiteral("registered"), {}, {},
                                          c.reference, toString(c.status));
        !st)
        return st;
    if (auto st = computeTargets(c, *s); !st)
        return st;
    if (WorkflowSettings(m_db).pausingStatuses().contains(c.status))
        if (auto st = pause(c, *s, eventNowMs(m_db), tr("registered as %1").arg(toString(c.status)));
            !st)
            return st;
    if (auto st = applyEscalationRules(c, *s); !st)
        return st;
    auto changes = WorkflowStore(m_db).update(*s);
    if (!changes)
        return changes.error();
    return {};
}

Status WorkflowService::beforeUpdate(const Complaint &before, const Complaint &after)
{
    // What the server would refuse an agent comes back refused now, not as a conflict later.
    if (auto s = mayChange(m_db, before); !s)
        return s;
    if (before.assignee != after.assignee)
        if (auto s = mayAssign(m_db, after.assignee); !s)
            return s;
    if (before.status == after.status)
        return {};
    auto s = WorkflowStore(m_db).get(before.meta.id);
    if (!s)
        return s.error();
    auto replies = WorkflowStore(m_db).repliesToCustomer(before.meta.id);
    if (!replies)
        return replies.error();
    LifecycleFacts facts;
    facts.reference = before.reference;
    facts.hasSolution = !s->solution.trimmed().isEmpty();
    facts.hasNoReplyReason = !s->noReplyReason.trimmed().isEmpty();
    facts.repliesToCustomer = *replies;
    return Lifecycle::check(before.status, after.status, facts);
}

Status WorkflowService::afterUpdate(const Complaint &before, Complaint &after,
                                    const QList<FieldChange> &changes)
{
    if (auto st = AuditTrail(m_db).recordChanges(after.meta.id, changes); !st)
        return st;
    auto loaded = WorkflowStore(m_db).get(after.meta.id);
    if (!loaded)
        return loaded.error();
    WorkflowState s = *loaded;
    const qint64 now = eventNowMs(m_db);

    if (before.status != after.status) {
        const ComplaintStatus to = after.status;
        const QList<ComplaintStatus> pausing = WorkflowSettings(m_db).pausingStatuses();
        if (Lifecycle::isReopen(before.status, to)) {
            s.reopenedCount += 1;
            s.resolvedAt.reset();
            s.closedAt.reset();
            s.slaStartAt = now; // a fresh resolution target from the reopening on
            s.pausedWorkingMs = 0;
            if (auto st = AuditTrail(m_db).record(after.meta.id, QStringLiteral("reopened"),
                                                  QStringLiteral("status"), toString(before.status),
                                                  toString(to));
                !st)
                return st;
        }
        if (s.paused() && !pausing.contains(to))
            if (auto st = resume(after, s, now, tr("status %1").arg(toString(to))); !st)
                return st;
        if (!s.paused() && pausing.contains(to)) {
            const QString reason = to == ComplaintStatus::WaitingForCustomer
                                       ? tr("waiting for the customer")
                                       : tr("status %1").arg(toString(to));
            if (auto st = pause(after, s, now, reason); !st)
                return st;
        }
        if (to == ComplaintStatus::Resolved) {
            refreshDue(before, s); // the due that counted until now
            if (auto st = markMissed(after, s, now); !st)
                return st;
            s.resolvedAt = now;
        }
        if (to == ComplaintStatus::Closed)
            s.closedAt = now;
    }

    bool targetsChanged = false;
    for (const FieldChange &c : changes)
        if (c.field == QLatin1String("severity") || c.field == QLatin1String("channel_id")
            || c.field == QLatin1String("received_at"))
            targetsChanged = true;
    if (targetsChanged) {
        if (before.receivedAt != after.receivedAt && s.reopenedCount == 0)
            s.slaStartAt = after.receivedAt.toMSecsSinceEpoch();
        if (auto st = computeTargets(after, s); !st)
            return st;
    } else {
        refreshDue(after, s);
    }
    if (auto st = applyEscalationRules(after, s); !st)
        return st;
    return saveState(after, s);
}

Status WorkflowService::onInteraction(const Complaint &complaint, const Interaction &i)
{
    Complaint c = complaint;
    auto loaded = WorkflowStore(m_db).get(c.meta.id);
    if (!loaded)
        return loaded.error();
    WorkflowState s = *loaded;
    const qint64 now = eventNowMs(m_db);
    const qint64 at = i.occurredAt.isValid() ? i.occurredAt.toMSecsSinceEpoch() : now;
    if (auto st = AuditTrail(m_db).record(c.meta.id, QStringLiteral("interaction"),
                                          toString(i.kind), {}, toString(i.direction),
                                          i.body.left(200));
        !st)
        return st;
    const bool toCustomer = i.direction == Direction::Outbound && i.kind != InteractionKind::Note;
    if (toCustomer && !s.firstResponseAt) {
        refreshDue(c, s);
        if (auto st = markMissed(c, s, at); !st)
            return st;
        s.firstResponseAt = at;
        if (auto st = AuditTrail(m_db).record(c.meta.id, QStringLiteral("first_response"),
                                              QStringLiteral("first_response_at"), {},
                                              AuditTrail::displayValue(QStringLiteral("at"), at));
            !st)
            return st;
        if (c.status == ComplaintStatus::New) {
            const Complaint before = c;
            c.status = ComplaintStatus::Acknowledged;
            if (auto st = updateComplaint(before, c, tr("first reply sent")); !st)
                return st;
        }
    }
    if (i.direction == Direction::Inbound && s.paused()) {
        // The customer answered: the clocks run on from the moment of the answer.
        const qint64 answeredAt = std::clamp(at, *s.pausedAt, std::max(now, *s.pausedAt));
        const Complaint before = c;
        c.status = ComplaintStatus::InProgress;
        if (auto st = updateComplaint(before, c, tr("the customer answered")); !st)
            return st;
        if (auto st = resume(c, s, answeredAt, tr("the customer answered")); !st)
            return st;
    }
    refreshDue(c, s);
    return saveState(c, s);
}

Result<QList<FieldChange>> WorkflowService::setFieldInTransaction(Complaint &c, const QString &field,
                                                                  const QString &value)
{
    if (auto st = mayChange(m_db, c); !st)
        return st.error();
    auto loaded = WorkflowStore(m_db).get(c.meta.id);
    if (!loaded)
        return loaded.error();
    WorkflowState s = *loaded;
    if (field == QLatin1String("team") && value.trimmed() != s.team)
        if (auto st = mayMoveToTeam(m_db, value); !st)
            return st.error();
    if (field == QLatin1String("solution")) {
        s.solution = value.trimmed();
    } else if (field == QLatin1String("no_reply_reason")) {
        s.noReplyReason = value.trimmed();
    } else if (field == QLatin1String("cause")) {
        s.cause = value.trimmed();
    } else if (field == QLatin1String("team")) {
        s.team = value.trimmed();
    } else if (field == QLatin1String("claim_risk")) {
        auto v = parseYesNo(value);
        if (!v)
            return notYesNo(field, value);
        s.claimRisk = *v;
    } else if (field == QLatin1String("closed_publicly")) {
        if (value.trimmed().isEmpty()) {
            s.closedPublicly.reset();
        } else {
            auto v = parseYesNo(value);
            if (!v)
                return notYesNo(field, value);
            s.closedPublicly = *v;
        }
    } else if (field == QLatin1String("satisfaction")) {
        if (value.trimmed().isEmpty()) {
            s.satisfaction.reset();
        } else {
            bool ok = false;
            const int n = value.trimmed().toInt(&ok);
            if (!ok || n < 1 || n > 5)
                return invalid(field, tr("Satisfaction is a whole number from 1 to 5, not \"%1\".")
                                          .arg(value));
            if (!isFinished(c.status))
                return Error{ErrorCode::Conflict,
                             tr("Record the customer's satisfaction after the complaint is "
                                "resolved."),
                             field, c.reference};
            s.satisfaction = n;
        }
    } else if (field == QLatin1String("known")) {
        auto v = parseYesNo(value);
        if (!v)
            return notYesNo(field, value);
        // known_complaint belongs to search's migration 0002; refuse clearly without it.
        auto cols = runQuery(m_db, QStringLiteral("SELECT 1 FROM pragma_table_info('complaint') "
                                                  "WHERE name = 'known_complaint'"));
        if (!cols)
            return cols.error();
        if (!cols->next())
            return makeError(ErrorCode::Invalid,
                             tr("This database has no known-complaint flag yet (schema 0002)."));
        cols->finish();
        auto r = RowWriter(m_db).update(QStringLiteral("complaint"), c.meta.id,
                                        {{QStringLiteral("known_complaint"), *v ? 1 : 0}});
        if (!r)
            return r.error();
        if (auto st = AuditTrail(m_db).recordChanges(c.meta.id, *r); !st)
            return st.error();
        return r;
    } else {
        return invalid(QStringLiteral("field"), tr("Unknown workflow field \"%1\".").arg(field));
    }
    refreshDue(c, s);
    if (field == QLatin1String("claim_risk") || field == QLatin1String("team"))
        if (auto st = applyEscalationRules(c, s); !st)
            return st.error();
    auto changes = WorkflowStore(m_db).update(s);
    if (!changes)
        return changes.error();
    if (auto st = AuditTrail(m_db).recordChanges(c.meta.id, *changes); !st)
        return st.error();
    return changes;
}

// ---------------------------------------------------------------------------------------------
// Use cases with their own transaction

Result<QList<FieldChange>> WorkflowService::assess(const QString &reference, const Assessment &a)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    ComplaintStore complaints(m_db);
    auto found = complaints.byReference(reference);
    if (!found)
        return found.error();
    const Complaint before = *found;
    if (auto s = mayChange(m_db, before); !s)
        return s.error();
    Complaint c = before;
    if (a.severity)
        c.severity = *a.severity;
    if (a.justified)
        c.justified = *a.justified;
    if (a.category) {
        if (a.category->trimmed().isEmpty()) {
            c.categoryId.clear();
        } else {
            auto cat = CatalogStore(m_db).findCategory(*a.category);
            if (!cat)
                return cat.error();
            c.categoryId = cat->meta.id;
        }
    }
    auto changes = complaints.update(c);
    if (!changes)
        return changes.error();
    QList<FieldChange> all = *changes;
    if (auto s = afterUpdate(before, c, *changes); !s)
        return s.error();
    const auto text = [](bool v) { return v ? QStringLiteral("yes") : QStringLiteral("no"); };
    QList<std::pair<QString, QString>> fields;
    if (a.claimRisk)
        fields.append({QStringLiteral("claim_risk"), text(*a.claimRisk)});
    if (a.cause)
        fields.append({QStringLiteral("cause"), *a.cause});
    if (a.known)
        fields.append({QStringLiteral("known"), text(*a.known)});
    if (a.solution)
        fields.append({QStringLiteral("solution"), *a.solution});
    if (a.noReplyReason)
        fields.append({QStringLiteral("no_reply_reason"), *a.noReplyReason});
    if (a.team)
        fields.append({QStringLiteral("team"), *a.team});
    if (a.satisfaction)
        fields.append({QStringLiteral("satisfaction"), QString::number(*a.satisfaction)});
    if (a.closedPublicly)
        fields.append({QStringLiteral("closed_publicly"), text(*a.closedPublicly)});
    for (const auto &[field, value] : fields) {
        auto r = setFieldInTransaction(c, field, value);
        if (!r)
            return r.error();
        all += *r;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return all;
}

Status WorkflowService::escalate(const QString &reference, const QString &reason, const QString &to)
{
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"),
                       tr("Say why the complaint is escalated: the supervisor reads it first."));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    auto s = WorkflowStore(m_db).get(c->meta.id);
    if (!s)
        return s.error();
    if (auto st = escalateInTransaction(*c, *s, reason.trimmed(), to.trimmed(), {}); !st)
        return st;
    if (auto st = saveState(*c, *s); !st)
        return st;
    return tx.commit();
}

Result<Promise> WorkflowService::addPromise(const QString &reference, const QString &text,
                                            const QDateTime &due, const QString &owner)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    auto p = addPromiseInTransaction(*c, text, due, owner);
    if (!p)
        return p.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<Promise> WorkflowService::addPromiseInTransaction(const Complaint &c, const QString &text,
                                                         const QDateTime &due, const QString &owner)
{
    Promise p;
    p.complaintId = c.meta.id;
    p.customerId = c.customerId;
    p.reference = c.reference;
    p.text = text;
    p.dueAt = due.toUTC();
    p.owner = owner.trimmed().isEmpty() ? (c.assignee.isEmpty() ? m_db.user() : c.assignee)
                                        : owner.trimmed();
    if (auto s = PromiseStore(m_db).add(p); !s)
        return s.error();
    if (auto s = AuditTrail(m_db).record(c.meta.id, QStringLiteral("promise_added"),
                                         QStringLiteral("promise"), {}, p.text,
                                         tr("due %1, owner %2")
                                             .arg(p.dueAt.toString(Qt::ISODate), p.owner));
        !s)
        return s.error();
    return p;
}

Status WorkflowService::setPromiseState(const QString &promiseId, const QString &state)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = setPromiseStateInTransaction(promiseId, state); !s)
        return s;
    return tx.commit();
}

Status WorkflowService::setPromiseStateInTransaction(const QString &promiseId, const QString &state)
{
    PromiseStore promises(m_db);
    auto p = promises.get(promiseId);
    if (!p)
        return p.error();
    if (auto s = promises.setState(promiseId, state); !s)
        return s;
    return AuditTrail(m_db).record(p->complaintId, QStringLiteral("promise_") + state,
                                   QStringLiteral("promise"), p->state, state, p->text);
}

Result<WorkflowState> WorkflowService::state(const QString &reference)
{
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    return WorkflowStore(m_db).get(c->meta.id);
}

Result<QList<AuditEntry>> WorkflowService::auditTrail(const QString &reference)
{
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    return AuditTrail(m_db).forComplaint(c->meta.id);
}

} // namespace kd
