// The report's figures, each one SQL aggregate (or one ordered scan for medians) over complaint.
#include "reportfigures.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ReportCalculator", text);
}

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

// The label column for a category or channel in the report's language.
QString nameColumn(const QString &language, const QString &alias)
{
    return language.startsWith(QLatin1String("nl"))
               ? QStringLiteral("COALESCE(NULLIF(%1.name_nl, ''), %1.name_en)").arg(alias)
               : QStringLiteral("%1.name_en").arg(alias);
}

bool byCountThenLabel(const CountRow &a, const CountRow &b)
{
    return a.count != b.count ? a.count > b.count : a.label < b.label;
}

} // namespace

std::optional<double> DurationRow::shareWithinTarget() const
{
    const qint64 judged = measured + overduePending;
    if (!targetMinutes || judged == 0)
        return std::nullopt;
    return double(withinTarget) / double(judged);
}

std::optional<double> JustifiedCounts::shareJustified() const
{
    if (assessed() == 0)
        return std::nullopt;
    return double(yes + partly) / double(assessed());
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

ReportCalculator::ReportCalculator(Database &db, QString language)
    : m_db(db), m_language(std::move(language))
{
}

QList<int> ReportCalculator::backlogBucketDays()
{
    return {0, 1, 3, 7, 14, 30};
}

bool ReportCalculator::hasColumn(const QString &table, const QString &column)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"),
                      {table, column});
    return q.ok() && q->next();
}

qint64 ReportCalculator::asOfMs(const ReportPeriod &period) const
{
    return std::min(period.untilMs(), m_db.clock().nowMs());
}

QString ReportCalculator::teamFilter(const ReportPeriod &period, QVariantList &binds) const
{
    if (period.team.isEmpty())
        return {};
    binds << period.team;
    return QStringLiteral(" AND c.team = ?");
}

QString ReportCalculator::receivedIn(const ReportPeriod &period, QVariantList &binds) const
{
    binds << period.fromMs() << period.untilMs();
    return QStringLiteral("c.received_at >= ? AND c.received_at < ? AND c.deleted_at IS NULL")
           + teamFilter(period, binds);
}

Result<qint64> ReportCalculator::total(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT count(*) FROM complaint c WHERE ") + receivedIn(period, b);
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<KindSplit> ReportCalculator::kindSplit(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT k.kind, count(*) FROM complaint c "
                                       "LEFT JOIN category k ON k.id = c.category_id WHERE ")
                        + receivedIn(period, b) + QStringLiteral(" GROUP BY k.kind");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    KindSplit s;
    while (q->next()) {
        const QString kind = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (kind == QLatin1String("organisational"))
            s.organisational += n;
        else if (kind == QLatin1String("product_technical"))
            s.productTechnical += n;
        else
            s.uncategorised += n;
    }
    return s;
}

Result<QList<CountRow>> ReportCalculator::byCategory(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT c.category_id, %1, count(*) FROM complaint c "
                                       "LEFT JOIN category k ON k.id = c.category_id WHERE ")
                            .arg(nameColumn(m_language, QStringLiteral("k")))
                        + receivedIn(period, b) + QStringLiteral(" GROUP BY c.category_id");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    QList<CountRow> rows;
    while (q->next()) {
        CountRow r{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()};
        if (r.key.isEmpty())
            r.label = tr("Not categorised yet");
        rows << r;
    }
    std::sort(rows.begin(), rows.end(), byCountThenLabel);
    return rows;
}

Result<QList<CountRow>> ReportCalculator::byChannel(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT c.channel_id, %1, count(*) FROM complaint c "
                                       "JOIN channel h ON h.id = c.channel_id WHERE ")
                            .arg(nameColumn(m_language, QStringLiteral("h")))
                        + receivedIn(period, b) + QStringLiteral(" GROUP BY c.channel_id");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    QList<CountRow> rows;
    while (q->next())
        rows << CountRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()};
    std::sort(rows.begin(), rows.end(), byCountThenLabel);
    return rows;
}

Result<QList<CountRow>> ReportCalculator::bySeverity(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT c.severity, count(*) FROM complaint c WHERE ")
                        + receivedIn(period, b) + QStringLiteral(" GROUP BY c.severity");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    const QList<std::pair<QString, QString>> levels{
        {QStringLiteral("low"), tr("Low")},
        {QStringLiteral("normal"), tr("Normal")},
        {QStringLiteral("high"), tr("High")},
        {QStringLiteral("critical"), tr("Critical")}};
    QList<CountRow> rows;
    for (const auto &[code, label] : levels)
        rows << CountRow{code, label, counts.value(code)};
    return rows;
}

Result<QList<MonthCount>> ReportCalculator::trend(const ReportPeriod &period)
{
    // One range scan over the twelve months; the CASE puts each complaint in its month.
    const QList<QDate> months = period.trendMonths();
    QList<qint64> bounds;
    for (const QDate &m : months)
        bounds << period.monthStart(m).toMSecsSinceEpoch();
    bounds << period.monthStart(months.last().addMonths(1)).toMSecsSinceEpoch();
    QString cases;
    QVariantList b;
    for (int i = 1; i < months.size(); ++i) {
        cases += QStringLiteral(" WHEN c.received_at < ? THEN %1").arg(i - 1);
        b << bounds[i];
    }
    b << bounds.first() << bounds.last();
    const QString sql = QStringLiteral("SELECT CASE%1 ELSE %2 END AS bucket, count(*) "
                                       "FROM complaint c WHERE c.received_at >= ? AND "
                                       "c.received_at < ? AND c.deleted_at IS NULL")
                            .arg(cases)
                            .arg(months.size() - 1)
                        + teamFilter(period, b) + QStringLiteral(" GROUP BY bucket");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    QList<MonthCount> out;
    for (const QDate &m : months)
        out << MonthCount{m, 0};
    while (q->next())
        out[q->value(0).toInt()].count = q->value(1).toLongLong();
    return out;
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

// selectSql yields rows (channel_id, channel label, target minutes or NULL, net duration ms or
// NULL while pending, overdue 0/1 for a pending one, within target 0/1), ordered by channel, so
// one pass gives every median and share.
Result<DurationFigures> ReportCalculator::durations(const ReportPeriod &, const QString &selectSql,
                                                    const QVariantList &binds, bool withTargets)
{
    auto q = runQuery(m_db, selectSql, binds);
    if (!q)
        return q.error();
    DurationFigures f;
    f.available = true;
    f.netOfPauses = true;
    std::map<QString, std::vector<qint64>> values;
    std::vector<qint64> all;
    QHash<QString, DurationRow> rows;
    QStringList order;
    while (q->next()) {
        const QString key = q->value(0).toString();
        auto it = rows.find(key);
        if (it == rows.end()) {
            DurationRow r;
            r.key = key;
            r.label = q->value(1).toString();
            if (withTargets && !q->value(2).isNull())
                r.targetMinutes = q->value(2).toInt();
            it = rows.insert(key, r);
            order << key;
        }
        DurationRow &r = it.value();
        if (q->value(3).isNull()) {
            ++r.pending;
            ++f.overall.pending;
            if (q->value(4).toInt() != 0) {
                ++r.overduePending;
                ++f.overall.overduePending;
            }
            continue;
        }
        const qint64 ms = std::max<qint64>(0, q->value(3).toLongLong());
        values[key].push_back(ms);
        all.push_back(ms);
        ++r.measured;
        ++f.overall.measured;
        if (q->value(5).toInt() != 0) {
            ++r.withinTarget;
            ++f.overall.withinTarget;
        }
    }
    auto toMinutes = [](std::optional<double> ms) -> std::optional<double> {
        if (!ms)
            return std::nullopt;
        return *ms / double(kMinute);
    };
    for (const QString &key : order) {
        DurationRow r = rows.value(key);
        std::vector<qint64> &v = values[key];
        std::sort(v.begin(), v.end());
        r.medianMinutes = toMinutes(medianOfSorted(v));
        r.p90Minutes = toMinutes(percentileOfSorted(v, 0.9));
        f.perChannel << r;
    }
    std::sort(all.begin(), all.end());
    f.overall.label = tr("All channels");
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

Result<DurationFigures> ReportCalculator::firstResponse(const ReportPeriod &period)
{
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("first_response_at")))
        return DurationFigures{};
    // Complaints received in the period. A response after the as-of time counts as not given yet;
    // within target is the workflow's own verdict (working time, net of pauses).
    const qint64 asOf = asOfMs(period);
    QVariantList b{asOf, asOf, asOf, asOf};
    const QString select
        = QStringLiteral("SELECT c.channel_id, %1, h.first_response_minutes, "
                         "CASE WHEN c.first_response_at IS NULL OR c.first_response_at >= ? "
                         "THEN NULL ELSE %2 END, "
                         "(c.first_response_at IS NULL OR c.first_response_at >= ?) AND "
                         "(c.first_response_missed <> 0 OR c.first_response_due_at < ?), "
                         "c.first_response_at < ? AND c.first_response_missed = 0 "
                         "FROM complaint c JOIN channel h ON h.id = c.channel_id WHERE ")
              .arg(nameColumn(m_language, QStringLiteral("h")),
                   netOfPauses(QStringLiteral("c.first_response_at")))
          + receivedIn(period, b) + QStringLiteral(" ORDER BY c.channel_id");
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
        = QStringLiteral("SELECT c.channel_id, %1, NULL, %2, 0, c.resolution_missed = 0 "
                         "FROM complaint c JOIN channel h ON h.id = c.channel_id "
                         "WHERE c.resolved_at >= ? AND c.resolved_at < ? AND c.deleted_at IS NULL")
              .arg(nameColumn(m_language, QStringLiteral("h")),
                   netOfPauses(QStringLiteral("c.resolved_at")))
          + teamFilter(period, b);
    b << asOf;
    select += QStringLiteral(" UNION ALL SELECT c.channel_id, %1, NULL, NULL, "
                             "c.resolution_missed <> 0 OR c.resolution_due_at < ?, 0 "
                             "FROM complaint c JOIN channel h ON h.id = c.channel_id WHERE ")
                  .arg(nameColumn(m_language, QStringLiteral("h")))
              + receivedIn(period, b);
    b << asOf;
    select += QStringLiteral(" AND (c.resolved_at IS NULL OR c.resolved_at >= ?) ORDER BY 1");
    return durations(period, select, b, false);
}

Result<JustifiedCounts> ReportCalculator::justified(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT c.justified, count(*) FROM complaint c WHERE ")
                        + receivedIn(period, b) + QStringLiteral(" GROUP BY c.justified");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    JustifiedCounts j;
    while (q->next()) {
        const QString v = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (v == QLatin1String("yes"))
            j.yes = n;
        else if (v == QLatin1String("partly"))
            j.partly = n;
        else if (v == QLatin1String("no"))
            j.no = n;
        else
            j.unknown += n;
    }
    return j;
}

Result<std::optional<qint64>> ReportCalculator::escalations(const ReportPeriod &period)
{
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("escalated_at")))
        return std::optional<qint64>{};
    QVariantList b;
    const QString sql = QStringLiteral("SELECT count(*) FROM complaint c WHERE ")
                        + receivedIn(period, b) + QStringLiteral(" AND c.escalated_at IS NOT NULL");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    q->next();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<std::optional<qint64>> ReportCalculator::claimRisks(const ReportPeriod &period)
{
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("claim_risk")))
        return std::optional<qint64>{};
    QVariantList b;
    const QString sql = QStringLiteral("SELECT count(*) FROM complaint c WHERE ")
                        + receivedIn(period, b) + QStringLiteral(" AND c.claim_risk <> 0");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    q->next();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<RepeatComplainants> ReportCalculator::repeatComplainants(const ReportPeriod &period)
{
    QVariantList b;
    const QString sql = QStringLiteral("SELECT count(*), COALESCE(sum(n), 0) FROM (SELECT "
                                       "count(*) AS n FROM complaint c WHERE ")
                        + receivedIn(period, b)
                        + QStringLiteral(" GROUP BY c.customer_id HAVING count(*) >= 2)");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    q->next();
    return RepeatComplainants{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Result<KnownFigures> ReportCalculator::known(const ReportPeriod &period)
{
    KnownFigures k;
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("known_complaint")))
        return k;
    k.available = true;
    QVariantList b;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT COALESCE(sum(c.known_complaint <> 0), 0), count(*) "
                                     "FROM complaint c WHERE ")
                          + receivedIn(period, b),
                      b);
    if (!q)
        return q.error();
    q->next();
    k.known = q->value(0).toLongLong();
    k.unique = q->value(1).toLongLong() - k.known;
    QVariantList b2;
    auto top = runQuery(m_db,
                        QStringLiteral("SELECT c.category_id, %1, count(*) AS n FROM complaint c "
                                       "LEFT JOIN category k ON k.id = c.category_id WHERE ")
                                .arg(nameColumn(m_language, QStringLiteral("k")))
                            + receivedIn(period, b2)
                            + QStringLiteral(" AND c.known_complaint <> 0 GROUP BY c.category_id "
                                             "ORDER BY n DESC, 2 LIMIT 10"),
                        b2);
    if (!top)
        return top.error();
    while (top->next()) {
        CountRow r{top->value(0).toString(), top->value(1).toString(), top->value(2).toLongLong()};
        if (r.key.isEmpty())
            r.label = tr("Not categorised yet");
        k.topRecurring << r;
    }
    return k;
}

// Open at the as-of time: received before it and not resolved or closed before it. Without the
// workflow's resolved_at / closed_at the current status has to do.
static QString openAt(bool haveTimes)
{
    return haveTimes ? QStringLiteral("(c.resolved_at IS NULL OR c.resolved_at >= :asof) AND "
                                      "(c.closed_at IS NULL OR c.closed_at >= :asof)")
                     : QStringLiteral("c.status NOT IN ('resolved', 'closed')");
}

Result<QList<CountRow>> ReportCalculator::backlogByAge(const ReportPeriod &period, qint64 *totalOpen)
{
    const qint64 asOf = asOfMs(period);
    const bool haveTimes = hasColumn(QStringLiteral("complaint"), QStringLiteral("resolved_at"))
                           && hasColumn(QStringLiteral("complaint"), QStringLiteral("closed_at"));
    const QList<int> days = backlogBucketDays();
    QString cases;
    QVariantList b;
    for (int i = 1; i < days.size(); ++i) {
        cases += QStringLiteral(" WHEN ? - c.received_at < ? THEN %1").arg(i - 1);
        b << asOf << qint64(days[i]) * kDay;
    }
    QString open = openAt(haveTimes);
    const int asofUses = open.count(QStringLiteral(":asof"));
    open.replace(QStringLiteral(":asof"), QStringLiteral("?"));
    b << asOf;
    for (int i = 0; i < asofUses; ++i)
        b << asOf;
    const QString sql = QStringLiteral("SELECT CASE%1 ELSE %2 END AS bucket, count(*) FROM "
                                       "complaint c WHERE c.received_at < ? AND "
                                       "c.deleted_at IS NULL AND ")
                            .arg(cases)
                            .arg(days.size() - 1)
                        + open + teamFilter(period, b) + QStringLiteral(" GROUP BY bucket");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    QList<CountRow> rows;
    for (int i = 0; i < days.size(); ++i) {
        const QString label = i + 1 < days.size()
                                  ? (days[i] == 0 ? tr("under %1 day(s)").arg(days[i + 1])
                                                  : tr("%1 to %2 days").arg(days[i]).arg(days[i + 1]))
                                  : tr("%1 days or more").arg(days[i]);
        rows << CountRow{QString::number(days[i]), label, 0};
    }
    qint64 sum = 0;
    while (q->next()) {
        rows[q->value(0).toInt()].count = q->value(1).toLongLong();
        sum += q->value(1).toLongLong();
    }
    if (totalOpen)
        *totalOpen = sum;
    return rows;
}

Result<QList<AgentLoad>> ReportCalculator::workload(const ReportPeriod &period)
{
    const qint64 asOf = asOfMs(period);
    const bool haveTimes = hasColumn(QStringLiteral("complaint"), QStringLiteral("resolved_at"))
                           && hasColumn(QStringLiteral("complaint"), QStringLiteral("closed_at"));
    QString open = openAt(haveTimes);
    const int asofUses = open.count(QStringLiteral(":asof"));
    open.replace(QStringLiteral(":asof"), QStringLiteral("?"));
    // Both figures in one scan of the complaints received before the as-of time.
    QVariantList b;
    b << period.fromMs() << period.untilMs();
    for (int i = 0; i < asofUses; ++i)
        b << asOf;
    b << asOf;
    const QString sql = QStringLiteral("SELECT c.assignee, "
                                       "sum(c.received_at >= ? AND c.received_at < ?), "
                                       "sum(%1) FROM complaint c WHERE c.received_at < ? AND "
                                       "c.deleted_at IS NULL")
                            .arg(open)
                        + teamFilter(period, b) + QStringLiteral(" GROUP BY c.assignee");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    QList<AgentLoad> rows;
    while (q->next()) {
        AgentLoad a{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()};
        if (a.received > 0 || a.open > 0)
            rows << a;
    }
    std::sort(rows.begin(), rows.end(), [](const AgentLoad &a, const AgentLoad &b) {
        return a.received != b.received ? a.received > b.received : a.login < b.login;
    });
    return rows;
}

Result<SatisfactionFigures> ReportCalculator::satisfaction(const ReportPeriod &period)
{
    SatisfactionFigures s;
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("satisfaction")))
        return s;
    s.available = true;
    QVariantList b;
    const QString sql = QStringLiteral("SELECT c.satisfaction, count(*) FROM complaint c WHERE ")
                        + receivedIn(period, b)
                        + QStringLiteral(" AND c.satisfaction BETWEEN 1 AND 5 GROUP BY c.satisfaction");
    auto q = runQuery(m_db, sql, b);
    if (!q)
        return q.error();
    qint64 counts[6] = {};
    while (q->next())
        counts[std::clamp(q->value(0).toInt(), 1, 5)] += q->value(1).toLongLong();
    qint64 sum = 0;
    for (int score = 1; score <= 5; ++score) {
        s.distribution << CountRow{QString::number(score), QString::number(score), counts[score]};
        s.responses += counts[score];
        sum += counts[score] * score;
    }
    if (s.responses > 0)
        s.average = double(sum) / double(s.responses);
    return s;
}

Result<QList<ActionRow>> ReportCalculator::actions(const ReportPeriod &period)
{
    // Every action that was still of concern during the period: made (or done: it may be
    // recorded afterwards) before its end and not finished (done or dropped) before its start.
    const qint64 asOf = asOfMs(period);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT a.id, a.category_id, %1, a.cause, a.owner, a.due_date, "
                                     "a.state, a.done_at, (SELECT count(*) FROM "
                                     "improvement_action_complaint l WHERE l.action_id = a.id AND "
                                     "l.deleted_at IS NULL) FROM improvement_action a LEFT JOIN "
                                     "category k ON k.id = a.category_id WHERE a.deleted_at IS NULL "
                                     "AND min(a.created_at, COALESCE(a.done_at, a.created_at)) < ? AND NOT (a.state IN ('done', 'dropped') "
                                     "AND a.updated_at < ? AND COALESCE(a.done_at, 0) < ?) "
                                     "ORDER BY a.state = 'done', a.due_date, a.local_id")
                          .arg(nameColumn(m_language, QStringLiteral("k"))),
                      {period.untilMs(), period.fromMs(), period.fromMs()});
    if (!q)
        return q.error();
    QList<ActionRow> rows;
    QList<std::pair<QString, qint64>> splits; // category, done_at
    while (q->next()) {
        ActionRow r;
        r.id = q->value(0).toString();
        r.categoryLabel = q->value(2).toString();
        r.cause = q->value(3).toString();
        r.owner = q->value(4).toString();
        r.dueDate = q->value(5).toString();
        r.state = q->value(6).toString();
        r.linkedComplaints = q->value(8).toLongLong();
        rows << r;
        splits << std::pair(q->value(1).toString(),
                            q->value(7).isNull() ? qint64(-1) : q->value(7).toLongLong());
    }
    // Before/after: equal windows around the fix (at most 90 days, at least a day after it),
    // counting the category and its subcategories, as complaints per 30 days.
    for (int i = 0; i < rows.size(); ++i) {
        const auto &[category, doneAt] = splits[i];
        if (category.isEmpty() || doneAt < 0 || asOf - doneAt < kDay)
            continue;
        const qint64 window = std::min<qint64>(90 * kDay, asOf - doneAt);
        QVariantList b{doneAt, doneAt, category, category, doneAt - window, doneAt + window};
        const QString team = teamFilter(period, b);
        auto c = runQuery(m_db,
                          QStringLiteral("SELECT COALESCE(sum(c.received_at < ?), 0), "
                                         "COALESCE(sum(c.received_at >= ?), 0) FROM complaint c "
                                         "WHERE c.category_id IN (SELECT id FROM category WHERE "
                                         "id = ? OR parent_id = ?) AND c.received_at >= ? AND "
                                         "c.received_at < ? AND c.deleted_at IS NULL")
                              + team,
                          b);
        if (!c)
            return c.error();
        c->next();
        const double scale = 30.0 * double(kDay) / double(window);
        rows[i].beforePer30Days = c->value(0).toDouble() * scale;
        rows[i].afterPer30Days = c->value(1).toDouble() * scale;
    }
    return rows;
}

Result<ReportFigures> ReportCalculator::compute(const ReportPeriod &period, bool withWorkload)
{
    ReportFigures f;
    f.period = period;
#define KD_TAKE(target, call)                                                                      \
    {                                                                                              \
        auto r_ = (call);                                                                          \
        if (!r_)                                                                                   \
            return r_.error();                                                                     \
        target = std::move(*r_);                                                                   \
    }
    KD_TAKE(f.total, total(period));
    KD_TAKE(f.kinds, kindSplit(period));
    KD_TAKE(f.byCategory, byCategory(period));
    KD_TAKE(f.byChannel, byChannel(period));
    KD_TAKE(f.bySeverity, bySeverity(period));
    KD_TAKE(f.trend, trend(period));
    KD_TAKE(f.firstResponse, firstResponse(period));
    KD_TAKE(f.resolution, resolution(period));
    KD_TAKE(f.justified, justified(period));
    KD_TAKE(f.escalations, escalations(period));
    KD_TAKE(f.claimRisks, claimRisks(period));
    KD_TAKE(f.repeat, repeatComplainants(period));
    KD_TAKE(f.known, known(period));
    KD_TAKE(f.backlogByAge, backlogByAge(period, &f.backlogTotal));
    if (withWorkload)
        KD_TAKE(f.workload, workload(period));
    KD_TAKE(f.satisfaction, satisfaction(period));
    KD_TAKE(f.actions, actions(period));
#undef KD_TAKE
    return f;
}

} // namespace kd
