// Workflow benchmark: the queue sorted and filtered by time left on the large database, computed
// in SQL from next_due_at (issue #5: no per-row C++ work on a repaint).
#include "bench.h"

#include "search/benchdata.h"
#include "service/session.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kd::bench {
namespace {

int runQueue(const Options &o, Table &table)
{
    QTextStream log(stderr);
    const QString path = QDir(o.workDir).filePath(QStringLiteral("workflow-%1.sqlite").arg(o.complaints));
    const bool exists = QFileInfo::exists(path);
    if (!exists)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    auto db = openWorkstation(path);
    if (!db) {
        log << "cannot open " << path << ": " << db.error().toString() << '\n';
        return 1;
    }
    Database &d = **db;
    if (!exists) {
        BenchDataSpec spec;
        spec.complaints = o.complaints;
        spec.customers = std::max(1, o.complaints / 5);
        spec.interactions = o.complaints;
        log << "generating " << spec.complaints << " complaints in " << path << " ...\n";
        auto info = generateBenchData(d, spec);
        if (!info) {
            log << "generation failed: " << info.error().toString() << '\n';
            return 1;
        }
        // Due times as registration would set them: one working day-ish after receipt for open
        // complaints, some paused. Plain SQL: this is test data, not synced.
        Transaction tx(d);
        if (!tx.begin())
            return 1;
        auto s = runStatement(d, QStringLiteral(
            "UPDATE complaint SET next_due_at = CASE WHEN status IN ('resolved', 'closed') THEN "
            "NULL WHEN status = 'waiting' THEN NULL ELSE received_at + 8 * 3600000 END, "
            "paused_at = CASE WHEN status = 'waiting' THEN received_at + 3600000 END, "
            "paused_left_ms = CASE WHEN status = 'waiting' THEN 3600000 END, "
            "escalated_at = CASE WHEN severity = 'critical' THEN received_at END"));
        if (!s || !tx.commit()) {
            log << "cannot set due times\n";
            return 1;
        }
    }
    ComplaintStore store(d);
    auto maxReceived = runQuery(d, QStringLiteral("SELECT max(received_at) FROM complaint"));
    if (!maxReceived || !maxReceived->next())
        return 1;
    const qint64 now = maxReceived->value(0).toLongLong();
    maxReceived->finish();

    QueueFilter open;
    open.statuses = {ComplaintStatus::New, ComplaintStatus::Acknowledged,
                     ComplaintStatus::InProgress, ComplaintStatus::WaitingForCustomer};
    open.nowMs = now;
    QueueFilter byTime = open;
    byTime.sortByTimeLeft = true;
    QueueFilter overdue = open;
    overdue.workflowView = QStringLiteral("overdue");
    QueueFilter escalated = open;
    escalated.workflowView = QStringLiteral("escalated");
    QueueFilter waiting;
    waiting.workflowView = QStringLiteral("waiting");

    const auto page = [&](const QueueFilter &f) {
        return sample(o.repeat, [&] { (void)store.queue(f, 0, 200); });
    };
    const auto count = [&](const QueueFilter &f) {
        return sample(o.repeat, [&] { (void)store.count(f); });
    };
    const QString note = QStringLiteral("%1 complaints").arg(o.complaints);
    table.row(QStringLiteral("queue page (200), open, newest first"), page(open), QStringLiteral("< 100 ms"), note);
    table.row(QStringLiteral("queue page (200), open, least time left first"), page(byTime),
              QStringLiteral("< 100 ms"), note);
    table.row(QStringLiteral("queue page (200), overdue view"), page(overdue), QStringLiteral("< 100 ms"), note);
    table.row(QStringLiteral("queue count, overdue view"), count(overdue), QStringLiteral("< 500 ms"), note);
    table.row(QStringLiteral("queue page (200), escalated view"), page(escalated), QStringLiteral("< 100 ms"), note);
    table.row(QStringLiteral("queue page (200), waiting view"), page(waiting), QStringLiteral("< 100 ms"), note);
    return 0;
}

const bool registered = registerBenchmark(
    {QStringLiteral("workflow"),
     QStringLiteral("queue sorted and filtered by time left on the large database"), runQueue});

} // namespace
} // namespace kd::bench
