// assess, escalate, promise, audit, sla, check, notifications: the workflow commands of the CLI.
#include "cli.h"

#include "storage/catalogstore.h"
#include "domain/codewords.h"
#include "workflow/escalationrules.h"
#include "workflow/notificationcenter.h"
#include "workflow/responsetimesettings.h"
#include "workflow/slarules.h"
#include "workflow/workflowservice.h"
#include "workflow/workflowsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kd::cli {
namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs) : QStringLiteral("-");
}

std::optional<bool> yesNo(const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s == u"yes" || s == u"true" || s == u"1" || s == u"ja")
        return true;
    if (s == u"no" || s == u"false" || s == u"0" || s == u"nee")
        return false;
    return std::nullopt;
}

QString durationText(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / 60000;
    const QString t = minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                    : tr("%1 min").arg(minutes);
    return ms < 0 ? tr("%1 overdue").arg(t) : t;
}

QDateTime parseTime(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return QDateTime(d, QTime(17, 0)); // a date alone: by the end of that working day
    return QDateTime::fromString(text, Qt::ISODate);
}

int runAssess(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print what changed as JSON."));
    const QCommandLineOption severity(u"severity"_qs, tr("low, normal, high or critical."), u"SEVERITY"_qs);
    const QCommandLineOption justified(u"justified"_qs, tr("unknown, yes, partly or no."), u"VALUE"_qs);
    const QCommandLineOption claim(u"claim-risk"_qs, tr("yes or no."), u"YESNO"_qs);
    const QCommandLineOption category(u"category"_qs, tr("Cause category (code or name)."), u"CATEGORY"_qs);
    const QCommandLineOption cause(u"cause"_qs, tr("The cause in words."), u"TEXT"_qs);
    const QCommandLineOption known(u"known"_qs, tr("yes: a known (recurring) complaint; no: unique."),
                                   u"YESNO"_qs);
    const QCommandLineOption solution(u"solution"_qs, tr("What was done."), u"TEXT"_qs);
    const QCommandLineOption noReply(u"no-reply-reason"_qs, tr("Why no reply was possible."), u"TEXT"_qs);
    const QCommandLineOption satisfaction(u"satisfaction"_qs, tr("Customer's satisfaction, 1-5."), u"N"_qs);
    const QCommandLineOption closedPublicly(u"closed-publicly"_qs,
                                            tr("yes or no: closed off publicly."), u"YESNO"_qs);
    const QCommandLineOption team(u"team"_qs, tr("The team that handles it."), u"TEAM"_qs);
    p.addOptions({json, severity, justified, claim, category, cause, known, solution, noReply,
                  satisfaction, closedPublicly, team});
    p.addPositionalArgument(u"reference"_qs, tr("The complaint, e.g. KL-2026-000123."));
    if (auto stop = ctx.parse(p, tr("Records the assessment of a complaint: severity, justified, "
                                    "claim risk, cause, known or unique, solution, satisfaction.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(invalid(u"reference"_qs, tr("assess takes one reference")));
    Assessment a;
    if (p.isSet(severity)) {
        a.severity = parse<Severity>(p.value(severity));
        if (!a.severity)
            return ctx.fail(invalid(u"--severity"_qs, tr("use one of: %1").arg(codes<Severity>().join(u", "))));
    }
    if (p.isSet(justified)) {
        a.justified = parse<Justified>(p.value(justified));
        if (!a.justified)
            return ctx.fail(invalid(u"--justified"_qs, tr("use one of: %1").arg(codes<Justified>().join(u", "))));
    }
    for (const auto &[opt, target] : {std::pair{&claim, &a.claimRisk}, std::pair{&known, &a.known},
                                      std::pair{&closedPublicly, &a.closedPublicly}}) {
        if (!p.isSet(*opt))
            continue;
        *target = yesNo(p.value(*opt));
        if (!*target)
            return ctx.fail(invalid(u"--"_qs + opt->names().first(), tr("use yes or no")));
    }
    if (p.isSet(category))
        a.category = p.value(category);
    if (p.isSet(cause))
        a.cause = p.value(cause);
    if (p.isSet(solution))
        a.solution = p.value(solution);
    if (p.isSet(noReply))
        a.noReplyReason = p.value(noReply);
    if (p.isSet(team))
        a.team = p.value(team);
    if (p.isSet(satisfaction)) {
        bool ok = false;
        a.satisfaction = p.value(satisfaction).toInt(&ok);
        if (!ok)
            return ctx.fail(invalid(u"--satisfaction"_qs, tr("a whole number from 1 to 5")));
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    const QString ref = p.positionalArguments().first();
    auto r = WorkflowService(*db).assess(ref, a);
    if (!r)
        return ctx.fail(r.error());
    printChanges(ctx, ref, *r, p.isSet(json));
    return kOk;
}

int runEscalate(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reason(u"reason"_qs, tr("Why (required)."), u"TEXT"_qs);
    const QCommandLineOption to(u"to"_qs, tr("Login of the supervisor (default: the team's)."), u"LOGIN"_qs);
    p.addOptions({reason, to});
    p.addPositionalArgument(u"reference"_qs, tr("The complaint."));
    if (auto stop = ctx.parse(p, tr("Escalates a complaint to a supervisor, who is notified.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(invalid(u"reference"_qs, tr("escalate takes one reference")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    const QString ref = p.positionalArguments().first();
    WorkflowService wf(*db);
    if (auto s = wf.escalate(ref, p.value(reason), p.value(to)); !s)
        return ctx.fail(s.error());
    auto st = wf.slaStatus(ref);
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << tr("%1: escalated to %2").arg(ref, st->escalatedTo.isEmpty()
                                                          ? tr("all supervisors")
                                                          : st->escalatedTo)
              << '\n';
    return kOk;
}

QJsonObject promiseJson(const Promise &p)
{
    return {{u"id"_qs, p.id},         {u"reference"_qs, p.reference}, {u"text"_qs, p.text},
            {u"due_at"_qs, iso(p.dueAt)}, {u"owner"_qs, p.owner},     {u"state"_qs, p.state},
            {u"kept_at"_qs, iso(p.keptAt)}};
}

int runPromise(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    const QCommandLineOption text(u"text"_qs, tr("What was promised (add)."), u"TEXT"_qs);
    const QCommandLineOption due(u"due"_qs, tr("By when, ISO 8601 date or date and time (add)."), u"TIME"_qs);
    const QCommandLineOption owner(u"owner"_qs, tr("Who keeps it (default: the assignee)."), u"LOGIN"_qs);
    const QCommandLineOption overdue(u"overdue"_qs, tr("Only overdue promises (list)."));
    p.addOptions({json, text, due, owner, overdue});
    p.addPositionalArgument(u"action"_qs, tr("add REF, list [REF], kept ID, broken ID, cancelled ID."));
    if (auto stop = ctx.parse(p, tr("Tracks promises made to customers.")))
        return *stop;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return ctx.fail(invalid(u"action"_qs, tr("use promise add REF --text ... --due ..., "
                                                 "promise list [REF], promise kept ID")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    WorkflowService wf(*db);
    const QString action = pos.first();
    if (action == u"add") {
        if (pos.size() != 2)
            return ctx.fail(invalid(u"reference"_qs, tr("promise add takes one reference")));
        const QDateTime when = parseTime(p.value(due));
        if (!when.isValid())
            return ctx.fail(invalid(u"--due"_qs, tr("\"%1\" is not an ISO 8601 date or date and time")
                                                     .arg(p.value(due))));
        auto r = wf.addPromise(pos[1], p.value(text), when, p.value(owner));
        if (!r)
            return ctx.fail(r.error());
        if (p.isSet(json))
            ctx.printJson(QJsonDocument(promiseJson(*r)));
        else
            ctx.out() << r->id << '\n';
        return kOk;
    }
    if (action == u"kept" || action == u"broken" || action == u"cancelled") {
        if (pos.size() != 2)
            return ctx.fail(invalid(u"id"_qs, tr("promise %1 takes the promise's id").arg(action)));
        if (auto s = wf.setPromiseState(pos[1], action); !s)
            return ctx.fail(s.error());
        // Said back, so that a script's log and a person both see it happened.
        ctx.out() << tr("Promise %1 is now %2.")
                         .arg(pos[1], uitext::fieldValue(u"promise"_qs, action))
                  << '\n';
        return kOk;
    }
    if (action != u"list")
        return ctx.fail(invalid(u"action"_qs, tr("unknown action \"%1\"; use add, list, kept, "
                                                 "broken or cancelled").arg(action)));
    PromiseStore store(*db);
    Result<QList<Promise>> list = QList<Promise>();
    if (pos.size() == 2) {
        auto st = wf.state(pos[1]);
        if (!st)
            return ctx.fail(st.error());
        list = store.forComplaint(st->complaintId);
    } else {
        list = p.isSet(overdue) ? store.overdue(db->clock().now()) : store.open();
    }
    if (!list)
        return ctx.fail(list.error());
    const QDateTime now = db->clock().now();
    QStringList states;
    for (const Promise &pr : *list)
        states << uitext::fieldValue(u"promise"_qs, pr.state);
    const qsizetype stateWidth = widest(states) + 2;
    QJsonArray a;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const Promise &pr = list->at(i);
        if (p.isSet(overdue) && !pr.overdue(now))
            continue;
        if (p.isSet(json)) {
            QJsonObject o = promiseJson(pr);
            o[u"overdue"_qs] = pr.overdue(now);
            a.append(o);
            continue;
        }
        ctx.out() << pr.id << "  " << pr.reference << "  " << local(pr.dueAt) << "  "
                  << states[i].leftJustified(stateWidth) << pr.owner.leftJustified(12)
                  << (pr.overdue(now) ? tr("OVERDUE ") : QString()) << pr.text << '\n';
    }
    if (p.isSet(json))
        ctx.printJson(QJsonDocument(a));
    return kOk;
}

int runAudit(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(u"reference"_qs, tr("The complaint."));
    if (auto stop = ctx.parse(p, tr("Shows the audit trail of a complaint: every change, who and when.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(invalid(u"reference"_qs, tr("audit takes one reference")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto trail = WorkflowService(*db).auditTrail(p.positionalArguments().first());
    if (!trail)
        return ctx.fail(trail.error());
    QJsonArray a;
    for (const AuditEntry &e : *trail) {
        if (p.isSet(json)) {
            a.append(QJsonObject{{u"at"_qs, iso(e.at)},          {u"actor"_qs, e.actor},
                                 {u"action"_qs, e.action},       {u"field"_qs, e.field},
                                 {u"old"_qs, e.oldValue},        {u"new"_qs, e.newValue},
                                 {u"detail"_qs, e.detail}});
            continue;
        }
        // Words, as the window shows them; --json keeps the codes for scripts.
        ctx.out() << local(e.at) << "  " << e.actor.leftJustified(10)
                  << uitext::auditAction(e.action).leftJustified(22);
        if (!e.field.isEmpty())
            ctx.out() << uitext::fieldLabel(e.field) << ": \""
                      << uitext::fieldValue(e.field, e.oldValue) << "\" -> \""
                      << uitext::fieldValue(e.field, e.newValue) << "\"";
        else if (!e.newValue.isEmpty())
            ctx.out() << e.newValue;
        if (!e.detail.isEmpty())
            ctx.out() << "  (" << e.detail << ')';
        ctx.out() << '\n';
    }
    if (p.isSet(json))
        ctx.printJson(QJsonDocument(a));
    return kOk;
}

int printSla(Context &ctx, Database &db, const QString &ref, bool asJson)
{
    auto s = WorkflowService(db).slaStatus(ref);
    if (!s)
        return ctx.fail(s.error());
    if (asJson) {
        QJsonObject o{{u"reference"_qs, ref},
                      {u"status"_qs, toString(s->status)},
                      {u"first_response_target_min"_qs, s->firstResponseTargetMin},
                      {u"resolution_target_min"_qs, s->resolutionTargetMin},
                      {u"first_response_due"_qs, iso(s->firstResponseDue)},
                      {u"resolution_due"_qs, iso(s->resolutionDue)},
                      {u"first_response_at"_qs, iso(s->firstResponseAt)},
                      {u"next_due"_qs, iso(s->nextDue)},
                      {u"overdue"_qs, s->overdue},
                      {u"paused"_qs, s->paused},
                      {u"paused_at"_qs, iso(s->pausedAt)},
                      {u"pause_reason"_qs, s->pauseReason},
                      {u"paused_working_ms"_qs, double(s->pausedWorkingMs)},
                      {u"first_response_missed"_qs, s->firstResponseMissed},
                      {u"resolution_missed"_qs, s->resolutionMissed},
                      {u"escalated_to"_qs, s->escalatedTo},
                      {u"escalation_reason"_qs, s->escalationReason}};
        if (s->workingMsLeft)
            o[u"working_ms_left"_qs] = double(*s->workingMsLeft);
        if (s->pausedLeftMs)
            o[u"paused_left_ms"_qs] = double(*s->pausedLeftMs);
        ctx.printJson(QJsonDocument(o));
        return kOk;
    }
    QList<std::pair<QString, QString>> lines;
    auto line = [&lines](const QString &label, const QString &value) {
        lines.append({label, value});
    };
    line(tr("Status"), uitext::status(s->status));
    line(tr("First response due"), tr("%1 (%2 working min)").arg(local(s->firstResponseDue))
                                       .arg(s->firstResponseTargetMin));
    line(tr("First response"), local(s->firstResponseAt));
    line(tr("Resolution due"), tr("%1 (%2 working min)").arg(local(s->resolutionDue))
                                   .arg(s->resolutionTargetMin));
    if (s->paused)
        line(tr("Time left"), tr("paused since %1 (%2)").arg(local(s->pausedAt), s->pauseReason));
    else if (s->workingMsLeft)
        line(tr("Time left"), tr("%1 working time").arg(durationText(*s->workingMsLeft)));
    if (s->firstResponseMissed || s->resolutionMissed)
        line(tr("Missed"), QStringList{s->firstResponseMissed ? tr("first response") : QString(),
                                       s->resolutionMissed ? tr("resolution") : QString()}
                               .filter(QRegularExpression(u"."_qs)).join(u", "));
    if (s->escalatedAt.isValid())
        line(tr("Escalated"),
             tr("%1 to %2: %3")
                 .arg(local(s->escalatedAt),
                      s->escalatedTo.isEmpty() ? tr("all supervisors") : s->escalatedTo,
                      s->escalationReason));
    QStringList labels;
    for (const auto &[label, value] : lines)
        labels << label;
    const qsizetype width = widest(labels) + 2;
    for (const auto &[label, value] : lines)
        ctx.out() << label.leftJustified(width) << value << '\n';
    return kOk;
}

int runSla(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    const QCommandLineOption channel(u"channel"_qs, tr("Rule for this channel (set)."), u"CHANNEL"_qs);
    const QCommandLineOption severity(u"severity"_qs, tr("Rule for this severity (set)."), u"SEVERITY"_qs);
    const QCommandLineOption first(u"first"_qs, tr("First response, working minutes (set)."), u"MIN"_qs);
    const QCommandLineOption resolution(u"resolution"_qs, tr("Resolution, working minutes (set)."), u"MIN"_qs);
    p.addOptions({json, channel, severity, first, resolution});
    p.addPositionalArgument(u"what"_qs, tr("REF (a complaint's targets), rules, or set."));
    if (auto stop = ctx.parse(p, tr("Shows a complaint's response-time targets, or lists and sets "
                                    "the SLA rules.")))
        return *stop;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(invalid(u"what"_qs, tr("use sla REF, sla rules or sla set --resolution MIN")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    SlaRules rules(*db);
    CatalogStore catalog(*db);
    if (pos[0] == u"set") {
        SlaRule r;
        if (p.isSet(channel)) {
            auto c = catalog.findChannel(p.value(channel));
            if (!c)
                return ctx.fail(c.error());
            r.channelId = c->meta.id;
        }
        if (p.isSet(severity)) {
            r.severity = parse<Severity>(p.value(severity));
            if (!r.severity)
                return ctx.fail(invalid(u"--severity"_qs, tr("use one of: %1").arg(codes<Severity>().join(u", "))));
        }
        bool ok = false;
        r.resolutionMinutes = p.value(resolution).toInt(&ok);
        if (!ok)
            return ctx.fail(invalid(u"--resolution"_qs, tr("working minutes, a whole number")));
        if (p.isSet(first)) {
            r.firstResponseMinutes = p.value(first).toInt(&ok);
            if (!ok)
                return ctx.fail(invalid(u"--first"_qs, tr("working minutes, a whole number")));
        }
        // The same call as `workflow rules set`: administrators only, in one transaction.
        if (auto s = ResponseTimeSettings(*db).setRule(r); !s)
            return ctx.fail(s.error());
        return kOk;
    }
    if (pos[0] == u"rules") {
        auto all = rules.rules();
        if (!all)
            return ctx.fail(all.error());
        QJsonArray a;
        for (const SlaRule &r : *all) {
            QString channelName = tr("any channel");
            if (!r.channelId.isEmpty())
                if (auto c = catalog.channel(r.channelId))
                    channelName = c->code;
            const QString sev = r.severity ? toString(*r.severity) : tr("any severity");
            const QString firstText = r.firstResponseMinutes
                                          ? QString::number(*r.firstResponseMinutes)
                                          : tr("channel's");
            if (p.isSet(json))
                a.append(QJsonObject{{u"id"_qs, r.id}, {u"channel"_qs, channelName},
                                     {u"severity"_qs, sev}, {u"first_response_minutes"_qs, firstText},
                                     {u"resolution_minutes"_qs, r.resolutionMinutes}});
            else
                ctx.out() << channelName.leftJustified(14)
                          << (r.severity ? uitext::severity(*r.severity) : sev).leftJustified(14)
                          << tr("first %1, resolution %2 working min").arg(firstText).arg(r.resolutionMinutes)
                          << '\n';
        }
        if (p.isSet(json)) {
            ctx.printJson(QJsonDocument(a));
        } else {
            ctx.out() << tr("Defaults without a rule: first response from the channel "
                            "(60 min social, 480 elsewhere); resolution critical %1, high %2, "
                            "normal %3, low %4 working min.")
                             .arg(SlaRules::defaultResolutionMinutes(Severity::Critical))
                             .arg(SlaRules::defaultResolutionMinutes(Severity::High))
                             .arg(SlaRules::defaultResolutionMinutes(Severity::Normal))
                             .arg(SlaRules::defaultResolutionMinutes(Severity::Low))
                      << '\n';
        }
        return kOk;
    }
    return printSla(ctx, *db, pos[0], p.isSet(json));
}

int runCheck(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    p.addOption(json);
    if (auto stop = ctx.parse(p, tr("Runs the workflow check now: warnings before targets, missed "
                                    "targets and their escalation, overdue promises, long waits.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto r = WorkflowService(*db).check();
    if (!r)
        return ctx.fail(r.error());
    if (p.isSet(json)) {
        ctx.printJson(QJsonDocument(QJsonObject{{u"warnings"_qs, r->warnings},
                                                {u"missed_targets"_qs, r->missedTargets},
                                                {u"escalations"_qs, r->escalations},
                                                {u"overdue_promises"_qs, r->overduePromises},
                                                {u"pause_limits"_qs, r->pauseLimits},
                                                {u"events"_qs, QJsonArray::fromStringList(r->lines)}}));
        return kOk;
    }
    for (const QString &l : r->lines)
        ctx.out() << l << '\n';
    if (r->lines.isEmpty())
        ctx.out() << tr("Nothing to report.") << '\n';
    return kOk;
}

int runNotifications(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    const QCommandLineOption user(u"user"_qs, tr("Whose (default: the current login)."), u"LOGIN"_qs);
    const QCommandLineOption seen(u"mark-seen"_qs, tr("Mark the listed notifications as seen."));
    p.addOptions({json, user, seen});
    if (auto stop = ctx.parse(p, tr("Lists unseen notifications: escalations, targets, promises.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    NotificationCenter center(*db);
    auto list = center.pending(p.isSet(user) ? p.value(user) : db->user());
    if (!list)
        return ctx.fail(list.error());
    QJsonArray a;
    for (const Notification &n : *list) {
        if (p.isSet(json))
            a.append(QJsonObject{{u"id"_qs, n.id}, {u"kind"_qs, n.kind}, {u"reference"_qs, n.reference},
                                 {u"title"_qs, n.title}, {u"body"_qs, n.body},
                                 {u"created_at"_qs, iso(n.createdAt)}});
        else
            ctx.out() << local(n.createdAt) << "  " << n.title << "  " << n.body << '\n';
        if (p.isSet(seen)) {
            Transaction tx(*db);
            if (auto s = tx.begin(); !s)
                return ctx.fail(s.error());
            if (auto s = center.markSeen(n.id); !s)
                return ctx.fail(s.error());
            if (auto s = tx.commit(); !s)
                return ctx.fail(s.error());
        }
    }
    if (p.isSet(json))
        ctx.printJson(QJsonDocument(a));
    return kOk;
}

const bool registered
    = registerCommand({u"assess"_qs, QT_TRANSLATE_NOOP("kd::cli", "record the assessment of a complaint"),
                       runAssess})
      && registerCommand({u"escalate"_qs, QT_TRANSLATE_NOOP("kd::cli", "escalate a complaint to a supervisor"),
                          runEscalate})
      && registerCommand({u"promise"_qs, QT_TRANSLATE_NOOP("kd::cli", "track promises made to customers"),
                          runPromise})
      && registerCommand({u"audit"_qs, QT_TRANSLATE_NOOP("kd::cli", "show a complaint's audit trail"),
                          runAudit})
      && registerCommand({u"sla"_qs, QT_TRANSLATE_NOOP("kd::cli", "response-time targets and SLA rules"),
                          runSla})
      && registerCommand({u"check"_qs, QT_TRANSLATE_NOOP("kd::cli", "run the targets and escalation check"),
                          runCheck})
      && registerCommand({u"notifications"_qs, QT_TRANSLATE_NOOP("kd::cli", "list unseen notifications"),
                          runNotifications});

} // namespace
} // namespace kd::cli
