// The monthly report's figures on a small fixture whose values were worked out by hand
// (the fixture table below and docs/report.md say how each is defined).
#include "testsupport.h"

#include "reporting/improvementactionstore.h"
#include "reporting/reportfigures.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"

#include <QTimeZone>

using namespace kd;
using namespace kd::test;

namespace {

qint64 ms(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int msec = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, msec), QTimeZone::utc()).toMSecsSinceEpoch();
}

constexpr qint64 kMin = 60 * 1000;

struct Fixture
{
    TempDatabase t{QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc())};
    QHash<QString, QString> ids; // K1.. -> complaint id

    // Registers a complaint through the service, then sets the workflow columns the way the
    // workflow would have left them, so that every figure below follows from this table alone.
    QString add(const QString &key, const QString &customer, const QString &channel,
                const QString &category, qint64 receivedAt, const QVariantMap &columns)
    {
        NewComplaint n;
        n.customer.name = customer;
        n.customer.customerNumber = customer;
        n.channel = channel;
        n.category = category;
        n.description = key;
        n.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedAt, QTimeZone::utc());
        auto r = ComplaintService(t.db()).registerComplaint(n);
        KD_REQUIRE_OK(r);
        const QString id = r->complaint.meta.id;
        QVariantMap all{{QStringLiteral("received_at"), receivedAt},
                        {QStringLiteral("first_response_at"), QVariant()},
                        {QStringLiteral("first_response_due_at"), QVariant()},
                        {QStringLiteral("first_response_missed"), 0},
                        {QStringLiteral("resolved_at"), QVariant()},
                        {QStringLiteral("resolution_due_at"), QVariant()},
                        {QStringLiteral("resolution_missed"), 0},
                        {QStringLiteral("closed_at"), QVariant()},
                        {QStringLiteral("escalated_at"), QVariant()},
                        {QStringLiteral("team"), QStringLiteral("")},
                        {QStringLiteral("assignee"), QStringLiteral("")},
                        {QStringLiteral("status"), QStringLiteral("in_progress")}};
        for (auto it = columns.begin(); it != columns.end(); ++it)
            all.insert(it.key(), it.value());
        for (auto it = all.begin(); it != all.end(); ++it)
            KD_REQUIRE_OK(runStatement(t.db(),
                                       QStringLiteral("UPDATE complaint SET %1 = ? WHERE id = ?")
                                           .arg(it.key()),
                                       {it.value(), id}));
        ids.insert(key, id);
        return id;
    }

    Fixture()
    {
        using M = QVariantMap;
        const auto s = [](const char *c) { return QString::fromLatin1(c); };
        // K1: first instant of October; answered in 30 min, resolved after exactly one day.
        add(s("K1"), s("A"), s("email"), s("delivery_time"), ms(2026, 10, 1),
            M{{s("severity"), s("high")}, {s("justified"), s("yes")},
              {s("first_response_at"), ms(2026, 10, 1, 0, 30)},
              {s("resolved_at"), ms(2026, 10, 2)}, {s("status"), s("resolved")},
              {s("assignee"), s("anna")}, {s("team"), s("Noord")}, {s("satisfaction"), 4},
              {s("known_complaint"), 1}});
        // K2: answered after 100 min of which 30 were a pause: 70 min net. Still open.
        add(s("K2"), s("A"), s("email"), s("delivery_time"), ms(2026, 10, 10, 12),
            M{{s("justified"), s("partly")},
              {s("first_response_at"), ms(2026, 10, 10, 13, 40)},
              {s("resolution_due_at"), ms(2026, 11, 20)},
              {s("assignee"), s("anna")}, {s("team"), s("Noord")}, {s("known_complaint"), 1}});
        // K3: a public, critical product complaint, answered late (120 min), escalated, a claim
        // risk, resolved only in November while its resolution was due on 25 October.
        add(s("K3"), s("B"), s("twitter"), s("product_defect"), ms(2026, 10, 20, 8),
            M{{s("severity"), s("critical")}, {s("justified"), s("no")},
              {s("first_response_at"), ms(2026, 10, 20, 10)}, {s("first_response_missed"), 1},
              {s("resolved_at"), ms(2026, 11, 2, 8)}, {s("resolution_due_at"), ms(2026, 10, 25)},
              {s("claim_risk"), 1}, {s("escalated_at"), ms(2026, 10, 20, 8, 5)},
              {s("assignee"), s("bob")}});
        // K4: came in 30 min before the month ended, answered in November: pending in October.
        add(s("K4"), s("C"), s("phone"), QString(), ms(2026, 10, 31, 23, 30),
            M{{s("first_response_at"), ms(2026, 11, 1, 1)},
              {s("first_response_due_at"), ms(2026, 11, 2, 9)}});
        // K5: September's last minute, resolved on 1 October: only in October's resolution times.
        add(s("K5"), s("B"), s("email"), s("delivery_time"), ms(2026, 9, 30, 23, 59),
            M{{s("first_response_at"), ms(2026, 10, 1, 0, 20)},
              {s("resolved_at"), ms(2026, 10, 1, 10)}, {s("status"), s("resolved")},
              {s("assignee"), s("bob")}, {s("satisfaction"), 5}});
        // K6: first instant of November: not October's.
        add(s("K6"), s("A"), s("email"), s("wrong_invoice"), ms(2026, 11, 1), M{});
        // K7: the only complaint of March: answered in 15 min, resolved in two days.
        add(s("K7"), s("D"), s("letter"), s("wrong_invoice"), ms(2026, 3, 15, 10),
            M{{s("first_response_at"), ms(2026, 3, 15, 10, 15)},
              {s("resolved_at"), ms(2026, 3, 17, 10)}, {s("status"), s("resolved")}});
        // K8: the first instant of the trend's first month; K9 the last instant before it.
        add(s("K8"), s("D"), s("letter"), s("wrong_invoice"), ms(2025, 11, 1),
            M{{s("resolved_at"), ms(2025, 11, 3)}, {s("status"), s("resolved")}});
        add(s("K9"), s("D"), s("letter"), s("wrong_invoice"), ms(2025, 10, 31, 23, 59, 59, 999),
            M{{s("resolved_at"), ms(2025, 11, 3)}, {s("status"), s("resolved")}});
        // K10: October, but deleted: counted nowhere.
        const QString k10 = add(s("K10"), s("C"), s("email"), s("delivery_time"),
                                ms(2026, 10, 15), M{});
        KD_REQUIRE_OK(runStatement(t.db(), s("UPDATE complaint SET deleted_at = ? WHERE id = ?"),
                                   {ms(2026, 10, 16), k10}));
        // K2's pause: 10 to 40 minutes after it came in.
        KD_REQUIRE_OK(runStatement(
            t.db(),
            s("INSERT INTO complaint_pause(id, complaint_id, started_at, ended_at, reason, "
              "created_at, updated_at, created_by, updated_by) VALUES ('p1', ?, ?, ?, '', 0, 0, "
              "'t', 't')"),
            {ids.value(s("K2")), ms(2026, 10, 10, 12, 10), ms(2026, 10, 10, 12, 40)}));
    }

    ReportPeriod october() { return ReportPeriod::month(2026, 10, QTimeZone::utc()); }
};

} // namespace

TEST_CASE("percentiles use the nearest rank and the median interpolates an even count", "[report]")
{
    CHECK_FALSE(medianOfSorted({}).has_value());
    CHECK(*medianOfSorted({7}) == 7);
    CHECK(*medianOfSorted({1, 2, 3, 4}) == 2.5);
    CHECK(*percentileOfSorted({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9) == 9);
    CHECK(*percentileOfSorted({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 0.9) == 10);
    CHECK(*percentileOfSorted({5}, 0.9) == 5);
}

TEST_CASE("a month runs from its first instant up to the next month's first instant", "[report]")
{
    const auto p = ReportPeriod::parseMonth(QStringLiteral("2026-10"), QTimeZone::utc());
    KD_REQUIRE_OK(p);
    CHECK(p->fromMs() == ms(2026, 10, 1));
    CHECK(p->untilMs() == ms(2026, 11, 1));
    const QList<QDate> months = p->trendMonths();
    REQUIRE(months.size() == 12);
    CHECK(months.first() == QDate(2025, 11, 1));
    CHECK(months.last() == QDate(2026, 10, 1));
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("2026-13"), QTimeZone::utc()).ok());
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("oktober"), QTimeZone::utc()).ok());
    const QTimeZone amsterdam("Europe/Amsterdam");
    const auto local = ReportPeriod::month(2026, 10, amsterdam);
    CHECK(local.fromMs() == ms(2026, 9, 30, 22)); // CEST, UTC+2
    CHECK(local.untilMs() == ms(2026, 10, 31, 23)); // CET again after 25 October
}

TEST_CASE("October's counts take complaints received in October, not deleted ones", "[report]")
{
    Fixture f;
    ReportCalculator calc(f.t.db(), QStringLiteral("en"));
    const ReportPeriod oct = f.october();
    CHECK(*calc.total(oct) == 4); // K1 K2 K3 K4

    const KindSplit kinds = *calc.kindSplit(oct);
    CHECK(kinds.organisational == 2);
    CHECK(kinds.productTechnical == 1);
    CHECK(kinds.uncategorised == 1);

    const auto cats = *calc.byCategory(oct);
    REQUIRE(cats.size() == 3);
    CHECK(cats[0].label == QStringLiteral("Delivery time exceeded"));
    CHECK(cats[0].count == 2);
    CHECK(cats[1].count == 1);
    CHECK(cats[2].count == 1);

    const auto channels = *calc.byChannel(oct);
    REQUIRE(channels.size() == 3);
    CHECK(channels[0].label == QStringLiteral("E-mail"));
    CHECK(channels[0].count == 2);

    const auto severity = *calc.bySeverity(oct);
    REQUIRE(severity.size() == 4);
    CHECK(severity[0].count == 0); // low
    CHECK(severity[1].count == 2); // normal: K2 K4
    CHECK(severity[2].count == 1); // high: K1
    CHECK(severity[3].count == 1); // critical: K3

    const JustifiedCounts j = *calc.justified(oct);
    CHECK((j.yes == 1 && j.partly == 1 && j.no == 1 && j.unknown == 1));
    CHECK(*j.shareJustified() == Approx(2.0 / 3.0));

    CHECK(**calc.escalations(oct) == 1);
    CHECK(**calc.claimRisks(oct) == 1);

    const RepeatComplainants rep = *calc.repeatComplainants(oct);
    CHECK(rep.customers == 1); // A: K1 and K2 (B's K5 was in September)
    CHECK(rep.complaints == 2);

    const KnownFigures known = *calc.known(oct);
    CHECK(known.available);
    CHECK(known.known == 2);
    CHECK(known.unique == 2);
    REQUIRE(known.topRecurring.size() == 1);
    CHECK(known.topRecurring[0].count == 2);

    const SatisfactionFigures sat = *calc.satisfaction(oct);
    CHECK(sat.responses == 1); // K1; K5's score belongs to September's cohort
    CHECK(*sat.average == 4);
}

TEST_CASE("the trend counts twelve months up to the report's month, split at month starts",
          "[report]")
{
    Fixture f;
    const auto trend = *ReportCalculator(f.t.db(), QStringLiteral("en")).trend(f.october());
    REQUIRE(trend.size() == 12);
    CHECK(trend[0].month == QDate(2025, 11, 1));
    CHECK(trend[0].count == 1);  // K8, not K9 a millisecond earlier
    CHECK(trend[4].month == QDate(2026, 3, 1));
    CHECK(trend[4].count == 1);  // K7
    CHECK(trend[10].count == 1); // September: K5
    CHECK(trend[11].count == 4); // October
    qint64 sum = 0;
    for (const MonthCount &m : trend)
        sum += m.count;
    CHECK(sum == 7);
}

TEST_CASE("response times are net of pauses and judged by the workflow's target verdict",
          "[report]")
{
    Fixture f;
    ReportCalculator calc(f.t.db(), QStringLiteral("en"));
    const DurationFigures fr = *calc.firstResponse(f.october());
    REQUIRE(fr.available);
    CHECK(fr.netOfPauses);
    // K1 30, K2 100 - 30 pause = 70, K3 120; K4's answer came in November: pending, not overdue.
    CHECK(fr.overall.measured == 3);
    CHECK(fr.overall.pending == 1);
    CHECK(fr.overall.overduePending == 0);
    CHECK(*fr.overall.medianMinutes == 70);
    CHECK(*fr.overall.p90Minutes == 120);
    CHECK(fr.overall.withinTarget == 2);
    CHECK(*fr.overall.shareWithinTarget() == Approx(2.0 / 3.0));
    REQUIRE(fr.perChannel.size() == 3);
    const DurationRow &email = fr.perChannel[0];
    CHECK(email.label == QStringLiteral("E-mail"));
    CHECK(*email.medianMinutes == 50);
    CHECK(*email.p90Minutes == 70);
    CHECK(*email.targetMinutes == 480);
    CHECK(*email.shareWithinTarget() == 1.0);

    // Resolution: resolved in October (K5 601 min, K1 1440 min); pending K2 K3 K4, K3 overdue.
    const DurationFigures res = *calc.resolution(f.october());
    CHECK(res.overall.measured == 2);
    CHECK(*res.overall.medianMinutes == Approx(1020.5));
    CHECK(*res.overall.p90Minutes == 1440);
    CHECK(res.overall.pending == 3);
    CHECK(res.overall.overduePending == 1);
    CHECK(*res.overall.shareWithinTarget() == Approx(2.0 / 3.0));
}

TEST_CASE("the backlog is what was open at the end of the period, by age", "[report]")
{
    Fixture f;
    ReportCalculator calc(f.t.db(), QStringLiteral("en"));
    qint64 open = 0;
    const auto backlog = *calc.backlogByAge(f.october(), &open);
    CHECK(open == 3); // K2 (21.5 days), K3 (11.7 days, resolved only in November), K4 (30 min)
    REQUIRE(backlog.size() == 6);
    CHECK(backlog[0].count == 1); // under a day: K4
    CHECK(backlog[1].count == 0);
    CHECK(backlog[2].count == 0);
    CHECK(backlog[3].count == 1); // 7 to 14: K3
    CHECK(backlog[4].count == 1); // 14 to 30: K2
    CHECK(backlog[5].count == 0);

    const auto load = *calc.workload(f.october());
    REQUIRE(load.size() == 3);
    CHECK((load[0].login == QStringLiteral("anna") && load[0].received == 2 && load[0].open == 1));
    CHECK((load[1].login.isEmpty() && load[1].received == 1 && load[1].open == 1));
    CHECK((load[2].login == QStringLiteral("bob") && load[2].received == 1 && load[2].open == 1));
}

TEST_CASE("a team's report counts only that team's complaints", "[report]")
{
    Fixture f;
    ReportPeriod oct = f.october();
    oct.team = QStringLiteral("Noord");
    ReportCalculator calc(f.t.db(), QStringLiteral("en"));
    CHECK(*calc.total(oct) == 2);
    CHECK(calc.firstResponse(oct)->overall.measured == 2);
    oct.team = QStringLiteral("Zuid' OR 1=1 --");
    CHECK(*calc.total(oct) == 0);
}

TEST_CASE("an empty month has zero counts and no medians", "[report]")
{
    Fixture f;
    const ReportPeriod aug = ReportPeriod::month(2026, 8, QTimeZone::utc());
    const auto figures = ReportCalculator(f.t.db(), QStringLiteral("en")).compute(aug, true);
    KD_REQUIRE_OK(figures);
    CHECK(figures->total == 0);
    CHECK(figures->byCategory.isEmpty());
    CHECK(figures->byChannel.isEmpty());
    CHECK(figures->firstResponse.overall.measured == 0);
    CHECK_FALSE(figures->firstResponse.overall.medianMinutes.has_value());
    CHECK_FALSE(figures->firstResponse.overall.shareWithinTarget().has_value());
    CHECK_FALSE(figures->justified.shareJustified().has_value());
    CHECK(figures->repeat.customers == 0);
    CHECK(figures->backlogTotal == 0); // K8/K9 were resolved, K7 too
    CHECK(figures->trend[6].count == 1); // March 2026 in the trend Sep 2025 .. Aug 2026
}

TEST_CASE("a month with one complaint gives that complaint's own times", "[report]")
{
    Fixture f;
    const ReportPeriod mar = ReportPeriod::month(2026, 3, QTimeZone::utc());
    const auto figures = ReportCalculator(f.t.db(), QStringLiteral("nl")).compute(mar, false);
    KD_REQUIRE_OK(figures);
    CHECK(figures->total == 1);
    CHECK(*figures->firstResponse.overall.medianMinutes == 15);
    CHECK(*figures->firstResponse.overall.p90Minutes == 15);
    CHECK(*figures->resolution.overall.medianMinutes == 2880);
    REQUIRE(figures->byCategory.size() == 1);
    CHECK(figures->byCategory[0].label == QStringLiteral("Foutieve factuur"));
    CHECK(figures->workload.isEmpty()); // not asked for
}

TEST_CASE("an improvement action shows its category's rate before and after the fix", "[report]")
{
    Fixture f;
    ImprovementActionStore store(f.t.db());
    ImprovementAction a;
    a.categoryId = QStringLiteral("00000000-0000-7000-8000-000000000101"); // delivery_time
    a.cause = QStringLiteral("The web shop promises next-day delivery for items not in stock");
    a.owner = QStringLiteral("Inkoop");
    a.dueDate = QDate(2026, 10, 20);
    a.state = ActionState::Done;
    a.doneAt = QDateTime::fromMSecsSinceEpoch(ms(2026, 10, 15), QTimeZone::utc());
    a.complaintIds = {f.ids.value(QStringLiteral("K1")), f.ids.value(QStringLiteral("K2"))};
    auto added = store.add(a);
    KD_REQUIRE_OK(added);
    CHECK(added->complaintIds.size() == 2);

    ImprovementAction empty;
    CHECK_FALSE(store.add(empty).ok()); // a cause is required

    const auto rows = *ReportCalculator(f.t.db(), QStringLiteral("en")).actions(f.october());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == QStringLiteral("done"));
    CHECK(rows[0].linkedComplaints == 2);
    // Windows of 17 days (15 Oct to the period's end) on both sides: K5 K1 K2 before, none after.
    CHECK(*rows[0].beforePer30Days == Approx(3.0 * 30.0 / 17.0));
    CHECK(*rows[0].afterPer30Days == 0);

    // An action finished before the period does not show up in it.
    const auto november = ReportPeriod::month(2026, 12, QTimeZone::utc());
    CHECK(ReportCalculator(f.t.db(), QStringLiteral("en")).actions(november)->isEmpty());
}
