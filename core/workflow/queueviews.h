// The queue's workflow views (mine, team, unassigned, overdue, escalated, waiting) as SQL, so the
// queue filters and sorts by time left in the database, not per row on every repaint.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kd {

struct QueueFilter;

// The view codes, in the order the UI offers them.
QStringList workflowViews();
// A WHERE part over complaint alias "c" for filter.workflowView; appends its bound values.
// An unknown view matches nothing rather than everything.
QString workflowViewWhere(const QueueFilter &filter, QVariantList &values);
// ORDER BY prefix: least time left first (paused ones by the time they had left), done ones last.
QString workflowTimeLeftOrder();

} // namespace kd
