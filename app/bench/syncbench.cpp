// Sync throughput: push and pull of 100,000 changes and the first sync of a big server, each next
// to a plain PostgreSQL COPY of the same rows (the limit). Needs a server: KLACHTDESK_BENCH_PG or
// KLACHTDESK_TEST_PG (a superuser URL; a scratch database is created and dropped).
#include "bench.h"
#include "sqlfloor.h"

#include "domain/clock.h"
#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "service/complaintservice.h"
#include "service/session.h"
#include "sync/serveradmin.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <optional>

namespace kd::bench {
namespace {

std::unique_ptr<Database> openDesk(const QString &path)
{
    auto db = openWorkstation(path);
    if (!db)
        return nullptr;
    (*db)->setUser(QStringLiteral("bench"));
    return std::move(*db);
}

// n customer rows through RowWriter: n changes in the change log.
bool makeChanges(Database &db, int n)
{
    Transaction tx(db);
    if (!tx.begin())
        return false;
    RowWriter w(db);
    for (int i = 0; i < n; ++i) {
        if (!w.insert(QStringLiteral("customer"), uuid::v7(db.clock()),
                      {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
                       {QStringLiteral("email"), QStringLiteral("c%1@example.org").arg(i)},
                       {QStringLiteral("customer_number"), QString::number(100000 + i)}}))
            return false;
    }
    return tx.commit().ok();
}

// Runs psql with the arguments against the benchmark server, waiting for it.
void psql(const ServerAddress &a, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), a.password);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("psql"), QStringList{QStringLiteral("-h"), a.host, QStringLiteral("-p"),
                                                QString::number(a.port), QStringLiteral("-U"), a.user,
                                                QStringLiteral("-d"), a.database, QStringLiteral("-q")}
                                        + args);
    p.waitForFinished(-1);
}

// The CSV file of the rows the COPY limit of `tag` copies.
QString copyFile(const QString &dir, const QString &tag)
{
    return dir + QStringLiteral("/rows-%1.csv").arg(tag);
}

// psql's \copy of the rows of kd.row_state into a plain table and back out: the wire limit.
double copyMs(const ServerAddress &a, const QString &dir, const QString &tag = QStringLiteral("push"))
{
    const QString file = copyFile(dir, tag);
    auto command = [&](const QString &c) { psql(a, {QStringLiteral("-c"), c}); };
    // The rows of the case measured: the pushed customers, or every row of the big server.
    const QString rows = tag == QLatin1String("push")
        ? QStringLiteral("SELECT row_id, data FROM kd.row_state WHERE table_name = 'customer'")
        : QStringLiteral("SELECT row_id, data FROM kd.row_state");
    command(QStringLiteral("\\copy (%1) TO '%2' CSV").arg(rows, file));
    command(QStringLiteral("CREATE TABLE copy_limit_%1 (row_id text, data jsonb)").arg(tag));
    QElapsedTimer t;
    t.start();
    command(QStringLiteral("\\copy copy_limit_%1 FROM '%2' CSV").arg(tag, file));
    command(QStringLiteral("\\copy (SELECT * FROM copy_limit_%1) TO '%2.out' CSV").arg(tag, file));
    return t.elapsed();
}

// The floor under the push on the server: the pushed rows (the COPY limit's file) copied into a
// staging table and inserted into a table keyed by row, in one transaction; no versions, no feed,
// no receipts, no row-level security, nothing from the desktop.
double pushFloorMs(const ServerAddress &a, const QString &dir)
{
    const QString script = dir + QStringLiteral("/push-floor.sql");
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write(QStringLiteral("CREATE TABLE push_floor (row_id text PRIMARY KEY, data jsonb NOT NULL, "
                           "row_ver bigint NOT NULL);\n"
                           "BEGIN;\n"
                           "CREATE TEMP TABLE staging (row_id text, data jsonb) ON COMMIT DROP;\n"
                           "\\copy staging FROM '%1' CSV\n"
                           "INSERT INTO push_floor SELECT row_id, data, 1 FROM staging;\n"
                           "COMMIT;\n")
                .arg(copyFile(dir, QStringLiteral("push")))
                .toUtf8());
    f.close();
    QElapsedTimer t;
    t.start();
    psql(a, {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), script});
    return t.elapsed();
}

// The superuser address of the benchmark server, or nothing (with a message).
std::optional<ServerAddress> benchServer()
{
    QString url = qEnvironmentVariable("KLACHTDESK_BENCH_PG");
    if (url.isEmpty())
        url = qEnvironmentVariable("KLACHTDESK_TEST_PG");
    auto admin = ServerAddress::parse(url);
    if (url.isEmpty() || !admin) {
        QTextStream(stderr) << "sync: set KLACHTDESK_BENCH_PG=postgresql://superuser:pw@host/postgres\n";
        return std::nullopt;
    }
    admin->sslMode = QStringLiteral("disable");
    return *admin;
}

// Push of `changes` new customers from one desktop, and their pull into another.
bool pushPull(const ServerAddress &a, const QString &dir, int changes, Table &table)
{
    ServerConnection server;
    if (!server.open(a))
        return false;
    auto pusher = openDesk(dir + QStringLiteral("/push.sqlite"));
    makeChanges(*pusher, changes);
    SyncReport report;
    SyncEngine push(*pusher, server);
    QElapsedTimer t;
    t.start();
    (void)push.handshake(report);
    (void)push.push(report);
    const double pushMs = t.elapsed();
    table.figure(QStringLiteral("push of %1 changes").arg(changes), changes / (pushMs / 1000.0),
                 QStringLiteral("changes/s"));

    auto puller = openDesk(dir + QStringLiteral("/pull.sqlite"));
    ServerConnection second;
    (void)second.open(a);
    SyncEngine pull(*puller, second);
    t.restart();
    (void)pull.handshake(report);
    (void)pull.pull(report);
    const double pullMs = t.elapsed();
    table.figure(QStringLiteral("pull of %1 changes").arg(changes), changes / (pullMs / 1000.0),
                 QStringLiteral("changes/s"));
    const double limit = copyMs(a, dir);
    table.figure(QStringLiteral("COPY in + out of the same rows (limit)"), changes / (limit / 1000.0),
                 QStringLiteral("rows/s"));
    table.figure(QStringLiteral("push + pull vs COPY limit"), (pushMs + pullMs) / limit,
                 QStringLiteral("x"), QStringLiteral("<= 3"));
    // The floor under the pull: SQLite writing the pulled rows (and their versions) in the first
    // sync's pages, with no server, no JSON and no program in between.
    FloorPlan plan;
    plan.tables = {u"customer"_qs, u"sync_row"_qs};
    plan.suspendIndexes = {u"customer"_qs};
    plan.rowsPerCommit = SyncOptions{}.firstSyncPage;
    plan.synchronousNormal = true;
    const double floorMs = sqlFloorMs(dir + QStringLiteral("/pull.sqlite"),
                                      dir + QStringLiteral("/pull-floor.sqlite"), plan);
    if (floorMs > 0)
        table.figure(QStringLiteral("the pull's writing by SQLite alone vs COPY limit"), floorMs / limit,
                     QStringLiteral("x"), QString(), QStringLiteral("%1 ms").arg(floorMs, 0, 'f', 0));
    const double serverFloorMs = pushFloorMs(a, dir);
    auto floored = server.query(QStringLiteral("SELECT count(*) FROM push_floor"));
    if (!floored || !floored->next() || floored->value(0).toInt() != changes) {
        QTextStream(stderr) << "sync: the push floor did not insert every row\n";
        return false;
    }
    floored->finish();
    table.figure(QStringLiteral("the push's rows inserted on the server by SQL alone vs COPY limit"),
                 serverFloorMs / limit, QStringLiteral("x"), QString(),
                 QStringLiteral("%1 ms").arg(serverFloorMs, 0, 'f', 0));
    if (floorMs > 0)
        table.figure(QStringLiteral("both floors together vs COPY limit"),
                     (floorMs + serverFloorMs) / limit, QStringLiteral("x"),
                     QStringLiteral("the target above: <= 3"));
    return true;
}

// How the ids of a filled server's rows are made.
enum class Ids {
    Random,  // md5 of the row number: every new row lands at a random place in each id B-tree
    Ordered, // UUIDv7-shaped, one millisecond apart, as desktops make them (domain/uuid.h)
};

// A big server: `big` complaints (and a customer for every five), filled with SQL cloning one
// complaint a desktop pushed: through the stamping trigger, so the feed is real.
bool fillServer(ServerConnection &server, const QString &dir, int big, Ids ids, Table &table)
{
    auto maker = openDesk(dir + QStringLiteral("/template.sqlite"));
    NewComplaint n;
    n.customer.name = QStringLiteral("Sjabloon Klant");
    n.channel = QStringLiteral("email");
    n.subject = QStringLiteral("Pakket niet bezorgd");
    n.description = QStringLiteral("Mijn pakket zou dinsdag komen en is er nog steeds niet. "
                                   "Ik heb twee keer gebeld zonder antwoord.");
    auto reg = ComplaintService(*maker).registerComplaint(n);
    if (!reg || !SyncEngine(*maker, server).syncOnce()) {
        QTextStream(stderr) << "sync: could not push the template complaint\n";
        return false;
    }
    QElapsedTimer fill;
    fill.start();
    const int customers = std::max(1, big / 5);
    // The id of row `g` of a table (`prefix` tells the tables apart), as SQL.
    auto idOf = [ids](const QString &prefix, const QString &g) {
        return ids == Ids::Random
            ? QStringLiteral("md5('%1' || %2)::uuid::text").arg(prefix, g)
            : QStringLiteral("(lpad(to_hex(1600000000000 + %2), 12, '0') || '7' || "
                             "substr(md5('%1' || %2), 14, 19))::uuid::text")
                  .arg(prefix, g);
    };
    const QString cu = QStringLiteral("cu");
    auto filled = server.execScript(
        QStringLiteral(
            "INSERT INTO kd.row_state (table_name, row_id, data) "
            "SELECT 'customer', %5, t.data || jsonb_build_object("
            "'id', %5, 'name', 'Klant ' || g, "
            "'customer_number', 'K' || g, 'email', 'klant' || g || '@example.nl') "
            "FROM kd.row_state t, generate_series(1, %1) g "
            "WHERE t.table_name = 'customer' AND t.row_id = '%3';"
            "INSERT INTO kd.row_state (table_name, row_id, data) "
            "SELECT 'complaint', %6, t.data || jsonb_build_object("
            "'id', %6, 'reference', 'KL-2020-' || lpad(g::text, 7, '0'), "
            "'customer_id', %7, 'subject', t.data->>'subject' || ' ' || g) "
            "FROM kd.row_state t, generate_series(1, %2) g "
            "WHERE t.table_name = 'complaint' AND t.row_id = '%4';")
            .arg(QString::number(customers), QString::number(big), reg->customer.meta.id,
                 reg->complaint.meta.id, idOf(cu, QStringLiteral("g")), idOf(QStringLiteral("co"), QStringLiteral("g")),
                 idOf(cu, QStringLiteral("(1 + g % %1)").arg(customers))));
    if (!filled) {
        QTextStream(stderr) << filled.error().toString() << '\n';
        return false;
    }
    table.row(QStringLiteral("server filled with %1 complaints + %2 customers (SQL)").arg(big).arg(customers),
              {double(fill.elapsed())}, QString(), QStringLiteral("setup, not sync"));
    return true;
}

// Every row of the server pulled into an empty desktop, next to COPY in + out of those rows.
bool firstSync(const ServerAddress &a, const QString &dir, Table &table)
{
    auto fresh = openDesk(dir + QStringLiteral("/fresh.sqlite"));
    ServerConnection third;
    if (!fresh || !third.open(a))
        return false;
    SyncEngine first(*fresh, third);
    // The window meanwhile, when KLACHTDESK_BENCH_SAVE_EVERY_MS is set: a save on a connection of
    // its own every that many ms, timed. Off by default: each save makes the sync's connection
    // drop its page cache (SQLite does so whenever another connection wrote), which made the
    // 1M first sync 2 to 7 % slower at one save every 2 s.
    const int saveEveryMs = qEnvironmentVariableIntValue("KLACHTDESK_BENCH_SAVE_EVERY_MS");
    std::atomic<bool> syncing{saveEveryMs > 0};
    std::vector<double> saves;
    int failedSaves = 0;
    std::thread window([&] {
        if (!syncing)
            return;
        Database::Options o;
        o.path = dir + QStringLiteral("/fresh.sqlite");
        o.sameProcess = true;
        auto db = Database::open(o);
        while (db && syncing) {
            QElapsedTimer save;
            save.start();
            Transaction tx(**db);
            const bool ok = tx.begin() && (*db)->setStateValue(QStringLiteral("bench_save"),
                                                                 QString::number(save.msecsSinceReference()))
                            && tx.commit();
            if (ok)
                saves.push_back(save.nsecsElapsed() / 1e6);
            else
                ++failedSaves;
            for (int i = 0; i < saveEveryMs / 10 && syncing; ++i)
                QThread::msleep(10);
        }
    });
    QElapsedTimer t;
    t.start();
    SyncReport got;
    const Status hs = first.handshake(got);
    const Status ps = hs ? first.pull(got) : hs;
    const double syncMs = t.elapsed();
    syncing = false;
    window.join();
    if (!ps)
        QTextStream(stderr) << ps.error().toString() << '\n';
    table.row(QStringLiteral("initial sync of every server row"), {syncMs}, QString(),
              QStringLiteral("%1 rows applied, pages of %2")
                  .arg(got.pulled)
                  .arg(got.pulled >= SyncOptions{}.suspendIndexesFrom ? SyncOptions{}.firstSyncPage
                                                                       : SyncOptions{}.pullPage));
    table.figure(QStringLiteral("initial sync rate"), got.pulled / (syncMs / 1000.0),
                 QStringLiteral("rows/s"));
    if (saveEveryMs > 0)
        table.row(QStringLiteral("a save of the window meanwhile (one every %1 ms)").arg(saveEveryMs),
                  saves, QString(),
                  QStringLiteral("%1 saves, %2 failed, longest %3 ms")
                      .arg(saves.size())
                      .arg(failedSaves)
                      .arg(saves.empty() ? 0.0 : *std::max_element(saves.begin(), saves.end()), 0, 'f', 0));
    const double bigLimit = copyMs(a, dir, QStringLiteral("big"));
    auto all = third.query(QStringLiteral("SELECT count(*) FROM kd.row_state"));
    const qint64 rowsAll = all && all->next() ? all->value(0).toLongLong() : 0;
    (void)third.execScript(QStringLiteral("DROP TABLE IF EXISTS copy_limit_big"));
    table.figure(QStringLiteral("COPY in + out of all %1 server rows (limit)").arg(rowsAll),
                 rowsAll / (bigLimit / 1000.0), QStringLiteral("rows/s"));
    table.figure(QStringLiteral("initial sync vs COPY limit"), syncMs / bigLimit, QStringLiteral("x"),
                 QStringLiteral("<= 3"));
    table.figure(QStringLiteral("peak memory of this process"), peakMemoryMb(), QStringLiteral("MB"));
    return ps.ok();
}

int run(const Options &options, Table &table)
{
    const auto admin = benchServer();
    if (!admin)
        return 1;
    const QString name = QStringLiteral("kd_bench_%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    ServerConnection root;
    if (!root.open(*admin) || !root.execScript(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return 1;
    ServerAddress a = *admin;
    a.database = name;
    QTemporaryDir dir(options.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/kd-sync-XXXXXX")
                                                 : options.workDir + QStringLiteral("/kd-sync-XXXXXX"));
    int rc = 0;
    {
        ServerConnection server;
        // 100,000 changes, or fewer for a quick run with a small --complaints; then the first
        // sync of a server of options.complaints complaints plus those.
        if (!server.open(a) || !ServerAdmin(server).init()
            || !pushPull(a, dir.path(), std::min(100000, options.complaints), table)
            || !fillServer(server, dir.path(), options.complaints, Ids::Random, table)
            || !firstSync(a, dir.path(), table))
            rc = 1;
    }
    root.close();
    if (root.open(*admin))
        (void)root.execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return rc;
}

// Only the first sync, against a filled server database that is kept between runs
// (kd_bench_first_N or kd_bench_first_N_ordered, dropped by hand): for comparing two builds, run
// after run.
int runFirstSync(const Options &options, Table &table, Ids ids)
{
    const auto admin = benchServer();
    if (!admin)
        return 1;
    ServerAddress a = *admin;
    a.database = QStringLiteral("kd_bench_first_%1%2")
                     .arg(options.complaints)
                     .arg(ids == Ids::Ordered ? QStringLiteral("_ordered") : QString());
    ServerConnection root;
    if (!root.open(*admin))
        return 1;
    auto exists = root.query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {a.database});
    const bool have = exists && exists->next();
    if (exists)
        exists->finish();
    QTemporaryDir dir(options.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/kd-sync-XXXXXX")
                                                 : options.workDir + QStringLiteral("/kd-sync-XXXXXX"));
    if (!have) {
        ServerConnection server;
        if (!root.execScript(QStringLiteral("CREATE DATABASE %1").arg(a.database)) || !server.open(a)
            || !ServerAdmin(server).init()
            || !fillServer(server, dir.path(), options.complaints, ids, table)) {
            server.close();
            (void)root.execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(a.database));
            return 1;
        }
    }
    return firstSync(a, dir.path(), table) ? 0 : 1;
}

const bool registered = registerBenchmark(
    {QStringLiteral("sync"),
     QStringLiteral("push/pull throughput (100k changes), initial sync, vs COPY"), run});
const bool registeredFirst = registerBenchmark(
    {QStringLiteral("firstsync"),
     QStringLiteral("initial sync only, against a kept server of --complaints complaints with "
                    "random ids, vs COPY"),
     [](const Options &o, Table &t) { return runFirstSync(o, t, Ids::Random); }});
const bool registeredOrdered = registerBenchmark(
    {QStringLiteral("firstsync-ordered"),
     QStringLiteral("the same with ids in creation order, as desktops make them (UUIDv7)"),
     [](const Options &o, Table &t) { return runFirstSync(o, t, Ids::Ordered); }});

} // namespace
} // namespace kd::bench
