// The status lifecycle: allowed moves, refusals with clear messages, resolving and closing rules.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "workflow/lifecycle.h"
#include "workflow/workflowservice.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const NewComplaint kLateWasher =
    emailComplaint(QStringLiteral("Sanne de Vries"),
                   QStringLiteral("Mijn wasmachine is nog steeds niet geleverd."));

void reply(Database &db, const QString &ref)
{
    Interaction i;
    i.direction = Direction::Outbound;
    i.kind = InteractionKind::Reply;
    i.body = QStringLiteral("Wat vervelend, we zoeken het direct uit.");
    KD_REQUIRE_OK(ComplaintService(db).addInteraction(ref, i));
}

} // namespace

TEST_CASE("the transition table allows the working moves and reopening only",
          "[workflow][lifecycle]")
{
    using S = ComplaintStatus;
    CHECK(Lifecycle::isAllowed(S::New, S::Acknowledged));
    CHECK(Lifecycle::isAllowed(S::InProgress, S::WaitingForCustomer));
    CHECK(Lifecycle::isAllowed(S::WaitingForCustomer, S::InProgress));
    CHECK(Lifecycle::isAllowed(S::Resolved, S::Closed));
    CHECK(Lifecycle::isAllowed(S::Closed, S::InProgress));
    CHECK_FALSE(Lifecycle::isAllowed(S::InProgress, S::New));
    CHECK_FALSE(Lifecycle::isAllowed(S::InProgress, S::Closed));
    CHECK_FALSE(Lifecycle::isAllowed(S::Closed, S::Resolved));
    CHECK(Lifecycle::isReopen(S::Resolved, S::InProgress));
}

TEST_CASE("a complaint cannot be resolved without a recorded solution", "[workflow][lifecycle]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kLateWasher).complaint.reference;
    reply(t.db(), ref);
    auto r = ComplaintService(t.db()).setField(ref, QStringLiteral("status"), QStringLiteral("resolved"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(r.error().message.contains(QLatin1String("solution")));
    CHECK(r.error().where == ref);
    auto d = ComplaintService(t.db()).details(ref);
    KD_REQUIRE_OK(d);
    CHECK(d->complaint.status == ComplaintStatus::Acknowledged);
}

TEST_CASE("a complaint cannot be resolved before the customer had a reply or a reason why not",
          "[workflow][lifecycle]")
{
    TempDatabase t;
    ComplaintService svc(t.db());
    const QString ref = registerOne(t.db(), kLateWasher).complaint.reference;
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("solution"), QStringLiteral("Nieuwe levering gepland")));
    auto r = svc.setField(ref, QStringLiteral("status"), QStringLiteral("resolved"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QLatin1String("reply")));
    // An internal note is not a reply to the customer.
    Interaction note;
    note.direction = Direction::Internal;
    note.kind = InteractionKind::Note;
    note.body = QStringLiteral("Gebeld met logistiek");
    KD_REQUIRE_OK(svc.addInteraction(ref, note));
    CHECK_FALSE(svc.setField(ref, QStringLiteral("status"), QStringLiteral("resolved")).ok());
    // A stated reason is enough.
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("no_reply_reason"),
                               QStringLiteral("Klant is onbereikbaar, geen adres bekend")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("resolved")));
}

TEST_CASE("a complaint cannot be closed without being resolved first", "[workflow][lifecycle]")
{
    TempDatabase t;
    ComplaintService svc(t.db());
    const QString ref = registerOne(t.db(), kLateWasher).complaint.reference;
    auto r = svc.setField(ref, QStringLiteral("status"), QStringLiteral("closed"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(r.error().message.contains(QLatin1String("resolve it first")));

    reply(t.db(), ref);
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("solution"), QStringLiteral("Vergoeding gestort")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("resolved")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("closed")));
    auto st = WorkflowService(t.db()).state(ref);
    KD_REQUIRE_OK(st);
    CHECK(st->resolvedAt.has_value());
    CHECK(st->closedAt.has_value());
}

TEST_CASE("nothing goes back to new and a closed complaint can only be reopened",
          "[workflow][lifecycle]")
{
    TempDatabase t;
    ComplaintService svc(t.db());
    const QString ref = registerOne(t.db(), kLateWasher).complaint.reference;
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("in_progress")));
    auto back = svc.setField(ref, QStringLiteral("status"), QStringLiteral("new"));
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.contains(QLatin1String("cannot go back")));

    reply(t.db(), ref);
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("solution"), QStringLiteral("Opgelost")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("resolved")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("closed")));
    auto waiting = svc.setField(ref, QStringLiteral("status"), QStringLiteral("waiting"));
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().message.contains(QLatin1String("reopened")));

    t.clock().advanceSecs(3600);
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("in_progress")));
    auto st = WorkflowService(t.db()).state(ref);
    KD_REQUIRE_OK(st);
    CHECK(st->reopenedCount == 1);
    CHECK_FALSE(st->resolvedAt.has_value());
    CHECK_FALSE(st->closedAt.has_value());
    CHECK(st->nextDueAt.has_value());
}

TEST_CASE("the first reply records the first response and acknowledges a new complaint",
          "[workflow][lifecycle]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kLateWasher).complaint.reference;
    t.clock().advanceSecs(600);
    reply(t.db(), ref);
    auto st = WorkflowService(t.db()).state(ref);
    KD_REQUIRE_OK(st);
    REQUIRE(st->firstResponseAt.has_value());
    CHECK(*st->firstResponseAt == t.clock().nowMs());
    CHECK(st->nextDueAt == st->resolutionDueAt);
    auto d = ComplaintService(t.db()).details(ref);
    KD_REQUIRE_OK(d);
    CHECK(d->complaint.status == ComplaintStatus::Acknowledged);
}

TEST_CASE("satisfaction is recorded only after resolution and only from 1 to 5",
          "[workflow][lifecycle]")
{
    TempDatabase t;
    ComplaintService svc(t.db());
    const QString ref = registerOne(t.db(), kLateWasher).complaint.reference;
    auto early = svc.setField(ref, QStringLiteral("satisfaction"), QStringLiteral("4"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QLatin1String("resolved")));
    reply(t.db(), ref);
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("solution"), QStringLiteral("Opgelost")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("resolved")));
    CHECK_FALSE(svc.setField(ref, QStringLiteral("satisfaction"), QStringLiteral("6")).ok());
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("satisfaction"), QStringLiteral("4")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("closed_publicly"), QStringLiteral("yes")));
    auto st = WorkflowService(t.db()).state(ref);
    KD_REQUIRE_OK(st);
    CHECK(st->satisfaction == 4);
    CHECK(st->closedPublicly == true);
}
