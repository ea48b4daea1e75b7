// The queue's workflow views and the sort by time left, done in SQL.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/complaintstore.h"
#include "storage/sqlquery.h"
#include "workflow/workflowservice.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

QString add(Database &db, const QString &channel, const QString &assignee, const QString &email)
{
    NewComplaint n;
    n.customer.name = email;
    n.customer.email = email;
    n.channel = channel;
    n.assignee = assignee;
    n.description = QStringLiteral("Lang in de wacht gestaan.");
    auto r = ComplaintService(db).registerComplaint(n);
    KD_REQUIRE_OK(r);
    return r->complaint.reference;
}

QStringList refs(Database &db, QueueFilter f)
{
    auto rows = ComplaintStore(db).queue(f, 0, 50);
    KD_REQUIRE_OK(rows);
    QStringList out;
    for (const QueueRow &r : *rows)
        out << r.reference;
    return out;
}

} // namespace

TEST_CASE("the queue's views select mine, team, unassigned, escalated and waiting complaints",
          "[workflow][queue]")
{
    TempDatabase t;
    KD_REQUIRE_OK(runStatement(t.db(),
                               QStringLiteral("INSERT INTO app_user(id, login, display_name, role, team, "
                                              "created_at, updated_at, created_by, updated_by) VALUES "
                                              "('u1', 'emma', 'Emma', 'agent', 'north', 0, 0, 't', 't'), "
                                              "('u2', 'finn', 'Finn', 'agent', 'north', 0, 0, 't', 't')")));
    const QString mine = add(t.db(), QStringLiteral("email"), QStringLiteral("emma"), QStringLiteral("a@x.nl"));
    const QString colleague = add(t.db(), QStringLiteral("phone"), QStringLiteral("finn"), QStringLiteral("b@x.nl"));
    const QString nobody = add(t.db(), QStringLiteral("letter"), {}, QStringLiteral("c@x.nl"));
    KD_REQUIRE_OK(WorkflowService(t.db()).escalate(nobody, QStringLiteral("Dreigt met de pers"),
                                                   QStringLiteral("bert")));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(colleague, QStringLiteral("status"),
                                                    QStringLiteral("waiting")));
    QueueFilter f;
    f.currentUser = QStringLiteral("emma");
    f.nowMs = t.clock().nowMs();
    f.workflowView = QStringLiteral("mine");
    CHECK(refs(t.db(), f) == QStringList{mine});
    f.workflowView = QStringLiteral("team");
    CHECK(refs(t.db(), f).size() == 2);
    f.workflowView = QStringLiteral("unassigned");
    CHECK(refs(t.db(), f).isEmpty()); // escalated to bert: no longer unassigned
    f.workflowView = QStringLiteral("escalated");
    CHECK(refs(t.db(), f) == QStringList{nobody});
    f.workflowView = QStringLiteral("waiting");
    CHECK(refs(t.db(), f) == QStringList{colleague});
    f.workflowView = QStringLiteral("overdue");
    CHECK(refs(t.db(), f).isEmpty());
    f.workflowView = QStringLiteral("no such view");
    CHECK(refs(t.db(), f).isEmpty());
}

TEST_CASE("the queue sorts by time left with paused complaints after running ones",
          "[workflow][queue]")
{
    TempDatabase t;
    const QString slow = add(t.db(), QStringLiteral("email"), {}, QStringLiteral("a@x.nl"));
    const QString fast = add(t.db(), QStringLiteral("whatsapp"), {}, QStringLiteral("b@x.nl"));
    const QString paused = add(t.db(), QStringLiteral("whatsapp"), {}, QStringLiteral("c@x.nl"));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(paused, QStringLiteral("status"),
                                                    QStringLiteral("waiting")));
    QueueFilter f;
    f.nowMs = t.clock().nowMs();
    f.sortByTimeLeft = true;
    CHECK(refs(t.db(), f) == QStringList{fast, slow, paused});
    auto rows = ComplaintStore(t.db()).queue(f, 0, 10);
    KD_REQUIRE_OK(rows);
    CHECK(rows->at(0).nextDueAt.has_value());
    CHECK(rows->at(2).paused);
    CHECK_FALSE(rows->at(2).nextDueAt.has_value());
}
