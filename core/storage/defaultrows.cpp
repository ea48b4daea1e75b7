// Seeding fixed-id default rows from embedded JSON; see defaultrows.h.
#include "defaultrows.h"

#include "database.h"
#include "rowwriter.h"
#include "sqlquery.h"

#include <QFile>
#include <QJsonDocument>

namespace kd {

Result<QJsonArray> readDefaultArray(const QString &path, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1").arg(path));
    return QJsonDocument::fromJson(f.readAll()).object().value(key).toArray();
}

Status seedIfEmpty(Database &db, const QString &table, const QStringList &columns,
                   const QJsonArray &entries,
                   const std::function<QVariantList(const QJsonObject &)> &toValues)
{
    if (!isSafeIdentifier(table))
        return makeError(ErrorCode::Invalid, QStringLiteral("Not a table name: %1").arg(table));
    auto count = runQuery(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    if (!count)
        return count.error();
    if (count->next() && count->value(0).toBool())
        return {};
    count->finish();

    const QStringList all = columns + QStringList{QStringLiteral("created_at"),
                                                  QStringLiteral("updated_at"),
                                                  QStringLiteral("created_by"),
                                                  QStringLiteral("updated_by")};
    const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                            .arg(table, all.join(QStringLiteral(", ")),
                                 QStringList(all.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    const qint64 now = db.clock().nowMs();
    const QString system = QStringLiteral("system");
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    for (const QJsonValue &v : entries) {
        QVariantList values = toValues(v.toObject());
        values << now << now << system << system;
        if (auto s = runStatement(db, sql, values); !s)
            return s;
    }
    return tx.commit();
}

} // namespace kd
