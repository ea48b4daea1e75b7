// Response-time targets with the injected clock: working hours, holidays, pauses, overdue.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/complaintstore.h"
#include "storage/sqlquery.h"
#include "workflow/businesscalendar.h"
#include "workflow/nettimes.h"
#include "workflow/slarules.h"
#include "workflow/workflowservice.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const QTimeZone kAmsterdam(QByteArrayLiteral("Europe/Amsterdam"));

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kAmsterdam);
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QString registerAt(TempDatabase &t, const QString &channel, const QDateTime &at,
                   Severity severity = Severity::Normal)
{
    t.clock().set(at);
    NewComplaint n;
    n.customer.name = QStringLiteral("Kees Bakker");
    n.customer.email = QStringLiteral("kees%1@example.nl").arg(at.toMSecsSinceEpoch());
    n.channel = channel;
    n.severity = severity;
    n.description = QStringLiteral("De monteur is niet gekomen.");
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    return r->complaint.reference;
}

void say(TempDatabase &t, const QString &ref, Direction direction)
{
    Interaction i;
    i.direction = direction;
    i.kind = direction == Direction::Outbound ? InteractionKind::Reply : InteractionKind::Message;
    i.body = QStringLiteral("bericht");
    KD_REQUIRE_OK(ComplaintService(t.db()).addInteraction(ref, i));
}

void setStatus(TempDatabase &t, const QString &ref, const QString &status)
{
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, QStringLiteral("status"), status));
}

WorkflowState stateOf(TempDatabase &t, const QString &ref)
{
    auto s = WorkflowService(t.db()).state(ref);
    KD_REQUIRE_OK(s);
    return *s;
}

} // namespace

TEST_CASE("a complaint registered on Friday 16:55 before a holiday Monday is due on Tuesday",
          "[workflow][sla]")
{
    TempDatabase t;
    // 2026-05-25 is Tweede Pinksterdag.
    const QString social = registerAt(t, QStringLiteral("whatsapp"), local(2026, 5, 22, 16, 55));
    const QString mail = registerAt(t, QStringLiteral("email"), local(2026, 5, 22, 16, 55));
    CHECK(stateOf(t, social).firstResponseDueAt == ms(local(2026, 5, 26, 9, 55)));
    CHECK(stateOf(t, mail).firstResponseDueAt == ms(local(2026, 5, 26, 16, 55)));
    CHECK(stateOf(t, mail).nextDueAt == ms(local(2026, 5, 26, 16, 55)));

    // On the holiday Monday it is not overdue; on Tuesday 10:00 the social one is.
    t.clock().set(local(2026, 5, 25, 12, 0));
    auto monday = WorkflowService(t.db()).slaStatus(social);
    KD_REQUIRE_OK(monday);
    CHECK_FALSE(monday->overdue);
    CHECK(*monday->workingMsLeft == 55 * 60000);
    t.clock().set(local(2026, 5, 26, 10, 0));
    auto tuesday = WorkflowService(t.db()).slaStatus(social);
    KD_REQUIRE_OK(tuesday);
    CHECK(tuesday->overdue);
    CHECK(*tuesday->workingMsLeft == -5 * 60000);
}

TEST_CASE("an administrator's SLA rule overrides the channel's target", "[workflow][sla]")
{
    TempDatabase t;
    SlaRule rule;
    rule.severity = Severity::Critical;
    rule.firstResponseMinutes = 30;
    rule.resolutionMinutes = 240;
    KD_REQUIRE_OK(SlaRules(t.db()).setRule(rule));
    const QString ref = registerAt(t, QStringLiteral("email"), local(2026, 10, 5, 10, 0),
                                   Severity::Critical);
    WorkflowState s = stateOf(t, ref);
    CHECK(s.firstResponseTargetMin == 30);
    CHECK(s.firstResponseDueAt == ms(local(2026, 10, 5, 10, 30)));
    CHECK(s.resolutionDueAt == ms(local(2026, 10, 5, 14, 0)));
    // Lowering the severity takes the default targets again.
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, QStringLiteral("severity"), QStringLiteral("low")));
    s = stateOf(t, ref);
    CHECK(s.firstResponseTargetMin == 480);
    CHECK(s.resolutionTargetMin == SlaRules::defaultResolutionMinutes(Severity::Low));
}

TEST_CASE("a pause from Friday 16:00 to Tuesday 10:00 over a holiday Monday keeps the remaining "
          "working time exactly",
          "[workflow][sla][pause]")
{
    TempDatabase t;
    const QString ref = registerAt(t, QStringLiteral("email"), local(2026, 5, 21, 10, 0));
    t.clock().set(local(2026, 5, 21, 11, 0));
    say(t, ref, Direction::Outbound);
    // Normal severity: 2400 working minutes from Thursday 10:00, over Whit Monday.
    CHECK(stateOf(t, ref).resolutionDueAt == ms(local(2026, 5, 29, 10, 0)));

    t.clock().set(local(2026, 5, 22, 16, 0));
    BusinessCalendar cal;
    const qint64 leftBefore = cal.workingMsBetween(t.clock().nowMs(), *stateOf(t, ref).nextDueAt);
    CHECK(leftBefore == 1560 * 60000LL); // worked out by hand: 7 h Thursday, 7 h Friday used
    setStatus(t, ref, QStringLiteral("waiting"));
    WorkflowState paused = stateOf(t, ref);
    CHECK(paused.paused());
    CHECK_FALSE(paused.nextDueAt.has_value());
    CHECK(paused.pausedLeftMs == leftBefore);

    // The customer answers on Tuesday 10:00: back to in progress by itself.
    t.clock().set(local(2026, 5, 26, 10, 0));
    say(t, ref, Direction::Inbound);
    auto d = ComplaintService(t.db()).details(ref);
    KD_REQUIRE_OK(d);
    CHECK(d->complaint.status == ComplaintStatus::InProgress);
    WorkflowState resumed = stateOf(t, ref);
    CHECK_FALSE(resumed.paused());
    CHECK(resumed.pausedWorkingMs == 120 * 60000LL); // Friday 16-17 and Tuesday 9-10
    CHECK(cal.workingMsBetween(t.clock().nowMs(), *resumed.nextDueAt) == leftBefore);
    CHECK(resumed.resolutionDueAt == ms(local(2026, 5, 29, 12, 0)));
}

TEST_CASE("several pauses of one complaint add up", "[workflow][sla][pause]")
{
    TempDatabase t;
    const QString ref = registerAt(t, QStringLiteral("email"), local(2026, 10, 5, 9, 0));
    const qint64 due = *stateOf(t, ref).firstResponseDueAt;
    CHECK(due == ms(local(2026, 10, 5, 17, 0)));
    t.clock().set(local(2026, 10, 5, 10, 0));
    setStatus(t, ref, QStringLiteral("waiting"));
    t.clock().set(local(2026, 10, 5, 10, 45));
    setStatus(t, ref, QStringLiteral("in_progress"));
    t.clock().set(local(2026, 10, 5, 13, 0));
    setStatus(t, ref, QStringLiteral("waiting"));
    t.clock().set(local(2026, 10, 5, 16, 30)); // 3.5 h
    say(t, ref, Direction::Inbound);
    WorkflowState s = stateOf(t, ref);
    CHECK(s.pausedWorkingMs == (45 + 210) * 60000LL);
    // 17:00 plus 4 h 15 of pauses: 4 h 15 into Tuesday.
    CHECK(s.firstResponseDueAt == ms(local(2026, 10, 6, 13, 15)));
    auto pauses = WorkflowStore(t.db()).pauses(s.complaintId);
    KD_REQUIRE_OK(pauses);
    REQUIRE(pauses->size() == 2);
    CHECK(pauses->at(0).workingMs == 45 * 60000LL);
    CHECK(pauses->at(1).workingMs == 210 * 60000LL);
}

TEST_CASE("a pause on an overdue complaint does not hide that it was overdue",
          "[workflow][sla][pause]")
{
    TempDatabase t;
    const QString ref = registerAt(t, QStringLiteral("whatsapp"), local(2026, 10, 5, 9, 0));
    t.clock().set(local(2026, 10, 5, 11, 0)); // one hour late
    setStatus(t, ref, QStringLiteral("waiting"));
    WorkflowState s = stateOf(t, ref);
    CHECK(s.firstResponseMissed);
    CHECK(s.pausedLeftMs == -60 * 60000LL);
    auto status = WorkflowService(t.db()).slaStatus(ref);
    KD_REQUIRE_OK(status);
    CHECK(status->paused);
    CHECK(status->overdue);

    // The overdue view of the queue shows it while paused.
    QueueFilter f;
    f.workflowView = QStringLiteral("overdue");
    f.nowMs = t.clock().nowMs();
    auto rows = ComplaintStore(t.db()).queue(f, 0, 10);
    KD_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().paused);

    // After the answer it is still exactly one working hour late.
    t.clock().set(local(2026, 10, 6, 10, 0));
    say(t, ref, Direction::Inbound);
    auto after = WorkflowService(t.db()).slaStatus(ref);
    KD_REQUIRE_OK(after);
    CHECK(after->overdue);
    CHECK(*after->workingMsLeft == -60 * 60000LL);
    CHECK(stateOf(t, ref).firstResponseMissed);
}

TEST_CASE("response and resolution times net of pauses match values worked out by hand",
          "[workflow][sla][report]")
{
    TempDatabase t;
    const QString ref = registerAt(t, QStringLiteral("email"), local(2026, 10, 5, 9, 0));
    t.clock().set(local(2026, 10, 5, 10, 0));
    setStatus(t, ref, QStringLiteral("waiting")); // waiting before any reply
    t.clock().set(local(2026, 10, 5, 14, 0));
    say(t, ref, Direction::Inbound);               // 4 h paused
    t.clock().set(local(2026, 10, 5, 15, 0));
    say(t, ref, Direction::Outbound);              // first response: 6 h gross, 2 h net
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, QStringLiteral("solution"), QStringLiteral("Monteur komt dinsdag")));
    setStatus(t, ref, QStringLiteral("waiting"));
    t.clock().set(local(2026, 10, 7, 9, 0));       // Mon 15:00 -> Wed 09:00: 42 h, 10 working h
    say(t, ref, Direction::Inbound);
    t.clock().set(local(2026, 10, 7, 11, 0));
    setStatus(t, ref, QStringLiteral("resolved"));

    auto c = ComplaintStore(t.db()).byReference(ref);
    KD_REQUIRE_OK(c);
    auto n = netTimesOf(t.db(), c->meta.id);
    KD_REQUIRE_OK(n);
    CHECK(n->responseMs == 2 * 3600000LL);
    CHECK(n->responseWorkingMin == 120);
    // Resolution: 50 h gross minus 4 h and 42 h of pauses = 4 h; working: 18 h - 4 h - 10 h.
    CHECK(n->resolutionMs == 4 * 3600000LL);
    CHECK(n->resolutionWorkingMin == 4 * 60);
    CHECK(n->pausedMs == 46 * 3600000LL);
}
