// Small helpers shared by the WorkflowService source files (service, targets, check); private to
// core/workflow.
#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kd::workflow_detail {
inline QString tr(const char *text)
{
    return QCoreApplication::translate("kd::WorkflowService", text);
}

constexpr qint64 kMinute = 60000;

inline std::optional<bool> parseYesNo(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1")
        || v == QLatin1String("ja"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0")
        || v == QLatin1String("nee"))
        return false;
    return std::nullopt;
}

inline Error notYesNo(const QString &field, const QString &value)
{
    return invalid(field, QCoreApplication::translate("kd::WorkflowService", "\"%1\" is not yes or no.").arg(value));
}

inline QDateTime toDateTime(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

inline bool isFinished(ComplaintStatus s)
{
    return s == ComplaintStatus::Resolved || s == ComplaintStatus::Closed;
}

inline QString minutesText(qint64 ms)
{
    return QCoreApplication::translate("kd::WorkflowService", "%1 working minutes").arg(ms / kMinute);
}

} // namespace kd::workflow_detail
