// What the command line does with help, a mistyped database and words where a number belongs:
// print help and change nothing, say what was wrong, never guess.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "service/demodata.h"
#include "service/session.h"
#include "storage/sqlquery.h"
#include "workflow/workflowservice.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace kd;
using namespace kd::test;

TEST_CASE("the help of all options (--help-all) prints the help and runs nothing, not even an "
          "erasure",
          "[cli]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 5));
    const qint64 customers = scalar(t.db(), u"SELECT count(*) FROM customer WHERE erased_at IS NULL"_qs);
    const QString someone = queryStrings(t.db(), u"SELECT id FROM customer LIMIT 1"_qs)->first();
    t.close();

    const CliRun run = runCli({u"--db"_qs, t.path(), u"privacy"_qs, u"erase"_qs, someone,
                               u"--confirm"_qs, u"--help-all"_qs});
    CHECK(run.exitCode == 0);
    // The usage line names the command as it is typed, not the program's path.
    CHECK(run.out.startsWith(u"Usage: klachtdesk-cli privacy [options]"_qs));
    CHECK_FALSE(run.out.contains(u"rased"_qs));

    auto db = openWorkstation(t.path());
    KD_REQUIRE_OK(db);
    CHECK(scalar(**db, u"SELECT count(*) FROM customer WHERE erased_at IS NULL"_qs) == customers);
}

TEST_CASE("a database in a folder that does not exist is an error, and the folder is not made",
          "[cli]")
{
    TempDatabase t;
    const QString missing = t.dir() + u"/not-there/klachten.sqlite"_qs;
    const CliRun run = runCli({u"--db"_qs, missing, u"list"_qs});
    CHECK(run.exitCode == 9);
    CHECK(run.err.contains(u"does not exist"_qs));
    CHECK_FALSE(QDir(t.dir() + u"/not-there"_qs).exists());

    const CliRun noValue = runCli({u"list"_qs, u"--db"_qs});
    CHECK(noValue.exitCode == 2);
    CHECK(noValue.err.contains(u"--db needs"_qs));
}

TEST_CASE("a file that is not a database is named as such and left as it was", "[cli]")
{
    TempDatabase t;
    const QString csv = t.dir() + u"/klachten.csv"_qs;
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Klachtnummer;Datum;Omschrijving\r\nK1;05-10-2026;Pakket kwijt\r\n");
    }
    const CliRun run = runCli({u"--db"_qs, csv, u"list"_qs});
    CHECK(run.exitCode == 9);
    CHECK(run.err.contains(u"is not a Klachtdesk database"_qs));
    CHECK_FALSE(run.err.contains(u"PRAGMA"_qs));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "Klachtnummer;Datum;Omschrijving\r\nK1;05-10-2026;Pakket kwijt\r\n");
}

TEST_CASE("a number option takes a number: words are refused, a decimal comma is a decimal",
          "[cli]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 20));
    const QString reference = queryStrings(t.db(), u"SELECT reference FROM complaint "
                                                   "ORDER BY received_at DESC LIMIT 1"_qs)
                                  ->first();
    t.close();
    for (const QString &command : {u"search"_qs, u"similar"_qs}) {
        const CliRun run = runCli({u"--db"_qs, t.path(), command,
                                   command == u"search"_qs ? u"pakket"_qs : reference,
                                   u"--limit"_qs, u"abc"_qs});
        INFO(command.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"--limit"_qs));
        CHECK(run.err.contains(u"\"abc\" is not a whole number"_qs));
    }

    // "0,5" is a half, as "0.5" is; "half" is no number at all.
    const CliRun comma = runCli({u"--db"_qs, t.path(), u"mark-known"_qs, reference,
                                 u"--min-score"_qs, u"0,5"_qs, u"--json"_qs});
    const CliRun point = runCli({u"--db"_qs, t.path(), u"mark-known"_qs, reference,
                                 u"--min-score"_qs, u"0.5"_qs, u"--json"_qs});
    CHECK(comma.exitCode == point.exitCode);
    CHECK(comma.out == point.out);
    const CliRun word = runCli({u"--db"_qs, t.path(), u"mark-known"_qs, reference,
                                u"--min-score"_qs, u"half"_qs});
    CHECK(word.exitCode == 2);
    CHECK(word.err.contains(u"--min-score"_qs));
}

TEST_CASE("an unknown action of conflicts or templates is refused, not taken for list", "[cli]")
{
    TempDatabase t;
    t.close();
    for (const QString &command : {u"conflicts"_qs, u"templates"_qs}) {
        const CliRun run = runCli({u"--db"_qs, t.path(), command, u"lijst"_qs});
        INFO(command.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"\"lijst\" is not an action of "_qs + command));
        CHECK(run.out.isEmpty());
    }
    const CliRun unknown = runCli({u"--db"_qs, t.path(), u"show"_qs, u"KL-2026-999999"_qs});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(u"No complaint with reference KL-2026-999999."_qs));
}

TEST_CASE("merge-customers shows the two customers and merges only with --confirm", "[cli][customers]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 20));
    const QStringList numbers = *queryStrings(
        t.db(), u"SELECT customer_number FROM customer WHERE customer_number <> '' "
                "ORDER BY local_id LIMIT 2"_qs);
    REQUIRE(numbers.size() == 2);
    const qint64 live = scalar(t.db(), u"SELECT count(*) FROM customer WHERE deleted_at IS NULL"_qs);
    t.close();

    const CliRun look = runCli({u"--db"_qs, t.path(), u"merge-customers"_qs, numbers[0], numbers[1]});
    CHECK(look.exitCode == 2);
    CHECK(look.out.contains(u"Keep:"_qs));
    CHECK(look.out.contains(numbers[0]));
    CHECK(look.out.contains(numbers[1]));
    CHECK(look.err.contains(u"--confirm"_qs));
    {
        auto db = openWorkstation(t.path());
        KD_REQUIRE_OK(db);
        CHECK(scalar(**db, u"SELECT count(*) FROM customer WHERE deleted_at IS NULL"_qs) == live);
    }
    const CliRun merge = runCli({u"--db"_qs, t.path(), u"merge-customers"_qs, numbers[0],
                                 numbers[1], u"--confirm"_qs});
    CHECK(merge.exitCode == 0);
    auto db = openWorkstation(t.path());
    KD_REQUIRE_OK(db);
    CHECK(scalar(**db, u"SELECT count(*) FROM customer WHERE deleted_at IS NULL"_qs) == live - 1);
}

TEST_CASE("export and import take \\t for a tab and refuse a delimiter of two characters", "[cli][export]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 5));
    t.close();
    const CliRun tab = runCli({u"--db"_qs, t.path(), u"export"_qs, u"--delimiter"_qs, u"\\t"_qs});
    CHECK(tab.exitCode == 0);
    CHECK(tab.out.section(u'\n', 0, 0).contains(u"reference\texternal_id"_qs));
    CHECK_FALSE(tab.out.contains(u"reference\\external_id"_qs));
    const CliRun two = runCli({u"--db"_qs, t.path(), u"export"_qs, u"--delimiter"_qs, u";;"_qs});
    CHECK(two.exitCode == 2);
    CHECK(two.err.contains(u"--delimiter"_qs));
}

TEST_CASE("a report for a team no complaint has says so, and a missing logo is an error",
          "[cli][report]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 5));
    t.close();
    const CliRun typo = runCli({u"--db"_qs, t.path(), u"report"_qs, u"--team"_qs, u"Klantenservcie"_qs});
    CHECK(typo.exitCode == 0);
    CHECK(typo.out.contains(u"team Klantenservcie"_qs));
    CHECK(typo.err.contains(u"no complaint has the team \"Klantenservcie\""_qs));

    const CliRun logo = runCli({u"--db"_qs, t.path(), u"report"_qs, u"--pdf"_qs,
                                t.dir() + u"/r.pdf"_qs, u"--logo"_qs, t.dir() + u"/logo.png"_qs});
    CHECK(logo.exitCode == 9);
    CHECK(logo.err.contains(u"Cannot read the logo"_qs));
    CHECK_FALSE(QFile::exists(t.dir() + u"/r.pdf"_qs));
}

TEST_CASE("marking a promise kept says so, and an empty rule list names the defaults", "[cli][workflow]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 20));
    const QString reference =
        queryStrings(t.db(), u"SELECT reference FROM complaint LIMIT 1"_qs)->value(0);
    auto added = WorkflowService(t.db()).addPromise(reference, u"Wij bellen u morgen terug."_qs,
                                                    t.clock().now().addDays(1));
    KD_REQUIRE_OK(added);
    const QString promise = added->id;
    t.close();
    const CliRun kept = runCli({u"--db"_qs, t.path(), u"promise"_qs, u"kept"_qs, promise});
    CHECK(kept.exitCode == 0);
    CHECK(kept.out.contains(u"Promise "_qs + promise + u" is now kept."_qs));

    const CliRun rules = runCli({u"--db"_qs, t.path(), u"workflow"_qs, u"rules"_qs, u"list"_qs});
    CHECK(rules.exitCode == 0);
    CHECK_FALSE(rules.out.contains(u"docs/"_qs));
    CHECK(rules.out.contains(u"critical 480"_qs));
}

TEST_CASE("the privacy log reads as figures, not as the detail's JSON", "[cli][privacy]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 5));
    const QString someone = queryStrings(t.db(), u"SELECT id FROM customer LIMIT 1"_qs)->first();
    t.close();
    REQUIRE(runCli({u"--db"_qs, t.path(), u"privacy"_qs, u"erase"_qs, someone, u"--confirm"_qs})
                .exitCode
            == 0);
    const CliRun log = runCli({u"--db"_qs, t.path(), u"privacy"_qs, u"log"_qs});
    CHECK(log.exitCode == 0);
    INFO(log.out.toStdString());
    CHECK(log.out.contains(u"erase"_qs));
    CHECK(log.out.contains(u"complaints: "_qs));
    CHECK_FALSE(log.out.contains(u"{"_qs));
    CHECK_FALSE(log.out.contains(u"[\""_qs));
}

TEST_CASE("impossible input is refused: a complaint from the future, a reversed period, a "
          "first-response target after the resolution target",
          "[cli][workflow]")
{
    TempDatabase t;
    t.close();
    const CliRun future = runCli({u"--db"_qs, t.path(), u"add"_qs, u"--customer"_qs,
                                  u"Sanne de Vries"_qs, u"--channel"_qs, u"email"_qs,
                                  u"--text"_qs, u"Pakket kwijt"_qs, u"--received"_qs,
                                  u"2062-01-01T10:00:00Z"_qs});
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(u"--received: "_qs));
    CHECK(future.err.contains(u"in the future"_qs));
    // The error names the option that was typed, not the core's field.
    const CliRun noText = runCli({u"--db"_qs, t.path(), u"add"_qs, u"--customer"_qs,
                                  u"Sanne de Vries"_qs, u"--channel"_qs, u"email"_qs});
    CHECK(noText.exitCode == 2);
    CHECK(noText.err.contains(u"--text: "_qs));

    const CliRun reversed = runCli({u"--db"_qs, t.path(), u"list"_qs, u"--from"_qs,
                                    u"2026-12-01"_qs, u"--until"_qs, u"2026-11-01"_qs});
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains(u"--until"_qs));

    const CliRun rule = runCli({u"--db"_qs, t.path(), u"workflow"_qs, u"rules"_qs, u"set"_qs,
                                u"--first"_qs, u"200"_qs, u"--resolution"_qs, u"100"_qs});
    CHECK(rule.exitCode == 2);
    CHECK(rule.err.contains(u"later than the resolution target"_qs));

    auto db = openWorkstation(t.path());
    KD_REQUIRE_OK(db);
    CHECK(scalar(**db, u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK(scalar(**db, u"SELECT count(*) FROM sla_rule"_qs) == 0);
}

TEST_CASE("check-reply in Dutch: Dutch marks, a decimal comma, titles in their own column",
          "[cli][drafting]")
{
    TempDatabase t;
    t.close();
    const QString draft = t.dir() + u"/concept.txt"_qs;
    {
        QFile f(draft);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Beste Sanne,\n\nSorry voor het ongemak. Wij lossen het op. We bellen u morgen "
                "om 10 uur.\n\nMet vriendelijke groet,\nPetra\n");
    }
    const CliRun run = runCliDutch({u"--db"_qs, t.path(), u"check-reply"_qs, u"--reply"_qs, draft,
                                    u"--channel"_qs, u"email"_qs});
    REQUIRE(run.exitCode == 0);
    INFO(run.out.toStdString());
    CHECK(run.out.contains(u"[let op]"_qs));
    CHECK_FALSE(run.out.contains(u"[warn]"_qs));
    CHECK(run.out.contains(u"gemiddeld 3,5 per zin"_qs));
    // Every hint starts in the same column, after the longest title.
    const QString longest = u"ZEKEP: effectief (volgende stap en wanneer)"_qs;
    REQUIRE(run.out.contains(longest));
    const QString line = run.out.section(longest, 0, 0).section(u'\n', -1) + longest;
    const qsizetype hintColumn = line.size() + 2;
    for (const QString &l : run.out.split(u'\n')) {
        if (!l.startsWith(u'['))
            continue;
        CHECK(l.size() > hintColumn);
        CHECK(l.at(hintColumn - 1) == u' ');
        CHECK(l.at(hintColumn) != u' ');
    }
}

TEST_CASE("conflicts lists in words, restores once, and a refusal is not restored", "[cli][sync]")
{
    TempDatabase t;
    NewComplaint n;
    n.customer.name = u"Karin Bos"_qs;
    n.channel = u"email"_qs;
    n.description = u"Factuur dubbel"_qs;
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    const QString row = r->complaint.meta.id;
    // As sync records them: the severity both changed ("high" won), and a refused change.
    for (const auto &[id, kind, field, winner, loser] :
         {std::tuple{u"c1"_qs, u"field"_qs, u"severity"_qs, u"\"high\""_qs, u"\"critical\""_qs},
          std::tuple{u"c2"_qs, u"rejected"_qs, QStringLiteral(""), u"null"_qs, u"{\"team\":\"zuid\"}"_qs}})
        KD_REQUIRE_OK(runStatement(
            t.db(),
            u"INSERT INTO sync_conflict(id, table_name, row_id, field, kind, winner, loser, "
            "pushed_by, message, created_at, updated_at, created_by, updated_by) VALUES (?, "
            "'complaint', ?, ?, ?, ?, ?, 'joost', ?, 1764000000000, 1764000000000, 'sync', "
            "'sync')"_qs,
            {id, row, field, kind, winner, loser,
             kind == u"rejected"
                 ? u"new row violates row-level security policy for table \"row_state\""_qs
                 : QStringLiteral("")}));
    t.close();

    const CliRun list = runCli({u"--db"_qs, t.path(), u"conflicts"_qs});
    REQUIRE(list.exitCode == 0);
    INFO(list.out.toStdString());
    CHECK(list.out.contains(r->complaint.reference));
    CHECK(list.out.contains(u"Severity"_qs));
    CHECK(list.out.contains(u"now: High"_qs));
    CHECK(list.out.contains(u"kept aside: Critical"_qs));
    CHECK(list.out.contains(u"refused by the server"_qs));
    // The server's reason in words, not PostgreSQL's.
    CHECK(list.out.contains(u"Your role may not make this change"_qs));
    CHECK_FALSE(list.out.contains(u"row-level security"_qs));
    CHECK_FALSE(list.out.contains(u"\"high\""_qs));

    CHECK(runCli({u"--db"_qs, t.path(), u"conflicts"_qs, u"restore"_qs, u"c1"_qs}).exitCode == 0);
    const CliRun again = runCli({u"--db"_qs, t.path(), u"conflicts"_qs, u"restore"_qs, u"c1"_qs});
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(u"resolved already"_qs));
    const CliRun refusal = runCli({u"--db"_qs, t.path(), u"conflicts"_qs, u"restore"_qs, u"c2"_qs});
    CHECK(refusal.exitCode == 4);
    CHECK(refusal.err.contains(u"nothing to restore"_qs));
    auto db = openWorkstation(t.path());
    KD_REQUIRE_OK(db);
    CHECK(scalar(**db, u"SELECT count(*) FROM complaint WHERE team = 'zuid'"_qs) == 0);
    CHECK(scalar(**db, u"SELECT count(*) FROM complaint WHERE severity = 'critical'"_qs) == 1);
}
