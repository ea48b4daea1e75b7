// The monthly report's figures as plain values, and the calculator that computes them from the
// database with SQL aggregates (never a query per complaint). The counts by category, channel,
// severity, assessment, flags and satisfaction all come from one GROUP BY over the period (the
// "period cube"), which compute() runs once and every figure rolls up.
// The cube is counted in C++ hash maps while SQLite streams the rows: SQLite's GROUP BY sorts,
// which for 100,000 complaints costs more than the scan itself.
#pragma once

#include "reportperiod.h"

#include "domain/error.h"

#include <QList>
#include <QString>

#include <optional>
#include <type_traits>
#include <vector>

namespace kd {

class Database;

// One bar or table row: a stable key (code or id) and its label in the report's language.
struct CountRow
{
    QString key;
    QString label;
    qint64 count = 0;
};

// How many complaints were organisational, product-technical or not categorised yet.
struct KindSplit
{
    qint64 organisational = 0;
    qint64 productTechnical = 0;
    qint64 uncategorised = 0;
};

struct MonthCount
{
    QDate month; // the first of the month
    qint64 count = 0;
};

// Response or resolution times for one channel (or all, key empty), in minutes.
struct DurationRow
{
    QString key;
    QString label;
    qint64 measured = 0;                 // complaints with a time
    qint64 pending = 0;                  // still waiting at the period's end (no time yet)
    std::optional<double> medianMinutes; // empty when nothing was measured
    std::optional<double> p90Minutes;
    std::optional<int> targetMinutes;    // the channel's target; empty when there is none
    qint64 withinTarget = 0;             // measured and at or under the target
    qint64 overduePending = 0;           // pending and already past the target: a miss too
    // withinTarget / (measured + overduePending), 0..1; empty without target or anything to judge.
    std::optional<double> shareWithinTarget() const;
};

struct DurationFigures
{
    bool available = false; // false: the database does not record these times yet
    bool netOfPauses = false; // true: waiting-for-customer time is left out (issue 12)
    DurationRow overall;
    QList<DurationRow> perChannel;
};

struct JustifiedCounts
{
    qint64 yes = 0;
    qint64 partly = 0;
    qint64 no = 0;
    qint64 unknown = 0;
    qint64 assessed() const { return yes + partly + no; }
    // (yes + partly) / assessed, 0..1; empty when nothing was assessed.
    std::optional<double> shareJustified() const;
};

struct RepeatComplainants
{
    qint64 customers = 0;  // customers with two or more complaints received in the period
    qint64 complaints = 0; // the complaints those customers made in the period
};

struct KnownFigures
{
    bool available = false; // false: the known-complaint flag does not exist in this database
    qint64 known = 0;
    qint64 unique = 0;
    QList<CountRow> topRecurring; // categories with most known complaints, at most 10
};

struct AgentLoad
{
    QString login; // "" for unassigned
    qint64 received = 0; // received in the period and assigned to the agent
    qint64 open = 0;     // of all complaints assigned, still open at the period's end
};

struct SatisfactionFigures
{
    bool available = false;
    qint64 responses = 0;
    std::optional<double> average; // on the 1..5 scale
    QList<CountRow> distribution;  // keys "1".."5"
};

struct ActionRow
{
    QString id;
    QString categoryLabel;
    QString cause;
    QString owner;
    QString dueDate; // yyyy-MM-dd or empty
    QString state;
    qint64 linkedComplaints = 0;
    // Complaints in the category per 30 days in equal windows before and after done_at.
    std::optional<double> beforePer30Days;
    std::optional<double> afterPer30Days;
};

struct ReportFigures
{
    ReportPeriod period;
    qint64 total = 0;
    KindSplit kinds;
    QList<CountRow> byCategory; // leaf categories with complaints, most first
    QList<CountRow> byChannel;
    QList<CountRow> bySeverity; // low, normal, high, critical (all four, also when 0)
    QList<MonthCount> trend;    // 12 months, oldest first
    DurationFigures firstResponse;
    DurationFigures resolution;
    JustifiedCounts justified;
    std::optional<qint64> escalations; // empty: not recorded in this database
    std::optional<qint64> claimRisks;
    RepeatComplainants repeat;
    KnownFigures known;
    QList<CountRow> backlogByAge; // open at the period's end, by age bucket
    qint64 backlogTotal = 0;
    QList<AgentLoad> workload;    // only when asked for (supervisors)
    SatisfactionFigures satisfaction;
    QList<ActionRow> actions;
};

// Nearest-rank percentile of sorted values (p in 0..1); the median interpolates the two middle
// values of an even count. Empty for no values.
std::optional<double> percentileOfSorted(const std::vector<qint64> &sorted, double p);
std::optional<double> medianOfSorted(const std::vector<qint64> &sorted);

class ReportCalculator
{
public:
    // language: "nl" or "en" for category and channel names. now: the report's "as of" time, so
    // that a period still running is judged by today, not by its end.
    ReportCalculator(Database &db, QString language);

    Result<ReportFigures> compute(const ReportPeriod &period, bool withWorkload);

    // Each figure on its own, so that tests can check them one by one.
    Result<qint64> total(const ReportPeriod &period);
    Result<KindSplit> kindSplit(const ReportPeriod &period);
    Result<QList<CountRow>> byCategory(const ReportPeriod &period);
    Result<QList<CountRow>> byChannel(const ReportPeriod &period);
    Result<QList<CountRow>> bySeverity(const ReportPeriod &period);
    Result<QList<MonthCount>> trend(const ReportPeriod &period);
    Result<DurationFigures> firstResponse(const ReportPeriod &period);
    Result<DurationFigures> resolution(const ReportPeriod &period);
    Result<JustifiedCounts> justified(const ReportPeriod &period);
    Result<std::optional<qint64>> escalations(const ReportPeriod &period);
    Result<std::optional<qint64>> claimRisks(const ReportPeriod &period);
    Result<RepeatComplainants> repeatComplainants(const ReportPeriod &period);
    Result<KnownFigures> known(const ReportPeriod &period);
    Result<QList<CountRow>> backlogByAge(const ReportPeriod &period, qint64 *totalOpen = nullptr);
    Result<QList<AgentLoad>> workload(const ReportPeriod &period);
    Result<SatisfactionFigures> satisfaction(const ReportPeriod &period);
    Result<QList<ActionRow>> actions(const ReportPeriod &period);
    // The teams complaints are assigned to (complaint.team), for choosing one to report on: a
    // mistyped team gives a report of zeros that looks real.
    Result<QStringList> teams();

    // Age buckets of the backlog, in days: [0,1), [1,3), [3,7), [7,14), [14,30), [30,∞).
    static QList<int> backlogBucketDays();

private:
    // Complaints received in the period, counted per combination of the values the count
    // figures group by; a few thousand rows at most, whatever the number of complaints.
    struct PeriodCell
    {
        QString channelId, channelLabel, categoryId, categoryLabel, kind, severity, justified;
        bool known = false, claimRisk = false, escalated = false;
        int satisfaction = 0; // 0: none
        qint64 count = 0;
    };
    struct PeriodScan
    {
        QList<PeriodCell> cells;
        RepeatComplainants repeat; // counted per customer in the same pass
    };
    // One pass over the period's complaints (docs/report.md, "Speed").
    Result<PeriodScan> periodScan(const ReportPeriod &period);
    // Every count figure is the period's cells summed into counters: counter(sums, cell) points
    // at the one a cell adds to (nullptr: none); finish(sums), if given, makes the figure of them.
    template<typename Sums, typename Counter>
    Result<Sums> tally(const ReportPeriod &period, Sums sums, Counter counter);
    template<typename Sums, typename Counter, typename Finish>
    auto tally(const ReportPeriod &period, Sums sums, Counter counter, Finish finish)
        -> Result<std::invoke_result_t<Finish, Sums &>>;
    // The complaints with a flag set; empty when the database lacks the flag's column.
    Result<std::optional<qint64>> flagged(const ReportPeriod &period, const QString &column,
                                          bool PeriodCell::*flag);
    bool hasColumn(const QString &table, const QString &column);
    // "received_at >= ? AND received_at < ? AND deleted_at IS NULL [AND assignee IN (...)]" on
    // alias c, with its values appended to binds.
    QString receivedIn(const ReportPeriod &period, QVariantList &binds) const;
    QString teamFilter(const ReportPeriod &period, QVariantList &binds) const;
    qint64 asOfMs(const ReportPeriod &period) const;
    Result<DurationFigures> durations(const ReportPeriod &period, const QString &selectSql,
                                      const QVariantList &binds, bool withTargets);

    Database &m_db;
    QString m_language;
    // Inside compute(): the cube of the period being computed, so it is queried once.
    struct CubeCache
    {
        qint64 from = 0, until = 0;
        QString team;
        PeriodScan scan;
    };
    std::optional<CubeCache> m_cube;
    bool m_keepCube = false;
};

} // namespace kd
