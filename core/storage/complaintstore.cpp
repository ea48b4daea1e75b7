// Complaint rows, references that are never reused, and the queue query.
#include "complaintstore.h"

#include "complaintrow.h"
#include "database.h"
#include "domain/uuid.h"
#include "domain/validation.h"
#include "rowmeta.h"
#include "sqlquery.h"
#include "workflow/queueviews.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kd {
namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.reference, c.customer_id, c.channel_id, c.received_at, c.subject, c.description, "
    "c.category_id, c.severity, c.justified, c.status, c.assignee, c.product_ref, c.public_url, "
    "c.tags, ") + metaColumns(QStringLiteral("c"));

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

Complaint readComplaint(const QSqlQuery &q)
{
    Complaint c;
    c.meta.id = q.value(0).toString();
    c.reference = q.value(1).toString();
    c.customerId = q.value(2).toString();
    c.channelId = q.value(3).toString();
    c.receivedAt = fromMs(q.value(4));
    c.subject = q.value(5).toString();
    c.description = q.value(6).toString();
    c.categoryId = q.value(7).toString();
    c.severity = parse<Severity>(q.value(8).toString()).value_or(Severity::Normal);
    c.justified = parse<Justified>(q.value(9).toString()).value_or(Justified::Unknown);
    c.status = parse<ComplaintStatus>(q.value(10).toString()).value_or(ComplaintStatus::New);
    c.assignee = q.value(11).toString();
    c.productRef = q.value(12).toString();
    c.publicUrl = q.value(13).toString();
    c.tags = tagsFromJson(q.value(14).toString());
    readMeta(q, 15, c.meta);
    return c;
}

// The columns a user can change; reference, id and meta are not among them.
QVariantMap editableColumns(const Complaint &c)
{
    return {{QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("channel_id"), c.channelId},
            {QStringLiteral("received_at"), c.receivedAt.toMSecsSinceEpoch()},
            {QStringLiteral("subject"), c.subject.trimmed()},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("category_id"), nullIfEmpty(c.categoryId)},
            {QStringLiteral("severity"), toString(c.severity)},
            {QStringLiteral("justified"), toString(c.justified)},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("assignee"), c.assignee},
            {QStringLiteral("product_ref"), c.productRef.trimmed()},
            {QStringLiteral("public_url"), c.publicUrl.trimmed()},
            {QStringLiteral("tags"), tagsToJson(c.tags)}};
}

// WHERE clause and its bound values for a queue filter.
// forCount: the filter of a count, which may use the partial index complaint_open; a page keeps
// to the indexes in its sort order (with complaint_open the planner sorted every open complaint
// for each page of 200: 90 ms instead of 8 at a million rows).
QString whereOf(const QueueFilter &f, QVariantList &values, bool forCount = false)
{
    QStringList parts{QStringLiteral("c.deleted_at IS NULL")};
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (ComplaintStatus s : f.statuses) {
            marks << QStringLiteral("?");
            values << toString(s);
        }
        parts << QStringLiteral("c.status IN (%1)").arg(marks.join(u','));
        // Only open statuses: the condition of the partial index complaint_open (migration
        // 0013), written out so the planner can use it; the bound values above cannot prove it.
        const bool onlyOpen = std::none_of(f.statuses.cbegin(), f.statuses.cend(),
                                           [](ComplaintStatus s) {
                                               return s == ComplaintStatus::Resolved
                                                      || s == ComplaintStatus::Closed;
                                           });
        if (forCount && onlyOpen)
            parts << QStringLiteral("c.status NOT IN ('resolved', 'closed')");
    }
    if (f.assignee == QLatin1String("-")) {
        parts << QStringLiteral("c.assignee = ''");
    } else if (!f.assignee.isEmpty()) {
        parts << QStringLiteral("c.assignee = ?");
        values << f.assignee;
    }
    if (!f.customerId.isEmpty()) {
        parts << QStringLiteral("c.customer_id = ?");
        values << f.customerId;
    }
    if (!f.channelId.isEmpty()) {
        parts << QStringLiteral("c.channel_id = ?");
        values << f.channelId;
    }
    if (!f.categoryId.isEmpty()) {
        parts << QStringLiteral("(c.category_id = ? OR c.category_id IN "
                                "(SELECT id FROM category WHERE parent_id = ?))");
        values << f.categoryId << f.categoryId;
    }
    if (f.minSeverity) {
        QStringList marks;
        for (Severity s : {Severity::Low, Severity::Normal, Severity::High, Severity::Critical})
            if (s >= *f.minSeverity) {
                marks << QStringLiteral("?");
                values << toString(s);
            }
        parts << QStringLiteral("c.severity IN (%1)").arg(marks.join(u','));
    }
    if (f.receivedFrom.isValid()) {
        parts << QStringLiteral("c.received_at >= ?");
        values << f.receivedFrom.toMSecsSinceEpoch();
    }
    if (f.receivedUntil.isValid()) {
        parts << QStringLiteral("c.received_at < ?");
        values << f.receivedUntil.toMSecsSinceEpoch();
    }
    if (!f.workflowView.isEmpty())
        parts << workflowViewWhere(f, values);
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

ComplaintStore::ComplaintStore(Database &db) : m_db(db) {}

Result<QString> ComplaintStore::nextReference(int year)
{
    // The counter only goes up, in the same transaction as the complaint that uses it.
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO reference_counter(year, last_number) VALUES (?, 1) "
                                     "ON CONFLICT(year) DO UPDATE SET last_number = last_number + 1 "
                                     "RETURNING last_number"),
                      {year});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Storage, QStringLiteral("The reference counter gave no number."));
    const qint64 number = q->value(0).toLongLong();
    q->finish();
    return QStringLiteral("KL-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
}

Status ComplaintStore::add(Complaint &complaint)
{
    if (auto s = validate(complaint); !s)
        return s;
    if (complaint.meta.id.isEmpty())
        complaint.meta.id = uuid::v7(m_db.clock());
    if (complaint.reference.isEmpty()) {
        auto ref = nextReference(complaint.receivedAt.toUTC().date().year());
        if (!ref)
            return ref.error();
        complaint.reference = *ref;
    }
    QVariantMap columns = editableColumns(complaint);
    columns.insert(QStringLiteral("reference"), complaint.reference);
    return RowWriter(m_db).insert(QStringLiteral("complaint"), complaint.meta.id, columns);
}

Result<QList<FieldChange>> ComplaintStore::update(const Complaint &complaint)
{
    if (auto s = validate(complaint); !s)
        return s.error();
    return RowWriter(m_db).update(QStringLiteral("complaint"), complaint.meta.id,
                                  editableColumns(complaint));
}

Status ComplaintStore::remove(const QString &id)
{
    return RowWriter(m_db).tombstone(QStringLiteral("complaint"), id);
}

Result<Complaint> ComplaintStore::get(const QString &id)
{
    auto q = complaintRow(
        m_db, QStringLiteral("SELECT %1 FROM complaint c WHERE c.id = ?").arg(kColumns), id);
    if (!q)
        return q.error();
    return readComplaint(*q);
}

Result<Complaint> ComplaintStore::byReference(const QString &reference)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM complaint c WHERE c.reference = ? COLLATE NOCASE "
                                     "AND c.deleted_at IS NULL")
                          .arg(kColumns),
                      {reference.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("kd::ComplaintStore", "No complaint with reference %1.").arg(reference.trimmed()),
                         reference);
    return readComplaint(*q);
}

namespace {

// The queue's sort key, most significant first. Every expression is NOT NULL so that a keyset
// comparison is exact; the last one is local_id, unique, so the order is total. The time-left
// order is the one workflowTimeLeftOrder() describes (due ones first, then paused, then the
// rest); a NULL time left sorts first within its group there, as the minimum value does here.
struct SortKey
{
    QString expression;
    bool descending;
};

QList<SortKey> sortKeys(const QueueFilter &filter)
{
    QList<SortKey> keys;
    if (filter.sortByTimeLeft) {
        keys << SortKey{QStringLiteral("(CASE WHEN c.next_due_at IS NOT NULL THEN 0 WHEN "
                                       "c.paused_at IS NOT NULL THEN 1 ELSE 2 END)"), false}
             << SortKey{QStringLiteral("coalesce(c.next_due_at, c.paused_left_ms, "
                                       "-9223372036854775807)"), false};
    }
    keys << SortKey{QStringLiteral("c.received_at"), true} << SortKey{QStringLiteral("c.local_id"), true};
    return keys;
}

// "Comes after `after` in queue order". With one direction throughout this is a row-value
// comparison, which SQLite answers from the complaint_received index (local_id is its rowid);
// mixed directions expand to (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...
QString afterClause(const QList<SortKey> &keys, const QVariantList &after, QVariantList &values)
{
    bool sameDirection = true;
    for (const SortKey &k : keys)
        sameDirection = sameDirection && k.descending == keys.first().descending;
    QStringList exprs, marks;
    for (const SortKey &k : keys) {
        exprs << k.expression;
        marks << QStringLiteral("?");
    }
    if (sameDirection) {
        values << after;
        return QStringLiteral("(%1) %2 (%3)")
            .arg(exprs.join(u','), keys.first().descending ? QStringLiteral("<") : QStringLiteral(">"),
                 marks.join(u','));
    }
    QStringList ors;
    for (int i = 0; i < keys.size(); ++i) {
        QStringList ands;
        for (int j = 0; j < i; ++j) {
            ands << keys.at(j).expression + QStringLiteral(" = ?");
            values << after.at(j);
        }
        ands << keys.at(i).expression + (keys.at(i).descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
        values << after.at(i);
        ors << QStringLiteral("(%1)").arg(ands.join(QStringLiteral(" AND ")));
    }
    return QStringLiteral("(%1)").arg(ors.join(QStringLiteral(" OR ")));
}

} // namespace

Result<QList<QueueRow>> ComplaintStore::queue(const QueueFilter &filter, int offset, int limit)
{
    return queuePage(filter, {}, offset, limit);
}

Result<QList<QueueRow>> ComplaintStore::queueAfter(const QueueFilter &filter,
                                                   const QVariantList &after, int limit)
{
    return queuePage(filter, after, 0, limit);
}

Result<QList<QueueRow>> ComplaintStore::queuePage(const QueueFilter &filter,
                                                  const QVariantList &after, int offset, int limit)
{
    const QList<SortKey> keys = sortKeys(filter);
    if (!after.isEmpty() && after.size() != keys.size())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("A queue position does not fit the queue's sort order."));
    QVariantList values{filter.nowMs};
    const bool nl = filter.language.startsWith(QLatin1String("nl"));
    const QString name = nl ? QStringLiteral("coalesce(nullif(%1.name_nl, ''), %1.name_en)")
                            : QStringLiteral("%1.name_en");
    QString where = whereOf(filter, values);
    if (!after.isEmpty())
        where += QStringLiteral(" AND ") + afterClause(keys, after, values);
    QStringList keyExprs, order;
    for (const SortKey &k : keys) {
        keyExprs << k.expression;
        order << k.expression + (k.descending ? QStringLiteral(" DESC") : QString());
    }
    values << limit << offset;
    const QString sql = QStringLiteral(
        "SELECT c.id, c.reference, c.received_at, cu.name, %1, %2, c.severity, c.status, "
        "c.assignee, c.subject, c.next_due_at, c.paused_at, c.paused_left_ms, "
        "(c.first_response_missed OR c.resolution_missed), c.escalated_at, "
        "(SELECT count(*) FROM promise p WHERE p.complaint_id = c.id AND p.state = 'open' "
        "AND p.deleted_at IS NULL AND p.due_at < ?), %5 FROM complaint c "
        "LEFT JOIN customer cu ON cu.id = c.customer_id "
        "LEFT JOIN channel ch ON ch.id = c.channel_id "
        "LEFT JOIN category ca ON ca.id = c.category_id "
        "WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
        .arg(name.arg(QStringLiteral("ch")), name.arg(QStringLiteral("ca")), where,
             order.join(QStringLiteral(", ")), keyExprs.join(QStringLiteral(", ")));
    auto q = runQuery(m_db, sql, values);
    if (!q)
        return q.error();
    QList<QueueRow> rows;
    while (q->next()) {
        QueueRow r;
        r.id = q->value(0).toString();
        r.reference = q->value(1).toString();
        r.receivedAt = fromMs(q->value(2));
        r.customerName = q->value(3).toString();
        r.channelName = q->value(4).toString();
        r.categoryName = q->value(5).toString();
        r.severity = parse<Severity>(q->value(6).toString()).value_or(Severity::Normal);
        r.status = parse<ComplaintStatus>(q->value(7).toString()).value_or(ComplaintStatus::New);
        r.assignee = q->value(8).toString();
        r.subject = q->value(9).toString();
        if (!q->value(10).isNull())
            r.nextDueAt = q->value(10).toLongLong();
        r.paused = !q->value(11).isNull();
        if (!q->value(12).isNull())
            r.pausedLeftMs = q->value(12).toLongLong();
        r.targetMissed = q->value(13).toBool();
        r.escalated = !q->value(14).isNull();
        r.overduePromises = q->value(15).toInt();
        for (int i = 0; i < keys.size(); ++i)
            r.sortKey << q->value(16 + i);
        rows.append(r);
    }
    return rows;
}

Result<int> ComplaintStore::count(const QueueFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, values, true);
    auto q = runQuery(m_db, QStringLiteral("SELECT count(*) FROM complaint c WHERE %1").arg(where),
                      values);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<bool> ComplaintStore::hasAny()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM complaint WHERE deleted_at IS NULL LIMIT 1"));
    if (!q)
        return q.error();
    return q->next();
}

} // namespace kd
