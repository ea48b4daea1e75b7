// The demo data set goes through the workflow: audit entries, due times, pauses, overdue and
// escalated complaints and promises, all at moments of the story and none after "now".
#include "testsupport.h"

#include "service/demodata.h"
#include "storage/sqlquery.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

TEST_CASE("demo complaints are registered, answered, paused, escalated and resolved through the "
          "workflow",
          "[workflow][demo]")
{
    TempDatabase t;
    Database &db = t.db();
    auto summary = loadDemoData(db, 300);
    KD_REQUIRE_OK(summary);
    REQUIRE(summary->complaints == 300);
    const qint64 now = t.clock().nowMs();

    CHECK(scalar(db, u"SELECT count(*) FROM complaint"_qs) == 300);
    // Every complaint: a "registered" entry at its arrival, and targets with due times.
    CHECK(scalar(db, u"SELECT count(*) FROM audit_entry WHERE action = 'registered'"_qs) == 300);
    CHECK(scalar(db, u"SELECT count(*) FROM audit_entry a JOIN complaint c ON c.id = a.complaint_id "
                     "WHERE a.action = 'registered' AND a.at <> c.received_at"_qs)
          == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE resolution_due_at IS NULL OR "
                     "first_response_due_at IS NULL OR first_response_target_min IS NULL"_qs)
          == 0);
    // Nothing happened after now.
    CHECK(scalar(db, u"SELECT count(*) FROM audit_entry WHERE at > ?"_qs, {now}) == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE resolved_at > ? OR closed_at > ? OR "
                     "first_response_at > ?"_qs,
                 {now, now, now})
          == 0);

    // Answered ones have a first response after arrival; finished ones a resolution moment.
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE status <> 'new' AND "
                     "(first_response_at IS NULL OR first_response_at < received_at)"_qs)
          == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE status IN ('resolved', 'closed') AND "
                     "(resolved_at IS NULL OR solution = '')"_qs)
          == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE status = 'closed' AND closed_at IS NULL"_qs)
          == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE satisfaction IS NOT NULL"_qs) > 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE resolution_missed = 1"_qs) > 0);

    // Open ones: some waiting (paused, clocks stopped), some overdue by now.
    const qint64 waiting = scalar(db, u"SELECT count(*) FROM complaint WHERE status = 'waiting'"_qs);
    CHECK(waiting > 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE status = 'waiting' AND "
                     "paused_at IS NOT NULL AND next_due_at IS NULL"_qs)
          == waiting);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE next_due_at < ?"_qs, {now}) > 0);
    // Ended pauses (old complaints where the customer answered) for the report's net times.
    CHECK(scalar(db, u"SELECT count(*) FROM complaint_pause WHERE ended_at IS NOT NULL AND "
                     "working_ms IS NOT NULL"_qs)
          > 0);
    CHECK(scalar(db, u"SELECT count(*) FROM audit_entry WHERE action = 'resumed'"_qs) > 0);

    // Escalated to the demo supervisor, with the reason recorded.
    CHECK(scalar(db, u"SELECT count(*) FROM app_user WHERE login = 'petra' AND role = 'supervisor'"_qs)
          == 1);
    const qint64 escalated = scalar(db, u"SELECT count(*) FROM complaint WHERE escalated_at IS NOT NULL"_qs);
    CHECK(escalated > 0);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint WHERE escalated_at IS NOT NULL AND "
                     "escalated_to = 'petra' AND escalation_reason <> ''"_qs)
          == escalated);
    CHECK(scalar(db, u"SELECT count(*) FROM audit_entry WHERE action = 'escalated'"_qs) == escalated);

    // Promises: some still open and overdue, some kept.
    CHECK(scalar(db, u"SELECT count(*) FROM promise"_qs) == summary->promises);
    CHECK(scalar(db, u"SELECT count(*) FROM promise WHERE state = 'open' AND due_at < ?"_qs, {now}) > 0);
    CHECK(scalar(db, u"SELECT count(*) FROM promise WHERE state = 'kept'"_qs) > 0);
    CHECK(scalar(db, u"SELECT count(*) FROM audit_entry WHERE action = 'promise_added'"_qs)
          == summary->promises);
    CHECK(scalar(db, u"SELECT count(*) FROM interaction"_qs) == summary->interactions);
}

TEST_CASE("the demo set is the same for the same seed and clock", "[workflow][demo]")
{
    TempDatabase a;
    TempDatabase b;
    auto x = loadDemoData(a.db(), 60, 7);
    auto y = loadDemoData(b.db(), 60, 7);
    KD_REQUIRE_OK(x);
    KD_REQUIRE_OK(y);
    CHECK(x->interactions == y->interactions);
    CHECK(x->promises == y->promises);
    const QString sql = u"SELECT group_concat(status || ':' || coalesce(next_due_at, '-'), ',') "
                        "FROM (SELECT status, next_due_at FROM complaint ORDER BY local_id)"_qs;
    auto qa = runQuery(a.db(), sql);
    auto qb = runQuery(b.db(), sql);
    REQUIRE(qa);
    REQUIRE(qb);
    REQUIRE(qa->next());
    REQUIRE(qb->next());
    CHECK(qa->value(0).toString() == qb->value(0).toString());
}

TEST_CASE("a database with the demo data set is never synced and cannot be connected",
          "[demo][sync]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 5));
    CHECK(holdsDemoData(t.db()));
    // Refused before the server is asked anything: this connection was never opened, and asking
    // it would fail with another message.
    ServerConnection never;
    auto r = SyncEngine(t.db(), never).syncOnce();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().toString().contains(u"demo data set"_qs));
    CHECK(r.error().toString().contains(t.path()));

    t.close();
    const CliRun connect = runCli({u"--db"_qs, t.path(), u"connect"_qs, u"--url"_qs,
                                   u"postgresql://marieke@127.0.0.1:1/klachtdesk"_qs});
    CHECK(connect.exitCode != 0);
    CHECK(connect.err.contains(u"demo data set"_qs));
}

TEST_CASE("a database that syncs with a server does not take the demo data set", "[demo][sync]")
{
    TempDatabase t;
    KD_REQUIRE_OK(t.db().setStateValue(QString::fromLatin1(SyncEngine::kCursorTxKey), u"4711"_qs));
    auto r = loadDemoData(t.db(), 5);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().toString().contains(u"demo"_qs));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK_FALSE(holdsDemoData(t.db()));
}
