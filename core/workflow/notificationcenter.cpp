// Notifications as synced rows, so an escalation made on one desktop reaches the supervisor's.
#include "notificationcenter.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

namespace kd {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT n.id, n.recipient, n.complaint_id, c.reference, n.kind, n.title, n.body, "
    "n.created_at, n.seen_at FROM notification n LEFT JOIN complaint c ON c.id = n.complaint_id "
    "WHERE n.deleted_at IS NULL AND ");

QList<Notification> readAll(QSqlQuery &q)
{
    QList<Notification> out;
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toString();
        n.recipient = q.value(1).toString();
        n.complaintId = q.value(2).toString();
        n.reference = q.value(3).toString();
        n.kind = q.value(4).toString();
        n.title = q.value(5).toString();
        n.body = q.value(6).toString();
        n.createdAt = fromMs(q.value(7));
        n.seenAt = fromMs(q.value(8));
        out << n;
    }
    return out;
}

} // namespace

NotificationCenter::NotificationCenter(Database &db) : m_db(db) {}

Result<bool> NotificationCenter::notify(const QString &recipient, const QString &complaintId,
                                        const QString &kind, const QString &title,
                                        const QString &body, const QString &dedupKey)
{
    if (!dedupKey.isEmpty()) {
        auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM notification WHERE dedup_key = ?"),
                          {dedupKey});
        if (!q)
            return q.error();
        if (q->next())
            return false;
    }
    const QString to = recipient.isEmpty() ? supervisors() : recipient;
    if (auto s = RowWriter(m_db).insert(QStringLiteral("notification"), uuid::v7(m_db.clock()),
                                        {{QStringLiteral("recipient"), to},
                                         {QStringLiteral("complaint_id"), nullIfEmpty(complaintId)},
                                         {QStringLiteral("kind"), kind},
                                         {QStringLiteral("title"), title},
                                         {QStringLiteral("body"), body},
                                         {QStringLiteral("dedup_key"), dedupKey}});
        !s)
        return s.error();
    return true;
}

Result<QList<Notification>> NotificationCenter::pending(const QString &login)
{
    auto role = runQuery(m_db, QStringLiteral("SELECT role FROM app_user WHERE login = ? AND "
                                              "deleted_at IS NULL"),
                         {login});
    if (!role)
        return role.error();
    const bool supervisor = role->next() && role->value(0).toString() != QLatin1String("agent");
    role->finish();
    auto q = runQuery(m_db,
                      kSelect
                          + QStringLiteral("n.seen_at IS NULL AND (n.recipient = ? OR "
                                           "(? = 1 AND n.recipient = ?)) ORDER BY n.created_at, n.rowid"),
                      {login, supervisor ? 1 : 0, supervisors()});
    if (!q)
        return q.error();
    return readAll(*q);
}

Result<QList<Notification>> NotificationCenter::all(int limit)
{
    auto q = runQuery(m_db, kSelect + QStringLiteral("1 = 1 ORDER BY n.created_at DESC LIMIT ?"),
                      {limit});
    if (!q)
        return q.error();
    return readAll(*q);
}

Status NotificationCenter::markSeen(const QString &id)
{
    auto r = RowWriter(m_db).update(QStringLiteral("notification"), id,
                                    {{QStringLiteral("seen_at"), m_db.clock().nowMs()}});
    if (!r)
        return r.error();
    return {};
}

} // namespace kd
