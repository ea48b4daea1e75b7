// Issue 11, scenario 10: a desktop offline for longer than the server keeps its feed and
// tombstones, or a server restored from a backup. The desktop downloads a fresh baseline, keeps
// its unsent work, never pushes a mass deletion and never brings deleted rows back.
#include "syncfixture.h"

#include "storage/rowwriter.h"

using namespace kd;
using namespace kd::test;

namespace {

int live(Desk &d, const QString &id)
{
    return d.count(u"SELECT count(*) FROM complaint WHERE id = ? AND deleted_at IS NULL"_qs, {id});
}

void deleteComplaint(Desk &d, const QString &id)
{
    Transaction tx(d.db());
    KD_REQUIRE_OK(tx.begin());
    KD_REQUIRE_OK(RowWriter(d.db()).tombstone(u"complaint"_qs, id));
    KD_REQUIRE_OK(tx.commit());
}

int serverLive(TestServer &server, const QString &id)
{
    return server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint' AND "
                         "row_id = ? AND deleted_at IS NULL"_qs,
                         {id})
        .toInt();
}

} // namespace

TEST_CASE("scenario 10: a desktop offline for longer than the feed is kept downloads a fresh "
          "baseline, keeps its unsent work and brings nothing back",
          "[sync][baseline]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration c1 = a.registerComplaint(u"Eerste"_qs);
    const Registration c2 = a.registerComplaint(u"Tweede"_qs);
    const Registration c3 = a.registerComplaint(u"Derde"_qs);
    a.syncOk();
    b.syncOk();
    REQUIRE(live(b, c2.complaint.meta.id) == 1);

    // Bob is offline: he rewords one complaint and registers another. Meanwhile Ann deletes one
    // and rewords another, and the server removes everything older than now from its feed,
    // including the deletion's tombstone.
    b.set(c1.complaint.reference, u"subject"_qs, u"Bob's wording"_qs);
    const Registration c4 = b.registerComplaint(u"Vierde"_qs);
    deleteComplaint(a, c2.complaint.meta.id);
    a.set(c3.complaint.reference, u"subject"_qs, u"Ann's wording"_qs);
    a.syncOk();
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    QThread::msleep(5);
    auto removed = ServerAdmin(owner).compactFeed(0);
    KD_REQUIRE_OK(removed);
    CHECK(*removed > 0);
    REQUIRE(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE row_id = ?"_qs,
                          {c2.complaint.meta.id}).toInt() == 0);

    const SyncReport r = b.syncOk();
    CHECK(r.rebaselined);
    // Bob's unsent work went up; Ann's work came down; the deleted complaint is deleted here too
    // (its tombstone is gone from the server) and nothing came back to life anywhere.
    CHECK(b.value(u"complaint"_qs, c1.complaint.meta.id, u"subject"_qs) == u"Bob's wording"_qs);
    CHECK(b.value(u"complaint"_qs, c3.complaint.meta.id, u"subject"_qs) == u"Ann's wording"_qs);
    CHECK(live(b, c2.complaint.meta.id) == 0);
    CHECK(live(b, c4.complaint.meta.id) == 1);
    CHECK(serverLive(server, c4.complaint.meta.id) == 1);
    CHECK(serverLive(server, c1.complaint.meta.id) == 1);
    CHECK(serverLive(server, c3.complaint.meta.id) == 1);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE row_id = ?"_qs,
                        {c2.complaint.meta.id}).toInt() == 0);
    CHECK(b.count(u"SELECT count(*) FROM change_log"_qs) == 0); // no mass deletion waiting either

    // And it goes on from the feed as before.
    a.set(c3.complaint.reference, u"subject"_qs, u"Ann again"_qs);
    a.syncOk();
    CHECK(b.syncUntil([&] {
        return b.value(u"complaint"_qs, c3.complaint.meta.id, u"subject"_qs) == u"Ann again"_qs;
    }));
    CHECK_FALSE(b.syncOk().rebaselined);

    // A new desktop after the compaction gets everything whole, rows of complaints included.
    Desk d(server.address(), u"dirk"_qs);
    CHECK(d.syncOk().rebaselined);
    for (const QString &table : {u"complaint"_qs, u"customer"_qs, u"interaction"_qs, u"audit_entry"_qs})
        CHECK(d.count(u"SELECT count(*) FROM %1 WHERE deleted_at IS NULL"_qs.arg(table))
              == b.count(u"SELECT count(*) FROM %1 WHERE deleted_at IS NULL"_qs.arg(table)));
    CHECK(d.value(u"complaint"_qs, c1.complaint.meta.id, u"subject"_qs) == u"Bob's wording"_qs);
    // And can search them: the search index holds what the rows hold.
    CHECK(d.count(u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'vierde'"_qs) == 1);
    KD_REQUIRE_OK(runStatement(d.db(), u"INSERT INTO complaint_fts(complaint_fts) VALUES ('integrity-check')"_qs));
    KD_REQUIRE_OK(runStatement(d.db(), u"INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')"_qs));
}

TEST_CASE("scenario 10: after a restore from a backup the desktops send back what the backup lacks "
          "and keep their deletions",
          "[sync][baseline]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration c1 = a.registerComplaint(u"Eerste"_qs);
    const Registration c2 = a.registerComplaint(u"Tweede"_qs);
    a.syncOk();

    // The backup: a copy of the database as it is now.
    const QString backup = server.name() + u"_backup"_qs;
    a.connection().close();
    {
        ServerConnection admin;
        KD_REQUIRE_OK(admin.open(testServerAddress()));
        KD_REQUIRE_OK(admin.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = ? AND pid <> pg_backend_pid()"_qs,
                                 {server.name()}));
        KD_REQUIRE_OK(admin.execScript(u"CREATE DATABASE %1 TEMPLATE %2"_qs.arg(backup, server.name())));
    }

    // After it: a third complaint, the first deleted; Bob has it all.
    const Registration c3 = a.registerComplaint(u"Derde"_qs);
    deleteComplaint(a, c1.complaint.meta.id);
    a.syncOk();
    b.syncOk();
    REQUIRE(live(b, c3.complaint.meta.id) == 1);
    REQUIRE(live(b, c1.complaint.meta.id) == 0);

    // The server is restored from the backup and announced as such.
    a.connection().close();
    b.connection().close();
    {
        ServerConnection admin;
        KD_REQUIRE_OK(admin.open(testServerAddress()));
        KD_REQUIRE_OK(admin.execScript(u"DROP DATABASE %1 WITH (FORCE)"_qs.arg(server.name())));
        KD_REQUIRE_OK(admin.execScript(u"CREATE DATABASE %1 TEMPLATE %2"_qs.arg(server.name(), backup)));
        KD_REQUIRE_OK(admin.execScript(u"DROP DATABASE %1"_qs.arg(backup)));
    }
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    KD_REQUIRE_OK(ServerAdmin(owner).newEpoch());
    REQUIRE(serverLive(server, c3.complaint.meta.id) == 0);
    REQUIRE(serverLive(server, c1.complaint.meta.id) == 1);

    // Ann has unsent work meanwhile.
    a.set(c2.complaint.reference, u"subject"_qs, u"Ann after the restore"_qs);
    const SyncReport r = a.syncOk();
    CHECK(r.rebaselined);
    // The first complaint stays deleted on Ann's desktop, and the deletion goes up again.
    CHECK(live(a, c1.complaint.meta.id) == 0);
    INFO(a.count(u"SELECT count(*) FROM change_log WHERE row_id = ?"_qs, {c1.complaint.meta.id}));
    const SyncReport r2 = a.syncOk(); // what the baseline queued goes up
    INFO(r2.pushed << " pushed " << r2.rejected << " rejected " << r2.conflicts);
    CHECK(serverLive(server, c1.complaint.meta.id) == 0);
    // What the backup lacked is back on the server, with its rows.
    CHECK(serverLive(server, c3.complaint.meta.id) == 1);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'audit_entry' AND "
                        "data->>'complaint_id' = ?"_qs,
                        {c3.complaint.meta.id}).toInt()
          == a.count(u"SELECT count(*) FROM audit_entry WHERE complaint_id = ?"_qs, {c3.complaint.meta.id}));
    CHECK(server.scalar(u"SELECT data->>'subject' FROM kd.row_state WHERE row_id = ?"_qs,
                        {c2.complaint.meta.id}).toString()
          == u"Ann after the restore"_qs);

    // Bob's desktop re-baselines too, brings nothing back and ends equal to Ann's.
    CHECK(b.syncOk().rebaselined);
    CHECK(b.syncUntil([&] {
        return b.value(u"complaint"_qs, c2.complaint.meta.id, u"subject"_qs)
               == u"Ann after the restore"_qs;
    }));
    a.syncOk();
    CHECK(live(b, c1.complaint.meta.id) == 0);
    CHECK(live(b, c3.complaint.meta.id) == 1);
    for (const QString &table : {u"complaint"_qs, u"customer"_qs, u"interaction"_qs, u"audit_entry"_qs})
        CHECK(a.differences(b, table).isEmpty());
}
