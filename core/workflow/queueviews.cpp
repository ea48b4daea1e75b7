// SQL fragments for the queue's workflow views; values are always bound.
#include "queueviews.h"

#include "storage/complaintstore.h"

namespace kd {

QStringList workflowViews()
{
    return {QStringLiteral("mine"),    QStringLiteral("team"),      QStringLiteral("unassigned"),
            QStringLiteral("overdue"), QStringLiteral("escalated"), QStringLiteral("waiting")};
}

QString workflowViewWhere(const QueueFilter &f, QVariantList &values)
{
    const QString &v = f.workflowView;
    if (v == QLatin1String("mine")) {
        values << f.currentUser;
        return QStringLiteral("c.assignee = ?");
    }
    if (v == QLatin1String("team")) {
        // Complaints of the user's team, and those assigned to its members.
        values << f.currentUser << f.currentUser;
        return QStringLiteral(
            "((c.team <> '' AND c.team = (SELECT team FROM app_user WHERE login = ?)) OR c.assignee "
            "IN (SELECT login FROM app_user WHERE team <> '' AND team = (SELECT team FROM "
            "app_user WHERE login = ?)))");
    }
    if (v == QLatin1String("unassigned"))
        return QStringLiteral("c.assignee = ''");
    if (v == QLatin1String("overdue")) {
        values << f.nowMs;
        return QStringLiteral("c.status NOT IN ('resolved', 'closed') AND (c.next_due_at < ? OR "
                              "(c.paused_at IS NOT NULL AND c.paused_left_ms < 0))");
    }
    if (v == QLatin1String("escalated"))
        return QStringLiteral("c.escalated_at IS NOT NULL AND c.status NOT IN ('resolved', 'closed')");
    if (v == QLatin1String("waiting"))
        return QStringLiteral("c.paused_at IS NOT NULL");
    return QStringLiteral("0");
}

QString workflowTimeLeftOrder()
{
    return QStringLiteral("CASE WHEN c.next_due_at IS NOT NULL THEN 0 WHEN c.paused_at IS NOT NULL "
                          "THEN 1 ELSE 2 END, coalesce(c.next_due_at, c.paused_left_ms), ");
}

} // namespace kd
