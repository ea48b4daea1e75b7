// Report months in the organisation's time zone (docs/report.md, "Time zone").
#include "reportzone.h"

#include "storage/database.h"
#include "workflow/workflowsettings.h"

namespace kd {

QTimeZone reportTimeZone(Database &db)
{
    const QTimeZone configured(WorkflowSettings(db).value(QStringLiteral("time_zone")).toUtf8());
    if (configured.isValid())
        return configured;
    const QTimeZone fallback(WorkflowSettings::defaultValue(QStringLiteral("time_zone")).toUtf8());
    return fallback.isValid() ? fallback : QTimeZone::utc();
}

QDate reportToday(Database &db)
{
    return db.clock().now().toTimeZone(reportTimeZone(db)).date();
}

} // namespace kd
