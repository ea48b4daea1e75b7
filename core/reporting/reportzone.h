// The one place that says in which time zone report months are counted, shared by the CLI and
// the report window so that a complaint at 23:30 on the month's last day lands in one month.
#pragma once

#include <QDate>
#include <QTimeZone>

namespace kd {

class Database;

// The organisation's time zone: the workflow setting time_zone (the zone the targets are
// measured in), else Europe/Amsterdam; UTC only when neither is known to the system.
QTimeZone reportTimeZone(Database &db);

// Today in that zone, by the database's clock: "last month" is counted from here.
QDate reportToday(Database &db);

} // namespace kd
