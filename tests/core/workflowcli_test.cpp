// The workflow through klachtdesk-cli: `set REF status waiting` pauses, refusals exit with 4.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "workflow/workflowservice.h"
#include "workflow/workflowstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const NewComplaint kNoQuote =
    emailComplaint(QStringLiteral("Lotte Visser"), QStringLiteral("De offerte is nooit gestuurd."));

} // namespace

TEST_CASE("setting the status to waiting from the command line pauses the clocks",
          "[workflow][cli]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNoQuote).complaint.reference;
    t.close();
    const CliRun run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("set"), ref,
                               QStringLiteral("status"), QStringLiteral("waiting")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    Database &db = t.reopen();
    auto s = WorkflowService(db).state(ref);
    KD_REQUIRE_OK(s);
    CHECK(s->paused());
    CHECK_FALSE(s->nextDueAt.has_value());
    auto pauses = WorkflowStore(db).pauses(s->complaintId);
    KD_REQUIRE_OK(pauses);
    REQUIRE(pauses->size() == 1);
    CHECK_FALSE(pauses->first().endedAt.has_value());
    t.close(); // one program at a time holds the database

    const CliRun sla = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("sla"), ref,
                               QStringLiteral("--json")});
    REQUIRE(sla.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(sla.out.toUtf8()).object();
    CHECK(o.value(u"paused").toBool());
    CHECK(o.value(u"pause_reason").toString() == QStringLiteral("waiting for the customer"));

    const CliRun audit = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), ref,
                                 QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    QStringList actions;
    for (const auto &v : QJsonDocument::fromJson(audit.out.toUtf8()).array())
        actions << v.toObject().value(u"action").toString();
    CHECK(actions.contains(QStringLiteral("registered")));
    CHECK(actions.contains(QStringLiteral("paused")));

    // Without --json the trail reads as words, like the window's.
    const CliRun text = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), ref});
    REQUIRE(text.exitCode == 0);
    INFO(text.out.toStdString());
    CHECK(text.out.contains(QStringLiteral("Registered")));
    CHECK(text.out.contains(QStringLiteral("Paused")));
    CHECK_FALSE(text.out.contains(QStringLiteral("registered")));
}

TEST_CASE("an illegal status from the command line is refused with exit code 4 and a reason",
          "[workflow][cli]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNoQuote).complaint.reference;
    t.close();
    const CliRun run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("set"), ref,
                               QStringLiteral("status"), QStringLiteral("closed")});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QLatin1String("resolve it first")));
}

TEST_CASE("assess, escalate and promise work from the command line", "[workflow][cli]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNoQuote).complaint.reference;
    t.close();
    const QString db = t.path();
    CliRun r = runCli({u"--db"_qs, db, u"assess"_qs, ref, u"--severity"_qs, u"high"_qs,
                       u"--justified"_qs, u"partly"_qs, u"--cause"_qs, u"Offerte vergeten"_qs,
                       u"--solution"_qs, u"Offerte alsnog gestuurd"_qs});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("Severity")));
    r = runCli({u"--db"_qs, db, u"escalate"_qs, ref});
    CHECK(r.exitCode == 2);
    r = runCli({u"--db"_qs, db, u"escalate"_qs, ref, u"--reason"_qs, u"Grote klant"_qs,
                u"--to"_qs, u"bert"_qs});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("bert")));
    r = runCli({u"--db"_qs, db, u"promise"_qs, u"add"_qs, ref, u"--text"_qs,
                u"Morgen terugbellen"_qs, u"--due"_qs, u"2026-10-06T12:00:00+02:00"_qs});
    REQUIRE(r.exitCode == 0);
    r = runCli({u"--db"_qs, db, u"promise"_qs, u"list"_qs, ref, u"--json"_qs});
    REQUIRE(r.exitCode == 0);
    const QJsonArray promises = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(promises.size() == 1);
    CHECK(promises.first().toObject().value(u"text").toString() == u"Morgen terugbellen"_qs);
}

TEST_CASE("the list keeps its columns apart for the longest status", "[workflow][cli]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNoQuote).complaint.reference;
    t.close();
    REQUIRE(runCli({u"--db"_qs, t.path(), u"set"_qs, ref, u"status"_qs, u"acknowledged"_qs}).exitCode == 0);
    const CliRun list = runCli({u"--db"_qs, t.path(), u"list"_qs});
    REQUIRE(list.exitCode == 0);
    INFO(list.out.toStdString());
    // It printed "acknowledgednormal": the status filled its column to the last character.
    CHECK(list.out.contains(QRegularExpression(u"  Acknowledged +Normal +Lotte Visser"_qs)));
}
