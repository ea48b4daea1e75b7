// Sync throughput: push and pull of 100,000 changes and the first sync of a big server, each next
// to a plain PostgreSQL COPY of the same rows (the limit). Needs a server: KLACHTDESK_BENCH_PG or
// KLACHTDESK_TEST_PG (a superuser URL; a scratch database is created and dropped).
#include "bench.h"

#include "domain/clock.h"
#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
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

// psql's \copy of the rows of kd.row_state into a plain table and back out: the wire limit.
double copyMs(const ServerAddress &a, const QString &dir)
{
    const QString file = dir + QStringLiteral("/rows.csv");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), a.password);
    auto psql = [&](const QString &command) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"), {QStringLiteral("-h"), a.host, QStringLiteral("-p"),
                                         QString::number(a.port), QStringLiteral("-U"), a.user,
                                         QStringLiteral("-d"), a.database, QStringLiteral("-q"),
                                         QStringLiteral("-c"), command});
        p.waitForFinished(-1);
    };
    psql(QStringLiteral("\\copy (SELECT row_id, data FROM kd.row_state) TO '%1' CSV").arg(file));
    psql(QStringLiteral("CREATE TABLE copy_limit (row_id text, data jsonb)"));
    QElapsedTimer t;
    t.start();
    psql(QStringLiteral("\\copy copy_limit FROM '%1' CSV").arg(file));
    psql(QStringLiteral("\\copy (SELECT * FROM copy_limit) TO '%1.out' CSV").arg(file));
    return t.elapsed();
}

int run(const Options &options, Table &table)
{
    QString url = qEnvironmentVariable("KLACHTDESK_BENCH_PG");
    if (url.isEmpty())
        url = qEnvironmentVariable("KLACHTDESK_TEST_PG");
    auto admin = ServerAddress::parse(url);
    if (url.isEmpty() || !admin) {
        QTextStream(stderr) << "sync: set KLACHTDESK_BENCH_PG=postgresql://superuser:pw@host/postgres\n";
        return 1;
    }
    admin->sslMode = QStringLiteral("disable");
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
        if (!server.open(a) || !ServerAdmin(server).init()) {
            rc = 1;
        } else {
            const int changes = 100000;
            auto pusher = openDesk(dir.filePath(QStringLiteral("push.sqlite")));
            makeChanges(*pusher, changes);
            SyncReport report;
            SyncEngine push(*pusher, server);
            QElapsedTimer t;
            t.start();
            (void)push.handshake(report);
            (void)push.push(report);
            const double pushMs = t.elapsed();
            table.figure(QStringLiteral("push of %1 changes").arg(changes),
                         changes / (pushMs / 1000.0), QStringLiteral("changes/s"));

            auto puller = openDesk(dir.filePath(QStringLiteral("pull.sqlite")));
            ServerConnection second;
            (void)second.open(a);
            SyncEngine pull(*puller, second);
            t.restart();
            (void)pull.handshake(report);
            (void)pull.pull(report);
            const double pullMs = t.elapsed();
            table.figure(QStringLiteral("pull of %1 changes").arg(changes),
                         changes / (pullMs / 1000.0), QStringLiteral("changes/s"));
            const double limit = copyMs(a, dir.path());
            table.figure(QStringLiteral("COPY in + out of the same rows (limit)"),
                         changes / (limit / 1000.0), QStringLiteral("rows/s"));
            table.figure(QStringLiteral("push + pull vs COPY limit"), (pushMs + pullMs) / limit,
                         QStringLiteral("x"), QStringLiteral("<= 3"));

            // First sync of a big server: options.complaints rows pulled into an empty desktop.
            const int big = options.complaints;
            if (big > changes) {
                auto maker = openDesk(dir.filePath(QStringLiteral("big.sqlite")));
                makeChanges(*maker, big - changes);
                SyncEngine up(*maker, server);
                (void)up.handshake(report);
                (void)up.push(report);
                auto fresh = openDesk(dir.filePath(QStringLiteral("fresh.sqlite")));
                ServerConnection third;
                (void)third.open(a);
                SyncEngine first(*fresh, third);
                t.restart();
                (void)first.handshake(report);
                (void)first.pull(report);
                table.row(QStringLiteral("initial sync of %1 rows").arg(big), {double(t.elapsed())},
                          QString(), QStringLiteral("pages of 2000, one transaction each"));
            }
        }
    }
    root.close();
    if (root.open(*admin))
        (void)root.execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return rc;
}

const bool registered = registerBenchmark(
    {QStringLiteral("sync"),
     QStringLiteral("push/pull throughput (100k changes), initial sync, vs COPY"), run});

} // namespace
} // namespace kd::bench
