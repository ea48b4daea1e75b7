// Streaming export: one query, rows written as they come, cells escaped against formulas.
#include "exporter.h"

#include "privacy/privacyservice.h"
#include "reporting/reportzone.h"
#include "service/jsonview.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "valueparsers.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {
namespace {

QString csvField(const QString &value, QChar delimiter)
{
    // A spreadsheet runs =, +, -, @ (and tab/CR-led) cells as formulas: =HYPERLINK(...) from a
    // customer's message must stay text. The apostrophe is what spreadsheets themselves use.
    const QString t = escapeFormula(value);
    if (t.contains(u'"') || t.contains(delimiter) || t.contains(u'\n') || t.contains(u'\r'))
        return u'"' + QString(t).replace(u"\""_qs, u"\"\""_qs) + u'"';
    return t;
}

const QStringList &complaintColumns()
{
    static const QStringList c{
        u"reference"_qs, u"external_id"_qs, u"received_at"_qs, u"channel"_qs, u"category"_qs,
        u"severity"_qs, u"justified"_qs, u"status"_qs, u"assignee"_qs, u"subject"_qs,
        u"description"_qs, u"product_ref"_qs, u"public_url"_qs, u"tags"_qs,
        u"customer_external_id"_qs, u"customer_name"_qs, u"customer_number"_qs,
        u"customer_email"_qs, u"customer_phone"_qs};
    return c;
}

const QStringList &customerColumns()
{
    static const QStringList c{u"external_id"_qs, u"name"_qs, u"customer_number"_qs, u"email"_qs,
                               u"phone"_qs, u"handle"_qs, u"language"_qs,
                               u"form_of_address"_qs, u"notes"_qs, u"created_at"_qs};
    return c;
}

} // namespace

std::optional<ExportFormat> parseExportFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (t == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

Result<qint64> exportData(Database &db, QIODevice *out, const ExportOptions &o)
{
    QStringList where{u"x.deleted_at IS NULL"_qs};
    QVariantList values;
    QString sql;
    const bool complaints = o.kind == ImportKind::Complaints;
    if (complaints) {
        if (o.from.isValid()) {
            where << u"x.received_at >= ?"_qs;
            values << o.from.toMSecsSinceEpoch();
        }
        if (o.until.isValid()) {
            where << u"x.received_at < ?"_qs;
            values << o.until.toMSecsSinceEpoch();
        }
        if (!o.statuses.isEmpty()) {
            QStringList marks;
            for (ComplaintStatus s : o.statuses) {
                marks << u"?"_qs;
                values << toString(s);
            }
            where << QStringLiteral("x.status IN (%1)").arg(marks.join(u','));
        }
        CatalogStore catalog(db);
        if (!o.channel.isEmpty()) {
            auto ch = catalog.findChannel(o.channel);
            if (!ch)
                return ch.error();
            where << u"x.channel_id = ?"_qs;
            values << ch->meta.id;
        }
        if (!o.category.isEmpty()) {
            auto cat = catalog.findCategory(o.category);
            if (!cat)
                return cat.error();
            where << u"(x.category_id = ? OR x.category_id IN (SELECT id FROM category WHERE "
                     "parent_id = ?))"_qs;
            values << cat->meta.id << cat->meta.id;
        }
        if (!o.customerId.isEmpty()) {
            where << u"x.customer_id = ?"_qs;
            values << o.customerId;
        }
        // An erased customer is no one to hand on: the complaint goes without them (imported
        // again, to the unknown customer); a colleague's import of the file made a live
        // customer "[erased]" of them.
        const QString erasedCustomerBlank = QStringLiteral(
            "CASE WHEN cu.erased_at IS NULL THEN cu.external_id ELSE '' END, "
            "CASE WHEN cu.erased_at IS NULL THEN cu.name ELSE '' END, "
            "CASE WHEN cu.erased_at IS NULL THEN cu.customer_number ELSE '' END, "
            "CASE WHEN cu.erased_at IS NULL THEN cu.email ELSE '' END, "
            "CASE WHEN cu.erased_at IS NULL THEN cu.phone ELSE '' END");
        sql = QStringLiteral(
                  "SELECT x.reference, x.external_id, x.received_at, ch.code, "
                  "coalesce(nullif(ca.code, ''), ca.name_en, ''), x.severity, x.justified, "
                  "x.status, x.assignee, x.subject, x.description, x.product_ref, x.public_url, "
                  "x.tags, %2 "
                  "FROM complaint x LEFT JOIN customer cu ON cu.id = x.customer_id "
                  "LEFT JOIN channel ch ON ch.id = x.channel_id "
                  "LEFT JOIN category ca ON ca.id = x.category_id WHERE %1 "
                  "ORDER BY x.received_at, x.local_id")
                  .arg(where.join(u" AND "), erasedCustomerBlank);
    } else {
        where << u"x.erased_at IS NULL"_qs; // nothing left of them but a hashed id
        if (o.from.isValid()) {
            where << u"x.created_at >= ?"_qs;
            values << o.from.toMSecsSinceEpoch();
        }
        if (o.until.isValid()) {
            where << u"x.created_at < ?"_qs;
            values << o.until.toMSecsSinceEpoch();
        }
        if (!o.customerId.isEmpty()) {
            where << u"x.id = ?"_qs;
            values << o.customerId;
        }
        sql = QStringLiteral(
                  "SELECT x.external_id, x.name, x.customer_number, x.email, x.phone, "
                  "(SELECT group_concat(h.platform || ':' || h.handle, ' ') FROM customer_handle h "
                  " WHERE h.customer_id = x.id AND h.deleted_at IS NULL), "
                  "x.language, x.form_of_address, x.notes, x.created_at "
                  "FROM customer x WHERE %1 ORDER BY x.local_id")
                  .arg(where.join(u" AND "));
    }
    auto q = runQuery(db, sql, values);
    if (!q)
        return q.error();
    const QStringList &columns = complaints ? complaintColumns() : customerColumns();
    // With the office's offset (the zone the import reads dates in): in UTC a complaint of
    // 27 February at midnight read "2019-02-26T23:00:00Z", the 26th to a spreadsheet.
    const QTimeZone zone = reportTimeZone(db);
    auto textOf = [&](int i) -> QString {
        const QString name = columns.at(i);
        const QVariant v = q->value(i);
        if (name == u"received_at" || name == u"created_at")
            return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), zone).toString(Qt::ISODate);
        if (name == u"tags") {
            QStringList tags;
            for (const auto &t : QJsonDocument::fromJson(v.toString().toUtf8()).array())
                tags << t.toString();
            return tags.join(u", ");
        }
        return v.toString();
    };
    qint64 rows = 0;
    if (o.format == ExportFormat::Csv) {
        if (o.bom)
            out->write("\xEF\xBB\xBF");
        QStringList header;
        for (const QString &c : columns)
            header << csvField(c, o.delimiter);
        out->write((header.join(o.delimiter) + u"\r\n"_qs).toUtf8());
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < columns.size(); ++i)
                cells << csvField(textOf(i), o.delimiter);
            if (out->write((cells.join(o.delimiter) + u"\r\n"_qs).toUtf8()) < 0)
                return makeError(ErrorCode::Io, out->errorString());
            ++rows;
        }
    } else {
        // An object a line, so that a big export streams; "[]" when there is none.
        out->write("[");
        while (q->next()) {
            QJsonObject obj;
            for (int i = 0; i < columns.size(); ++i)
                obj.insert(columns.at(i), textOf(i));
            out->write(rows > 0 ? ",\n" : "\n");
            if (out->write(QJsonDocument(obj).toJson(QJsonDocument::Compact)) < 0)
                return makeError(ErrorCode::Io, out->errorString());
            ++rows;
        }
        out->write(rows > 0 ? "\n]\n" : "]\n");
    }
    q->finish();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = PrivacyService(db).record(
            u"export"_qs, o.customerId,
            {{u"kind"_qs, toString(o.kind)},
             {u"format"_qs, o.format == ExportFormat::Csv ? u"csv"_qs : u"json"_qs},
             {u"file"_qs, o.target},
             {u"rows"_qs, rows},
             {u"from"_qs, isoTime(o.from)},
             {u"until"_qs, isoTime(o.until)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return rows;
}

} // namespace kd
