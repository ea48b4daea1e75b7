// Lifecycle, targets with pauses, escalation and audit, applied around every complaint change.
#include "workflowservice.h"

#include "businesscalendar.h"
#include "escalationrules.h"
#include "lifecycle.h"
#include "notificationcenter.h"
#include "slarules.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflowsettings.h"
#include "workflowstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::WorkflowService", text);
}

constexpr qint64 kMinute = 60000;

std::optional<bool> parseYesNo(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1")
        || v == QLatin1String("ja"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0")
        || v == QLatin1String("nee"))
        return false;
    return std::nullopt;
}

Error notYesNo(const QString &field, const QString &value)
{
    return invalid(field, tr("\"%1\" is not yes or no.").arg(value));
}

QDateTime toDateTime(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

bool isFinished(ComplaintStatus s)
{
    return s == ComplaintStatus::Resolved || s == ComplaintStatus::Closed;
}

QString minutesText(qint64 ms)
{
    return tr("%1 working minutes").arg(ms / kMinute);
}

} // namespace

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
    const qint64 now = m_db.clock().nowMs();
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
        if (auto st = pause(c, *s, m_db.clock().nowMs(), tr("registered as %1").arg(toString(c.status)));
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
    const qint64 now = m_db.clock().nowMs();

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
    const qint64 now = m_db.clock().nowMs();
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
    auto loaded = WorkflowStore(m_db).get(c.meta.id);
    if (!loaded)
        return loaded.error();
    WorkflowState s = *loaded;
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
    Promise p;
    p.complaintId = c->meta.id;
    p.customerId = c->customerId;
    p.reference = c->reference;
    p.text = text;
    p.dueAt = due.toUTC();
    p.owner = owner.trimmed().isEmpty() ? (c->assignee.isEmpty() ? m_db.user() : c->assignee)
                                        : owner.trimmed();
    if (auto s = PromiseStore(m_db).add(p); !s)
        return s.error();
    if (auto s = AuditTrail(m_db).record(c->meta.id, QStringLiteral("promise_added"),
                                         QStringLiteral("promise"), {}, p.text,
                                         tr("due %1, owner %2")
                                             .arg(p.dueAt.toString(Qt::ISODate), p.owner));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return p;
}

Status WorkflowService::setPromiseState(const QString &promiseId, const QString &state)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    PromiseStore promises(m_db);
    auto p = promises.get(promiseId);
    if (!p)
        return p.error();
    if (auto s = promises.setState(promiseId, state); !s)
        return s;
    if (auto s = AuditTrail(m_db).record(p->complaintId, QStringLiteral("promise_") + state,
                                         QStringLiteral("promise"), p->state, state, p->text);
        !s)
        return s;
    return tx.commit();
}

Result<CheckReport> WorkflowService::check()
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    CheckReport report;
    const qint64 now = m_db.clock().nowMs();
    WorkflowSettings settings(m_db);
    NotificationCenter notes(m_db);
    ComplaintStore complaints(m_db);
    WorkflowStore store(m_db);

    const auto ids = [&](const QString &sql, const QVariantList &values) -> Result<QStringList> {
        auto q = runQuery(m_db, sql, values);
        if (!q)
            return q.error();
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    };

    // Missed targets: recorded once, the assignee told, escalated by the missed_target rule.
    auto missed = ids(QStringLiteral("SELECT id FROM complaint WHERE deleted_at IS NULL AND "
                                     "next_due_at < ? AND ((first_response_at IS NULL AND "
                                     "first_response_missed = 0) OR (first_response_at IS NOT NULL "
                                     "AND resolution_missed = 0))"),
                      {now});
    if (!missed)
        return missed.error();
    auto missedRule = EscalationRules(m_db).rule(QStringLiteral("missed_target"));
    if (!missedRule)
        return missedRule.error();
    for (const QString &id : *missed) {
        auto c = complaints.get(id);
        auto s = store.get(id);
        if (!c || !s)
            return c ? s.error() : c.error();
        const bool firstResponse = !s->firstResponseAt;
        if (auto st = markMissed(*c, *s, now); !st)
            return st.error();
        ++report.missedTargets;
        const QString what = firstResponse ? tr("first response") : tr("resolution");
        report.lines << tr("%1: %2 target missed").arg(c->reference, what);
        auto n = notes.notify(c->assignee, id, QStringLiteral("target_missed"),
                              tr("Target missed: %1").arg(c->reference),
                              tr("The %1 target of %2 has passed.").arg(what, c->reference),
                              QStringLiteral("missed:%1:%2").arg(id, what));
        if (!n)
            return n.error();
        if (missedRule->enabled && !s->escalatedAt) {
            if (auto st = escalateInTransaction(*c, *s, tr("%1 target missed").arg(what),
                                                missedRule->escalateTo, missedRule->kind);
                !st)
                return st.error();
            ++report.escalations;
            report.lines << tr("%1: escalated to %2").arg(c->reference, s->escalatedTo);
        }
        if (auto st = saveState(*c, *s); !st)
            return st.error();
    }

    // Warnings before a target, to the assignee, once per due time.
    const qint64 warnMs = qint64(settings.warningMinutes()) * kMinute;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, reference, assignee, next_due_at FROM complaint "
                                     "WHERE deleted_at IS NULL AND assignee <> '' AND next_due_at "
                                     ">= ? AND next_due_at <= ?"),
                      {now, now + warnMs});
    if (!q)
        return q.error();
    QList<QStringList> warn;
    while (q->next())
        warn << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString()};
    q->finish();
    for (const QStringList &w : warn) {
        const qint64 due = w[3].toLongLong();
        auto n = notes.notify(w[2], w[0], QStringLiteral("target_warning"),
                              tr("Due soon: %1").arg(w[1]),
                              tr("%1 is due in %2 minutes.").arg(w[1]).arg((due - now) / kMinute),
                              QStringLiteral("warn:%1:%2").arg(w[0]).arg(due));
        if (!n)
            return n.error();
        if (*n) {
            ++report.warnings;
            report.lines << tr("%1: due in %2 minutes, %3 warned")
                                .arg(w[1]).arg((due - now) / kMinute).arg(w[2]);
        }
    }

    // Overdue promises, to their owner, once.
    auto overdue = PromiseStore(m_db).overdue(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    if (!overdue)
        return overdue.error();
    for (const Promise &p : *overdue) {
        auto n = notes.notify(p.owner, p.complaintId, QStringLiteral("promise_overdue"),
                              tr("Promise overdue: %1").arg(p.reference),
                              tr("Promised by %1: %2").arg(p.dueAt.toString(Qt::ISODate), p.text),
                              QStringLiteral("promise:%1").arg(p.id));
        if (!n)
            return n.error();
        if (*n) {
            ++report.overduePromises;
            report.lines << tr("%1: promise overdue: %2").arg(p.reference, p.text.left(60));
        }
    }

    // Paused longer than the limit: flagged for closing with a suggested closing reply.
    const qint64 limitMs = qint64(settings.pauseLimitDays()) * 24 * 3600 * 1000;
    auto stale = ids(QStringLiteral("SELECT id FROM complaint WHERE deleted_at IS NULL AND "
                                    "paused_at IS NOT NULL AND paused_at <= ? AND "
                                    "close_suggested_at IS NULL"),
                     {now - limitMs});
    if (!stale)
        return stale.error();
    for (const QString &id : *stale) {
        auto c = complaints.get(id);
        auto s = store.get(id);
        if (!c || !s)
            return c ? s.error() : c.error();
        s->closeSuggestedAt = now;
        if (auto st = AuditTrail(m_db).record(id, QStringLiteral("close_suggested"), {}, {}, {},
                                              tr("no answer for %1 days")
                                                  .arg(settings.pauseLimitDays()));
            !st)
            return st.error();
        if (auto st = saveState(*c, *s); !st)
            return st.error();
        auto n = notes.notify(c->assignee, id, QStringLiteral("pause_limit"),
                              tr("No answer: %1").arg(c->reference),
                              tr("The customer has not answered for %1 days; consider closing "
                                 "with: %2")
                                  .arg(settings.pauseLimitDays())
                                  .arg(suggestedClosingReply(QStringLiteral("en"))),
                              QStringLiteral("pause:%1:%2").arg(id).arg(*s->pausedAt));
        if (!n)
            return n.error();
        ++report.pauseLimits;
        report.lines << tr("%1: waiting over %2 days, flagged for closing")
                            .arg(c->reference).arg(settings.pauseLimitDays());
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

QString WorkflowService::suggestedClosingReply(const QString &language)
{
    if (language.startsWith(QLatin1String("nl")))
        return QStringLiteral("We hebben nog geen antwoord van u ontvangen, daarom sluiten we uw "
                              "klacht. Wilt u er toch op terugkomen? Reageer dan gerust op dit "
                              "bericht, dan pakken we het direct weer op.");
    return QStringLiteral("We have not heard back from you, so we are closing your complaint. If "
                          "you would like to follow it up after all, just reply to this message "
                          "and we will pick it up straight away.");
}

Result<WorkflowState> WorkflowService::state(const QString &reference)
{
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    return WorkflowStore(m_db).get(c->meta.id);
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

Result<QList<AuditEntry>> WorkflowService::auditTrail(const QString &reference)
{
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    return AuditTrail(m_db).forComplaint(c->meta.id);
}

} // namespace kd
