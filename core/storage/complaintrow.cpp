// One complaint's row read by id.
#include "complaintrow.h"

#include "sqlquery.h"

namespace kd {

Result<QSqlQuery> complaintRow(Database &db, const QString &sql, const QString &complaintId)
{
    auto q = runQuery(db, sql, {complaintId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("No complaint with id %1").arg(complaintId));
    return q;
}

} // namespace kd
