// Complaints: storing, reading by id or reference, field updates, and the queue's paged rows.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"
#include "rowwriter.h"

#include <QList>
#include <QVariant>

namespace kd {

class Database;

// What the queue shows for one complaint, read in one query with its joins.
struct QueueRow
{
    QString id;
    QString reference;
    QDateTime receivedAt;
    QString customerName;
    QString channelName;
    QString categoryName;
    Severity severity = Severity::Normal;
    ComplaintStatus status = ComplaintStatus::New;
    QString assignee;
    QString subject;
    // Workflow (docs/workflow.md): time left is nextDueAt - now; no due while paused or done.
    std::optional<qint64> nextDueAt;
    bool paused = false;
    std::optional<qint64> pausedLeftMs;  // working time left when the pause began
    bool targetMissed = false;           // a target was missed (stays so through pauses)
    bool escalated = false;
    int overduePromises = 0;
    // This row's position in the queue order (the values of the sort key): pass it to
    // ComplaintStore::queueAfter for the rows that follow it.
    QVariantList sortKey;
};

struct QueueFilter
{
    QList<ComplaintStatus> statuses; // empty: any
    QString assignee;                // empty: anyone; "-" for unassigned
    QString customerId;
    QString channelId;
    QString categoryId;               // includes its sub-categories
    std::optional<Severity> minSeverity;
    QDateTime receivedFrom;           // inclusive
    QDateTime receivedUntil;          // exclusive
    QString language = QStringLiteral("en"); // which names to show
    // Workflow views: mine, team, unassigned, overdue, escalated, waiting (core/workflow/queueviews.h).
    QString workflowView;
    QString currentUser;  // for "mine" and "team"
    qint64 nowMs = 0;     // for "overdue"
    bool sortByTimeLeft = false; // least time left first; paused and done ones last
};

class ComplaintStore
{
public:
    explicit ComplaintStore(Database &db);

    // Validates, gives the complaint its id and reference, and stores it. Runs in the caller's
    // transaction: the reference counter, the row and its change-log entry commit together.
    Status add(Complaint &complaint);
    Result<QList<FieldChange>> update(const Complaint &complaint);
    Status remove(const QString &id); // tombstone; the reference is never handed out again

    Result<Complaint> get(const QString &id);
    Result<Complaint> byReference(const QString &reference);

    // Newest first (or by time left). offset/limit page through the queue without loading it
    // whole; the cost of OFFSET grows with it, so deep pages use queueAfter.
    Result<QList<QueueRow>> queue(const QueueFilter &filter, int offset, int limit);
    // Keyset paging: the `limit` rows that follow the row whose sortKey is `after` (from the top
    // when empty). As fast at the end of a million rows as at the start.
    Result<QList<QueueRow>> queueAfter(const QueueFilter &filter, const QVariantList &after,
                                       int limit);
    Result<int> count(const QueueFilter &filter);
    // Whether any complaint is stored (tombstones aside): one index probe, where count() reads
    // the whole queue's index range.
    Result<bool> hasAny();

    // Next free reference for the year the complaint came in: KL-2026-000123.
    Result<QString> nextReference(int year);

private:
    Result<QList<QueueRow>> queuePage(const QueueFilter &filter, const QVariantList &after,
                                      int offset, int limit);

    Database &m_db;
};

} // namespace kd
