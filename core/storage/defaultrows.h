// Seeding fixed-id default rows (categories, channels, reply templates, knowledge-base articles)
// from the JSON files embedded under :/data. Every desktop and the server seed the same rows with
// the same ids, so the rows are not written to the change log: there is nothing to send.
#pragma once

#include "domain/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace kd {

class Database;

// The array under key in the JSON object of an embedded file.
Result<QJsonArray> readDefaultArray(const QString &path, const QString &key);

// When table has no rows at all (a deleted default stays deleted), inserts one row per entry of
// entries with the given columns, whose values toValues gives, plus created/updated meta columns
// by "system"; in one transaction. Does nothing when the table has rows.
Status seedIfEmpty(Database &db, const QString &table, const QStringList &columns,
                   const QJsonArray &entries,
                   const std::function<QVariantList(const QJsonObject &)> &toValues);

} // namespace kd
