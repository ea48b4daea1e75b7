// The report's time figures: first response and resolution per channel, net of the pauses while
// the complaint waited for the customer, as medians, 90th percentiles and shares within target.
// One ordered scan per figure; only integers per complaint (reportfigures.cpp has the counts).
#include "reportfigures.h"
#include "reportsql.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kd {

using reportsql::kDay;
using reportsql::kMinute;
using reportsql::nameColumn;

std::optional<double> DurationRow::shareWithinTarget() const
{
    const qint64 judged = measured + overduePending;
    if (!targetMinutes || judged == 0)
        return std::nullopt;
    return double(withinTarget) / double(judged);
}

std::optional<double> percentileOfSorted(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return std::nullopt;
    // Nearest rank: the smallest value with at least p of all values at or below it.
    const auto rank = size_t(std::ceil(p * double(sorted.size())));
    return double(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]);
}

std::optional<double> medianOfSorted(const std::vector<qint64> &sorted)
{
    if (sorted.empty())
        return std::nullopt;
    const size_t n = sorted.size();
    if (n % 2 == 1)
        return double(sorted[n / 2]);
    return (double(sorted[n / 2 - 1]) + double(sorted[n / 2])) / 2.0;
}

// The time from received to `moment`, less the waiting-for-customer pauses in between (the SQL
// form of workflow's netTimes(), docs/workflow.md), in ms.
static QString netOfPauses(const QString &moment)
{
    return QStringLiteral("((%1 - c.received_at) - COALESCE((SELECT sum(max(0, "
                          "min(COALESCE(p.ended_at, %1), %1) - max(p.started_at, c.received_at))) "
                          "FROM complaint_pause p WHERE p.complaint_id = c.id AND "
                          "p.deleted_at IS NULL), 0))")
        .arg(moment);
}

// selectSql yields one row per complaint: (channel rowid, net duration ms or NULL while pending,
// overdue 0/1 for a pending one, within target 0/1). Only integers per row: a month of 100,000
// complaints is one scan without a string per complaint; channels are named afterwards.
Result<DurationFigures> ReportCalculator::durations(const ReportPeriod &, const QString &selectSql,
                                                    const QVariantList &binds, bool withTargets)
{
    auto q = runQuery(m_db, selectSql, binds);
    if (!q)
        return q.error();
    DurationFigures f;
    f.available = true;
    f.netOfPauses = true;
    struct Bucket
    {
        DurationRow row;
        std::vector<qint64> values;
    };
    std::map<qint64, Bucket> buckets; // channel rowid ->
    std::vector<qint64> all;
    while (q->next()) {
        Bucket &b = buckets[q->value(0).toLongLong()];
        const QVariant duration = q->value(1);
        if (duration.isNull()) {
            ++b.row.pending;
            ++f.overall.pending;
            if (q->value(2).toInt() != 0) {
                ++b.row.overduePending;
                ++f.overall.overduePending;
            }
            continue;
        }
        const qint64 ms = std::max<qint64>(0, duration.toLongLong());
        b.values.push_back(ms);
        all.push_back(ms);
        ++b.row.measured;
        ++f.overall.measured;
        if (q->value(3).toInt() != 0) {
            ++b.row.withinTarget;
            ++f.overall.withinTarget;
        }
    }
    auto channels = runQuery(m_db, QStringLiteral("SELECT h.rowid, h.id, %1, h.first_response_minutes "
                                                  "FROM channel h")
                                       .arg(nameColumn(m_language, QStringLiteral("h"))));
    if (!channels)
        return channels.error();
    while (channels->next()) {
        auto it = buckets.find(channels->value(0).toLongLong());
        if (it == buckets.end())
            continue;
        DurationRow &r = it->second.row;
        r.key = channels->value(1).toString();
        r.label = channels->value(2).toString();
        if (withTargets && !channels->value(3).isNull())
            r.targetMinutes = channels->value(3).toInt();
    }
    auto toMinutes = [](std::optional<double> ms) -> std::optional<double> {
        if (!ms)
            return std::nullopt;
        return *ms / double(kMinute);
    };
    for (auto &[rowid, b] : buckets) {
        if (b.row.key.isNull())
            continue; // a complaint's channel without a channel row: not in a consistent database
        std::sort(b.values.begin(), b.values.end());
        b.row.medianMinutes = toMinutes(medianOfSorted(b.values));
        b.row.p90Minutes = toMinutes(percentileOfSorted(b.values, 0.9));
        f.perChannel << b.row;
    }
    std::sort(all.begin(), all.end());
    f.overall.label = QCoreApplication::translate("kd::ReportCalculator", "All channels");
    f.overall.medianMinutes = toMinutes(medianOfSorted(all));
    f.overall.p90Minutes = toMinutes(percentileOfSorted(all, 0.9));
    // Each complaint is judged against its own target (channel and severity rule), so the
    // overall row has a share but no single target; 0 marks "per complaint".
    f.overall.targetMinutes = 0;
    std::sort(f.perChannel.begin(), f.perChannel.end(),
              [](const DurationRow &a, const DurationRow &b) {
                  return a.measured + a.pending != b.measured + b.pending
                             ? a.measured + a.pending > b.measured + b.pending
                             : a.label < b.label;
              });
    return f;
}

// The channel's rowid for complaint c: an integer to bucket by instead of its text id.
static const char *kChannelRowid = "(SELECT h.rowid FROM channel h WHERE h.id = c.channel_id)";

Result<DurationFigures> ReportCalculator::firstResponse(const ReportPeriod &period)
{
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("first_response_at")))
        return DurationFigures{};
    // Complaints received in the period. A response after the as-of time counts as not given yet;
    // within target is the workflow's own verdict (working time, net of pauses).
    const qint64 asOf = asOfMs(period);
    QVariantList b{asOf, asOf, asOf, asOf};
    const QString select
        = QStringLiteral("SELECT %1, "
                         "CASE WHEN c.first_response_at IS NULL OR c.first_response_at >= ? "
                         "THEN NULL ELSE %2 END, "
                         "(c.first_response_at IS NULL OR c.first_response_at >= ?) AND "
                         "(c.first_response_missed <> 0 OR c.first_response_due_at < ?), "
                         "c.first_response_at < ? AND c.first_response_missed = 0 "
                         "FROM complaint c WHERE ")
              .arg(QLatin1String(kChannelRowid), netOfPauses(QStringLiteral("c.first_response_at")))
          + receivedIn(period, b);
    return durations(period, select, b, true);
}

Result<DurationFigures> ReportCalculator::resolution(const ReportPeriod &period)
{
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("resolved_at")))
        return DurationFigures{};
    // Measured: complaints resolved in the period, whenever they came in (a month's resolution
    // times say how the team did that month). Pending: complaints received in the period and
    // still unresolved at the as-of time.
    const qint64 asOf = asOfMs(period);
    QVariantList b{period.fromMs(), asOf};
    QString select
        = QStringLiteral("SELECT %1, %2, 0, c.resolution_missed = 0 FROM complaint c "
                         "WHERE c.resolved_at >= ? AND c.resolved_at < ? AND c.deleted_at IS NULL")
              .arg(QLatin1String(kChannelRowid), netOfPauses(QStringLiteral("c.resolved_at")))
          + teamFilter(period, b);
    b << asOf;
    select += QStringLiteral(" UNION ALL SELECT %1, NULL, "
                             "c.resolution_missed <> 0 OR c.resolution_due_at < ?, 0 "
                             "FROM complaint c WHERE ")
                  .arg(QLatin1String(kChannelRowid))
              + receivedIn(period, b);
    b << asOf;
    select += QStringLiteral(" AND (c.resolved_at IS NULL OR c.resolved_at >= ?)");
    return durations(period, select, b, false);
}


} // namespace kd
