// How the queue shows a complaint's time left: text and colour band, from core's numbers.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <optional>

namespace kd {

struct QueueRow;

namespace timeleft {

// "2 h 10 min", "3 d 4 h", "overdue 25 min", "paused", "paused (overdue)" or empty when done.
QString text(const QueueRow &row, qint64 nowMs);
// Red when overdue, orange within the hour, yellow within four hours, grey when paused.
std::optional<QColor> background(const QueueRow &row, qint64 nowMs);
QString toolTip(const QueueRow &row);
// The marker beside the reference of a complaint with an overdue promise (made once).
QIcon overduePromiseIcon();

} // namespace timeleft
} // namespace kd
