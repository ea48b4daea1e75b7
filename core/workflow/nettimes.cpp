// Net times: gross durations minus the parts of the pauses that fall inside them.
#include "nettimes.h"

#include "businesscalendar.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace kd {

qint64 pausedOverlapMs(qint64 from, qint64 to, const QList<PauseSpan> &pauses, qint64 openEnd)
{
    qint64 total = 0;
    for (const PauseSpan &p : pauses) {
        const qint64 a = std::max(p.startedAt, from);
        const qint64 b = std::min(p.endedAt.value_or(openEnd), to);
        if (b > a)
            total += b - a;
    }
    return total;
}

qint64 pausedOverlapWorkingMs(const BusinessCalendar &calendar, qint64 from, qint64 to,
                              const QList<PauseSpan> &pauses, qint64 openEnd)
{
    qint64 total = 0;
    for (const PauseSpan &p : pauses) {
        const qint64 a = std::max(p.startedAt, from);
        const qint64 b = std::min(p.endedAt.value_or(openEnd), to);
        if (b > a)
            total += calendar.workingMsBetween(a, b);
    }
    return total;
}

namespace {

Result<QList<NetTimes>> compute(Database &db, const QString &where, const QVariantList &values)
{
    auto calendar = BusinessCalendar::load(db);
    if (!calendar)
        return calendar.error();
    auto q = runQuery(db,
                      QStringLiteral("SELECT id, received_at, first_response_at, resolved_at, "
                                     "first_response_missed, resolution_missed FROM complaint "
                                     "WHERE deleted_at IS NULL AND %1 ORDER BY received_at")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    struct Row
    {
        QString id;
        qint64 received;
        std::optional<qint64> responded, resolved;
        bool frMissed, resMissed;
    };
    QList<Row> rows;
    while (q->next()) {
        Row r{q->value(0).toString(), q->value(1).toLongLong(), {}, {}, q->value(4).toBool(),
              q->value(5).toBool()};
        if (!q->value(2).isNull())
            r.responded = q->value(2).toLongLong();
        if (!q->value(3).isNull())
            r.resolved = q->value(3).toLongLong();
        rows << r;
    }
    q->finish();
    const qint64 now = db.clock().nowMs();
    WorkflowStore store(db);
    QList<NetTimes> out;
    for (const Row &r : rows) {
        auto pauses = store.pauses(r.id);
        if (!pauses)
            return pauses.error();
        NetTimes t;
        t.complaintId = r.id;
        t.firstResponseMissed = r.frMissed;
        t.resolutionMissed = r.resMissed;
        const auto net = [&](qint64 end, std::optional<qint64> &ms, std::optional<qint64> &workMin) {
            ms = (end - r.received) - pausedOverlapMs(r.received, end, *pauses, now);
            workMin = (calendar->workingMsBetween(r.received, end)
                       - pausedOverlapWorkingMs(*calendar, r.received, end, *pauses, now))
                      / 60000;
        };
        if (r.responded)
            net(*r.responded, t.responseMs, t.responseWorkingMin);
        if (r.resolved)
            net(*r.resolved, t.resolutionMs, t.resolutionWorkingMin);
        t.pausedMs = pausedOverlapMs(r.received, r.resolved.value_or(now), *pauses, now);
        out << t;
    }
    return out;
}

} // namespace

Result<QList<NetTimes>> netTimes(Database &db, const QDateTime &from, const QDateTime &until)
{
    return compute(db, QStringLiteral("received_at >= ? AND received_at < ?"),
                   {from.toMSecsSinceEpoch(), until.toMSecsSinceEpoch()});
}

Result<NetTimes> netTimesOf(Database &db, const QString &complaintId)
{
    auto r = compute(db, QStringLiteral("id = ?"), {complaintId});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("No complaint with id %1").arg(complaintId));
    return r->first();
}

} // namespace kd
