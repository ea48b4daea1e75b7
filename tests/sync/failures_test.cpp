// A sync cut off anywhere resumes without loss or duplication: the connection dropped after N
// bytes for many N, the desktop killed with SIGKILL mid-push and mid-pull, the server ending the
// session mid-batch.
#include "syncfixture.h"

#include "cutproxy.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QRandomGenerator>

#include <atomic>
#include <csignal>
#include <thread>

using namespace kd;
using namespace kd::test;

namespace {

// Changes this desktop made in total (each has a change id the server must hold exactly once).
int madeChanges(TestServer &server, Desk &d)
{
    return server.scalar(u"SELECT count(*) FROM kd.applied_change WHERE site = ?"_qs,
                         {d.db().siteId()})
        .toInt();
}

void makeEdits(Desk &d, int round, int complaints)
{
    for (int i = 0; i < complaints; ++i) {
        const Registration r = d.registerComplaint(u"Round %1 no %2"_qs.arg(round).arg(i));
        d.set(r.complaint.reference, u"severity"_qs, u"high"_qs);
    }
}

} // namespace

TEST_CASE("scenario 5: a connection cut after N bytes, for many N, loses and doubles nothing", "[sync][net]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    // Measure one whole round through a proxy that never cuts.
    long long whole = 0;
    {
        makeEdits(a, 0, 4);
        CutProxy probe(server.address().port, -1);
        ServerAddress via = server.address();
        via.port = probe.port();
        Desk measure(via, u"meg"_qs);
        a.syncOk();
        measure.syncOk();
        whole = probe.forwarded();
    }
    REQUIRE(whole > 1000);

    SyncOptions small;
    small.pushBatch = 3;
    small.pullPage = 5;
    const int rounds = 16;
    for (int round = 1; round <= rounds; ++round) {
        const long long cutAt = whole * round / (rounds + 1) + QRandomGenerator::global()->bounded(200);
        makeEdits(a, round, 3);
        makeEdits(b, round, 1);
        {
            CutProxy proxy(server.address().port, cutAt);
            ServerAddress via = server.address();
            via.port = proxy.port();
            Desk *who = round % 2 ? &a : &b;
            // Through the cutting proxy: fails somewhere, or finishes before the cut.
            ServerConnection conn;
            if (conn.open(via))
                (void)SyncEngine(who->db(), conn, small).syncOnce();
        }
        a.syncOk(small);
        b.syncOk(small);
    }
    a.syncOk();
    // Exactly once: every change made on a desktop is on the server once, none left waiting.
    const int total = server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt();
    CHECK(total == madeChanges(server, a) + madeChanges(server, b));
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change WHERE change_id IS NOT NULL AND table_name <> 'sync_conflict' "
                        "GROUP BY change_id ORDER BY count(*) DESC LIMIT 1"_qs)
              .toInt()
          == 1);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(b.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(a.count(u"SELECT count(*) FROM complaint"_qs) == 4 + rounds * 4);
    CHECK(a.differences(b, u"complaint"_qs) == QString());
    CHECK(a.differences(b, u"customer"_qs) == QString());
    // Only renumbered references (A numbered before its first sync), no field conflicts.
    CHECK(a.count(u"SELECT count(*) FROM sync_conflict WHERE kind <> 'renumbered'"_qs) == 0);
}

namespace {

// Runs `klachtdesk-cli sync` on a database file and kills it with SIGKILL after a while, until
// one run finishes by itself. Returns how many runs were killed.
int syncUntilDone(const QString &dbFile, const ServerAddress &server, const QStringList &extra)
{
    int killed = 0;
    for (int attempt = 0; attempt < 60; ++attempt) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KLACHTDESK_PASSWORD"_qs, server.password);
        env.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
        p.setProcessEnvironment(env);
        ServerAddress noPassword = server;
        noPassword.password.clear();
        p.start(QStringLiteral(KD_CLI_PATH),
                QStringList{u"--db"_qs, dbFile, u"sync"_qs, u"--url"_qs, noPassword.displayUrl()}
                    + extra);
        REQUIRE(p.waitForStarted());
        const int delay = 150 + QRandomGenerator::global()->bounded(350) + attempt * 40;
        if (p.waitForFinished(delay)) {
            INFO(p.readAllStandardError().toStdString());
            REQUIRE(p.exitStatus() == QProcess::NormalExit);
            if (p.exitCode() == 0)
                return killed;
            continue;
        }
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(5000);
        ++killed;
    }
    FAIL("sync never finished");
    return killed;
}

} // namespace

TEST_CASE("scenarios 3 and 4: a desktop killed with SIGKILL mid-push and mid-pull ends with every change once",
          "[sync][kill]")
{
    TestServer server;
    QTemporaryDir dir;
    const QString pushFile = dir.filePath(u"push.sqlite"_qs);
    int made = 0;
    {
        Desk maker(server.address(), u"ann"_qs);
        makeEdits(maker, 0, 400);
        made = maker.count(u"SELECT count(*) FROM change_log"_qs);
        maker.local().close();
        REQUIRE(QFile::copy(maker.local().path(), pushFile));
    }
    const int killedPush = syncUntilDone(pushFile, server.address(), {u"--batch"_qs, u"25"_qs});
    CHECK(server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt() == made);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint'"_qs).toInt()
          == 400);

    // Pull into a fresh desktop, killed again and again.
    const QString pullFile = dir.filePath(u"pull.sqlite"_qs);
    {
        Desk empty(server.address(), u"bob"_qs);
        empty.local().close();
        REQUIRE(QFile::copy(empty.local().path(), pullFile));
    }
    const int killedPull = syncUntilDone(pullFile, server.address(), {u"--page"_qs, u"40"_qs});
    INFO("killed during push " << killedPush << ", during pull " << killedPull);
    CHECK(killedPush + killedPull > 0);

    Desk reference(server.address(), u"cor"_qs);
    reference.syncOk();
    auto pulled = Database::open({pullFile, u"bob"_qs});
    KD_REQUIRE_OK(pulled);
    auto count = runQuery(**pulled, u"SELECT count(*), (SELECT count(*) FROM change_log) FROM complaint"_qs);
    KD_REQUIRE_OK(count);
    REQUIRE(count->next());
    CHECK(count->value(0).toInt() == 400);
    CHECK(count->value(1).toInt() == 0);
    CHECK(reference.count(u"SELECT count(*) FROM complaint WHERE severity = 'high'"_qs) == 400);
}

TEST_CASE("scenario 5: the server ending the session in the middle of pushes and pulls loses nothing",
          "[sync][kill]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    makeEdits(a, 0, 300);
    const int made = a.count(u"SELECT count(*) FROM change_log"_qs);
    std::atomic<bool> stop{false};
    std::atomic<int> terminated{0};
    const ServerAddress admin = server.address();
    const QString dbName = server.name();
    // Ends every session that is pushing or pulling, every few milliseconds.
    std::thread killer([&] {
        ServerConnection k;
        if (!k.open(admin))
            return;
        while (!stop) {
            auto q = k.query(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE datname = ? AND pid <> pg_backend_pid() AND state = 'active' "
                             "AND (query LIKE '%kd.push%' OR query LIKE '%FROM kd.change c%')"_qs,
                             {dbName});
            if (q && q->next())
                terminated += q->value(0).toInt();
            QThread::msleep(20 + QRandomGenerator::global()->bounded(40));
        }
    });
    SyncOptions small;
    small.pushBatch = 20;
    small.pullPage = 30;
    int failures = 0;
    for (int i = 0; i < 200 && (a.count(u"SELECT count(*) FROM change_log"_qs) > 0 || i < 3); ++i) {
        if (!a.sync(small))
            ++failures;
        if (!b.sync(small))
            ++failures;
    }
    stop = true;
    killer.join();
    a.syncOk();
    b.syncOk();
    INFO("sessions ended " << terminated.load() << ", failed syncs " << failures);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.applied_change"_qs).toInt() == made);
    CHECK(b.count(u"SELECT count(*) FROM complaint"_qs) == 300);
    CHECK(a.differences(b, u"complaint"_qs) == QString());
}
