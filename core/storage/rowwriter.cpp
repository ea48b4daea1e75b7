// Generic writes with tombstones and the change log in one transaction.
#include "rowwriter.h"

#include "database.h"
#include "domain/uuid.h"
#include "sqlquery.h"
#include "sync/hlc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kd {

bool isSafeIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

namespace {

// A null QString would be bound as SQL NULL; text columns are NOT NULL and hold '' instead.
// A column that may be NULL is given an invalid QVariant on purpose (nullIfEmpty).
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

} // namespace

RowWriter::RowWriter(Database &db) : m_db(db) {}

QString RowWriter::nextHlc()
{
    const auto last = HlcStamp::parse(m_db.stateValue(QStringLiteral("hlc"))).value_or(HlcStamp{});
    const HlcStamp next = hlcTick(last, m_db.clock().nowMs(), m_db.siteId());
    const QString text = next.toString();
    (void)m_db.setStateValue(QStringLiteral("hlc"), text);
    return text;
}

Status RowWriter::logChange(const QString &table, const QString &id, const QString &op,
                            const QVariantMap &fields)
{
    const QByteArray json
        = QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact);
    return runStatement(m_db,
                        QStringLiteral("INSERT INTO change_log(change_id, table_name, row_id, op, "
                                       "fields, hlc, author, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {uuid::v7(m_db.clock()), table, id, op, QString::fromUtf8(json),
                         nextHlc(), m_db.user(), m_db.clock().nowMs()});
}

Status RowWriter::insert(const QString &table, const QString &id, const QVariantMap &columns)
{
    Q_ASSERT(isSafeIdentifier(table));
    const qint64 now = m_db.clock().nowMs();
    QVariantMap all = columns;
    all.insert(QStringLiteral("created_at"), now);
    all.insert(QStringLiteral("updated_at"), now);
    all.insert(QStringLiteral("created_by"), m_db.user());
    all.insert(QStringLiteral("updated_by"), m_db.user());

    QStringList names{QStringLiteral("id")};
    QVariantList values{id};
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        Q_ASSERT(isSafeIdentifier(it.key()));
        names << it.key();
        values << bindable(it.value());
    }
    const QString placeholders = QStringList(names.size(), QStringLiteral("?")).join(u',');
    const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                            .arg(table, names.join(u','), placeholders);
    if (auto s = runStatement(m_db, sql, values); !s)
        return s;
    return logChange(table, id, QStringLiteral("insert"), all);
}

Result<QList<FieldChange>> RowWriter::update(const QString &table, const QString &id,
                                             const QVariantMap &columns)
{
    Q_ASSERT(isSafeIdentifier(table));
    QStringList names = columns.keys();
    for (const QString &n : names)
        Q_ASSERT(isSafeIdentifier(n));
    auto current = runQuery(m_db,
                            QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted_at IS NULL")
                                .arg(names.join(u','), table),
                            {id});
    if (!current)
        return current.error();
    if (!current->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("No such row in %1").arg(table), id);

    QList<FieldChange> changes;
    QVariantMap changed;
    for (int i = 0; i < names.size(); ++i) {
        const QVariant oldValue = current->value(i);
        const QVariant newValue = bindable(columns.value(names.at(i)));
        const bool same = (oldValue.isNull() && newValue.isNull())
                          || (!oldValue.isNull() && !newValue.isNull()
                              && oldValue.toString() == newValue.toString());
        if (same)
            continue;
        changes.append({names.at(i), oldValue, newValue});
        changed.insert(names.at(i), newValue);
    }
    if (changes.isEmpty())
        return changes;

    changed.insert(QStringLiteral("updated_at"), m_db.clock().nowMs());
    changed.insert(QStringLiteral("updated_by"), m_db.user());
    QStringList sets;
    QVariantList values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    values << id;
    const QString sql
        = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")));
    if (auto s = runStatement(m_db, sql, values); !s)
        return s.error();
    if (auto s = logChange(table, id, QStringLiteral("update"), changed); !s)
        return s.error();
    return changes;
}

Status RowWriter::tombstone(const QString &table, const QString &id)
{
    Q_ASSERT(isSafeIdentifier(table));
    const qint64 now = m_db.clock().nowMs();
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ? "
                                     "WHERE id = ? AND deleted_at IS NULL")
                          .arg(table),
                      {now, now, m_db.user(), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("No such row in %1").arg(table), id);
    return logChange(table, id, QStringLiteral("delete"),
                     {{QStringLiteral("deleted_at"), now}});
}

} // namespace kd
