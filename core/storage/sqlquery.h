// Prepared statements with bound values, and their errors turned into kd::Error.
#pragma once

#include "domain/error.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>

namespace kd {

class Database;

// Prepares sql, binds values positionally and runs it. Every statement in the core goes through
// here or through a QSqlQuery prepared the same way: user text is only ever a bound value.
Result<QSqlQuery> runQuery(Database &db, const QString &sql, const QVariantList &values = {});
Status runStatement(Database &db, const QString &sql, const QVariantList &values = {});
// The first column of every row, as text (ids, codes): the statement is finished afterwards.
Result<QStringList> queryStrings(Database &db, const QString &sql, const QVariantList &values = {});

Error storageError(const QSqlQuery &query, const QString &what);

// Null for empty strings, so optional text columns stay NULL rather than ''.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace kd
