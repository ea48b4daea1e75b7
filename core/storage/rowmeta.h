// Reading the meta columns that every synced table has, in one fixed order.
#pragma once

#include "domain/entities.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace kd {

// The five meta columns, to append to a SELECT list; readMeta reads them from index first on.
inline QString metaColumns(const QString &alias = {})
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1created_at, %1updated_at, %1created_by, %1updated_by, %1deleted_at")
        .arg(p);
}

inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline void readMeta(const QSqlQuery &q, int first, RowMeta &meta)
{
    meta.createdAt = fromMs(q.value(first));
    meta.updatedAt = fromMs(q.value(first + 1));
    meta.createdBy = q.value(first + 2).toString();
    meta.updatedBy = q.value(first + 3).toString();
    meta.deleted = !q.value(first + 4).isNull();
}

} // namespace kd
