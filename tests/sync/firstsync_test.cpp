// The first sync of a big server into an empty desktop runs without the secondary indexes of the
// big tables (SyncOptions::suspendIndexesFrom), and fills the search index once at its end: a
// kill or a cancel part-way loses nothing, and the indexes and the search index are there again
// when the sync ends or the file is opened next.
#include "syncfixture.h"

#include "service/session.h"
#include "storage/suspendedindexes.h"

#include <QFile>

using namespace kd;
using namespace kd::test;

namespace {

// How many complaints search finds by a word every test complaint's subject has.
int found(Database &db)
{
    return int(scalar(db, u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'klacht'"_qs));
}

// What a user sees of the complaints and customers: every row, by id.
QString rows(Database &db)
{
    return text(db, u"SELECT group_concat(r, ' | ') FROM (SELECT id || ',' || reference || ',' || "
                    "subject || ',' || status || ',' || customer_id AS r FROM complaint UNION ALL "
                    "SELECT id || ',' || name FROM customer ORDER BY 1)"_qs);
}

// Options for a first sync in small pages, with the indexes suspended whatever its size.
SyncOptions smallPages()
{
    SyncOptions o;
    o.pullPage = 4;
    o.firstSyncPage = 4;
    o.suspendIndexesFrom = 1;
    return o;
}

// A server with Ann's complaints on it, and Bob's empty desktop about to sync it first.
struct FirstSync
{
    explicit FirstSync(int complaints)
    {
        for (int i = 0; i < complaints; ++i)
            a.registerComplaint(QStringLiteral("Klacht %1").arg(i));
        a.syncOk();
    }
    TestServer server;
    Desk a{server.address(), u"ann"_qs};
    Desk b{server.address(), u"bob"_qs};
    const int indexes = complaintAndCustomerIndexes(b.db());
};

} // namespace

TEST_CASE("a first sync killed part-way loses nothing and its indexes are back when the file is "
          "opened",
          "[sync]")
{
    FirstSync f(8);
    auto &[server, a, b, indexes] = f;
    // What a kill part-way leaves behind: the file and its write-ahead log.
    const QString killed = b.local().dir() + QStringLiteral("/killed.sqlite");
    bool copied = false;
    bool withoutIndexes = false;
    SyncOptions o = smallPages();
    o.progress = [&](qint64, qint64) {
        // The first page after which some complaints, not all, have arrived (after the catalogue
        // and the customers).
        const qint64 complaints = scalar(b.db(), u"SELECT count(*) FROM complaint"_qs);
        if (copied || complaints == 0 || complaints >= 8)
            return;
        copied = true;
        withoutIndexes = indexesSuspended(b.db()) && complaintAndCustomerIndexes(b.db()) < indexes;
        for (const QString &suffix : {u""_qs, u"-wal"_qs})
            REQUIRE(QFile::copy(b.local().path() + suffix, killed + suffix));
    };
    const qint64 cacheBefore = scalar(b.db(), u"PRAGMA cache_size"_qs);
    b.syncOk(o);
    CHECK(withoutIndexes);
    // The first sync wrote with a larger cache, fewer checkpoints and without syncing each page;
    // the user's edits on this connection are synced to disk again.
    CHECK(scalar(b.db(), u"PRAGMA synchronous"_qs) == 2); // FULL
    CHECK(scalar(b.db(), u"PRAGMA wal_autocheckpoint"_qs) == 1000);
    CHECK(scalar(b.db(), u"PRAGMA cache_size"_qs) == cacheBefore);
    CHECK(complaintAndCustomerIndexes(b.db()) == indexes);
    CHECK_FALSE(indexesSuspended(b.db()));
    CHECK(rows(b.db()) == rows(a.db()));
    CHECK(found(b.db()) == 8); // the search index is filled once, at the end

    auto copy = openWorkstation(killed);
    KD_REQUIRE_OK(copy);
    Database &db = **copy;
    db.setUser(u"bob"_qs);
    CHECK(complaintAndCustomerIndexes(db) == indexes);
    CHECK_FALSE(indexesSuspended(db));
    const qint64 arrived = scalar(db, u"SELECT count(*) FROM complaint"_qs);
    CHECK(arrived < 8);
    // What had arrived before the kill is found by search as soon as the file is open again.
    CHECK(arrived > 0);
    CHECK(found(db) == arrived);
    // The next sync goes on from the killed one's cursor (with its indexes) and misses nothing.
    ServerConnection conn;
    KD_REQUIRE_OK(conn.open(server.address()));
    for (int i = 0; i < 30 && rows(db) != rows(a.db()); ++i) {
        KD_REQUIRE_OK(SyncEngine(db, conn, smallPages()).syncOnce());
        QThread::msleep(50);
    }
    CHECK(rows(db) == rows(a.db()));
    CHECK(complaintAndCustomerIndexes(db) == indexes);
    CHECK(found(db) == 8);
}

TEST_CASE("a first sync cancelled part-way leaves the indexes in place and goes on next time",
          "[sync]")
{
    FirstSync f(4);
    auto &[server, a, b, indexes] = f;
    int pages = 0;
    SyncOptions o = smallPages();
    o.progress = [&](qint64, qint64) { ++pages; };
    o.cancelled = [&] { return pages >= 1; };
    KD_REQUIRE_OK(b.sync(o));
    CHECK(pages == 1);
    CHECK(complaintAndCustomerIndexes(b.db()) == indexes);
    CHECK_FALSE(indexesSuspended(b.db()));
    CHECK(rows(b.db()) != rows(a.db()));

    CHECK(found(b.db()) == b.count(u"SELECT count(*) FROM complaint"_qs));

    b.syncOk(smallPages());
    CHECK(rows(b.db()) == rows(a.db()));
    CHECK(complaintAndCustomerIndexes(b.db()) == indexes);
    CHECK(found(b.db()) == 4);
}

TEST_CASE("a pull of many pages gets everything once, also when the server allows the user a "
          "single connection",
          "[sync]")
{
    // A long pull reads the next page on a second connection while it writes the current one
    // (sync/pagefetch.h). A server that refuses that connection must not stop the pull.
    TestServer server;
    const ServerAddress supervisor = server.addUser(u"sup"_qs, u"supervisor"_qs);
    const ServerAddress agent = server.addUser(u"one"_qs, u"agent"_qs);
    ServerConnection admin;
    KD_REQUIRE_OK(admin.open(server.address()));
    KD_REQUIRE_OK(admin.execScript(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 1").arg(agent.user)));
    Desk a(supervisor, supervisor.user), b(agent, agent.user), c(supervisor, supervisor.user);
    for (int i = 0; i < 9; ++i)
        a.registerComplaint(QStringLiteral("Klacht %1").arg(i));
    a.syncOk();

    SyncOptions o;
    o.pullPage = 3; // about ten pages of the catalogue, customers and complaints
    int pages = 0;
    o.progress = [&](qint64, qint64) { ++pages; };
    const SyncReport one = b.syncOk(o);
    CHECK(pages > 3);
    CHECK(rows(b.db()) == rows(a.db()));
    // And with a second connection allowed, the same rows, each applied once.
    const SyncReport two = c.syncOk(o);
    CHECK(rows(c.db()) == rows(a.db()));
    CHECK(one.pulled == two.pulled);
    CHECK(found(c.db()) == 9);
}
