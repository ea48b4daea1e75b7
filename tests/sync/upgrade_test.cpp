// Issue #11, scenario 12 (first half): a desktop one version behind an upgraded server. Its
// changes are accepted or it is told to upgrade with its unsent work kept, and it never blanks a
// column that only newer versions have (docs/sync.md, "Failure cases"). And a server brought
// from an older schema by `server upgrade` keeps what was pushed to it.
#include "syncfixture.h"

#include "privacy/privacyservice.h"
#include "storage/rowwriter.h"

#include <QDir>
#include <QFile>
#include <QUrl>

using namespace kd;
using namespace kd::test;

namespace {

// Whether the desktop's own table has the column (the old version's tables do not).
bool hasColumn(Desk &desk, const QString &table, const QString &column)
{
    return desk.count(u"SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"_qs,
                      {table, column}) == 1;
}

// A column of a row as the server stores it, as text ("<none>" when the key is missing).
QString serverField(TestServer &server, const QString &table, const QString &rowId,
                    const QString &column)
{
    const QVariant v = server.scalar(u"SELECT CASE WHEN jsonb_exists(data, ?) THEN coalesce(data "
                                     u"->> ?, '<null>') ELSE '<none>' END "
                                     "FROM kd.row_state WHERE table_name = ? AND row_id = ?"_qs,
                                     {column, column, table, rowId});
    return v.isNull() ? u"<no row>"_qs : v.toString();
}

// Whether the desktop's pull went past the server change that set the column (its cursor is
// beyond that change's transaction): it read the change and applied what it could of it.
bool pulledPast(Desk &desk, TestServer &server, const QString &rowId, const QString &column)
{
    const qulonglong tx = server
                              .scalar(u"SELECT max(tx)::text FROM kd.change WHERE row_id = ? "
                                      "AND jsonb_exists(fields, ?)"_qs,
                                      {rowId, column})
                              .toString()
                              .toULongLong();
    REQUIRE(tx > 0);
    return desk.db().stateValue(u"sync_cursor_tx"_qs).toULongLong() > tx;
}

// Takes a test server back to an older schema: the server files up to `version`, as `server init`
// of that release applied them (without its default catalogue, which the checks here need not).
void resetToSchema(TestServer &server, int version)
{
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    KD_REQUIRE_OK(owner.execScript(u"SET client_min_messages = warning; DROP SCHEMA kd CASCADE; "
                                   "RESET client_min_messages"_qs));
    const QDir dir(u":/data/server"_qs);
    for (const QString &name : dir.entryList({u"*.sql"_qs}, QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() > version)
            break;
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        INFO(name.toStdString());
        KD_REQUIRE_OK(owner.execScript(QString::fromUtf8(f.readAll())));
    }
    KD_REQUIRE_OK(owner.exec(u"UPDATE kd.meta SET value = ? WHERE key = 'schema_version'"_qs,
                             {QString::number(version)}));
}

} // namespace

TEST_CASE("a server upgraded from schema 6 or 7 keeps what was pushed: a batch sent before the "
          "upgrade and again after it is applied once",
          "[sync][upgrade]")
{
    // 6: before new rows were written together (7); 7: before their feed entries were written
    // once per statement (8).
    const int from = GENERATE(6, 7);
    INFO("from schema " << from);
    TestServer server;
    resetToSchema(server, from);
    ServerConnection owner;
    KD_REQUIRE_OK(owner.open(server.address()));
    ServerAdmin admin(owner);
    REQUIRE(*admin.schemaVersion() == from);

    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration before = a.registerComplaint(u"Pushed before the upgrade"_qs);
    KD_REQUIRE_OK(runStatement(a.db(), u"CREATE TABLE kept_log AS SELECT * FROM change_log"_qs));
    KD_REQUIRE_OK(
        runStatement(a.db(), u"CREATE TABLE kept_base AS SELECT * FROM sync_change_base"_qs));
    const int sent = a.count(u"SELECT count(*) FROM change_log"_qs);
    CHECK(a.syncOk().pushed == sent);
    const int feed = server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt();

    auto upgraded = admin.upgrade();
    KD_REQUIRE_OK(upgraded);
    CHECK(*upgraded == ServerAdmin::latestSchemaVersion());
    CHECK(*admin.schemaVersion() == ServerAdmin::latestSchemaVersion());
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt() == feed);

    // The answer to the push before the upgrade was lost; the batch goes again, now with new work
    // behind it: the old changes are answered as done, the new rows are written once.
    KD_REQUIRE_OK(runStatement(a.db(), u"INSERT INTO change_log SELECT * FROM kept_log"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"DELETE FROM sync_change_base"_qs));
    KD_REQUIRE_OK(runStatement(a.db(), u"INSERT INTO sync_change_base SELECT * FROM kept_base"_qs));
    const Registration after = a.registerComplaint(u"Pushed after the upgrade"_qs);
    const int added = a.count(u"SELECT count(*) FROM change_log"_qs) - sent;
    const SyncReport again = a.syncOk();
    CHECK(again.duplicates == sent);
    CHECK(again.pushed == sent + added); // a duplicate is answered as the first time: applied
    CHECK(again.rejected == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change"_qs).toInt() == feed + added);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint'"_qs)
              .toInt() == 2);

    REQUIRE(b.syncUntil([&] {
        return b.count(u"SELECT count(*) FROM complaint WHERE id IN (?, ?)"_qs,
                       {before.complaint.meta.id, after.complaint.meta.id}) == 2;
    }));
    a.syncOk();
    CHECK(a.differences(b, u"complaint"_qs) == QString());
    CHECK(a.differences(b, u"customer"_qs) == QString());
}

TEST_CASE("scenario 12: a desktop without a newer column edits a row and the server keeps the "
          "column's value",
          "[sync][upgrade]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const Registration reg = a.registerComplaint(u"Kettle leaks"_qs);
    const QString id = reg.complaint.meta.id;
    a.syncOk();

    // B runs the next version, whose migration added a column that A's version does not have.
    KD_REQUIRE_OK(
        runStatement(b.db(), u"ALTER TABLE complaint ADD COLUMN business_impact TEXT"_qs));
    REQUIRE(b.syncUntil(
        [&] { return b.count(u"SELECT count(*) FROM complaint WHERE id = ?"_qs, {id}) == 1; }));
    KD_REQUIRE_OK(
        RowWriter(b.db()).update(u"complaint"_qs, id, {{u"business_impact"_qs, u"high"_qs}}));
    b.syncOk();
    REQUIRE(serverField(server, u"complaint"_qs, id, u"business_impact"_qs) == u"high"_qs);

    // A, which has not pulled B's edit yet, edits another field of the same row and syncs: its
    // edit is applied, and its pull of B's change skips the column it does not know.
    REQUIRE_FALSE(hasColumn(a, u"complaint"_qs, u"business_impact"_qs));
    a.set(reg.complaint.reference, u"subject"_qs, u"Kettle leaks at the lid"_qs);
    const int pending = a.count(u"SELECT count(*) FROM change_log"_qs); // the edit and its audit
    const SyncReport pushed = a.syncOk();
    CHECK(pushed.pushed == pending);
    CHECK(pushed.conflicts == 0);
    CHECK(pushed.rejected == 0);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(serverField(server, u"complaint"_qs, id, u"subject"_qs) == u"Kettle leaks at the lid"_qs);
    CHECK(serverField(server, u"complaint"_qs, id, u"business_impact"_qs) == u"high"_qs);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'sync_conflict'"_qs)
              .toInt() == 0);

    REQUIRE(a.syncUntil([&] { return pulledPast(a, server, id, u"business_impact"_qs); }));
    CHECK(a.value(u"complaint"_qs, id, u"subject"_qs) == u"Kettle leaks at the lid"_qs);
    CHECK(a.db().stateValue(u"sync_last_error"_qs).isEmpty());
    CHECK(serverField(server, u"complaint"_qs, id, u"business_impact"_qs) == u"high"_qs);

    // B gets A's edit and still has its own value.
    REQUIRE(b.syncUntil([&] {
        return b.value(u"complaint"_qs, id, u"subject"_qs) == u"Kettle leaks at the lid"_qs;
    }));
    CHECK(b.value(u"complaint"_qs, id, u"business_impact"_qs) == u"high"_qs);
    // Every column A has is the same on both (B's added column comes last and is not compared).
    CHECK(a.differences(b, u"complaint"_qs) == QString());
}

TEST_CASE("scenario 12: a desktop too old for the server is told to upgrade and keeps its unsent "
          "work",
          "[sync][upgrade]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs);
    a.syncOk();

    // The server is upgraded to a version that no longer accepts this desktop's protocol, while
    // the agent keeps working offline.
    server.scalar(u"UPDATE kd.meta SET value = ? WHERE key = 'min_client_schema'"_qs,
                  {QString::number(SyncEngine::kProtocolVersion + 1)});
    const Registration reg = a.registerComplaint(u"Invoice twice"_qs);
    const QString id = reg.complaint.meta.id;
    const int pending = a.count(u"SELECT count(*) FROM change_log"_qs);
    REQUIRE(pending > 0);

    const Result<SyncReport> refused = a.sync();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::SchemaTooNew);
    CHECK(refused.error().exitCode() == 6);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(u"needs a newer Klachtdesk"_qs));
    CHECK(refused.error().message.contains(u"Install the update"_qs));
    CHECK(refused.error().message.contains(u"unsent changes are kept"_qs));
    // What the status bar shows, and the work itself, still here.
    auto status = SyncEngine::status(a.db());
    KD_REQUIRE_OK(status);
    CHECK(status->lastError.contains(u"Install the update"_qs));
    CHECK(status->pending == pending);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == pending);
    CHECK(a.count(u"SELECT count(*) FROM change_log WHERE row_id = ?"_qs, {id}) >= 1);
    CHECK(serverField(server, u"complaint"_qs, id, u"subject"_qs) == u"<no row>"_qs);

    // The same from the command line: exit code 6 and the message, the change log untouched.
    a.local().close();
    QUrl url(server.address().displayUrl());
    url.setPassword(server.address().password);
    const CliRun cli =
        runCli({u"--db"_qs, a.local().path(), u"sync"_qs, u"--url"_qs, url.toString()});
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 6);
    CHECK(cli.err.contains(u"Install the update"_qs));
    a.local().reopen().setUser(u"ann"_qs);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == pending);

    // Once the server accepts this version again (here: lowered; in life: the desktop updated),
    // the kept change goes up.
    server.scalar(u"UPDATE kd.meta SET value = ? WHERE key = 'min_client_schema'"_qs,
                  {QString::number(SyncEngine::kProtocolVersion)});
    const SyncReport after = a.syncOk();
    CHECK(after.pushed == pending);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(serverField(server, u"complaint"_qs, id, u"subject"_qs) == u"Invoice twice"_qs);
    CHECK(serverField(server, u"complaint"_qs, id, u"reference"_qs) ==
          a.value(u"complaint"_qs, id, u"reference"_qs));
}

TEST_CASE("scenario 12: an insert from an old desktop does not blank a newer column written by a "
          "newer desktop meanwhile",
          "[sync][upgrade]")
{
    // privacy_setting rows are keyed by the setting's name, so two desktops that set the same
    // setting before seeing each other's both insert the row: the second insert meets the first
    // on the server (kd.apply_change treats it as a concurrent edit, field by field).
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    a.syncOk();
    b.syncOk();
    const QString key = u"customer_link.url_template"_qs;

    KD_REQUIRE_OK(
        runStatement(b.db(), u"ALTER TABLE privacy_setting ADD COLUMN approved_by TEXT"_qs));
    KD_REQUIRE_OK(RowWriter(b.db()).insert(
        u"privacy_setting"_qs, key,
        {{u"value"_qs, u"https://crm.example/old/{id}"_qs}, {u"approved_by"_qs, u"dpo"_qs}}));
    b.syncOk();
    REQUIRE(serverField(server, u"privacy_setting"_qs, key, u"approved_by"_qs) == u"dpo"_qs);

    // A has not pulled B's row: setting the same setting inserts it on A's desktop, later.
    REQUIRE_FALSE(hasColumn(a, u"privacy_setting"_qs, u"approved_by"_qs));
    KD_REQUIRE_OK(PrivacyService(a.db()).setSetting(key, u"https://crm.example/customer/{id}"_qs));
    REQUIRE(a.count(u"SELECT count(*) FROM change_log WHERE table_name = 'privacy_setting' "
                    "AND op = 'insert'"_qs) == 1);
    const SyncReport pushed = a.syncOk();
    CHECK(pushed.rejected == 0);
    CHECK(pushed.conflicts == 1); // B's value is kept aside, A's later one wins
    CHECK(serverField(server, u"privacy_setting"_qs, key, u"value"_qs) ==
          u"https://crm.example/customer/{id}"_qs);
    CHECK(serverField(server, u"privacy_setting"_qs, key, u"approved_by"_qs) == u"dpo"_qs);
    CHECK(server
              .scalar(u"SELECT data ->> 'loser' FROM kd.row_state WHERE table_name = "
                      "'sync_conflict' AND data ->> 'row_id' = ?"_qs,
                      {key})
              .toString() == u"\"https://crm.example/old/{id}\""_qs);
    REQUIRE(a.syncUntil([&] { return pulledPast(a, server, key, u"approved_by"_qs); }));
    CHECK(a.value(u"privacy_setting"_qs, key, u"value"_qs) ==
          u"https://crm.example/customer/{id}"_qs);

    // B gets A's value and keeps its column; an old desktop syncing for the first time gets the
    // row (B's insert included the column it does not have) without failing.
    REQUIRE(b.syncUntil([&] {
        return b.value(u"privacy_setting"_qs, key, u"value"_qs) ==
               u"https://crm.example/customer/{id}"_qs;
    }));
    CHECK(b.value(u"privacy_setting"_qs, key, u"approved_by"_qs) == u"dpo"_qs);
    Desk c(server.address(), u"cas"_qs);
    REQUIRE(c.syncUntil([&] {
        return c.count(u"SELECT count(*) FROM privacy_setting WHERE id = ? AND value = ?"_qs,
                       {key, u"https://crm.example/customer/{id}"_qs}) == 1;
    }));
    CHECK(pulledPast(c, server, key, u"approved_by"_qs));
    CHECK(serverField(server, u"privacy_setting"_qs, key, u"approved_by"_qs) == u"dpo"_qs);
}
