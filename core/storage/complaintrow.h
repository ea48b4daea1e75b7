// One complaint's row read by id, for the classes that read a few columns of it themselves.
#pragma once

#include "domain/error.h"

#include <QSqlQuery>
#include <QString>

namespace kd {

class Database;

// sql reads the complaint table with the id as its only value. The query stands on the row; no
// row is a NotFound error, worded the same for every caller.
Result<QSqlQuery> complaintRow(Database &db, const QString &sql, const QString &complaintId);

} // namespace kd
