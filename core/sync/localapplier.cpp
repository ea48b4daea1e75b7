// Applying server rows locally, column by column, with per-field server versions in sync_row.
#include "localapplier.h"

#include "importing/bulkstatement.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "storedrow.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace kd {

namespace {

// A reference taken here by a complaint whose insert is still waiting to go up (numbered before
// this desktop had a block): that one steps aside; the server will give it a free number.
Status makeRoomForReference(Database &db, const QString &table, const QString &rowId,
                            const QVariant &reference)
{
    if (table != QLatin1String("complaint") || reference.isNull())
        return {};
    return runStatement(db,
                        QStringLiteral("UPDATE complaint SET reference = reference || '~' || "
                                       "substr(id, 1, 8) WHERE reference = ? AND id <> ?"),
                        {reference, rowId});
}

} // namespace

RemoteChange RemoteChange::fullRow(const QString &table, const QString &rowId, const QString &data,
                                   const QString &fver, qint64 rowVersion)
{
    RemoteChange rc;
    rc.table = table;
    rc.rowId = rowId;
    rc.op = QStringLiteral("insert");
    rc.fields = QJsonDocument::fromJson(data.toUtf8()).object();
    rc.fieldVersions = QJsonDocument::fromJson(fver.toUtf8()).object();
    rc.version = rowVersion;
    return rc;
}

LocalApplier::LocalApplier(Database &db) : m_db(db) {}
LocalApplier::~LocalApplier() = default;

QVariant LocalApplier::toSql(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QVariant();
    case QJsonValue::Bool: return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return static_cast<qlonglong>(d);
        return d;
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QVariant();
}

const LocalApplier::TableInfo &LocalApplier::info(const QString &table)
{
    auto it = m_tables.find(table);
    if (it != m_tables.end())
        return *it;
    TableInfo t;
    if (isSafeIdentifier(table)) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (q.next()) {
                const QString name = q.value(1).toString();
                if (name == QLatin1String("local_id"))
                    continue;
                t.columns << name;
                if (q.value(3).toInt() == 1 && q.value(4).isNull())
                    t.required.insert(name);
                // dflt_value is the SQL text of the default: 'normal', 0, NULL.
                const QString dflt = q.value(4).toString();
                if (dflt.startsWith(u'\'') && dflt.endsWith(u'\'') && dflt.size() >= 2)
                    t.defaults.insert(name, dflt.mid(1, dflt.size() - 2).replace(u"''"_qs, u"'"_qs));
                else if (bool number = false; dflt.toLongLong(&number), number)
                    t.defaults.insert(name, dflt.toLongLong());
                else if (!q.value(4).isNull())
                    t.defaults.insert(name, QJsonValue::Null);
            }
        }
        static const QStringList meta{QStringLiteral("id"), QStringLiteral("created_at"),
                                      QStringLiteral("updated_at"), QStringLiteral("created_by"),
                                      QStringLiteral("updated_by"), QStringLiteral("deleted_at")};
        t.synced = !t.columns.isEmpty();
        for (const QString &m : meta)
            t.synced = t.synced && t.columns.contains(m);
    }
    return *m_tables.insert(table, t);
}

QJsonValue LocalApplier::columnDefault(const QString &table, const QString &column)
{
    return info(table).defaults.value(column, QJsonValue::Null);
}

bool LocalApplier::isSyncedTable(const QString &table)
{
    return info(table).synced;
}

QStringList LocalApplier::syncedTables()
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        for (const QString &n : names)
            if (isSyncedTable(n))
                out << n;
    }
    return out;
}

Result<QSqlQuery *> LocalApplier::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db.sql());
    if (!q->prepare(sql))
        return storageError(*q, QStringLiteral("prepare"));
    m_queries.insert(sql, q);
    return q.get();
}

Result<QSet<QString>> LocalApplier::pendingFields(const QString &table, const QString &rowId)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM change_log l WHERE l.table_name = ? AND l.row_id = ?")
              .arg(changeFieldsSql(u"l"_qs));
    auto q = prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.bindValue(0, table);
    query.bindValue(1, rowId);
    if (!query.exec())
        return storageError(query, QStringLiteral("pending changes"));
    QSet<QString> out;
    while (query.next()) {
        const QJsonObject o = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key());
    }
    query.finish();
    return out;
}

Result<LocalApplier::Outcome> LocalApplier::apply(const RemoteChange &change)
{
    const TableInfo &t = info(change.table);
    if (!t.synced)
        return Outcome::UnknownTable;
    if (m_gathered.contains(recordKey(change.table, change.rowId)))
        if (auto s = flush(); !s) // the row is new in this page: written before it changes
            return s.error();

    auto exists = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(change.table));
    if (!exists)
        return exists.error();
    (*exists)->bindValue(0, change.rowId);
    if (!(*exists)->exec())
        return storageError(**exists, QStringLiteral("row lookup"));
    const bool present = (*exists)->next();
    (*exists)->finish();

    auto versionOf = [&](const QJsonObject &versions, const QString &k) {
        const QJsonValue v = versions.value(k);
        return v.isDouble() ? static_cast<qint64>(v.toDouble()) : change.version;
    };

    if (!present) {
        RemoteChange full = change;
        bool complete = true;
        for (const QString &r : t.required)
            if (r != QLatin1String("id") && !change.fields.contains(r))
                complete = false;
        if (!complete) {
            if (!m_fetchRow)
                return Outcome::Skipped;
            auto fetched = m_fetchRow(change.table, change.rowId);
            if (!fetched)
                return fetched.error();
            full = *fetched;
            if (change.table == QLatin1String("complaint"))
                m_fetchedComplaints << change.rowId;
        }
        QStringList names{QStringLiteral("id")};
        QVariantList values{change.rowId};
        // Per-field versions only when they differ (a full row); a feed insert's fields all have
        // its version, the row's base.
        const bool perField = !full.fieldVersions.isEmpty();
        QJsonObject versions;
        for (auto it = full.fields.begin(); it != full.fields.end(); ++it) {
            if (!t.columns.contains(it.key()) || it.key() == QLatin1String("id"))
                continue;
            names << it.key();
            values << toSql(it.value());
            if (perField)
                versions.insert(it.key(), versionOf(full.fieldVersions, it.key()));
        }
        if (auto s = gather(change.table, names, values, full.version,
                            perField ? QString::fromUtf8(
                                           QJsonDocument(versions).toJson(QJsonDocument::Compact))
                                     : QStringLiteral("{}"));
            !s)
            return s.error();
        return Outcome::Applied;
    }

    // Anything but a new row: what was gathered is written first, so that statements run in the
    // order of the changes (this one may rename a reference, or read a gathered row).
    if (auto s = flush(); !s)
        return s.error();
    auto rowq = prepared(QStringLiteral("SELECT base, fver FROM sync_row WHERE table_name = ? AND row_id = ?"));
    if (!rowq)
        return rowq.error();
    (*rowq)->bindValue(0, change.table);
    (*rowq)->bindValue(1, change.rowId);
    if (!(*rowq)->exec())
        return storageError(**rowq, QStringLiteral("sync_row"));
    qint64 base = 0;
    QJsonObject fver;
    if ((*rowq)->next()) {
        base = (*rowq)->value(0).toLongLong();
        fver = QJsonDocument::fromJson((*rowq)->value(1).toString().toUtf8()).object();
    }
    (*rowq)->finish();

    QStringList newer;
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        const QString &k = it.key();
        if (!t.columns.contains(k) || k == QLatin1String("id"))
            continue;
        const qint64 incoming = versionOf(change.fieldVersions, k);
        const qint64 known = fver.contains(k) ? static_cast<qint64>(fver.value(k).toDouble()) : base;
        // Older than what this desktop has: nothing to do (the echo of this desktop's own push,
        // whose versions the push's answer recorded, ends here without reading the log).
        if (incoming < known || (incoming == known && !change.authoritative))
            continue;
        newer << k;
    }
    if (newer.isEmpty())
        return Outcome::Skipped;
    // A local edit of a field that waits to go up is decided by the server; its answer brings
    // the value back.
    auto pending = pendingFields(change.table, change.rowId);
    if (!pending)
        return pending.error();
    QStringList candidates;
    for (const QString &k : std::as_const(newer)) {
        if (pending->contains(k))
            continue;
        candidates << k;
        fver.insert(k, versionOf(change.fieldVersions, k));
    }
    if (candidates.isEmpty())
        return Outcome::Skipped;
    // Only columns whose value really differs are written: append-only tables refuse any UPDATE,
    // and an echo of this desktop's own change is then no write at all.
    auto current = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                .arg(candidates.join(u','), change.table));
    if (!current)
        return current.error();
    (*current)->bindValue(0, change.rowId);
    if (!(*current)->exec() || !(*current)->next())
        return storageError(**current, QStringLiteral("row values"));
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < candidates.size(); ++i) {
        const QVariant now = (*current)->value(i);
        const QVariant incoming = toSql(change.fields.value(candidates.at(i)));
        const bool same = (now.isNull() && incoming.isNull())
                          || (!now.isNull() && !incoming.isNull()
                              && now.toString() == incoming.toString());
        if (same)
            continue;
        if (m_keepLocalDeletions && candidates.at(i) == QLatin1String("deleted_at")
            && incoming.isNull())
            continue;
        if (candidates.at(i) == QLatin1String("reference"))
            if (auto s = makeRoomForReference(m_db, change.table, change.rowId, incoming); !s)
                return s.error();
        sets << candidates.at(i) + QStringLiteral(" = ?");
        values << incoming;
    }
    (*current)->finish();
    if (sets.isEmpty())
        return saveVersions(change.table, change.rowId, base, fver);
    values << change.rowId;
    auto q = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                          .arg(change.table, sets.join(QStringLiteral(", "))));
    if (!q)
        return q.error();
    for (int i = 0; i < values.size(); ++i)
        (*q)->bindValue(i, values.at(i));
    if (!(*q)->exec())
        return storageError(**q, QStringLiteral("Cannot apply the server's change to %1 row %2")
                                     .arg(change.table, change.rowId));
    if (auto v = saveVersions(change.table, change.rowId, base, fver); !v)
        return v.error();
    return Outcome::Applied;
}

Status LocalApplier::gather(const QString &table, const QStringList &names,
                            const QVariantList &values, qint64 base, const QString &fver)
{
    QString reference;
    if (table == QLatin1String("complaint"))
        if (const qsizetype at = names.indexOf(QLatin1String("reference")); at >= 0)
            if (const QVariant &v = values.at(at);
                !v.isNull() && !(v.typeId() == QMetaType::QString && v.toString().isNull()))
                reference = v.toString();
    // A reference an earlier gathered row brings: that row is written first and steps aside
    // when this one is, as row by row.
    if (!reference.isNull() && m_gatheredReferences.contains(reference))
        if (auto s = flush(); !s)
            return s;
    const QString key = table + u'(' + names.join(u',') + u')';
    if (m_gathering && key != m_gatheringKey)
        if (auto s = flush(); !s) // another table (parents before children) or other columns
            return s;
    if (!m_gathering) {
        auto it = m_inserts.find(key);
        if (it == m_inserts.end()) {
            QStringList parameters;
            for (int i = 1; i <= names.size(); ++i)
                parameters << QStringLiteral("?%1").arg(i);
            // Names come from PRAGMA table_info (info()), never from the server.
            const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                       .arg(table, names.join(u','), parameters.join(u','))
                                       .toUtf8();
            auto insert = std::make_shared<BatchInsert>(m_db.handle(), sql.constData(),
                                                        int(names.size()));
            if (!insert->ok())
                return insert->toError(QStringLiteral("prepare"));
            it = m_inserts.insert(key, insert);
        }
        m_gathering = it->get();
        m_gatheringKey = key;
    }
    if (!m_syncRows) {
        m_syncRows = std::make_unique<BatchInsert>(
            m_db.handle(),
            "INSERT OR REPLACE INTO sync_row(table_name, row_id, base, fver) "
            "VALUES (?1, ?2, ?3, ?4)",
            4);
        if (!m_syncRows->ok())
            return m_syncRows->toError(QStringLiteral("prepare"));
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // As QSqlQuery binds them: a null QString is NULL too.
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int: m_gathering->bind(i + 1, v.toLongLong()); break;
        case QMetaType::Double: m_gathering->bindReal(i + 1, v.toDouble()); break;
        case QMetaType::QString:
            if (v.toString().isNull())
                m_gathering->bindNull(i + 1);
            else
                m_gathering->bind(i + 1, v.toString());
            break;
        default: m_gathering->bindNull(i + 1); break;
        }
    }
    const QString rowId = values.at(0).toString();
    m_gathered.insert(recordKey(table, rowId));
    if (!reference.isNull()) {
        m_gatheredReferences.insert(reference);
        m_unwrittenReferences << reference;
    }
    if (m_gathering->rowFillsBatch())
        if (auto s = makeRoomForGathered(); !s)
            return s;
    if (auto s = m_gathering->endRow(); !s)
        return m_gathering->toError(
            QStringLiteral("Cannot store the %1 rows from the server").arg(table));
    m_syncRows->bind(1, table);
    m_syncRows->bind(2, rowId);
    m_syncRows->bind(3, base);
    m_syncRows->bind(4, fver);
    if (auto s = m_syncRows->endRow(); !s)
        return m_syncRows->toError(QStringLiteral("sync_row"));
    return {};
}

Status LocalApplier::makeRoomForGathered()
{
    if (m_unwrittenReferences.isEmpty())
        return {};
    // The gathered rows are not in the table yet, so every complaint found is another one.
    const QString references = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(std::exchange(m_unwrittenReferences, {})))
            .toJson(QJsonDocument::Compact));
    return runStatement(m_db,
                        QStringLiteral("UPDATE complaint SET reference = reference || '~' || "
                                       "substr(id, 1, 8) WHERE reference IN "
                                       "(SELECT value FROM json_each(?))"),
                        {references});
}

Status LocalApplier::flush()
{
    if (!m_gathering)
        return {};
    BatchInsert *rows = std::exchange(m_gathering, nullptr);
    const QString table = m_gatheringKey.left(m_gatheringKey.indexOf(u'('));
    m_gatheringKey.clear();
    m_gathered.clear();
    m_gatheredReferences.clear();
    Status s = makeRoomForGathered();
    if (s && !(s = rows->flush()))
        s = rows->toError(QStringLiteral("Cannot store the %1 rows from the server").arg(table));
    if (s && !(s = m_syncRows->flush()))
        s = m_syncRows->toError(QStringLiteral("sync_row"));
    if (!s) { // the caller's transaction fails: nothing gathered may be written after it
        rows->discard();
        m_syncRows->discard();
        m_unwrittenReferences.clear();
    }
    return s;
}

Result<QSet<QString>> LocalApplier::recordNewRows(const QList<RemoteChange> &answers)
{
    if (auto s = flush(); !s) // it looks the rows up
        return s.error();
    // Per table: [row id, versions as apply() would save them] pairs.
    QHash<QString, QJsonArray> byTable;
    for (const RemoteChange &a : answers) {
        const TableInfo &t = info(a.table);
        if (!t.synced)
            continue;
        QJsonObject versions;
        for (auto it = a.fields.begin(); it != a.fields.end(); ++it) {
            if (!t.columns.contains(it.key()) || it.key() == QLatin1String("id"))
                continue;
            const QJsonValue v = a.fieldVersions.value(it.key());
            versions.insert(it.key(), v.isDouble() ? static_cast<qint64>(v.toDouble()) : a.version);
        }
        byTable[a.table].append(QJsonArray{
            a.rowId, QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact))});
    }
    QSet<QString> recorded;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        // The same conditions under which apply() would only save these versions: the row is
        // here, no change of it waits to go up, no versions known yet (base 0).
        auto q = prepared(
            QStringLiteral("INSERT INTO sync_row(table_name, row_id, base, fver) "
                           "SELECT ?, r.row_id, 0, r.fver FROM (SELECT json_extract(value, '$[0]') "
                           "AS row_id, json_extract(value, '$[1]') AS fver FROM json_each(?)) r "
                           "WHERE EXISTS (SELECT 1 FROM %1 x WHERE x.id = r.row_id) "
                           "AND NOT EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = ? "
                           "AND c.row_id = r.row_id) "
                           "AND NOT EXISTS (SELECT 1 FROM sync_row s WHERE s.table_name = ? "
                           "AND s.row_id = r.row_id) "
                           "RETURNING row_id")
                .arg(it.key()));
        if (!q)
            return q.error();
        (*q)->bindValue(0, it.key());
        (*q)->bindValue(
            1, QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
        (*q)->bindValue(2, it.key());
        (*q)->bindValue(3, it.key());
        if (!(*q)->exec())
            return storageError(**q, QStringLiteral("sync_row"));
        while ((*q)->next())
            recorded.insert(recordKey(it.key(), (*q)->value(0).toString()));
        (*q)->finish();
    }
    return recorded;
}

Status LocalApplier::forgetComplaint(const QString &complaintId)
{
    if (auto s = flush(); !s)
        return s;
    if (m_complaintChildTables.isEmpty()) {
        // Every table, synced or not: a row left behind would break its foreign key at commit.
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name <> 'complaint' ORDER BY name")))
            return storageError(q, QStringLiteral("tables"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        for (const QString &n : names)
            if (info(n).columns.contains(QLatin1String("complaint_id")))
                m_complaintChildTables << n;
    }
    // The audit log's no-delete trigger lets this transaction through (migration 0010).
    const QString flag = QStringLiteral("sync_removing_out_of_scope");
    if (auto s = m_db.setStateValue(flag, QStringLiteral("1")); !s)
        return s;
    for (const QString &t : std::as_const(m_complaintChildTables)) {
        if (auto s = runStatement(m_db,
                                  QStringLiteral("DELETE FROM sync_row WHERE table_name = ? AND "
                                                 "row_id IN (SELECT id FROM %1 WHERE complaint_id = ?)")
                                      .arg(t),
                                  {t, complaintId});
            !s)
            return s;
        if (auto s = runStatement(m_db, QStringLiteral("DELETE FROM %1 WHERE complaint_id = ?").arg(t),
                                  {complaintId});
            !s)
            return s;
    }
    if (auto s = runStatement(m_db,
                              QStringLiteral("DELETE FROM sync_row WHERE table_name = 'complaint' "
                                             "AND row_id = ?"),
                              {complaintId});
        !s)
        return s;
    if (auto s = runStatement(m_db, QStringLiteral("DELETE FROM complaint WHERE id = ?"), {complaintId}); !s)
        return s;
    return m_db.removeStateValue(flag);
}

Result<LocalApplier::Outcome> LocalApplier::saveVersions(const QString &table, const QString &rowId,
                                                         qint64 base, const QJsonObject &fver)
{
    auto up = prepared(QStringLiteral("INSERT OR REPLACE INTO sync_row(table_name, row_id, base, fver) "
                                      "VALUES (?, ?, ?, ?)"));
    if (!up)
        return up.error();
    (*up)->bindValue(0, table);
    (*up)->bindValue(1, rowId);
    (*up)->bindValue(2, base);
    (*up)->bindValue(3, QString::fromUtf8(QJsonDocument(fver).toJson(QJsonDocument::Compact)));
    if (!(*up)->exec())
        return storageError(**up, QStringLiteral("sync_row"));
    return Outcome::Skipped;
}

} // namespace kd
