// The protocol's promises: a resent batch is applied once, the pull cursor never skips a change
// that committed late, and the server itself (row-level security) decides what a role may change.
#include "syncfixture.h"

#include "storage/rowwriter.h"
#include "service/userrole.h"
#include "sync/conflictstore.h"
#include "workflow/responsetimesettings.h"
#include "workflow/slarules.h"

using namespace kd;
using namespace kd::test;

namespace {

// The command line's password for the test's length (KLACHTDESK_PASSWORD), as an agent sets it;
// the address to type carries none.
struct PasswordFromEnvironment
{
    explicit PasswordFromEnvironment(const QString &password)
    {
        qputenv("KLACHTDESK_PASSWORD", password.toUtf8());
    }
    ~PasswordFromEnvironment() { qunsetenv("KLACHTDESK_PASSWORD"); }
    static QString addressWithout(ServerAddress a)
    {
        a.password.clear();
        return a.displayUrl();
    }
};

} // namespace

TEST_CASE("scenario 3: a batch sent twice is applied once and the second answer says so", "[sync]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs);
    for (int i = 0; i < 30; ++i)
        a.registerComplaint(u"Complaint %1"_qs.arg(i));
    // Keep a copy of the change log, as if the ack were lost after the server committed.
    KD_REQUIRE_OK(runStatement(a.db(), u"CREATE TABLE kept_log AS SELECT * FROM change_log"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"CREATE TABLE kept_base AS SELECT * FROM sync_change_base"_qs));
    const int sent = a.count(u"SELECT count(*) FROM change_log"_qs);
    SyncOptions small;
    small.pushBatch = 7;
    const SyncReport first = a.syncOk(small);
    CHECK(first.pushed == sent);
    CHECK(first.duplicates == 0);
    const int feed = server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt();

    KD_REQUIRE_OK(runStatement(a.db(), u"INSERT INTO change_log SELECT * FROM kept_log"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"DELETE FROM sync_change_base"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"INSERT INTO sync_change_base SELECT * FROM kept_base"_qs));
    const SyncReport again = a.syncOk(small);
    CHECK(again.duplicates == sent);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt() == feed);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt() == sent);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint'"_qs).toInt()
          == 30);
}

TEST_CASE("a batch of new rows between edits is applied once when sent twice, each change stamped "
          "as its own and in the batch's order",
          "[sync]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration kettle = a.registerComplaint(u"Kettle"_qs);
    a.syncOk();

    // One batch: rows new to the server (written together, server schema 7) before, between and
    // after edits of rows it has, and an edit of a row that is new in the same batch.
    const Registration toaster = a.registerComplaint(u"Toaster"_qs);
    a.set(kettle.complaint.reference, u"subject"_qs, u"Kettle leaks"_qs);
    Interaction note;
    note.body = u"Asked for a photo of the toaster."_qs;
    KD_REQUIRE_OK(ComplaintService(a.db()).addInteraction(toaster.complaint.reference, note));
    const Registration blender = a.registerComplaint(u"Blender"_qs);
    a.set(toaster.complaint.reference, u"subject"_qs, u"Toaster burns bread"_qs);
    REQUIRE(a.count(u"SELECT count(*) FROM change_log WHERE op = 'update'"_qs) >= 2);
    REQUIRE(a.count(u"SELECT count(*) FROM change_log WHERE op = 'insert'"_qs) >= 6);
    KD_REQUIRE_OK(runStatement(a.db(), u"CREATE TABLE kept_log AS SELECT * FROM change_log"_qs));
    KD_REQUIRE_OK(
        runStatement(a.db(), u"CREATE TABLE kept_base AS SELECT * FROM sync_change_base"_qs));
    const int sent = a.count(u"SELECT count(*) FROM change_log"_qs);
    const int receipts = server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt();

    // The push alone: a pull would bring the versions of this desktop's own changes as well.
    ServerConnection pusher;
    KD_REQUIRE_OK(pusher.open(server.address()));
    SyncEngine engine(a.db(), pusher);
    SyncReport once;
    KD_REQUIRE_OK(engine.handshake(once));
    KD_REQUIRE_OK(engine.push(once));
    CHECK(once.pushed == sent);
    CHECK(once.conflicts == 0);
    CHECK(once.rejected == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt() == receipts + sent);
    // Every change of the batch is one feed entry with its own id and its own stamp (the
    // counter and site part of the desktop's HLC; the wall part is corrected by the offset), in
    // the order the desktop made them.
    auto log = runQuery(a.db(), u"SELECT change_id, substr(hlc, 16) FROM kept_log ORDER BY seq"_qs);
    KD_REQUIRE_OK(log);
    QStringList madeOrder, feedOrder;
    while (log->next()) {
        const QString id = log->value(0).toString();
        madeOrder << id;
        INFO(id.toStdString());
        CHECK(server.scalar(u"SELECT count(*) FROM kd.change WHERE change_id = ?::uuid"_qs, {id})
                  .toInt() == 1);
        CHECK(
            server
                .scalar(u"SELECT substr(hlc, 16) FROM kd.change WHERE change_id = ?::uuid"_qs, {id})
                .toString() == log->value(1).toString());
    }
    log->finish();
    ServerConnection feed;
    KD_REQUIRE_OK(feed.open(server.address()));
    auto entries = feed.query(u"SELECT change_id::text FROM kd.change WHERE change_id IS NOT NULL "
                              "ORDER BY seq"_qs);
    KD_REQUIRE_OK(entries);
    while (entries->next())
        if (madeOrder.contains(entries->value(0).toString()))
            feedOrder << entries->value(0).toString();
    entries->finish();
    CHECK(feedOrder == madeOrder);
    // From the answer alone the desktop knows the server's version of every field it pushed (the
    // base of its next edit), whether the answer was applied or only its versions recorded.
    for (const QString &id : {kettle.complaint.meta.id, toaster.complaint.meta.id,
                              blender.complaint.meta.id, blender.customer.meta.id}) {
        INFO(id.toStdString());
        auto known = runQuery(a.db(), u"SELECT base, fver FROM sync_row WHERE row_id = ?"_qs, {id});
        KD_REQUIRE_OK(known);
        REQUIRE(known->next());
        const qint64 base = known->value(0).toLongLong();
        const QJsonObject fver =
            QJsonDocument::fromJson(known->value(1).toString().toUtf8()).object();
        known->finish();
        const QJsonObject serverFver =
            QJsonDocument::fromJson(
                server.scalar(u"SELECT fver::text FROM kd.row_state WHERE row_id = ?"_qs, {id})
                    .toString()
                    .toUtf8())
                .object();
        REQUIRE(!serverFver.isEmpty());
        for (auto it = serverFver.begin(); it != serverFver.end(); ++it) {
            INFO(it.key().toStdString());
            CHECK(qint64(fver.contains(it.key()) ? fver.value(it.key()).toDouble() : base) ==
                  qint64(it.value().toDouble()));
        }
    }
    const int feedSize = server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt();

    // The answer was lost: the same batch again changes nothing and is answered as done.
    KD_REQUIRE_OK(runStatement(a.db(), u"INSERT INTO change_log SELECT * FROM kept_log"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"DELETE FROM sync_change_base"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"INSERT INTO sync_change_base SELECT * FROM kept_base"_qs));
    const SyncReport again = a.syncOk();
    CHECK(again.duplicates == sent);
    CHECK(again.rejected == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt() == feedSize);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt() == receipts + sent);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint'"_qs)
              .toInt() == 3);
    CHECK(server
              .scalar(u"SELECT data->>'subject' FROM kd.row_state WHERE row_id = ?"_qs,
                      {toaster.complaint.meta.id})
              .toString() == u"Toaster burns bread"_qs);
    CHECK(server
              .scalar(u"SELECT data->>'subject' FROM kd.row_state WHERE row_id = ?"_qs,
                      {kettle.complaint.meta.id})
              .toString() == u"Kettle leaks"_qs);

    // A colleague gets it all, equal row for row; nothing waits to go up on either desk.
    REQUIRE(b.syncUntil([&] {
        return b.count(u"SELECT count(*) FROM complaint WHERE id = ?"_qs,
                       {blender.complaint.meta.id}) == 1;
    }));
    a.syncOk();
    for (const QString &table : {u"complaint"_qs, u"customer"_qs, u"interaction"_qs})
        CHECK(a.differences(b, table) == QString());
    CHECK(b.value(u"complaint"_qs, toaster.complaint.meta.id, u"subject"_qs) ==
          u"Toaster burns bread"_qs);
    CHECK(b.count(u"SELECT count(*) FROM change_log"_qs) == 0);
}

TEST_CASE("scenarios 1 and 2: a change whose transaction commits after a later one is held back, then pulled once", "[sync]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration reg = a.registerComplaint(u"Order"_qs);
    a.syncOk();
    b.syncOk();

    // Transaction 1 starts first (lower xid) and commits last.
    ServerConnection t1, t2;
    KD_REQUIRE_OK(t1.open(server.address()));
    KD_REQUIRE_OK(t2.open(server.address()));
    KD_REQUIRE_OK(t1.execScript(u"BEGIN"_qs));
    KD_REQUIRE_OK(t1.exec(u"UPDATE kd.row_state SET data = data || '{\"subject\": \"from t1\"}' "
                          "WHERE row_id = ?"_qs,
                          {reg.complaint.meta.id}));
    KD_REQUIRE_OK(t2.execScript(u"BEGIN"_qs));
    KD_REQUIRE_OK(t2.exec(u"UPDATE kd.row_state SET data = data || '{\"name_en\": \"Mail\"}' "
                          "WHERE table_name = 'channel' AND data->>'code' = 'email'"_qs));
    KD_REQUIRE_OK(t2.execScript(u"COMMIT"_qs));

    // The pull sees t2 committed but must not move past t1, which is still open.
    b.syncOk();
    CHECK(b.count(u"SELECT count(*) FROM channel WHERE name_en = 'Mail'"_qs) == 0);
    KD_REQUIRE_OK(t1.execScript(u"COMMIT"_qs));
    b.syncOk();
    CHECK(b.value(u"complaint"_qs, reg.complaint.meta.id, u"subject"_qs) == u"from t1"_qs);
    CHECK(b.count(u"SELECT count(*) FROM channel WHERE name_en = 'Mail'"_qs) == 1);
}

TEST_CASE("scenario 11: an agent cannot change through SQL or sync what its role may not", "[sync][rls]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(u"agent1"_qs, u"agent"_qs);
    const ServerAddress other = server.addUser(u"agent2"_qs, u"agent"_qs);
    const ServerAddress boss = server.addUser(u"boss"_qs, u"supervisor"_qs);
    Desk a(agent, agent.user);
    const Registration reg = a.registerComplaint(u"Mine"_qs);
    a.syncOk(); // an agent may register complaints and customers

    ServerConnection sql;
    KD_REQUIRE_OK(sql.open(agent));
    const QVariantList row{reg.complaint.meta.id};
    // Catalogue rows: the update finds nothing it may touch.
    auto cat = sql.query(u"UPDATE kd.row_state SET data = data || '{\"name_en\": \"x\"}' "
                         "WHERE table_name = 'channel'"_qs);
    KD_REQUIRE_OK(cat);
    CHECK(cat->numRowsAffected() == 0);
    // Handing a complaint to someone else, or deleting it: refused by the policy.
    auto give = sql.exec(u"UPDATE kd.row_state SET data = data || jsonb_build_object('assignee', ?::text) "
                         "WHERE row_id = ?"_qs,
                         {other.user, reg.complaint.meta.id});
    REQUIRE(!give.ok());
    CHECK(give.error().code == ErrorCode::Permission);
    auto del = sql.exec(u"UPDATE kd.row_state SET data = data || '{\"deleted_at\": 1}' WHERE row_id = ?"_qs, row);
    CHECK(!del.ok());
    CHECK(!sql.exec(u"DELETE FROM kd.row_state WHERE row_id = ?"_qs, row).ok());
    // The feed and the versions cannot be forged.
    CHECK(!sql.exec(u"INSERT INTO kd.change(seq, table_name, row_id, op, fields, hlc, author, at) "
                    "VALUES (999999, 'complaint', 'x', 'update', '{}', '', 'me', 0)"_qs)
               .ok());
    KD_REQUIRE_OK(sql.exec(u"UPDATE kd.row_state SET fhlc = '{\"subject\": \"999999999999999-0-x\"}', "
                           "data = data || '{\"subject\": \"sql edit\"}' WHERE row_id = ?"_qs,
                           row));
    CHECK(server.scalar(u"SELECT fhlc->>'subject' < '999' FROM kd.row_state WHERE row_id = ?"_qs, row)
              .toBool());
    CHECK(server.scalar(u"SELECT author FROM kd.change ORDER BY seq DESC LIMIT 1"_qs).toString()
          == agent.user);
    // Notes are append-only for agents.
    Interaction note;
    note.body = u"first words"_qs;
    KD_REQUIRE_OK(ComplaintService(a.db()).addInteraction(reg.complaint.reference, note));
    a.syncOk();
    auto edit = sql.query(u"UPDATE kd.row_state SET data = data || '{\"body\": \"rewritten\"}' "
                          "WHERE table_name = 'interaction'"_qs);
    KD_REQUIRE_OK(edit);
    CHECK(edit->numRowsAffected() == 0);

    // Through sync: a refused change comes back refused, with a message, and the server's value.
    const QString email = a.value(u"channel"_qs, u"00000000-0000-7000-8000-000000000201"_qs, u"id"_qs);
    {
        Transaction tx(a.db());
        KD_REQUIRE_OK(tx.begin());
        KD_REQUIRE_OK(RowWriter(a.db()).update(u"channel"_qs, email, {{u"name_en"_qs, u"Hacked"_qs}}));
        KD_REQUIRE_OK(tx.commit());
    }
    const SyncReport r = a.syncOk();
    CHECK(r.rejected == 1);
    CHECK(a.value(u"channel"_qs, email, u"name_en"_qs) == u"E-mail"_qs);
    auto refused = ConflictStore(a.db()).list();
    KD_REQUIRE_OK(refused);
    REQUIRE(refused->size() == 1);
    CHECK(refused->first().kind == u"rejected"_qs);
    CHECK(!refused->first().message.isEmpty());

    // A supervisor may.
    Desk s(boss, boss.user);
    s.syncOk();
    {
        Transaction tx(s.db());
        KD_REQUIRE_OK(tx.begin());
        KD_REQUIRE_OK(RowWriter(s.db()).update(u"channel"_qs, email, {{u"name_en"_qs, u"Email"_qs}}));
        KD_REQUIRE_OK(tx.commit());
    }
    const SyncReport sr = s.syncOk();
    CHECK(sr.rejected == 0);
    CHECK(sr.conflicts == 0);
    CHECK(server.scalar(u"SELECT data->>'name_en' FROM kd.row_state WHERE row_id = ?"_qs, {email})
              .toString()
          == u"Email"_qs);
    CHECK(a.syncUntil([&] { return a.value(u"channel"_qs, email, u"name_en"_qs) == u"Email"_qs; }));
    CHECK(a.value(u"channel"_qs, email, u"name_en"_qs) == u"Email"_qs);
}

TEST_CASE("scenario 11: rows an agent inserts with plain SQL each get a feed entry, with the "
          "versions and stamps the server gives, whatever the statement says",
          "[sync][rls]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(u"agent1"_qs, u"agent"_qs);
    Desk a(agent, agent.user);
    const Registration reg = a.registerComplaint(u"Template"_qs);
    a.syncOk();
    ServerConnection sql;
    KD_REQUIRE_OK(sql.open(agent));
    const int feed = server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt();
    const QString one = uuid::v7(), two = uuid::v7();
    // One statement, two rows, with forged versions, stamps, creator, scope and change id, and a
    // stamp a year ahead of the server's clock in the setting a push uses.
    REQUIRE(sql.sql().transaction());
    KD_REQUIRE_OK(sql.exec(u"SELECT set_config('kd.hlc', ?, true)"_qs,
                           {u"999999999999999-000000-forged"_qs}));
    KD_REQUIRE_OK(sql.exec(
        u"INSERT INTO kd.row_state (table_name, row_id, data, fver, fhlc, row_ver, created_by, "
        "scope, created_change) "
        "SELECT 'customer', r, t.data || jsonb_build_object('name', 'SQL ' || r), "
        "'{\"name\": 1}', '{\"name\": \"999999999999999-0-x\"}', 1, 'someone', 'north', "
        "'00000000-0000-0000-0000-000000000001' "
        "FROM unnest(ARRAY[?, ?]) AS r, kd.row_state t "
        "WHERE t.table_name = 'customer' AND t.row_id = ?"_qs,
        {one, two, reg.customer.meta.id}));
    REQUIRE(sql.sql().commit());

    CHECK(server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt() == feed + 2);
    for (const QString &id : {one, two}) {
        INFO(id.toStdString());
        const QVariantList row{id};
        // The feed entry: the row's own version, its fields, its author, the server's stamp.
        CHECK(server.scalar(u"SELECT count(*) FROM kd.change c JOIN kd.row_state r "
                            "ON r.table_name = c.table_name AND r.row_id = c.row_id "
                            "WHERE c.row_id = ? AND c.op = 'insert' AND c.seq = r.row_ver "
                            "AND c.fields = r.data AND c.author = r.created_by AND c.scope = '' "
                            "AND c.change_id IS NULL AND c.hlc < '999'"_qs,
                            row)
                  .toInt()
              == 1);
        CHECK(server.scalar(u"SELECT created_by FROM kd.row_state WHERE row_id = ?"_qs, row)
                  .toString()
              == agent.user);
        CHECK(server.scalar(u"SELECT scope FROM kd.row_state WHERE row_id = ?"_qs, row).toString()
              == QString());
        // Every field has the row's version and one stamp, the server's.
        CHECK(server.scalar(u"SELECT row_ver > 1 AND fhlc ->> 'name' < '999' "
                            "AND (SELECT bool_and(f.value = to_jsonb(r.row_ver) "
                            "AND r.fhlc -> f.key = r.fhlc -> 'name') "
                            "FROM jsonb_each(r.fver) f) "
                            "AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(r.fver) k) "
                            "= (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(r.data) k) "
                            "AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(r.fhlc) k) "
                            "= (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(r.data) k) "
                            "FROM kd.row_state r WHERE row_id = ?"_qs,
                            row)
                  .toBool());
    }

    // A desktop pulls them like any other change.
    CHECK(a.syncUntil([&] {
        return a.count(u"SELECT count(*) FROM customer WHERE id IN (?, ?)"_qs, {one, two}) == 2;
    }));
}

TEST_CASE("two desktops offline get different complaint references", "[sync]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    a.syncOk();
    b.syncOk();
    QStringList refs;
    for (int i = 0; i < 5; ++i) {
        refs << a.registerComplaint(u"A%1"_qs.arg(i)).complaint.reference;
        refs << b.registerComplaint(u"B%1"_qs.arg(i)).complaint.reference;
    }
    CHECK(QSet<QString>(refs.begin(), refs.end()).size() == 10);
    a.syncOk();
    b.syncOk();
    a.syncOk();
    CHECK(a.count(u"SELECT count(*) FROM complaint"_qs) == 10);
    CHECK(a.differences(b, u"complaint"_qs) == QString());
}

TEST_CASE("two desktops that numbered before their first sync are renumbered, not lost", "[sync]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration ra = a.registerComplaint(u"A"_qs);
    const Registration rb = b.registerComplaint(u"B"_qs);
    REQUIRE(ra.complaint.reference == rb.complaint.reference);
    a.syncOk();
    const SyncReport r = b.syncOk();
    CHECK(r.conflicts == 1);
    a.syncOk();
    const QString refA = a.value(u"complaint"_qs, ra.complaint.meta.id, u"reference"_qs);
    const QString refB = a.value(u"complaint"_qs, rb.complaint.meta.id, u"reference"_qs);
    CHECK(refA != refB);
    CHECK(b.value(u"complaint"_qs, rb.complaint.meta.id, u"reference"_qs) == refB);
    CHECK(a.differences(b, u"complaint"_qs) == QString());
    CHECK(b.count(u"SELECT count(*) FROM sync_conflict WHERE kind = 'renumbered'"_qs) == 1);
}

TEST_CASE("only an administrator's desktop changes the response-time set-up, on the server too",
          "[sync][workflow]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(u"agt"_qs, u"agent"_qs);
    const ServerAddress boss = server.addUser(u"sup"_qs, u"supervisor"_qs);
    const ServerAddress admin = server.addUser(u"adm"_qs, u"administrator"_qs);
    Desk a(agent, agent.user), s(boss, boss.user), d(admin, admin.user);

    // Before the first sync a desktop works on its own; the sync tells it the server's role.
    CHECK(ResponseTimeSettings(a.db()).canChange());
    a.syncOk();
    CHECK(currentRole(a.db()) == UserRole::Agent);
    CHECK_FALSE(ResponseTimeSettings(a.db()).canChange());
    s.syncOk();
    CHECK(currentRole(s.db()) == UserRole::Supervisor);
    CHECK_FALSE(ResponseTimeSettings(s.db()).canChange());

    // A desktop that goes around the check (an old or altered program) is refused by the server.
    SlaRule rule;
    rule.resolutionMinutes = 60;
    for (Desk *desk : {&a, &s}) {
        {
            Transaction tx(desk->db());
            KD_REQUIRE_OK(tx.begin());
            KD_REQUIRE_OK(SlaRules(desk->db()).setRule(rule));
            KD_REQUIRE_OK(tx.commit());
        }
        CHECK(desk->syncOk().rejected == 1);
    }
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'sla_rule'"_qs).toInt()
          == 0);

    // The administrator's change is accepted by the server and reaches the agent's desktop, next
    // to the agent's own refused row for the same key.
    d.syncOk();
    REQUIRE(ResponseTimeSettings(d.db()).canChange());
    rule.resolutionMinutes = 90;
    KD_REQUIRE_OK(ResponseTimeSettings(d.db()).setRule(rule));
    CHECK(d.syncOk().rejected == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'sla_rule' AND "
                        "(data->>'resolution_minutes')::int = 90"_qs)
              .toInt()
          == 1);
    const QString ninety = u"SELECT count(*) FROM sla_rule WHERE resolution_minutes = 90"_qs;
    CHECK(a.syncUntil([&] { return a.count(ninety) == 1; }));
    CHECK(a.count(ninety) == 1);
}

TEST_CASE("adding a login the server has already gives it the role here and keeps its password",
          "[sync][rls]")
{
    // A login is the PostgreSQL cluster's: made for another Klachtdesk database on the same
    // server, or by the DBA for another program. `add-user` failed on it with "role exists".
    TestServer server;
    const ServerAddress agent = server.addUser(u"known"_qs, u"agent"_qs);
    ServerConnection admin;
    KD_REQUIRE_OK(admin.open(server.address()));
    bool existed = false;
    KD_REQUIRE_OK(ServerAdmin(admin).addUser(agent.user, u"another password"_qs, u"supervisor"_qs,
                                             {}, &existed));
    CHECK(existed);
    const QString direct = u"SELECT string_agg(r.rolname, ',' ORDER BY r.rolname) FROM pg_auth_members m "
                           "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                           "WHERE u.rolname = ?"_qs;
    CHECK(server.scalar(direct, {agent.user}).toString() == u"klachtdesk_supervisor"_qs);
    ServerConnection asAgent;
    KD_REQUIRE_OK(asAgent.open(agent)); // the old password still opens it
    // And a new login is still made with the password given.
    KD_REQUIRE_OK(ServerAdmin(admin).addUser(agent.user + u"_2"_qs, u"pw-new"_qs, u"agent"_qs, {}, &existed));
    CHECK_FALSE(existed);
    CHECK(server.scalar(direct, {agent.user + u"_2"_qs}).toString() == u"klachtdesk_agent"_qs);
    KD_REQUIRE_OK(admin.execScript(u"DROP ROLE "_qs + agent.user + u"_2"_qs));
}

TEST_CASE("connect stores the server in this database: sync then needs no address, another "
          "database is not connected",
          "[sync][cli]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(u"pim"_qs, u"agent"_qs);
    TempDatabase mine, other;
    NewComplaint n;
    n.customer.name = u"Sanne de Vries"_qs;
    n.channel = u"email"_qs;
    n.description = u"Pakket kwijt"_qs;
    KD_REQUIRE_OK(ComplaintService(mine.db()).registerComplaint(n));
    KD_REQUIRE_OK(ComplaintService(other.db()).registerComplaint(n));
    mine.close();
    other.close();

    // The password comes from the environment here, never from the stored address.
    const PasswordFromEnvironment password(agent.password);
    const QString address = password.addressWithout(agent);
    // A wrong password is a refused login (exit code 8) with what to check, not "unreachable".
    qputenv("KLACHTDESK_PASSWORD", "not-the-password"); // put back right below
    const CliRun refused = runCli({u"--db"_qs, mine.path(), u"connect"_qs, u"--url"_qs,
                                   address});
    CHECK(refused.exitCode == 8);
    CHECK(refused.err.contains(u"did not accept the login"_qs));
    CHECK(refused.err.contains(u"KLACHTDESK_PASSWORD"_qs));
    qputenv("KLACHTDESK_PASSWORD", agent.password.toUtf8());
    const CliRun connect = runCli({u"--db"_qs, mine.path(), u"connect"_qs, u"--url"_qs,
                                   address});
    INFO(connect.err.toStdString());
    REQUIRE(connect.exitCode == 0);
    const CliRun sync = runCli({u"--db"_qs, mine.path(), u"sync"_qs, u"--json"_qs});
    INFO(sync.err.toStdString());
    CHECK(sync.exitCode == 0);
    CHECK(QJsonDocument::fromJson(sync.out.toUtf8()).object().value(u"pushed"_qs).toInt() > 0);

    const CliRun stranger = runCli({u"--db"_qs, other.path(), u"sync"_qs});
    CHECK(stranger.exitCode == 2);
    CHECK(stranger.err.contains(u"No server configured"_qs));
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint'"_qs)
              .toInt()
          == 1);
}

TEST_CASE("a database that synced with one server is not connected to another: no rows cross",
          "[sync][cli]")
{
    TestServer home, other;
    const ServerAddress atHome = home.addUser(u"ria"_qs, u"agent"_qs);
    const ServerAddress elsewhere = other.addUser(u"ria2"_qs, u"agent"_qs);
    Desk a(atHome, atHome.user);
    NewComplaint n;
    n.customer.name = u"Karin Bos"_qs;
    n.customer.email = u"karin@example.nl"_qs;
    n.channel = u"email"_qs;
    n.description = u"Factuur dubbel"_qs;
    KD_REQUIRE_OK(ComplaintService(a.db()).registerComplaint(n));
    a.syncOk();

    // The engine refuses the other server before a byte goes up ...
    ServerConnection conn;
    KD_REQUIRE_OK(conn.open(elsewhere));
    auto r = SyncEngine(a.db(), conn).syncOnce();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(r.error().message.contains(u"another Klachtdesk server"_qs));
    CHECK(other.scalar(u"SELECT count(*) FROM kd.row_state WHERE data ->> 'email' = "
                       "'karin@example.nl'"_qs)
              .toInt()
          == 0);

    // ... and so does connect, which keeps the old address.
    a.local().close();
    const PasswordFromEnvironment password(elsewhere.password);
    const QString address = password.addressWithout(elsewhere);
    const CliRun connect = runCli({u"--db"_qs, a.local().path(), u"connect"_qs, u"--url"_qs,
                                   address});
    CHECK(connect.exitCode == 4);
    CHECK(connect.err.contains(u"another Klachtdesk server"_qs));

    // Its own server, restored from a backup (a new epoch, the same server id), is still its own.
    a.local().reopen().setUser(atHome.user);
    home.scalar(u"UPDATE kd.meta SET value = gen_random_uuid()::text WHERE key = 'epoch'"_qs);
    a.syncOk();
}

TEST_CASE("server add-user again keeps the team, set-team wants a team and a Klachtdesk login, and "
          "a server without the schema is said so before a login is made",
          "[sync][cli]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(u"tea"_qs, u"agent"_qs);
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    ServerAdmin admin(owner);
    KD_REQUIRE_OK(admin.setTeam(agent.user, u"noord"_qs));
    const QString teamOf = u"SELECT team FROM kd.member WHERE login = ?"_qs;
    // A role changed without --team: the team stays.
    KD_REQUIRE_OK(admin.addUser(agent.user, QString(), u"agent"_qs, QString()));
    CHECK(server.scalar(teamOf, {agent.user}).toString() == u"noord"_qs);

    QUrl url(server.address().displayUrl());
    url.setPassword(server.address().password);
    const CliRun noTeam = runCli({u"server"_qs, u"set-team"_qs, u"--url"_qs, url.toString(), agent.user});
    CHECK(noTeam.exitCode == 2);
    CHECK(noTeam.err.contains(u"--team"_qs));
    CHECK(server.scalar(teamOf, {agent.user}).toString() == u"noord"_qs);
    // The administrator's own login is no Klachtdesk user.
    const CliRun stranger = runCli({u"server"_qs, u"set-team"_qs, u"--url"_qs, url.toString(),
                                    server.address().user, u"--team"_qs, u"zuid"_qs});
    CHECK(stranger.exitCode == 3);
    CHECK(stranger.err.contains(u"no Klachtdesk user"_qs));

    // A database of the cluster without the schema.
    const QString bare = u"kd_test_bare_%1"_qs.arg(QRandomGenerator::global()->generate(), 0, 16);
    KD_REQUIRE_OK(owner.execScript(u"CREATE DATABASE "_qs + bare));
    struct DropBare
    {
        ServerConnection &c;
        QString name;
        ~DropBare() { (void)c.execScript(u"DROP DATABASE IF EXISTS "_qs + name + u" WITH (FORCE)"_qs); }
    } drop{owner, bare};
    QUrl bareUrl = url;
    bareUrl.setPath(u"/"_qs + bare);
    qputenv("KLACHTDESK_NEW_PASSWORD", "pw-bare");
    const CliRun add = runCli({u"server"_qs, u"add-user"_qs, u"--url"_qs, bareUrl.toString(),
                               u"bare_"_qs + bare.right(8)});
    qunsetenv("KLACHTDESK_NEW_PASSWORD");
    CHECK(add.exitCode == 3);
    CHECK(add.err.contains(u"server init"_qs));
    CHECK(server.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_qs,
                        {u"bare_"_qs + bare.right(8)})
              .toInt()
          == 0);
}
