// The report's figures, each one SQL aggregate over complaint (the time figures, one ordered scan
// each, are in reportdurations.cpp).
#include "reportfigures.h"
#include "reportsql.h"

#include "storage/database.h"
#include "domain/codewords.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include <sqlite3.h>

namespace kd {

using reportsql::kDay;
using reportsql::nameColumn;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ReportCalculator", text);
}

bool byCountThenLabel(const CountRow &a, const CountRow &b)
{
    return a.count != b.count ? a.count > b.count : a.label < b.label;
}

} // namespace

std::optional<double> JustifiedCounts::shareJustified() const
{
    if (assessed() == 0)
        return std::nullopt;
    return double(yes + partly) / double(assessed());
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

namespace {

// Binds QVariant values (integers and text) to a raw statement, in order.
bool bindAll(sqlite3_stmt *stmt, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        int rc;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

std::string_view textOf(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(stmt, column)))
                : std::string_view();
}

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

Result<ReportCalculator::PeriodScan> ReportCalculator::periodScan(const ReportPeriod &period)
{
    if (m_cube && m_cube->from == period.fromMs() && m_cube->until == period.untilMs()
        && m_cube->team == period.team)
        return m_cube->scan;
    // Columns a workflow-less database lacks count as "not set"; the figures say unavailable.
    auto column = [this](const char *name, const char *expression, const char *otherwise) {
        return hasColumn(QStringLiteral("complaint"), QLatin1String(name))
                   ? QLatin1String(expression)
                   : QLatin1String(otherwise);
    };
    QVariantList b;
    const QString sql
        = QStringLiteral("SELECT c.channel_id, c.category_id, c.severity, c.justified, %1, %2, %3, "
                         "%4, c.customer_id FROM complaint c WHERE ")
              .arg(column("known_complaint", "c.known_complaint <> 0", "0"),
                   column("claim_risk", "c.claim_risk <> 0", "0"),
                   column("escalated_at", "c.escalated_at IS NOT NULL", "0"),
                   column("satisfaction", "COALESCE(c.satisfaction, 0)", "0"))
          + receivedIn(period, b);
    sqlite3 *handle = m_db.handle();
    if (!handle)
        return makeError(ErrorCode::Storage, tr("The report needs an SQLite database."));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK
        || !bindAll(stmt, b)) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return makeError(ErrorCode::Storage, message, QStringLiteral("report period scan"));
    }
    struct Raw
    {
        std::string channel, category, severity, justified;
        bool hasCategory = false;
        int known = 0, claim = 0, escalated = 0, satisfaction = 0;
        qint64 count = 0;
    };
    std::vector<Raw> raws;
    std::unordered_map<std::string, size_t> cellAt;
    std::unordered_map<std::string, qint64> perCustomer;
    cellAt.reserve(4096);
    perCustomer.reserve(65536);
    std::string key;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const bool hasCategory = sqlite3_column_type(stmt, 1) != SQLITE_NULL;
        const int flags[4] = {sqlite3_column_int(stmt, 4), sqlite3_column_int(stmt, 5),
                              sqlite3_column_int(stmt, 6), sqlite3_column_int(stmt, 7)};
        key.clear();
        for (int c = 0; c < 4; ++c)
            key.append(textOf(stmt, c)).push_back('\x1f');
        key.push_back(hasCategory ? 'c' : '-');
        for (int f : flags)
            key.append(std::to_string(f)).push_back('\x1f');
        auto [it, inserted] = cellAt.try_emplace(key, raws.size());
        if (inserted)
            raws.push_back(Raw{std::string(textOf(stmt, 0)), std::string(textOf(stmt, 1)),
                               std::string(textOf(stmt, 2)), std::string(textOf(stmt, 3)),
                               hasCategory, flags[0], flags[1], flags[2], flags[3], 0});
        ++raws[it->second].count;
        ++perCustomer[std::string(textOf(stmt, 8))];
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(handle)),
                         QStringLiteral("report period scan"));

    // Name the cells: a handful of channels and categories, read once.
    QHash<QString, QString> channelLabel;
    QHash<QString, std::pair<QString, QString>> category; // id -> label, kind
    auto ch = runQuery(m_db, QStringLiteral("SELECT h.id, %1 FROM channel h")
                                 .arg(nameColumn(m_language, QStringLiteral("h"))));
    if (!ch)
        return ch.error();
    while (ch->next())
        channelLabel.insert(ch->value(0).toString(), ch->value(1).toString());
    auto cat = runQuery(m_db, QStringLiteral("SELECT k.id, %1, k.kind FROM category k")
                                  .arg(nameColumn(m_language, QStringLiteral("k"))));
    if (!cat)
        return cat.error();
    while (cat->next())
        category.insert(cat->value(0).toString(), {cat->value(1).toString(), cat->value(2).toString()});

    PeriodScan scan;
    for (const Raw &r : raws) {
        PeriodCell c;
        c.channelId = qstr(r.channel);
        c.channelLabel = channelLabel.value(c.channelId); // null: no such channel row
        if (r.hasCategory) {
            c.categoryId = qstr(r.category);
            const auto k = category.value(c.categoryId);
            c.categoryLabel = k.first;
            c.kind = k.second;
        }
        c.severity = qstr(r.severity);
        c.justified = qstr(r.justified);
        c.known = r.known != 0;
        c.claimRisk = r.claim != 0;
        c.escalated = r.escalated != 0;
        c.satisfaction = r.satisfaction;
        c.count = r.count;
        scan.cells << c;
    }
    for (const auto &[customer, n] : perCustomer) {
        if (n >= 2) {
            ++scan.repeat.customers;
            scan.repeat.complaints += n;
        }
    }
    if (m_keepCube)
        m_cube = CubeCache{period.fromMs(), period.untilMs(), period.team, scan};
    return scan;
}

namespace {

// Counts per key (category or channel) in the order the keys first come up; the order matters,
// as rows sort by count and label only.
struct KeyedCounts
{
    QHash<QString, qsizetype> at;
    QList<CountRow> rows;

    qint64 *count(const QString &key, const QString &label)
    {
        auto it = at.find(key);
        if (it == at.end()) {
            it = at.insert(key, rows.size());
            rows << CountRow{key, label, 0};
        }
        return &rows[it.value()].count;
    }
    QList<CountRow> sorted() const
    {
        QList<CountRow> out = rows;
        std::sort(out.begin(), out.end(), byCountThenLabel);
        return out;
    }
};

// The count of a row laid out in advance (all severities, all scores, also when 0); none for a
// value outside them.
qint64 *countOf(QList<CountRow> &rows, const QString &key)
{
    for (CountRow &r : rows)
        if (r.key == key)
            return &r.count;
    return nullptr;
}

} // namespace

template<typename Sums, typename Counter>
Result<Sums> ReportCalculator::tally(const ReportPeriod &period, Sums sums, Counter counter)
{
    auto scan = periodScan(period);
    if (!scan)
        return scan.error();
    for (const PeriodCell &c : scan->cells)
        if (qint64 *n = counter(sums, c))
            *n += c.count;
    return sums;
}

template<typename Sums, typename Counter, typename Finish>
auto ReportCalculator::tally(const ReportPeriod &period, Sums sums, Counter counter, Finish finish)
    -> Result<std::invoke_result_t<Finish, Sums &>>
{
    auto done = tally(period, std::move(sums), counter);
    if (!done)
        return done.error();
    return finish(*done);
}

Result<qint64> ReportCalculator::total(const ReportPeriod &period)
{
    return tally(period, qint64(0), [](qint64 &n, const PeriodCell &) { return &n; });
}

Result<KindSplit> ReportCalculator::kindSplit(const ReportPeriod &period)
{
    return tally(period, KindSplit{}, [](KindSplit &s, const PeriodCell &c) {
        return c.kind == QLatin1String("organisational")      ? &s.organisational
               : c.kind == QLatin1String("product_technical") ? &s.productTechnical
                                                              : &s.uncategorised;
    });
}

Result<QList<CountRow>> ReportCalculator::byCategory(const ReportPeriod &period)
{
    return tally(
        period, KeyedCounts{},
        [](KeyedCounts &k, const PeriodCell &c) {
            return k.count(c.categoryId,
                           c.categoryId.isEmpty() ? tr("Not categorised yet") : c.categoryLabel);
        },
        [](const KeyedCounts &k) { return k.sorted(); });
}

Result<QList<CountRow>> ReportCalculator::byChannel(const ReportPeriod &period)
{
    // A channel id without a channel row (never in a consistent database) is left out.
    return tally(
        period, KeyedCounts{},
        [](KeyedCounts &k, const PeriodCell &c) {
            return c.channelLabel.isNull() ? nullptr : k.count(c.channelId, c.channelLabel);
        },
        [](const KeyedCounts &k) { return k.sorted(); });
}

Result<QList<CountRow>> ReportCalculator::bySeverity(const ReportPeriod &period)
{
    // All four levels, also when 0, in the words every other screen uses for them.
    QList<CountRow> rows;
    for (const Severity s : {Severity::Low, Severity::Normal, Severity::High, Severity::Critical})
        rows << CountRow{toString(s), uitext::severity(s), 0};
    return tally(period, rows,
                 [](QList<CountRow> &r, const PeriodCell &c) { return countOf(r, c.severity); });
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

Result<JustifiedCounts> ReportCalculator::justified(const ReportPeriod &period)
{
    return tally(period, JustifiedCounts{}, [](JustifiedCounts &j, const PeriodCell &c) {
        return c.justified == QLatin1String("yes")      ? &j.yes
               : c.justified == QLatin1String("partly") ? &j.partly
               : c.justified == QLatin1String("no")     ? &j.no
                                                        : &j.unknown;
    });
}

Result<std::optional<qint64>>
ReportCalculator::flagged(const ReportPeriod &period, const QString &column, bool PeriodCell::*flag)
{
    if (!hasColumn(QStringLiteral("complaint"), column))
        return std::optional<qint64>{};
    return tally(
        period, std::optional<qint64>(0),
        [flag](std::optional<qint64> &n, const PeriodCell &c) { return c.*flag ? &*n : nullptr; });
}

Result<std::optional<qint64>> ReportCalculator::escalations(const ReportPeriod &period)
{
    return flagged(period, QStringLiteral("escalated_at"), &PeriodCell::escalated);
}

Result<std::optional<qint64>> ReportCalculator::claimRisks(const ReportPeriod &period)
{
    return flagged(period, QStringLiteral("claim_risk"), &PeriodCell::claimRisk);
}

Result<RepeatComplainants> ReportCalculator::repeatComplainants(const ReportPeriod &period)
{
    // Customers with two or more complaints received in the period: counted in the period scan.
    auto scan = periodScan(period);
    if (!scan)
        return scan.error();
    return scan->repeat;
}

Result<KnownFigures> ReportCalculator::known(const ReportPeriod &period)
{
    if (!hasColumn(QStringLiteral("complaint"), QStringLiteral("known_complaint")))
        return KnownFigures{};
    // Known complaints per category, so that their sum is the known count; the label stays
    // empty for uncategorised ones until sorted, so that they sort first among equal counts.
    struct Sums
    {
        KeyedCounts known;
        qint64 unique = 0;
    };
    return tally(
        period, Sums{},
        [](Sums &s, const PeriodCell &c) {
            return c.known ? s.known.count(c.categoryId,
                                           c.categoryId.isEmpty() ? QString() : c.categoryLabel)
                           : &s.unique;
        },
        [](const Sums &s) {
            KnownFigures k;
            k.available = true;
            k.unique = s.unique;
            const QList<CountRow> top = s.known.sorted();
            for (const CountRow &r : top)
                k.known += r.count;
            for (CountRow r : top.mid(0, 10)) {
                if (r.key.isEmpty())
                    r.label = tr("Not categorised yet");
                k.topRecurring << r;
            }
            return k;
        });
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
                                  ? (days[i] == 0 ? (days[i + 1] == 1 ? tr("under 1 day")
                                                                      : tr("under %1 days").arg(days[i + 1]))
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
    for (int score = 1; score <= 5; ++score)
        s.distribution << CountRow{QString::number(score), QString::number(score), 0};
    return tally(
        period, s,
        [](SatisfactionFigures &f, const PeriodCell &c) {
            return countOf(f.distribution, QString::number(c.satisfaction));
        },
        [](SatisfactionFigures &f) {
            qint64 sum = 0;
            for (int score = 1; score <= 5; ++score) {
                f.responses += f.distribution[score - 1].count;
                sum += f.distribution[score - 1].count * score;
            }
            if (f.responses > 0)
                f.average = double(sum) / double(f.responses);
            return f;
        });
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
    // Reading the database through a memory map saves a system call per page: a month of
    // 100,000 complaints is read a few times over (docs/report.md, "Speed").
    (void)runStatement(m_db, QStringLiteral("PRAGMA mmap_size = 268435456"));
    m_keepCube = true;
    m_cube.reset();
    struct Forget
    {
        ReportCalculator *c;
        ~Forget()
        {
            c->m_keepCube = false;
            c->m_cube.reset();
        }
    } forget{this};
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

Result<QStringList> ReportCalculator::teams()
{
    return queryStrings(m_db, QStringLiteral("SELECT DISTINCT team FROM complaint WHERE team <> '' "
                                             "AND deleted_at IS NULL ORDER BY team"));
}

} // namespace kd
