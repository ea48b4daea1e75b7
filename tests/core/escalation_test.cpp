// Escalation rules on registration, on changes and on the periodic check, with notifications.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/sqlquery.h"
#include "workflow/escalationrules.h"
#include "workflow/notificationcenter.h"
#include "workflow/workflowservice.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

void addUser(Database &db, const QString &login, const QString &role, const QString &team)
{
    KD_REQUIRE_OK(runStatement(db,
                               QStringLiteral("INSERT INTO app_user(id, login, display_name, role, "
                                              "team, created_at, updated_at, created_by, "
                                              "updated_by) VALUES (?, ?, ?, ?, ?, 0, 0, 't', 't')"),
                               {login, login, login, role, team}));
}

NewComplaint invoice(const QString &channel, Severity severity,
                     const QString &email = QStringLiteral("anna@example.nl"),
                     const QString &assignee = QStringLiteral("agent1"))
{
    NewComplaint n = emailComplaint(QStringLiteral("Anna Jansen"),
                                    QStringLiteral("Verkeerde factuur, voor de derde keer."));
    n.customer.email = email;
    n.channel = channel;
    n.severity = severity;
    n.assignee = assignee;
    return n;
}

} // namespace

TEST_CASE("a critical complaint goes to the team's supervisor at once and notifies them",
          "[workflow][escalation]")
{
    TempDatabase t;
    addUser(t.db(), QStringLiteral("bert"), QStringLiteral("supervisor"), QStringLiteral("north"));
    addUser(t.db(), QStringLiteral("carla"), QStringLiteral("supervisor"), QStringLiteral("south"));
    // Registered without team: any supervisor (first by login).
    const Registration r =
        registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Critical));
    CHECK(r.complaint.assignee == QStringLiteral("bert"));
    auto s = WorkflowService(t.db()).slaStatus(r.complaint.reference);
    KD_REQUIRE_OK(s);
    CHECK(s->escalatedTo == QStringLiteral("bert"));
    CHECK(s->escalationReason == QStringLiteral("critical severity"));
    auto pending = NotificationCenter(t.db()).pending(QStringLiteral("bert"));
    KD_REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().kind == QStringLiteral("escalated"));
    CHECK(pending->first().reference == r.complaint.reference);
    auto trail = WorkflowService(t.db()).auditTrail(r.complaint.reference);
    KD_REQUIRE_OK(trail);
    bool escalated = false;
    for (const AuditEntry &e : *trail)
        escalated |= e.action == QLatin1String("escalated") && e.detail == QLatin1String("critical severity");
    CHECK(escalated);
}

TEST_CASE("a normal e-mail complaint is not escalated", "[workflow][escalation]")
{
    TempDatabase t;
    addUser(t.db(), QStringLiteral("bert"), QStringLiteral("supervisor"), QString(QLatin1String("")));
    const Registration r = registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Normal));
    CHECK(r.complaint.assignee == QStringLiteral("agent1"));
    auto s = WorkflowService(t.db()).slaStatus(r.complaint.reference);
    KD_REQUIRE_OK(s);
    CHECK_FALSE(s->escalatedAt.isValid());
}

TEST_CASE("claim risk escalates to the supervisor of the complaint's team", "[workflow][escalation]")
{
    TempDatabase t;
    addUser(t.db(), QStringLiteral("bert"), QStringLiteral("supervisor"), QStringLiteral("north"));
    addUser(t.db(), QStringLiteral("carla"), QStringLiteral("supervisor"), QStringLiteral("south"));
    const Registration r = registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Normal));
    ComplaintService svc(t.db());
    KD_REQUIRE_OK(svc.setField(r.complaint.reference, QStringLiteral("team"), QStringLiteral("south")));
    KD_REQUIRE_OK(svc.setField(r.complaint.reference, QStringLiteral("claim_risk"), QStringLiteral("yes")));
    auto d = svc.details(r.complaint.reference);
    KD_REQUIRE_OK(d);
    CHECK(d->complaint.assignee == QStringLiteral("carla"));
    auto s = WorkflowService(t.db()).slaStatus(r.complaint.reference);
    KD_REQUIRE_OK(s);
    CHECK(s->escalationReason == QStringLiteral("claim risk"));
}

TEST_CASE("public posts and repeat complainants escalate; a disabled rule does not",
          "[workflow][escalation]")
{
    TempDatabase t;
    EscalationRule off = EscalationRules::defaultRule(QStringLiteral("public"));
    off.enabled = false;
    KD_REQUIRE_OK(EscalationRules(t.db()).setRule(off));
    const Registration tweet =
        registerOne(t.db(), invoice(QStringLiteral("twitter"), Severity::Normal));
    CHECK_FALSE(WorkflowService(t.db()).slaStatus(tweet.complaint.reference)->escalatedAt.isValid());

    off.enabled = true;
    KD_REQUIRE_OK(EscalationRules(t.db()).setRule(off));
    const Registration tweet2 =
        registerOne(t.db(), invoice(QStringLiteral("twitter"), Severity::Normal,
                                    QStringLiteral("other@example.nl")));
    auto s = WorkflowService(t.db()).slaStatus(tweet2.complaint.reference);
    KD_REQUIRE_OK(s);
    CHECK(s->escalationReason == QStringLiteral("public complaint"));
    // Nobody is supervisor yet: all supervisors are notified.
    CHECK(s->escalatedTo.isEmpty());
    auto all = NotificationCenter(t.db()).all();
    KD_REQUIRE_OK(all);
    REQUIRE_FALSE(all->isEmpty());
    CHECK(all->first().recipient == NotificationCenter::supervisors());

    // The third complaint of one customer within 90 days.
    const QString mail = QStringLiteral("herhaal@example.nl");
    registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Low, mail));
    t.clock().advanceSecs(24 * 3600);
    const Registration second =
        registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Low, mail));
    CHECK_FALSE(WorkflowService(t.db()).slaStatus(second.complaint.reference)->escalatedAt.isValid());
    t.clock().advanceSecs(24 * 3600);
    const Registration third =
        registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Low, mail));
    auto rep = WorkflowService(t.db()).slaStatus(third.complaint.reference);
    KD_REQUIRE_OK(rep);
    CHECK(rep->escalationReason.startsWith(QLatin1String("repeat complainant")));
}

TEST_CASE("the check warns before a target, then records the miss and escalates once",
          "[workflow][escalation][notification]")
{
    // Friday 16:55 before Whit Monday: the e-mail target is Tuesday 16:55.
    TempDatabase t(local(2026, 5, 22, 16, 55));
    addUser(t.db(), QStringLiteral("bert"), QStringLiteral("supervisor"), QString(QLatin1String("")));
    const Registration r = registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Normal));
    WorkflowService wf(t.db());

    t.clock().set(local(2026, 5, 25, 12, 0)); // the holiday: nothing to say
    auto monday = wf.check();
    KD_REQUIRE_OK(monday);
    CHECK(monday->warnings == 0);
    CHECK(monday->missedTargets == 0);

    t.clock().set(local(2026, 5, 26, 16, 30)); // 25 minutes before the target
    auto warn = wf.check();
    KD_REQUIRE_OK(warn);
    CHECK(warn->warnings == 1);
    auto pending = NotificationCenter(t.db()).pending(QStringLiteral("agent1"));
    KD_REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().kind == QStringLiteral("target_warning"));
    // Checking again does not warn twice.
    CHECK(wf.check()->warnings == 0);

    t.clock().set(local(2026, 5, 26, 17, 5));
    auto missed = wf.check();
    KD_REQUIRE_OK(missed);
    CHECK(missed->missedTargets == 1);
    CHECK(missed->escalations == 1);
    auto s = wf.slaStatus(r.complaint.reference);
    KD_REQUIRE_OK(s);
    CHECK(s->firstResponseMissed);
    CHECK(s->escalatedTo == QStringLiteral("bert"));
    CHECK(s->escalationReason == QStringLiteral("first response target missed"));
    auto again = wf.check();
    KD_REQUIRE_OK(again);
    CHECK(again->missedTargets == 0);
    CHECK(again->escalations == 0);
}

TEST_CASE("an agent escalates by hand with a reason", "[workflow][escalation]")
{
    TempDatabase t;
    const Registration r = registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Normal));
    WorkflowService wf(t.db());
    auto noReason = wf.escalate(r.complaint.reference, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    KD_REQUIRE_OK(wf.escalate(r.complaint.reference, QStringLiteral("Klant dreigt met advocaat"),
                              QStringLiteral("dirk")));
    auto s = wf.slaStatus(r.complaint.reference);
    KD_REQUIRE_OK(s);
    CHECK(s->escalatedTo == QStringLiteral("dirk"));
    CHECK(s->escalationReason == QStringLiteral("Klant dreigt met advocaat"));
    auto pending = NotificationCenter(t.db()).pending(QStringLiteral("dirk"));
    KD_REQUIRE_OK(pending);
    CHECK(pending->size() == 1);
}

TEST_CASE("an overdue promise is reported to its owner once and a long wait is flagged for closing",
          "[workflow][promise][notification]")
{
    TempDatabase t(local(2026, 10, 5, 10, 0));
    const Registration r = registerOne(t.db(), invoice(QStringLiteral("email"), Severity::Normal));
    WorkflowService wf(t.db());
    auto p = wf.addPromise(r.complaint.reference, QStringLiteral("We bellen u donderdag terug"),
                           local(2026, 10, 8, 12, 0));
    KD_REQUIRE_OK(p);
    CHECK(p->owner == QStringLiteral("agent1"));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(r.complaint.reference, QStringLiteral("status"),
                                                    QStringLiteral("waiting")));
    t.clock().set(local(2026, 10, 8, 13, 0));
    auto c1 = wf.check();
    KD_REQUIRE_OK(c1);
    CHECK(c1->overduePromises == 1);
    CHECK(wf.check()->overduePromises == 0);
    auto overdue = PromiseStore(t.db()).overdue(t.clock().now());
    KD_REQUIRE_OK(overdue);
    CHECK(overdue->size() == 1);
    KD_REQUIRE_OK(wf.setPromiseState(p->id, QStringLiteral("kept")));
    CHECK(PromiseStore(t.db()).overdue(t.clock().now())->isEmpty());

    t.clock().set(local(2026, 10, 19, 10, 0)); // 14 days without an answer
    auto c2 = wf.check();
    KD_REQUIRE_OK(c2);
    CHECK(c2->pauseLimits == 1);
    auto st = wf.state(r.complaint.reference);
    KD_REQUIRE_OK(st);
    CHECK(st->closeSuggestedAt.has_value());
    auto pending = NotificationCenter(t.db()).pending(QStringLiteral("agent1"));
    KD_REQUIRE_OK(pending);
    bool suggested = false;
    for (const Notification &n : *pending)
        suggested |= n.kind == QLatin1String("pause_limit")
                     && n.body.contains(WorkflowService::suggestedClosingReply(QStringLiteral("en")));
    CHECK(suggested);
}
