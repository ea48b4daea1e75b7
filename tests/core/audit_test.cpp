// The audit trail: every change appears, append-only, with who, when, old and new value.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/sqlquery.h"
#include "workflow/workflowservice.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const NewComplaint kNotCalledBack{
    .customer = {.name = QStringLiteral("Piet Pieters"), .phone = QStringLiteral("0612345678")},
    .channel = QStringLiteral("phone"),
    .description = QStringLiteral("Niet teruggebeld.")};

const AuditEntry *find(const QList<AuditEntry> &trail, const QString &action, const QString &field)
{
    for (const AuditEntry &e : trail)
        if (e.action == action && e.field == field)
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("every change to a complaint appears in its audit trail", "[workflow][audit]")
{
    TempDatabase t;
    ComplaintService svc(t.db());
    const QString ref = registerOne(t.db(), kNotCalledBack).complaint.reference;
    t.clock().advanceSecs(60);
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("severity"), QStringLiteral("high")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("justified"), QStringLiteral("partly")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("assignee"), QStringLiteral("emma")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("cause"), QStringLiteral("Terugbelverzoek kwijt")));
    KD_REQUIRE_OK(svc.setField(ref, QStringLiteral("status"), QStringLiteral("waiting")));
    t.clock().advanceSecs(3600);
    Interaction answer;
    answer.direction = Direction::Inbound;
    answer.body = QStringLiteral("Bel me morgen maar");
    KD_REQUIRE_OK(svc.addInteraction(ref, answer));
    KD_REQUIRE_OK(WorkflowService(t.db()).escalate(ref, QStringLiteral("Derde keer"), QStringLiteral("bert")));
    KD_REQUIRE_OK(WorkflowService(t.db()).addPromise(ref, QStringLiteral("Morgen bellen"),
                                                     t.clock().now().addDays(1)));

    auto trail = WorkflowService(t.db()).auditTrail(ref);
    KD_REQUIRE_OK(trail);
    REQUIRE(find(*trail, QStringLiteral("registered"), {}));
    const AuditEntry *severity = find(*trail, QStringLiteral("changed"), QStringLiteral("severity"));
    REQUIRE(severity);
    CHECK(severity->oldValue == QStringLiteral("normal"));
    CHECK(severity->newValue == QStringLiteral("high"));
    CHECK(severity->actor == QStringLiteral("tester"));
    CHECK(severity->at == t.clock().now().addSecs(-3600));
    CHECK(find(*trail, QStringLiteral("changed"), QStringLiteral("justified")));
    CHECK(find(*trail, QStringLiteral("changed"), QStringLiteral("assignee"))->newValue == QStringLiteral("emma"));
    CHECK(find(*trail, QStringLiteral("changed"), QStringLiteral("cause_text")));
    const AuditEntry *waiting = find(*trail, QStringLiteral("changed"), QStringLiteral("status"));
    REQUIRE(waiting);
    CHECK(waiting->newValue == QStringLiteral("waiting"));
    CHECK(find(*trail, QStringLiteral("paused"), QStringLiteral("status")));
    const AuditEntry *resumed = find(*trail, QStringLiteral("resumed"), QStringLiteral("status"));
    REQUIRE(resumed);
    CHECK(resumed->detail.contains(QLatin1String("60 working minutes")));
    CHECK(find(*trail, QStringLiteral("interaction"), QStringLiteral("message")));
    CHECK(find(*trail, QStringLiteral("escalated"), QStringLiteral("escalated_to"))->detail
          == QStringLiteral("Derde keer"));
    CHECK(find(*trail, QStringLiteral("promise_added"), QStringLiteral("promise")));
    // Bookkeeping columns are not listed one by one.
    CHECK_FALSE(find(*trail, QStringLiteral("changed"), QStringLiteral("next_due_at")));
}

TEST_CASE("the audit trail cannot be rewritten or deleted", "[workflow][audit]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNotCalledBack).complaint.reference;
    auto trail = WorkflowService(t.db()).auditTrail(ref);
    KD_REQUIRE_OK(trail);
    REQUIRE_FALSE(trail->isEmpty());
    const QString id = trail->first().id;
    auto rewrite = runStatement(t.db(), QStringLiteral("UPDATE audit_entry SET actor = 'someone' WHERE id = ?"), {id});
    CHECK_FALSE(rewrite.ok());
    auto remove = runStatement(t.db(), QStringLiteral("DELETE FROM audit_entry WHERE id = ?"), {id});
    CHECK_FALSE(remove.ok());
    CHECK(rowCount(t.db(), QStringLiteral("audit_entry")) == trail->size());
}

TEST_CASE("audit entries travel through sync like other rows: they are in the change log",
          "[workflow][audit]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNotCalledBack).complaint.reference;
    auto q = runQuery(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = "
                                             "'audit_entry' AND op = 'insert'"));
    KD_REQUIRE_OK(q);
    q->next();
    CHECK(q->value(0).toInt() == rowCount(t.db(), QStringLiteral("audit_entry")));
}
