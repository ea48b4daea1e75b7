// WorkflowService::check(): the periodic run that warns before targets, records misses and their
// escalation, reports overdue promises and flags long waits. Split from workflowservice.cpp.
#include "workflowservice.h"

#include "escalationrules.h"
#include "notificationcenter.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflowinternal.h"
#include "workflowsettings.h"
#include "workflowstore.h"

#include <QLocale>

namespace kd {

using namespace workflow_detail;

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
                              tr("Promised by %1: %2")
                                  .arg(QLocale().toString(p.dueAt.toLocalTime(), QLocale::ShortFormat),
                                       p.text),
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

} // namespace kd
