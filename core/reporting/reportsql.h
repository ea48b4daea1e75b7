// What the report's .cpp files share: units and the SQL of a label column (not installed API).
#pragma once

#include <QString>

namespace kd::reportsql {

inline constexpr qint64 kMinute = 60 * 1000;
inline constexpr qint64 kDay = 24 * 60 * kMinute;

// The label column for a category or channel in the report's language.
inline QString nameColumn(const QString &language, const QString &alias)
{
    return language.startsWith(QLatin1String("nl"))
               ? QStringLiteral("COALESCE(NULLIF(%1.name_nl, ''), %1.name_en)").arg(alias)
               : QStringLiteral("%1.name_en").arg(alias);
}

} // namespace kd::reportsql
