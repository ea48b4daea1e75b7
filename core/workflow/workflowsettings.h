// The workflow's small settings (pausing statuses, pause limit, warning time, time zone).
#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QList>
#include <QString>

namespace kd {

class Database;

class WorkflowSettings
{
public:
    explicit WorkflowSettings(Database &db);

    // The stored value, else the built-in default for the key (docs/workflow.md).
    QString value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    static QString defaultValue(const QString &key);
    static QStringList keys();

    // Statuses whose time does not count against the team (default: waiting).
    QList<ComplaintStatus> pausingStatuses();
    int pauseLimitDays();
    int warningMinutes();

private:
    Database &m_db;
};

} // namespace kd
