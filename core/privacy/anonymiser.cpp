// Overwriting personal text, row by row through RowWriter, and then in the log and the file.
#include "anonymiser.h"

#include "storage/complaintrow.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kd {

QString erasedExternalId(const QString &externalId)
{
    if (externalId.startsWith(QLatin1String("erased:")))
        return externalId;
    return QStringLiteral("erased:")
           + QString::fromLatin1(
               QCryptographicHash::hash(externalId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

// Columns that hold what a person wrote or what identifies them, per table. Other tables are
// reached by sweep().
const QHash<QString, QStringList> &personalColumns()
{
    static const QHash<QString, QStringList> columns{
        {u"customer"_qs,
         {u"name"_qs, u"customer_number"_qs, u"email"_qs, u"phone"_qs, u"phone_norm"_qs,
          u"notes"_qs, u"external_id"_qs}},
        {u"customer_handle"_qs, {u"handle"_qs, u"handle_norm"_qs}},
        {u"complaint"_qs,
         {u"subject"_qs, u"description"_qs, u"public_url"_qs, u"cause_text"_qs, u"solution"_qs,
          u"no_reply_reason"_qs, u"escalation_reason"_qs, u"pause_reason"_qs}},
        {u"interaction"_qs, {u"body"_qs, u"author"_qs}},
        {u"audit_entry"_qs, {u"old_value"_qs, u"new_value"_qs, u"detail"_qs}},
        {u"promise"_qs, {u"text"_qs}},
        {u"complaint_pause"_qs, {u"reason"_qs}},
    };
    return columns;
}

QStringList usable(const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts)
        if (t.trimmed().size() >= 5 && !out.contains(t.trimmed(), Qt::CaseInsensitive))
            out << t.trimmed();
    return out;
}

QString replaced(QString value, const QStringList &texts)
{
    for (const QString &t : texts)
        value.replace(t, erasedText(), Qt::CaseInsensitive);
    return value;
}

QJsonValue replacedJson(const QJsonValue &v, const QStringList &texts, bool &changed)
{
    if (v.isString()) {
        const QString r = replaced(v.toString(), texts);
        changed = changed || r != v.toString();
        return r;
    }
    return v;
}

} // namespace

Anonymiser::Anonymiser(Database &db) : m_db(db) {}

bool Anonymiser::hasColumn(const QString &table, const QString &column)
{
    if (!m_columns.contains(table)) {
        QStringList cols;
        if (isSafeIdentifier(table)) {
            QSqlQuery q(m_db.sql());
            if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
                while (q.next())
                    cols << q.value(1).toString();
        }
        m_columns.insert(table, cols);
    }
    return m_columns.value(table).contains(column);
}

Status Anonymiser::update(const QString &table, const QString &id, const QVariantMap &columns,
                          bool deleted)
{
    QVariantMap present;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (hasColumn(table, it.key()))
            present.insert(it.key(), it.value());
    if (present.isEmpty())
        return {};
    m_touched.insert(table + u'\n' + id);
    if (!deleted) {
        auto r = RowWriter(m_db).update(table, id, present);
        return r ? Status{} : Status{r.error()};
    }
    // A tombstone keeps its data for sync; RowWriter does not edit tombstones, so write the
    // overwrite here and log it the same way.
    QStringList sets;
    QVariantList values;
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    values << id;
    if (auto s = runStatement(m_db,
                              QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                  .arg(table, sets.join(QStringLiteral(", "))),
                              values);
        !s)
        return s;
    present.insert(QStringLiteral("updated_at"), m_db.clock().nowMs());
    present.insert(QStringLiteral("updated_by"), m_db.user());
    return RowWriter(m_db).logChange(table, id, QStringLiteral("update"), present);
}

Status Anonymiser::customer(const QString &customerId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT external_id, deleted_at FROM customer WHERE id = ?"),
                      {customerId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("No customer with id %1").arg(customerId));
    const QString external = q->value(0).toString();
    const bool deleted = !q->value(1).isNull();
    q->finish();
    const QString hashed = external.isEmpty() ? external : erasedExternalId(external);
    if (auto s = update(u"customer"_qs, customerId,
                        {{u"name"_qs, erasedText()},
                         {u"customer_number"_qs, QString(u""_qs)},
                         {u"email"_qs, QString(u""_qs)},
                         {u"phone"_qs, QString(u""_qs)},
                         {u"phone_norm"_qs, QString(u""_qs)},
                         {u"notes"_qs, QString(u""_qs)},
                         {u"external_id"_qs, hashed},
                         {u"erased_at"_qs, m_db.clock().nowMs()}},
                        deleted);
        !s)
        return s;
    ++m_counts.customers;

    auto handles = runQuery(m_db,
                            QStringLiteral("SELECT id, deleted_at FROM customer_handle "
                                           "WHERE customer_id = ?"),
                            {customerId});
    if (!handles)
        return handles.error();
    QList<std::pair<QString, bool>> rows;
    while (handles->next())
        rows.append({handles->value(0).toString(), !handles->value(1).isNull()});
    handles->finish();
    for (const auto &[id, gone] : rows) {
        if (auto s = update(u"customer_handle"_qs, id,
                            {{u"handle"_qs, QString(u""_qs)}, {u"handle_norm"_qs, QString(u""_qs)}},
                            gone);
            !s)
            return s;
        if (!gone)
            if (auto s = RowWriter(m_db).tombstone(u"customer_handle"_qs, id); !s)
                return s;
        ++m_counts.handles;
    }

    // Contact that belongs to no complaint, and promises made to the customer.
    auto loose = runQuery(m_db,
                          QStringLiteral("SELECT id, deleted_at, direction FROM interaction "
                                         "WHERE customer_id = ? AND complaint_id IS NULL"),
                          {customerId});
    if (!loose)
        return loose.error();
    QList<std::tuple<QString, bool, bool>> interactions;
    while (loose->next())
        interactions.append({loose->value(0).toString(), !loose->value(1).isNull(),
                             loose->value(2).toString() == u"inbound"});
    loose->finish();
    for (const auto &[id, gone, inbound] : interactions) {
        QVariantMap cols{{u"body"_qs, erasedText()}};
        if (inbound)
            cols.insert(u"author"_qs, QString(u""_qs));
        if (auto s = update(u"interaction"_qs, id, cols, gone); !s)
            return s;
        ++m_counts.interactions;
    }
    if (hasColumn(u"promise"_qs, u"customer_id"_qs)) {
        auto p = runQuery(m_db,
                          QStringLiteral("SELECT id, deleted_at FROM promise WHERE customer_id = ?"),
                          {customerId});
        if (!p)
            return p.error();
        QList<std::pair<QString, bool>> promises;
        while (p->next())
            promises.append({p->value(0).toString(), !p->value(1).isNull()});
        p->finish();
        for (const auto &[id, gone] : promises) {
            if (auto s = update(u"promise"_qs, id, {{u"text"_qs, erasedText()}}, gone); !s)
                return s;
            ++m_counts.otherRows;
        }
    }
    return {};
}

Status Anonymiser::complaint(const QString &complaintId)
{
    auto q = complaintRow(m_db, QStringLiteral("SELECT deleted_at FROM complaint WHERE id = ?"),
                          complaintId);
    if (!q)
        return q.error();
    const bool deleted = !q->value(0).isNull();
    q->finish();
    const QString empty(u""_qs);
    if (auto s = update(u"complaint"_qs, complaintId,
                        {{u"subject"_qs, empty},
                         {u"description"_qs, erasedText()},
                         {u"public_url"_qs, empty},
                         {u"cause_text"_qs, empty},
                         {u"solution"_qs, empty},
                         {u"no_reply_reason"_qs, empty},
                         {u"escalation_reason"_qs, empty},
                         {u"pause_reason"_qs, empty}},
                        deleted);
        !s)
        return s;
    ++m_counts.complaints;

    struct Child
    {
        QString table;
        QVariantMap columns;
    };
    const QList<Child> children{
        {u"interaction"_qs, {{u"body"_qs, erasedText()}}},
        {u"audit_entry"_qs, {{u"old_value"_qs, empty}, {u"new_value"_qs, empty}, {u"detail"_qs, empty}}},
        {u"promise"_qs, {{u"text"_qs, erasedText()}}},
        {u"complaint_pause"_qs, {{u"reason"_qs, empty}}},
    };
    for (const Child &child : children) {
        if (!hasColumn(child.table, u"complaint_id"_qs))
            continue;
        const bool isInteraction = child.table == u"interaction";
        auto rows = runQuery(m_db,
                             QStringLiteral("SELECT id, deleted_at%1 FROM %2 WHERE complaint_id = ?")
                                 .arg(isInteraction ? u", direction"_qs : QString(), child.table),
                             {complaintId});
        if (!rows)
            return rows.error();
        QList<std::tuple<QString, bool, bool>> list;
        while (rows->next())
            list.append({rows->value(0).toString(), !rows->value(1).isNull(),
                         isInteraction && rows->value(2).toString() == u"inbound"});
        rows->finish();
        for (const auto &[id, gone, inbound] : list) {
            QVariantMap cols = child.columns;
            if (inbound)
                cols.insert(u"author"_qs, empty); // an inbound message's author is the customer
            if (auto s = update(child.table, id, cols, gone); !s)
                return s;
            ++(isInteraction ? m_counts.interactions : m_counts.otherRows);
        }
    }
    return {};
}

Status Anonymiser::sweep(const QStringList &texts)
{
    const QStringList needles = usable(texts);
    if (needles.isEmpty())
        return {};
    QSqlQuery tables(m_db.sql());
    if (!tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'")))
        return storageError(tables, QStringLiteral("list tables"));
    QStringList virtualTables, plain;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        const QString sql = tables.value(1).toString();
        if (sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            virtualTables << name;
        else if (!sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive)
                 || sql.contains(QLatin1String("updated_at")))
            plain << name; // tables without rowid are reached only when synced (by id)
    }
    tables.finish();
    for (const QString &table : std::as_const(plain)) {
        bool shadow = false;
        for (const QString &v : std::as_const(virtualTables))
            shadow = shadow || table.startsWith(v + u'_');
        // The change log is handled by scrubChangeLog; the privacy log holds no personal text.
        if (shadow || !isSafeIdentifier(table) || table == u"change_log"
            || table == u"privacy_action")
            continue;
        QSqlQuery info(m_db.sql());
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList textColumns;
        bool synced = false;
        while (info.next()) {
            const QString col = info.value(1).toString();
            const QString type = info.value(2).toString().toUpper();
            if (col == u"updated_at")
                synced = true;
            if ((type.contains(u"TEXT") || type.isEmpty()) && col != u"id"
                && !col.endsWith(QLatin1String("_id")) && col != u"created_by"
                && col != u"updated_by" && col != u"reference")
                textColumns << col;
        }
        info.finish();
        synced = synced && hasColumn(table, u"id"_qs) && hasColumn(table, u"deleted_at"_qs);
        if (textColumns.isEmpty())
            continue;
        QStringList conditions;
        QVariantList values;
        for (const QString &col : std::as_const(textColumns))
            for (const QString &n : needles) {
                conditions << QStringLiteral("instr(lower(%1), ?) > 0 OR instr(%1, ?) > 0").arg(col);
                values << n.toLower() << n;
            }
        if (!synced && !hasColumn(table, u"rowid"_qs)) {
            QSqlQuery probe(m_db.sql());
            if (!probe.exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(table)))
                continue; // WITHOUT ROWID and not synced: no key to update by
        }
        const QString key = synced ? u"id"_qs : u"rowid"_qs;
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT %1, %2%3 FROM %4 WHERE %5")
                              .arg(key, textColumns.join(u", "),
                                   synced ? u", deleted_at"_qs : QString(), table,
                                   conditions.join(u" OR ")),
                          values);
        if (!q)
            return q.error();
        struct Hit
        {
            QVariant key;
            QVariantMap columns;
            bool deleted;
        };
        QList<Hit> hits;
        while (q->next()) {
            Hit h{q->value(0), {}, synced && !q->value(textColumns.size() + 1).isNull()};
            for (int i = 0; i < textColumns.size(); ++i) {
                const QString v = q->value(i + 1).toString();
                const QString r = replaced(v, needles);
                if (r != v)
                    h.columns.insert(textColumns.at(i), r);
            }
            if (!h.columns.isEmpty())
                hits.append(h);
        }
        q->finish();
        for (const Hit &h : hits) {
            ++m_counts.otherRows;
            if (synced) {
                if (auto s = update(table, h.key.toString(), h.columns, h.deleted); !s)
                    return s;
                continue;
            }
            QStringList sets;
            QVariantList vals;
            for (auto it = h.columns.cbegin(); it != h.columns.cend(); ++it) {
                sets << it.key() + QStringLiteral(" = ?");
                vals << it.value();
            }
            vals << h.key;
            if (auto s = runStatement(m_db,
                                      QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?")
                                          .arg(table, sets.join(u", ")),
                                      vals);
                !s)
                return s;
        }
    }
    return {};
}

Status Anonymiser::forgetHistory(const QStringList &rowKeys)
{
    for (const QString &key : rowKeys)
        m_touched.insert(key);
    return scrubChangeLog({});
}

QJsonArray Anonymiser::touchedRowsJson() const
{
    QStringList keys(m_touched.begin(), m_touched.end());
    keys.sort(); // the same erasure gives the same detail on every run
    QJsonArray out;
    for (const QString &key : std::as_const(keys))
        out.append(QJsonArray{key.section(u'\n', 0, 0), key.section(u'\n', 1)});
    return out;
}

QStringList Anonymiser::erasedRows(const QJsonObject &fields)
{
    const QString action = fields.value(u"action").toString();
    if (action != u"erase" && action != u"retention_apply")
        return {};
    const QJsonObject detail
        = QJsonDocument::fromJson(fields.value(u"detail").toString().toUtf8()).object();
    QStringList out;
    for (const QJsonValue &row : detail.value(u"rows").toArray()) {
        const QJsonArray pair = row.toArray();
        const QString table = pair.at(0).toString();
        // Only names of real tables: the keys are later used to build statements.
        if (pair.size() == 2 && isSafeIdentifier(table) && !pair.at(1).toString().isEmpty())
            out << table + u'\n' + pair.at(1).toString();
    }
    return out;
}

Status Anonymiser::scrubChangeLog(const QStringList &texts)
{
    auto rewrite = [this](qint64 seq, const QJsonObject &fields) {
        return runStatement(m_db, QStringLiteral("UPDATE change_log SET fields = ? WHERE seq = ?"),
                            {QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)),
                             seq});
    };
    // Older entries of the touched rows: personal columns get the values the row has now.
    for (const QString &key : std::as_const(m_touched)) {
        const QString table = key.section(u'\n', 0, 0);
        const QString id = key.section(u'\n', 1);
        QStringList cols;
        for (const QString &c : personalColumns().value(table))
            if (hasColumn(table, c))
                cols << c;
        if (cols.isEmpty())
            continue;
        auto now = runQuery(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                      .arg(cols.join(u", "), table),
                            {id});
        if (!now)
            return now.error();
        if (!now->next())
            continue;
        QJsonObject current;
        for (int i = 0; i < cols.size(); ++i)
            current.insert(cols.at(i), QJsonValue::fromVariant(now->value(i)));
        now->finish();
        auto entries = runQuery(m_db,
                                QStringLiteral("SELECT seq, fields FROM change_log "
                                               "WHERE table_name = ? AND row_id = ?"),
                                {table, id});
        if (!entries)
            return entries.error();
        QList<std::pair<qint64, QJsonObject>> changed;
        while (entries->next()) {
            QJsonObject fields
                = QJsonDocument::fromJson(entries->value(1).toString().toUtf8()).object();
            bool dirty = false;
            for (const QString &c : std::as_const(cols))
                if (fields.contains(c) && fields.value(c) != current.value(c)) {
                    fields.insert(c, current.value(c));
                    dirty = true;
                }
            if (dirty)
                changed.append({entries->value(0).toLongLong(), fields});
        }
        entries->finish();
        for (const auto &[seq, fields] : changed) {
            if (auto s = rewrite(seq, fields); !s)
                return s;
            ++m_counts.changeLogRows;
        }
    }
    // Anything else in the log that still quotes the person.
    for (const QString &n : usable(texts)) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT seq, fields FROM change_log "
                                         "WHERE instr(lower(fields), ?) > 0 OR instr(fields, ?) > 0"),
                          {n.toLower(), n});
        if (!q)
            return q.error();
        QList<std::pair<qint64, QJsonObject>> changed;
        while (q->next()) {
            QJsonObject fields = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
            bool dirty = false;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                it.value() = replacedJson(it.value(), {n}, dirty);
            if (dirty)
                changed.append({q->value(0).toLongLong(), fields});
        }
        q->finish();
        for (const auto &[seq, fields] : changed) {
            if (auto s = rewrite(seq, fields); !s)
                return s;
            ++m_counts.changeLogRows;
        }
    }
    return {};
}

Status Anonymiser::scrubFile(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return storageError(q, QStringLiteral("secure_delete"));
    // Full-text indexes keep deleted terms in old segments until they are merged.
    QStringList fts;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                              "sql LIKE 'CREATE VIRTUAL TABLE%USING fts5(%'")))
        while (q.next())
            fts << q.value(0).toString();
    q.finish();
    for (const QString &t : std::as_const(fts)) {
        if (!isSafeIdentifier(t))
            continue;
        QSqlQuery o(db.sql());
        if (!o.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(t)))
            return storageError(o, QStringLiteral("optimize %1").arg(t));
    }
    for (const char *sql : {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM",
                            "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        QSqlQuery s(db.sql());
        if (!s.exec(QString::fromLatin1(sql)))
            return storageError(s, QString::fromLatin1(sql));
        s.finish();
    }
    return {};
}

QStringList Anonymiser::residueInFile(const QString &databasePath, const QStringList &texts)
{
    QStringList found;
    const QStringList needles = usable(texts);
    for (const QString &path : {databasePath, databasePath + QStringLiteral("-wal")}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString &n : needles) {
            if (bytes.contains(n.toUtf8()) || bytes.contains(n.toLower().toUtf8()))
                if (!found.contains(n))
                    found << n;
        }
    }
    return found;
}

} // namespace kd
