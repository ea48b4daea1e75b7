// Opening, migrating, refusing and surviving: the local database's promises.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "service/session.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace kd;
using namespace kd::test;

namespace {

Database::Options optionsFor(const QString &path, int target = -1)
{
    Database::Options o;
    o.path = path;
    o.user = QStringLiteral("tester");
    o.targetVersion = target;
    return o;
}

QStringList tablesOf(Database &db)
{
    auto tables = queryStrings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                  "type = 'table' ORDER BY name"));
    REQUIRE(tables.ok());
    return *tables;
}

} // namespace

TEST_CASE("an empty file is migrated to the latest schema in one go", "[storage]")
{
    QTemporaryDir dir;
    auto db = Database::open(optionsFor(dir.filePath(QStringLiteral("new.sqlite"))));
    KD_REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    const QStringList tables = tablesOf(**db);
    for (const char *t : {"customer", "complaint", "interaction", "category", "channel",
                          "change_log", "customer_handle", "app_user", "reference_counter"})
        CHECK(tables.contains(QLatin1String(t)));
    CHECK_FALSE((*db)->siteId().isEmpty());
}

TEST_CASE("a database of every earlier schema version migrates to the latest and keeps its data",
          "[storage]")
{
    const int latest = Database::latestSchemaVersion();
    REQUIRE(latest >= 1);
    for (int from = 1; from < latest; ++from) {
        INFO("from version " << from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Database::open(optionsFor(path, from));
            KD_REQUIRE_OK(old);
            REQUIRE((*old)->schemaVersion() == from);
            // Data written by the old version: a customer, as version 1 knows it.
            KD_REQUIRE_OK(runStatement(
                **old, QStringLiteral("INSERT INTO customer(id, name, created_at, updated_at, "
                                      "created_by, updated_by) VALUES ('c1', 'Oude Klant', 1, 1, "
                                      "'t', 't')")));
        }
        auto db = Database::open(optionsFor(path));
        KD_REQUIRE_OK(db);
        CHECK((*db)->schemaVersion() == latest);
        auto q = runQuery(**db, QStringLiteral("SELECT name FROM customer WHERE id = 'c1'"));
        KD_REQUIRE_OK(q);
        REQUIRE(q->next());
        CHECK(q->value(0).toString() == QLatin1String("Oude Klant"));
    }
}

TEST_CASE("a database made by a newer Klachtdesk is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(optionsFor(path));
        KD_REQUIRE_OK(db);
        QSqlQuery q((*db)->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1")
                           .arg(Database::latestSchemaVersion() + 5)));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    auto db = Database::open(optionsFor(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::SchemaTooNew);
    CHECK(db.error().message.contains(QLatin1String("newer Klachtdesk")));
    CHECK(db.error().exitCode() == 6);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("a second program on the same database is told so clearly", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Database::open(optionsFor(path));
    KD_REQUIRE_OK(first);
    auto second = Database::open(optionsFor(path));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(second.error().message.contains(QLatin1String("already open")));

    // The CLI says the same and exits with the documented code.
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    CHECK(run.exitCode == 5);
    CHECK(run.err.contains(QLatin1String("already open")));

    first->reset();
    auto third = Database::open(optionsFor(path));
    KD_REQUIRE_OK(third);
}

TEST_CASE("a failing migration leaves the database as it was", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.sqlite"));
    auto db = Database::open(optionsFor(path, 1));
    KD_REQUIRE_OK(db);
    // A script that fails halfway must not leave its first statement behind.
    Transaction tx(**db);
    KD_REQUIRE_OK(tx.begin());
    auto s = (*db)->execScript(QStringLiteral("CREATE TABLE half_done(x);\nSELECT * FROM nowhere;\n"),
                               QStringLiteral("test.sql"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().where == QLatin1String("test.sql:2"));
}

TEST_CASE("a program killed right after saving complaints loses none of them", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess child;
    child.start(QStringLiteral(KD_KILL_TARGET_PATH), {path});
    REQUIRE(child.waitForStarted());
    QStringList saved;
    // Read references as the child reports each commit, then kill it mid-stream.
    while (saved.size() < 40 && child.waitForReadyRead(20000)) {
        while (child.canReadLine())
            saved << QString::fromUtf8(child.readLine()).trimmed();
    }
    child.kill(); // SIGKILL on Linux: no clean-up runs
    child.waitForFinished();
    REQUIRE(saved.size() >= 40);

    auto db = Database::open(optionsFor(path));
    KD_REQUIRE_OK(db);
    auto check = runQuery(**db, QStringLiteral("PRAGMA integrity_check"));
    KD_REQUIRE_OK(check);
    REQUIRE(check->next());
    CHECK(check->value(0).toString() == QLatin1String("ok"));
    for (const QString &reference : saved) {
        INFO(reference.toStdString());
        CHECK(ComplaintService(**db).details(reference).ok());
    }
    // Each saved complaint has its change-log entry: nothing half-written.
    auto orphans = runQuery(**db, QStringLiteral("SELECT count(*) FROM complaint c WHERE NOT "
                                                 "EXISTS (SELECT 1 FROM change_log l WHERE "
                                                 "l.row_id = c.id AND l.op = 'insert')"));
    KD_REQUIRE_OK(orphans);
    orphans->next();
    CHECK(orphans->value(0).toInt() == 0);
}

TEST_CASE("a save of the window gets in between the transactions of a long writer", "[storage]")
{
    // The first sync writes page after page on the sync thread's connection; the window saves on
    // its own. SQLite lets a waiting writer poll (up to 100 ms apart), so a writer that begins
    // again right after its commit would keep the lock, and the save would wait or fail.
    TempDatabase t;
    Database &sync = t.db();
    std::atomic<bool> opened{false}, go{false};
    Status saved;
    std::thread window([&] {
        auto db = t.openSecond();
        opened = true;
        if (!db) {
            saved = db.error();
            return;
        }
        while (!go)
            QThread::msleep(1);
        Transaction tx(**db);
        saved = tx.begin();
        if (saved)
            saved = (*db)->setStateValue(u"window_save"_qs, u"done"_qs);
        if (saved)
            saved = tx.commit();
    });
    while (!opened)
        QThread::msleep(1);
    Transaction page(sync);
    KD_REQUIRE_OK(page.begin());
    go = true;
    QThread::msleep(300); // the save now waits for the lock, polling 100 ms apart
    KD_REQUIRE_OK(page.commit());
    sync.letWaitingWritersIn();
    Transaction next(sync);
    KD_REQUIRE_OK(next.begin());
    CHECK(sync.stateValue(u"window_save"_qs) == u"done"_qs); // before the next page, not after
    KD_REQUIRE_OK(next.commit());
    window.join();
    KD_REQUIRE_OK(saved);
}

TEST_CASE("a new database gets 16 KB pages; an existing one keeps its own and opens",
          "[storage]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.sqlite"_qs);
    {
        auto db = Database::open(optionsFor(fresh));
        KD_REQUIRE_OK(db);
        CHECK(scalar(**db, u"PRAGMA page_size"_qs) == 16384);
    }
    // A file made with 4 KB pages, as every database was until 5 December 2026.
    const QString old = dir.filePath(u"old.sqlite"_qs);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"page-size-test"_qs);
        raw.setDatabaseName(old);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"PRAGMA page_size = 4096"_qs));
        REQUIRE(q.exec(u"CREATE TABLE note_from_before (x)"_qs));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"page-size-test"_qs);
    auto db = Database::open(optionsFor(old));
    KD_REQUIRE_OK(db);
    CHECK(scalar(**db, u"PRAGMA page_size"_qs) == 4096);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
}
