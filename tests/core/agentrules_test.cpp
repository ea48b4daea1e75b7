// What the server refuses an agent (docs/sync.md, "Roles"; server schemas 1 and 4) is refused on
// the agent's desktop before it is saved: handing a complaint to a colleague, changing a
// colleague's complaint, moving a complaint out of the agent's team. Before, the desktop saved
// it and the next sync brought it back as a refusal in the conflicts list. The role, login and
// team are what the last sync learned from the server (here set the way the handshake sets them).
#include "testsupport.h"

#include "service/complaintservice.h"
#include "service/session.h"
#include "service/userrole.h"
#include "workflow/workflowservice.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

// What the handshake stores for a login of the server.
void learnFromServer(Database &db, const QString &role, const QString &login, const QString &team)
{
    KD_REQUIRE_OK(db.setStateValue(QLatin1String(kServerRoleKey), role));
    KD_REQUIRE_OK(db.setStateValue(QLatin1String(kServerLoginKey), login));
    KD_REQUIRE_OK(db.setStateValue(QLatin1String(kServerTeamKey), team));
    db.setUser(login);
}

Result<Registration> registerFor(Database &db, const QString &assignee)
{
    NewComplaint n;
    n.customer.name = u"Joris Bakker"_qs;
    n.channel = u"phone"_qs;
    n.description = u"De monteur is niet gekomen."_qs;
    n.assignee = assignee;
    return ComplaintService(db).registerComplaint(n);
}

QString field(Database &db, const QString &reference, const QString &column)
{
    return text(db, QStringLiteral("SELECT %1 FROM complaint WHERE reference = ?").arg(column),
                {reference});
}

} // namespace

TEST_CASE("an agent cannot hand a complaint to a colleague, on registration or later",
          "[roles][workflow]")
{
    TempDatabase t;
    learnFromServer(t.db(), u"agent"_qs, u"ann"_qs, QString());

    auto given = registerFor(t.db(), u"bob"_qs);
    REQUIRE_FALSE(given.ok());
    CHECK(given.error().code == ErrorCode::Permission);
    CHECK(given.error().message.contains(u"ann"_qs));
    CHECK(rowCount(t.db(), u"complaint"_qs) == 0);

    auto own = registerFor(t.db(), u"ann"_qs);
    KD_REQUIRE_OK(own);
    const QString ref = own->complaint.reference;
    auto away = ComplaintService(t.db()).setField(ref, u"assignee"_qs, u"bob"_qs);
    REQUIRE_FALSE(away.ok());
    CHECK(away.error().code == ErrorCode::Permission);
    CHECK(field(t.db(), ref, u"assignee"_qs) == u"ann"_qs);
    // Unassigned, and back to themselves: both are the agent's to do.
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"assignee"_qs, QString()));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"assignee"_qs, u"ann"_qs));
}

TEST_CASE("an agent cannot change a colleague's complaint; a supervisor can",
          "[roles][workflow]")
{
    TempDatabase t;
    learnFromServer(t.db(), u"supervisor"_qs, u"sam"_qs, QString());
    auto r = registerFor(t.db(), u"bob"_qs);
    KD_REQUIRE_OK(r);
    const QString ref = r->complaint.reference;

    learnFromServer(t.db(), u"agent"_qs, u"ann"_qs, QString());
    auto severity = ComplaintService(t.db()).setField(ref, u"severity"_qs, u"high"_qs);
    REQUIRE_FALSE(severity.ok());
    CHECK(severity.error().code == ErrorCode::Permission);
    CHECK(severity.error().message.contains(u"bob"_qs));
    CHECK(field(t.db(), ref, u"severity"_qs) == u"normal"_qs);
    Assessment a;
    a.severity = Severity::High;
    CHECK_FALSE(WorkflowService(t.db()).assess(ref, a).ok());

    learnFromServer(t.db(), u"supervisor"_qs, u"sam"_qs, QString());
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"severity"_qs, u"high"_qs));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"assignee"_qs, u"carla"_qs));
}

TEST_CASE("an agent kept to a team cannot move a complaint to another team", "[roles][workflow]")
{
    TempDatabase t;
    learnFromServer(t.db(), u"agent"_qs, u"ann"_qs, u"noord"_qs);
    auto r = registerFor(t.db(), QString());
    KD_REQUIRE_OK(r);
    const QString ref = r->complaint.reference;

    auto south = ComplaintService(t.db()).setField(ref, u"team"_qs, u"zuid"_qs);
    REQUIRE_FALSE(south.ok());
    CHECK(south.error().code == ErrorCode::Permission);
    CHECK(south.error().message.contains(u"noord"_qs));
    Assessment a;
    a.team = u"zuid"_qs;
    CHECK_FALSE(WorkflowService(t.db()).assess(ref, a).ok());
    CHECK(field(t.db(), ref, u"team"_qs).isEmpty());

    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"team"_qs, u"noord"_qs));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"team"_qs, QString()));

    // An agent of no team may give it any team, as the server allows.
    learnFromServer(t.db(), u"agent"_qs, u"ann"_qs, QString());
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(ref, u"team"_qs, u"zuid"_qs));
}

TEST_CASE("a desktop that works on its own restricts nobody", "[roles][workflow]")
{
    TempDatabase t;
    auto r = registerFor(t.db(), u"bob"_qs);
    KD_REQUIRE_OK(r);
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(r->complaint.reference, u"team"_qs, u"zuid"_qs));
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(r->complaint.reference, u"assignee"_qs, u"carla"_qs));
}

TEST_CASE("a database that syncs works under the server's name for the login", "[roles][session]")
{
    TempDatabase t;
    KD_REQUIRE_OK(t.db().setStateValue(QLatin1String(kServerLoginKey), u"ann"_qs));
    const QString path = t.path();
    t.close();
    auto opened = openWorkstation(path);
    KD_REQUIRE_OK(opened);
    CHECK((*opened)->user() == u"ann"_qs);
}
