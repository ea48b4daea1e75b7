// An administrator edits rules, working hours, holidays and pausing: stored as synced rows, and
// open complaints' due times follow calendar changes but not rule changes (docs/workflow.md).
#include "testsupport.h"

#include "service/complaintservice.h"
#include "service/userrole.h"
#include "storage/sqlquery.h"
#include "workflow/audittrail.h"
#include "workflow/responsetimesettings.h"
#include "workflow/workflowservice.h"
#include "workflow/workflowsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

// Registered "now" (Monday 5 October 2026, 09:00 UTC = 11:00 in Amsterdam) by e-mail, severity
// normal: first response 480 working minutes -> Tuesday 11:00 Amsterdam with 09:00-17:00.
NewComplaint noQuote(const QString &name = QStringLiteral("Lotte Visser"))
{
    return emailComplaint(name, QStringLiteral("De offerte is nooit gestuurd."));
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

int changeLogRows(Database &db, const QString &table)
{
    auto q = runQuery(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = ?"),
                      {table});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("changing the working hours recomputes the due times of open complaints, audited",
          "[workflow][settings]")
{
    TempDatabase t;
    Database &db = t.db();
    const QString open = registerOne(db, noQuote()).complaint.reference;
    auto before = WorkflowService(db).slaStatus(open);
    KD_REQUIRE_OK(before);
    CHECK(before->firstResponseDue == utc(2026, 10, 6, 9)); // Tuesday 11:00 Amsterdam

    ResponseTimeSettings settings(db);
    WorkingWeek week;
    for (int d = 1; d <= 5; ++d)
        week[d] = {WorkingSpan{8 * 60, 18 * 60}};
    auto changed = settings.setWorkingWeek(week);
    KD_REQUIRE_OK(changed);
    CHECK(*changed == 1);

    // 11:00-18:00 Monday is 7 hours, the eighth is Tuesday 08:00-09:00 Amsterdam = 07:00 UTC.
    auto after = WorkflowService(db).slaStatus(open);
    KD_REQUIRE_OK(after);
    CHECK(after->firstResponseDue == utc(2026, 10, 6, 7));
    CHECK(after->nextDue == utc(2026, 10, 6, 7));
    CHECK(after->firstResponseTargetMin == 480);

    auto trail = WorkflowService(db).auditTrail(open);
    KD_REQUIRE_OK(trail);
    bool audited = false;
    for (const AuditEntry &e : *trail)
        if (e.action == QLatin1String("due_recomputed") && e.field == QLatin1String("next_due_at")
            && e.oldValue == QStringLiteral("2026-10-06T09:00:00Z")
            && e.newValue == QStringLiteral("2026-10-06T07:00:00Z")
            && e.detail == QLatin1String("working hours or holidays changed"))
            audited = true;
    CHECK(audited);

    auto stored = settings.workingWeek();
    KD_REQUIRE_OK(stored);
    CHECK(ResponseTimeSettings::spansText(stored->value(5)) == QStringLiteral("08:00-18:00"));
    CHECK(ResponseTimeSettings::spansText(stored->value(6)) == QStringLiteral("closed"));
    CHECK(rowCount(db, QStringLiteral("working_hours")) == 5);
    CHECK(changeLogRows(db, QStringLiteral("working_hours")) == 5);

    // One day changed: only that day's row is replaced (tombstone + new row).
    auto friday = settings.setWorkingDay(5, {WorkingSpan{9 * 60, 16 * 60}});
    KD_REQUIRE_OK(friday);
    // 2400 working minutes of resolution end on Friday morning: that due time moves.
    CHECK(*friday == 1);
    CHECK(rowCount(db, QStringLiteral("working_hours")) == 6);
    auto again = settings.workingWeek();
    KD_REQUIRE_OK(again);
    CHECK(ResponseTimeSettings::spansText(again->value(5)) == QStringLiteral("09:00-16:00"));
    CHECK(ResponseTimeSettings::spansText(again->value(1)) == QStringLiteral("08:00-18:00"));
}

TEST_CASE("working hours that end before they start, overlap or leave no working time are refused",
          "[workflow][settings]")
{
    TempDatabase t;
    ResponseTimeSettings settings(t.db());
    CHECK_FALSE(settings.setWorkingDay(1, {WorkingSpan{17 * 60, 9 * 60}}));
    CHECK_FALSE(settings.setWorkingDay(1, {WorkingSpan{9 * 60, 13 * 60}, WorkingSpan{12 * 60, 17 * 60}}));
    CHECK_FALSE(settings.setWorkingWeek(WorkingWeek{}));
    CHECK_FALSE(ResponseTimeSettings::parseSpans(QStringLiteral("9-17")));
    auto two = ResponseTimeSettings::parseSpans(QStringLiteral("08:30-12:00, 13:00-17:00"));
    KD_REQUIRE_OK(two);
    REQUIRE(two->size() == 2);
    CHECK(two->at(0).startMinute == 8 * 60 + 30);
    CHECK(two->at(1).endMinute == 17 * 60);
    CHECK(rowCount(t.db(), QStringLiteral("working_hours")) == 0);
}

TEST_CASE("adding a holiday moves open due times past it, removing it moves them back",
          "[workflow][settings]")
{
    TempDatabase t;
    Database &db = t.db();
    const QString ref = registerOne(db, noQuote()).complaint.reference;
    ResponseTimeSettings settings(db);

    auto added = settings.addHoliday(QDate(2026, 10, 6), QStringLiteral("Bedrijfsuitje"));
    KD_REQUIRE_OK(added);
    CHECK(*added == 1);
    auto s = WorkflowService(db).slaStatus(ref);
    KD_REQUIRE_OK(s);
    CHECK(s->firstResponseDue == utc(2026, 10, 7, 9)); // Wednesday 11:00 Amsterdam

    auto days = settings.holidays(2026);
    KD_REQUIRE_OK(days);
    bool listed = false;
    for (const CalendarHoliday &h : *days)
        if (h.day == QDate(2026, 10, 6))
            listed = h.source == CalendarHoliday::Source::Added
                     && h.name == QStringLiteral("Bedrijfsuitje");
    CHECK(listed);
    CHECK(changeLogRows(db, QStringLiteral("holiday")) == 1);

    auto removed = settings.removeHoliday(QDate(2026, 10, 6));
    KD_REQUIRE_OK(removed);
    CHECK(*removed == 1);
    s = WorkflowService(db).slaStatus(ref);
    KD_REQUIRE_OK(s);
    CHECK(s->firstResponseDue == utc(2026, 10, 6, 9));
    CHECK_FALSE(settings.removeHoliday(QDate(2026, 10, 6))); // nothing left to remove

    // Christmas worked here: no longer a day off of 2026.
    KD_REQUIRE_OK(settings.addHoliday(QDate(2026, 12, 25), QStringLiteral("Kerst gewerkt"), false));
    days = settings.holidays(2026);
    KD_REQUIRE_OK(days);
    for (const CalendarHoliday &h : *days)
        CHECK(h.day != QDate(2026, 12, 25));
}

TEST_CASE("a changed SLA rule applies to new complaints and leaves open complaints' targets alone",
          "[workflow][settings]")
{
    TempDatabase t;
    Database &db = t.db();
    const QString old = registerOne(db, noQuote()).complaint.reference;
    ResponseTimeSettings settings(db);
    SlaRule rule;
    rule.severity = Severity::Normal;
    rule.firstResponseMinutes = 120;
    rule.resolutionMinutes = 960;
    KD_REQUIRE_OK(settings.setRule(rule));

    auto o = WorkflowService(db).slaStatus(old);
    KD_REQUIRE_OK(o);
    CHECK(o->firstResponseTargetMin == 480);
    CHECK(o->firstResponseDue == utc(2026, 10, 6, 9));

    const QString fresh =
        registerOne(db, noQuote(QStringLiteral("Ahmed Bakker"))).complaint.reference;
    auto f = WorkflowService(db).slaStatus(fresh);
    KD_REQUIRE_OK(f);
    CHECK(f->firstResponseTargetMin == 120);
    CHECK(f->resolutionTargetMin == 960);
    CHECK(f->firstResponseDue == utc(2026, 10, 5, 11));

    auto rules = settings.rules();
    KD_REQUIRE_OK(rules);
    REQUIRE(rules->size() == 1);
    KD_REQUIRE_OK(settings.removeRule(rules->first().id));
    rules = settings.rules();
    KD_REQUIRE_OK(rules);
    CHECK(rules->isEmpty());
    CHECK_FALSE(settings.removeRule(QStringLiteral("no-such-rule")));
}

TEST_CASE("pausing statuses and the pause limit are checked and stored as synced settings",
          "[workflow][settings]")
{
    TempDatabase t;
    Database &db = t.db();
    ResponseTimeSettings settings(db);
    CHECK(settings.pausingStatuses() == QList<ComplaintStatus>{ComplaintStatus::WaitingForCustomer});
    CHECK_FALSE(settings.setPausingStatuses({ComplaintStatus::Resolved}));
    CHECK_FALSE(settings.setPauseLimitDays(0));
    KD_REQUIRE_OK(settings.setPausingStatuses(
        {ComplaintStatus::WaitingForCustomer, ComplaintStatus::Acknowledged}));
    KD_REQUIRE_OK(settings.setPauseLimitDays(21));
    CHECK(settings.pausingStatuses()
          == QList<ComplaintStatus>{ComplaintStatus::WaitingForCustomer, ComplaintStatus::Acknowledged});
    CHECK(settings.pauseLimitDays() == 21);
    CHECK(changeLogRows(db, QStringLiteral("workflow_setting")) == 2);

    // Acknowledged now stops the clocks.
    const QString ref = registerOne(db, noQuote()).complaint.reference;
    KD_REQUIRE_OK(ComplaintService(db).setField(ref, QStringLiteral("status"),
                                                QStringLiteral("acknowledged")));
    auto s = WorkflowService(db).slaStatus(ref);
    KD_REQUIRE_OK(s);
    CHECK(s->paused);
}

TEST_CASE("the workflow command edits hours, holidays, rules, pausing and the pause limit",
          "[workflow][settings][cli]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), noQuote()).complaint.reference;
    t.close();
    const QString db = t.path();
    auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        const CliRun r = runCli(args);
        INFO(args.join(u' ').toStdString() + "\n" + r.err.toStdString());
        return r;
    };
    auto json = [](const CliRun &r) { return QJsonDocument::fromJson(r.out.toUtf8()); };

    CliRun r = cli({QStringLiteral("workflow"), QStringLiteral("hours"), QStringLiteral("set"),
                    QStringLiteral("tue"), QStringLiteral("07:00-15:00")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("1 open complaint")));
    r = cli({QStringLiteral("workflow"), QStringLiteral("hours"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).object().value(u"tue").toString() == QStringLiteral("07:00-15:00"));
    CHECK(json(r).object().value(u"mon").toString() == QStringLiteral("09:00-17:00"));
    CHECK(cli({QStringLiteral("workflow"), QStringLiteral("hours"), QStringLiteral("set"),
               QStringLiteral("tue"), QStringLiteral("late")})
              .exitCode != 0);

    // Due: Monday 11:00-17:00 (6 h) + Tuesday 07:00-09:00 Amsterdam = Tuesday 07:00 UTC.
    r = cli({QStringLiteral("sla"), ref, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).object().value(u"first_response_due").toString()
          == QStringLiteral("2026-10-06T07:00:00Z"));

    r = cli({QStringLiteral("workflow"), QStringLiteral("holidays"), QStringLiteral("add"),
             QStringLiteral("2026-12-24"), QStringLiteral("--name"), QStringLiteral("Kerstavond")});
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("workflow"), QStringLiteral("holidays"), QStringLiteral("list"),
             QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    bool christmasEve = false, christmas = false;
    for (const QJsonValue &v : json(r).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"day").toString() == QStringLiteral("2026-12-24"))
            christmasEve = o.value(u"source").toString() == QStringLiteral("added");
        if (o.value(u"day").toString() == QStringLiteral("2026-12-25"))
            christmas = o.value(u"source").toString() == QStringLiteral("computed");
    }
    CHECK(christmasEve);
    CHECK(christmas);
    REQUIRE(cli({QStringLiteral("workflow"), QStringLiteral("holidays"), QStringLiteral("remove"),
                 QStringLiteral("2026-12-24")})
                .exitCode
            == 0);

    REQUIRE(cli({QStringLiteral("workflow"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--resolution"),
                 QStringLiteral("600")})
                .exitCode
            == 0);
    r = cli({QStringLiteral("workflow"), QStringLiteral("rules"), QStringLiteral("list"),
             QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(json(r).array().size() == 1);
    const QJsonObject rule = json(r).array().first().toObject();
    CHECK(rule.value(u"severity").toString() == QStringLiteral("high"));
    CHECK(rule.value(u"resolution_minutes").toInt() == 600);
    CHECK(rule.value(u"first_response_minutes").isNull());
    REQUIRE(cli({QStringLiteral("workflow"), QStringLiteral("rules"), QStringLiteral("remove"),
                 rule.value(u"id").toString()})
                .exitCode
            == 0);

    REQUIRE(cli({QStringLiteral("workflow"), QStringLiteral("pausing"),
                 QStringLiteral("waiting,in_progress")})
                .exitCode
            == 0);
    CHECK(cli({QStringLiteral("workflow"), QStringLiteral("pausing"), QStringLiteral("closed")})
              .exitCode
          != 0);
    REQUIRE(cli({QStringLiteral("workflow"), QStringLiteral("pause-limit"), QStringLiteral("21")})
                .exitCode
            == 0);
    r = cli({QStringLiteral("workflow"), QStringLiteral("pausing"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).object().value(u"pausing_statuses").toArray()
          == QJsonArray{QStringLiteral("waiting"), QStringLiteral("in_progress")});
    CHECK(json(r).object().value(u"pause_limit_days").toInt() == 21);
}

TEST_CASE("only an administrator changes the response-time settings; everyone reads them",
          "[workflow][settings]")
{
    TempDatabase t;
    ResponseTimeSettings settings(t.db());
    // A desktop on its own: its user is its administrator.
    KD_REQUIRE_OK(settings.setPauseLimitDays(21));

    // Once the team's user list names this login as an agent, changes are refused and nothing moves.
    KD_REQUIRE_OK(runStatement(t.db(),
                               u"INSERT INTO app_user(id, login, display_name, role, created_at, "
                               "updated_at, created_by, updated_by) VALUES ('u1', ?, 'Tess', 'agent', "
                               "0, 0, 't', 't')"_qs,
                               {t.db().user()}));
    CHECK_FALSE(settings.canChange());
    const Status refused = settings.setPauseLimitDays(30);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK(refused.error().message.contains(u"administrator"_qs));
    CHECK(settings.pauseLimitDays() == 21);
    auto holiday = settings.addHoliday(QDate(2026, 12, 24), u"Kerstavond"_qs);
    REQUIRE_FALSE(holiday.ok());
    CHECK(holiday.error().code == ErrorCode::Permission);
    CHECK(settings.rules().ok()); // reading stays open

    // The role the server gave this login at the last sync decides over the local list.
    KD_REQUIRE_OK(t.db().setStateValue(QLatin1String(kServerRoleKey), u"administrator"_qs));
    CHECK(currentRole(t.db()) == UserRole::Administrator);
    KD_REQUIRE_OK(settings.setPauseLimitDays(30));
    CHECK(settings.pauseLimitDays() == 30);
    KD_REQUIRE_OK(t.db().setStateValue(QLatin1String(kServerRoleKey), u"supervisor"_qs));
    CHECK(settings.setPauseLimitDays(10).error().code == ErrorCode::Permission);
}
