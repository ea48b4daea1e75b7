// Workflow settings as synced rows, so a team shares one protocol.
#include "workflowsettings.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace kd {

WorkflowSettings::WorkflowSettings(Database &db) : m_db(db) {}

QStringList WorkflowSettings::keys()
{
    return {QStringLiteral("pausing_statuses"), QStringLiteral("pause_limit_days"),
            QStringLiteral("warning_minutes"), QStringLiteral("time_zone"),
            QStringLiteral("liberation_day")};
}

QString WorkflowSettings::defaultValue(const QString &key)
{
    if (key == QLatin1String("pausing_statuses"))
        return QStringLiteral("waiting");
    if (key == QLatin1String("pause_limit_days"))
        return QStringLiteral("14");
    if (key == QLatin1String("warning_minutes"))
        return QStringLiteral("30");
    if (key == QLatin1String("time_zone"))
        return QStringLiteral("Europe/Amsterdam");
    if (key == QLatin1String("liberation_day"))
        return QStringLiteral("lustrum");
    return {};
}

QString WorkflowSettings::value(const QString &key)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT value FROM workflow_setting "
                                           "WHERE key = ? AND deleted_at IS NULL"),
                      {key});
    if (q && q->next())
        return q->value(0).toString();
    return defaultValue(key);
}

Status WorkflowSettings::setValue(const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return invalid(QStringLiteral("key"),
                       QCoreApplication::translate("kd::WorkflowSettings",
                                                   "Unknown setting \"%1\"; settings: %2.")
                           .arg(key, keys().join(QStringLiteral(", "))));
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM workflow_setting WHERE key = ?"), {key});
    if (!q)
        return q.error();
    RowWriter writer(m_db);
    if (q->next()) {
        const QString id = q->value(0).toString();
        q->finish();
        auto changed = writer.update(QStringLiteral("workflow_setting"), id,
                                     {{QStringLiteral("value"), value}});
        if (!changed)
            return changed.error();
        return {};
    }
    return writer.insert(QStringLiteral("workflow_setting"), uuid::v7(m_db.clock()),
                         {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
}

QList<ComplaintStatus> WorkflowSettings::pausingStatuses()
{
    QList<ComplaintStatus> out;
    for (const QString &code : value(QStringLiteral("pausing_statuses"))
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto s = parse<ComplaintStatus>(code.trimmed()))
            // Resolved and closed stop the clocks altogether; they are never a pause.
            if (*s != ComplaintStatus::Resolved && *s != ComplaintStatus::Closed
                && *s != ComplaintStatus::New)
                out << *s;
    }
    return out;
}

int WorkflowSettings::pauseLimitDays()
{
    bool ok = false;
    const int v = value(QStringLiteral("pause_limit_days")).toInt(&ok);
    return ok && v > 0 ? v : 14;
}

int WorkflowSettings::warningMinutes()
{
    bool ok = false;
    const int v = value(QStringLiteral("warning_minutes")).toInt(&ok);
    return ok && v >= 0 ? v : 30;
}

} // namespace kd
