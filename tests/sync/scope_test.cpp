// Issue 11, scenario 11: a complaint that leaves what a user may see (moved to another team under
// row-level security) disappears from that user's desktop with all its rows; the new team's
// desktops get it whole; a notification carries no data; an edit of a row the user may no
// longer see comes back refused, kept as a conflict.
#include "syncfixture.h"

#include "service/session.h"
#include "service/userrole.h"
#include "sync/conflictstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDriver>

#include <ostream>

using namespace kd;
using namespace kd::test;

namespace {

struct Rows
{
    int complaint = 0, interaction = 0, audit = 0, indexed = 0;
    bool operator==(const Rows &) const = default;
};

std::ostream &operator<<(std::ostream &os, const Rows &r)
{
    return os << "{complaint " << r.complaint << ", interactions " << r.interaction << ", audit "
              << r.audit << ", indexed " << r.indexed << "}";
}

// What a desktop holds of one complaint: the row, its messages and notes, its audit entries and
// its entry in the search index.
Rows rowsOf(Desk &d, const QString &id, const QString &word)
{
    Rows r;
    r.complaint = d.count(u"SELECT count(*) FROM complaint WHERE id = ?"_qs, {id});
    r.interaction = d.count(u"SELECT count(*) FROM interaction WHERE complaint_id = ?"_qs, {id});
    r.audit = d.count(u"SELECT count(*) FROM audit_entry WHERE complaint_id = ?"_qs, {id});
    r.indexed = d.count(u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH ?"_qs, {word});
    return r;
}

bool live(Desk &d, const QString &id)
{
    return d.count(u"SELECT count(*) FROM complaint WHERE id = ?"_qs, {id}) == 1;
}

} // namespace

TEST_CASE("scenario 11: a complaint moved to another team leaves the old team's desktops with all "
          "its rows and reaches the new team's whole",
          "[sync][rls][scope]")
{
    TestServer server;
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    const ServerAddress north = server.addUser(u"north"_qs, u"agent"_qs);
    const ServerAddress south = server.addUser(u"south"_qs, u"agent"_qs);
    const ServerAddress free = server.addUser(u"free"_qs, u"agent"_qs);
    const ServerAddress boss = server.addUser(u"boss"_qs, u"supervisor"_qs);
    KD_REQUIRE_OK(ServerAdmin(owner).setTeam(north.user, u"north"_qs));
    KD_REQUIRE_OK(ServerAdmin(owner).setTeam(south.user, u"south"_qs));

    Desk s(boss, boss.user), n(north, north.user), o(south, south.user), f(free, free.user);
    const Registration moved = s.registerComplaint(u"Waterschade keukenkastje"_qs);
    const Registration shared = s.registerComplaint(u"Gedeelde klacht"_qs);
    const QString id = moved.complaint.meta.id;
    s.set(moved.complaint.reference, u"team"_qs, u"north"_qs);
    Interaction note;
    note.body = u"Called the customer back about the cupboard."_qs;
    KD_REQUIRE_OK(ComplaintService(s.db()).addInteraction(moved.complaint.reference, note));
    s.syncOk();
    const Rows whole = rowsOf(s, id, u"keukenkastje"_qs);
    REQUIRE(whole.complaint == 1);
    REQUIRE(whole.interaction >= 1);
    REQUIRE(whole.audit >= 1);

    // Team north and the agent of no team have it; team south has the shared one only.
    const QString sharedId = shared.complaint.meta.id;
    for (Desk *d : {&n, &o, &f})
        REQUIRE(d->syncUntil([&] { return live(*d, sharedId); }));
    CHECK(rowsOf(n, id, u"keukenkastje"_qs) == whole);
    CHECK(rowsOf(f, id, u"keukenkastje"_qs) == whole);
    CHECK(rowsOf(o, id, u"keukenkastje"_qs) == Rows{});
    CHECK(o.count(u"SELECT count(*) FROM complaint WHERE id = ?"_qs, {shared.complaint.meta.id}) == 1);
    // Nor can team south read it on the server, in the rows or in the feed (but for the entry
    // that tells desktops which had it to let go, which holds nothing but the id).
    ServerConnection southSql;
    KD_REQUIRE_OK(southSql.open(south));
    auto seen = southSql.query(u"SELECT (SELECT count(*) FROM kd.row_state WHERE row_id = ? "
                               "OR data->>'complaint_id' = ?), "
                               "(SELECT count(*) FROM kd.change WHERE (row_id = ? OR "
                               "fields->>'complaint_id' = ?) AND (op <> 'leave' OR "
                               "fields - 'keep' <> '{}'))"_qs,
                               {id, id, id, id});
    KD_REQUIRE_OK(seen);
    REQUIRE(seen->next());
    CHECK(seen->value(0).toInt() == 0);
    CHECK(seen->value(1).toInt() == 0);
    seen->finish();

    // North edits it offline while the supervisor hands it to team south.
    n.set(moved.complaint.reference, u"subject"_qs, u"North's rewording"_qs);
    s.set(moved.complaint.reference, u"team"_qs, u"south"_qs);
    s.syncOk();

    // North's edit comes back refused (the row is no longer theirs to see), kept as a conflict,
    // and the complaint is gone from north's desktop with every row of it.
    const SyncReport r = n.syncOk();
    CHECK(r.rejected >= 1); // the edit, and its audit entry
    CHECK(n.syncUntil([&] { return rowsOf(n, id, u"keukenkastje"_qs) == Rows{}; }));
    CHECK(rowsOf(n, id, u"keukenkastje"_qs) == Rows{});
    CHECK(n.count(u"SELECT count(*) FROM sync_row WHERE row_id = ?"_qs, {id}) == 0);
    auto kept = ConflictStore(n.db()).list();
    KD_REQUIRE_OK(kept);
    REQUIRE(kept->size() == r.rejected);
    bool keptEdit = false;
    for (const auto &c : *kept)
        keptEdit = keptEdit || (c.kind == u"rejected"_qs && c.loser.contains(u"North's rewording"_qs));
    CHECK(keptEdit);

    // South gets it whole: the row, its note and its audit trail.
    CHECK(o.syncUntil([&] { return rowsOf(o, id, u"keukenkastje"_qs).complaint == 1; }));
    s.syncOk();
    const Rows now = rowsOf(s, id, u"keukenkastje"_qs);
    CHECK(rowsOf(o, id, u"keukenkastje"_qs) == now);
    CHECK(o.value(u"complaint"_qs, id, u"team"_qs) == u"south"_qs);
    // The agent of no team and the supervisor keep it.
    CHECK(f.syncUntil([&] { return f.value(u"complaint"_qs, id, u"team"_qs) == u"south"_qs; }));
    CHECK(rowsOf(f, id, u"keukenkastje"_qs) == now);
    // Everyone still has the complaint of no team.
    CHECK(n.count(u"SELECT count(*) FROM complaint WHERE id = ?"_qs, {shared.complaint.meta.id}) == 1);

    // Back to no team: north gets it again, whole; south keeps it.
    s.set(moved.complaint.reference, u"team"_qs, QString());
    s.syncOk();
    CHECK(n.syncUntil([&] { return rowsOf(n, id, u"keukenkastje"_qs).complaint == 1; }));
    const Rows last = rowsOf(s, id, u"keukenkastje"_qs);
    CHECK(rowsOf(n, id, u"keukenkastje"_qs) == last);
    o.syncOk();
    CHECK(rowsOf(o, id, u"keukenkastje"_qs) == last);
}

TEST_CASE("scenario 11: an agent's new row for a complaint of another team is refused, and the "
          "new rows pushed with it are written",
          "[sync][rls][scope]")
{
    TestServer server;
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    const ServerAddress north = server.addUser(u"north"_qs, u"agent"_qs);
    const ServerAddress boss = server.addUser(u"boss"_qs, u"supervisor"_qs);
    KD_REQUIRE_OK(ServerAdmin(owner).setTeam(north.user, u"north"_qs));
    Desk s(boss, boss.user), n(north, north.user);
    const Registration moved = s.registerComplaint(u"Lekkende kraan"_qs);
    const QString id = moved.complaint.meta.id;
    s.set(moved.complaint.reference, u"team"_qs, u"north"_qs);
    s.syncOk();
    REQUIRE(n.syncUntil([&] { return live(n, id); }));

    // The supervisor hands it to team south; north, not synced yet, registers a complaint of its
    // own and then adds a note to the one that left: all inserts of rows new to the server, so
    // they go up as one run of the set-based path (server schema 7), the note outside north's
    // scope in the middle of it.
    s.set(moved.complaint.reference, u"team"_qs, u"south"_qs);
    s.syncOk();
    const Registration own = n.registerComplaint(u"Eigen klacht van noord"_qs);
    Interaction note;
    note.kind = InteractionKind::Note;
    note.body = u"Klant teruggebeld over de kraan."_qs;
    KD_REQUIRE_OK(ComplaintService(n.db()).addInteraction(moved.complaint.reference, note));
    const Registration after = n.registerComplaint(u"Tweede klacht van noord"_qs);
    REQUIRE(n.count(u"SELECT count(*) FROM change_log WHERE op = 'insert' AND table_name = "
                    "'interaction'"_qs) == 1);

    const SyncReport r = n.syncOk();
    CHECK(r.rejected >= 1);
    // The note is not on the server, nor in its feed; north's own complaints are, with their
    // customers, stamped as north's and of no team.
    CHECK(server
              .scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'interaction' AND "
                      "data->>'complaint_id' = ?"_qs,
                      {id})
              .toInt() == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change WHERE fields->>'body' = ?"_qs, {note.body})
              .toInt() == 0);
    for (const Registration *reg : {&own, &after}) {
        CHECK(
            server
                .scalar(u"SELECT created_by || '/' || scope FROM kd.row_state WHERE row_id = ?"_qs,
                        {reg->complaint.meta.id})
                .toString() == north.user + u"/"_qs);
        CHECK(server
                  .scalar(u"SELECT count(*) FROM kd.row_state WHERE row_id = ?"_qs,
                          {reg->customer.meta.id})
                  .toInt() == 1);
    }
    // The refused note is kept on north's desktop, with the reason; nothing waits to go up.
    auto kept = ConflictStore(n.db()).list();
    KD_REQUIRE_OK(kept);
    bool keptNote = false;
    for (const auto &c : *kept)
        keptNote = keptNote || (c.kind == u"rejected"_qs && c.loser.contains(note.body) &&
                                !c.message.isEmpty());
    CHECK(keptNote);
    CHECK(n.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    // The supervisor gets north's complaints, and no note on the moved one.
    CHECK(s.syncUntil([&] { return live(s, after.complaint.meta.id); }));
    CHECK(live(s, own.complaint.meta.id));
    CHECK(s.count(u"SELECT count(*) FROM interaction WHERE body = ?"_qs, {note.body}) == 0);
}

TEST_CASE("scenario 11: a server notification carries no data, whoever listens", "[sync][rls][scope]")
{
    TestServer server;
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    const ServerAddress south = server.addUser(u"south"_qs, u"agent"_qs);
    const ServerAddress boss = server.addUser(u"boss"_qs, u"supervisor"_qs);
    KD_REQUIRE_OK(ServerAdmin(owner).setTeam(south.user, u"south"_qs));
    // A typo in the login is said, not stored.
    const Status typo = ServerAdmin(owner).setTeam(south.user + u"x"_qs, u"south"_qs);
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().code == ErrorCode::NotFound);

    // An agent of another team listens on the channel every desktop uses.
    ServerConnection listener;
    KD_REQUIRE_OK(listener.open(south));
    QStringList payloads;
    QObject::connect(listener.sql().driver(),
                     qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                         &QSqlDriver::notification),
                     [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                         payloads << payload.toString();
                     });
    REQUIRE(listener.sql().driver()->subscribeToNotification(u"klachtdesk_changes"_qs));

    Desk s(boss, boss.user);
    const Registration secret = s.registerComplaint(u"Vertrouwelijke klacht Jansen"_qs);
    s.set(secret.complaint.reference, u"team"_qs, u"north"_qs);
    s.syncOk();

    QElapsedTimer t;
    t.start();
    while (payloads.isEmpty() && t.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    REQUIRE(!payloads.isEmpty()); // it was woken up...
    for (const QString &p : std::as_const(payloads))
        CHECK(p.isEmpty()); // ...and told nothing
}

TEST_CASE("a refused change of a field the server's row never held is taken back here too",
          "[sync][rls][scope]")
{
    TestServer server;
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    const ServerAddress north = server.addUser(u"north"_qs, u"agent"_qs);
    const ServerAddress boss = server.addUser(u"boss"_qs, u"supervisor"_qs);
    Desk s(boss, boss.user), n(north, north.user);
    const Registration c = s.registerComplaint(u"Monteur niet gekomen"_qs);
    const QString id = c.complaint.meta.id;
    s.syncOk();
    n.syncOk();
    REQUIRE(live(n, id));
    // North is put in a team after its last sync: its desktop does not know yet, so it lets
    // the move below through (a desktop that knows refuses it itself: agentrules_test).
    KD_REQUIRE_OK(ServerAdmin(owner).setTeam(north.user, u"north"_qs));
    // The server's row has no team key: registration never set one.
    REQUIRE(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE row_id = ? AND jsonb_exists(data, 'team')"_qs,
                          {id})
                .toInt()
            == 0);

    // North moves it to a team it cannot see: the server refuses.
    n.set(c.complaint.reference, u"team"_qs, u"south"_qs);
    const SyncReport r = n.syncOk();
    CHECK(r.rejected == 1);
    // Here it is as the server has it (no team), not as the refused change left it.
    CHECK(n.value(u"complaint"_qs, id, u"team"_qs) == QString());
    CHECK(n.count(u"SELECT count(*) FROM change_log"_qs) == 0);
}

TEST_CASE("an agent's desktop learns its login and team at sync and refuses a move to another "
          "team before it is saved",
          "[sync][rls][scope][roles]")
{
    TestServer server;
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    const ServerAddress north = server.addUser(u"north"_qs, u"agent"_qs);
    KD_REQUIRE_OK(ServerAdmin(owner).setTeam(north.user, u"north"_qs));
    // The computer calls its user something else than the server does.
    Desk n(north, u"n.devries"_qs);
    const Registration c = n.registerComplaint(u"Factuur dubbel betaald"_qs);
    n.syncOk();
    CHECK(n.db().stateValue(QLatin1String(kServerLoginKey)) == north.user);
    CHECK(n.db().stateValue(QLatin1String(kServerTeamKey)) == u"north"_qs);
    CHECK(n.db().stateValue(QLatin1String(kServerRoleKey)) == u"agent"_qs);

    auto moved = ComplaintService(n.db()).setField(c.complaint.reference, u"team"_qs, u"south"_qs);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == ErrorCode::Permission);
    CHECK(n.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    const SyncReport r = n.syncOk();
    CHECK(r.rejected == 0);

    // "Assigned to me" under the computer's name comes back refused: the server knows no such
    // login. Under the server's name for it, which the database works under after a sync, it
    // goes through.
    n.set(c.complaint.reference, u"assignee"_qs, u"n.devries"_qs);
    CHECK(n.syncOk().rejected == 1);
    REQUIRE(adoptServerLogin(n.db()));
    CHECK(n.db().user() == north.user);
    n.set(c.complaint.reference, u"assignee"_qs, n.db().user());
    CHECK(n.syncOk().rejected == 0);
    CHECK(server.scalar(u"SELECT data->>'assignee' FROM kd.row_state WHERE row_id = ?"_qs,
                        {c.complaint.meta.id})
              .toString()
          == north.user);
}
