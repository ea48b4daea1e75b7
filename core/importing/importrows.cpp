// One record of an import: the checks on each cell, the conversion of words and dates to
// values, the matching of customers, and the insert of a complaint or a customer.
#include "importrun.h"

#include "domain/phone.h"
#include "domain/uuid.h"
#include "domain/validation.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace kd {

template<typename T>
bool ImportRun::wordCell(const Row &row, const char *field,
                         std::optional<T> (*parse)(const QString &), const char *message, T &out)
{
    const QString w = cell(row, field);
    if (w.trimmed().isEmpty())
        return true;
    const auto v = parse(w);
    if (!v) {
        reject(*row.record, col(field), tr(message).arg(w));
        return false;
    }
    out = *v;
    return true;
}

Status ImportRun::handleRecord(const CsvRecord &record)
{
    ++m_report.rows;
    if (!record.problem.isEmpty()) {
        reject(record, -1, record.problem);
        return {};
    }
    // Too few columns, or more with something in them: a trailing empty one is fine.
    const qsizetype expected = m_report.layout.header.size();
    const qsizetype have = record.fields.size();
    const bool extra = std::any_of(record.fields.cbegin() + std::min(have, expected),
                                   record.fields.cend(),
                                   [](const QString &f) { return !f.trimmed().isEmpty(); });
    if (have < expected || extra) {
        reject(record, -1,
               (have < expected ? tr("the row has %1 columns, the header has %2 (a line break or "
                                     "delimiter inside an unquoted value?)")
                                : tr("the row has %1 columns, the header has %2 (a delimiter "
                                     "inside an unquoted value?)"))
                   .arg(have)
                   .arg(expected));
        return {};
    }
    if (!record.note.isEmpty() && m_report.notes.size() < 50)
        m_report.notes << tr("line %1: %2").arg(record.line).arg(record.note);
    return m_options.kind == ImportKind::Complaints ? importComplaint(record)
                                                    : importCustomer(record);
}

Result<QString> ImportRun::customerFor(const Row &row, QString &reason, int &badCol)
{
    Customer c = customerCells(row);
    const QString phoneNorm = normalizePhone(c.phone);
    const CustomerKeys keys{
        {u"x"_qs, c.externalId},
        {u"n"_qs, c.customerNumber},
        {u"e"_qs, c.email.toLower()},
        {u"p"_qs, phoneNorm.startsWith(u'+') ? phoneNorm : QString()},
        {u"h"_qs, c.handles.isEmpty() ? QString() : normalizeHandle(c.handles.first().handle)}};
    bool erased = false;
    auto found = findCustomer(keys, erased);
    if (!found)
        return found.error();
    if (erased) {
        reason = tr("this customer was erased at their request (AVG/GDPR) and is not "
                    "imported again");
        badCol = col("customer_external_id");
        return QString();
    }
    if (!found->isEmpty())
        return *found;
    const bool any = !c.name.isEmpty()
                     || std::any_of(keys.cbegin(), keys.cend(),
                                    [](const auto &key) { return !key.second.isEmpty(); });
    if (!any) {
        // No customer columns at all: the complaints share one placeholder customer.
        if (m_unknownCustomerId.isEmpty()) {
            auto id = lookupCustomer(u"x"_qs, u"kd:unknown-customer"_qs, erased);
            if (!id)
                return id.error();
            if (erased) {
                // The retention rule erases it with the last of its complaints (or a supervisor
                // did). Its erased row matches first (the look-up finds erased people by their
                // old id): new rows go to the live one made after it, or to a new one.
                auto live = queryStrings(m_db,
                                         QStringLiteral("SELECT id FROM customer WHERE "
                                                        "external_id = ? AND erased_at IS NULL "
                                                        "AND deleted_at IS NULL ORDER BY local_id "
                                                        "LIMIT 1"),
                                         {u"kd:unknown-customer"_qs});
                if (!live)
                    return live.error();
                *id = live->isEmpty() ? QString() : live->first();
            }
            if (id->isEmpty()) {
                Customer u;
                u.meta.id = uuid::v7(m_db.clock());
                u.name = tr("Unknown customer (imported)");
                u.externalId = QStringLiteral("kd:unknown-customer");
                if (auto s = insertCustomer(u); !s)
                    return s.error();
                m_customerByKey.insert(u"x:kd:unknown-customer"_qs, u.meta.id);
                ++m_report.customersCreated;
                m_unknownCustomerId = u.meta.id;
            } else {
                m_unknownCustomerId = *id;
            }
        }
        return m_unknownCustomerId;
    }
    if (c.name.isEmpty() && c.email.isEmpty() && c.phone.isEmpty() && c.handles.isEmpty())
        c.name = tr("Customer %1").arg(c.externalId.isEmpty() ? c.customerNumber : c.externalId);
    if (auto v = validate(c); !v) {
        reason = v.error().message;
        const QString f = v.error().field;
        badCol = f == u"email" ? col("customer_email") : f == u"phone" ? col("customer_phone")
                                                                       : col("customer_name");
        return QString();
    }
    c.meta.id = uuid::v7(m_db.clock());
    if (auto s = insertCustomer(c); !s)
        return s.error();
    ++m_report.customersCreated;
    rememberCustomer(keys, c.meta.id);
    return c.meta.id;
}

Status ImportRun::importComplaint(const CsvRecord &record)
{
    const Row row{&record};
    const QString description = cell(row, "description");
    if (description.trimmed().isEmpty()) {
        reject(record, col("description"), tr("no description: the customer's words are empty"));
        return {};
    }
    if (description.size() > 200000) {
        reject(record, col("description"), tr("the description is longer than 200,000 characters"));
        return {};
    }
    const QString subject = cell(row, "subject").trimmed();
    if (subject.size() > 300) {
        reject(record, col("subject"), tr("the subject is longer than 300 characters"));
        return {};
    }
    qint64 received = m_now;
    if (col("received_at") >= 0) {
        const QString text = cell(row, "received_at");
        const auto t = m_parser.parse(text);
        if (text.trimmed().isEmpty() || !t) {
            reject(record, col("received_at"),
                   text.trimmed().isEmpty()
                       ? tr("no date")
                       : tr("\"%1\" is not a date (expected e.g. 31-12-2026, 2026-12-31 or "
                            "2026-12-31T14:05:00Z)")
                             .arg(text));
            return {};
        }
        received = t->toMSecsSinceEpoch();
    }
    QString channel = m_defaultChannelId;
    const QString channelWord = cell(row, "channel");
    if (!channelWord.trimmed().isEmpty()) {
        if (const QString id = channelId(channelWord); !id.isEmpty())
            channel = id;
        else if (!m_defaultChannelId.isEmpty())
            ++m_defaultedChannels[channelWord.trimmed()]; // said in a note at the end
        else {
            reject(record, col("channel"),
                   tr("unknown channel \"%1\" (use a channel code such as email, phone, letter, "
                      "webform, twitter, or give a default channel)")
                       .arg(channelWord));
            return {};
        }
    }
    if (channel.isEmpty()) {
        reject(record, col("channel"), tr("no channel, and no default channel was given"));
        return {};
    }
    QString category;
    const QString categoryWord = cell(row, "category");
    if (!categoryWord.trimmed().isEmpty()) {
        category = categoryId(categoryWord);
        if (category.isEmpty()) {
            reject(record, col("category"), tr("unknown category \"%1\"").arg(categoryWord));
            return {};
        }
    }
    Severity severity = Severity::Normal;
    Justified justified = Justified::Unknown;
    ComplaintStatus status = ComplaintStatus::New;
    if (!wordCell(row, "severity", parseSeverityWord,
                  QT_TRANSLATE_NOOP("kd::ImportRun",
                                    "unknown severity \"%1\" (use low, normal, high, critical or "
                                    "laag, normaal, hoog, kritiek)"),
                  severity)
        || !wordCell(row, "justified", parseJustifiedWord,
                     QT_TRANSLATE_NOOP("kd::ImportRun",
                                       "unknown value \"%1\" (use yes, partly, no, unknown or "
                                       "terecht, deels, onterecht, onbekend)"),
                     justified)
        || !wordCell(row, "status", parseStatusWord,
                     QT_TRANSLATE_NOOP("kd::ImportRun",
                                       "unknown status \"%1\" (use new, in_progress, waiting, "
                                       "resolved, closed or nieuw, in behandeling, opgelost, "
                                       "gesloten)"),
                     status))
        return {};
    QString externalId = cell(row, "external_id").trimmed();
    if (externalId.isEmpty()) {
        // Without an id of its own a row is known by its content, so re-importing the file
        // still changes nothing.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QString &f : record.fields) {
            hash.addData(f.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        externalId = QStringLiteral("row:") + QString::fromLatin1(hash.result().toHex().left(24));
    }
    if (auto it = m_seen.constFind(externalId); it != m_seen.constEnd()) {
        reject(record, col("external_id"),
               externalId.startsWith(QLatin1String("row:"))
                   ? tr("the same row appears again (first on line %1)").arg(it.value())
                   : tr("the id \"%1\" appears again (first on line %2)")
                         .arg(externalId)
                         .arg(it.value()));
        return {};
    }
    m_seen.insert(externalId, record.line);
    // The lookup below also matches references: one this run gave may not be written yet.
    const bool referenceOfThisRun = isReferenceOfThisRun(externalId);
    if (referenceOfThisRun)
        if (auto s = flushInserts(); !s)
            return s;
    // Into a table that was empty when the run began only this run's rows can match: the same
    // id was turned away above, so only a reference it gave needs the look-up (two index probes
    // a row, a twentieth of a million-row first import).
    if (m_lastComplaintBefore > 0 || referenceOfThisRun) {
        BulkStatement &s = *m_findComplaint;
        s.bind(1, externalId);
        const bool exists = s.step();
        const QString err = s.error();
        s.reset();
        if (!err.isEmpty())
            return s.toError(QStringLiteral("find complaint"));
        if (exists) {
            ++m_report.unchanged;
            return {};
        }
    }
    QString reason;
    int badCol = -1;
    auto customer = customerFor(row, reason, badCol);
    if (!customer)
        return customer.error();
    if (customer->isEmpty()) {
        reject(record, badCol, reason);
        return {};
    }
    QString tags = QStringLiteral("[]");
    if (const QString tagCell = cell(row, "tags"); !tagCell.trimmed().isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        QStringList tagList;
        for (const QString &t : tagCell.split(separators, Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tagList << t.trimmed();
        tags = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tagList)).toJson(QJsonDocument::Compact));
    }
    auto reference = nextReference(QDateTime::fromMSecsSinceEpoch(received, Qt::UTC).date().year());
    if (!reference)
        return reference.error();
    const QString id = uuid::v7(m_db.clock());
    const QString assignee = cell(row, "assignee").trimmed();
    const QString product = cell(row, "product_ref").trimmed();
    const QString url = cell(row, "public_url").trimmed();
    BatchInsert &s = *m_insertComplaint;
    s.bind(1, id);
    s.bind(2, *reference);
    s.bind(3, *customer);
    s.bind(4, channel);
    s.bind(5, received);
    s.bind(6, subject);
    s.bind(7, description);
    if (category.isEmpty())
        s.bindNull(8);
    else
        s.bind(8, category);
    s.bind(9, toString(severity));
    s.bind(10, toString(justified));
    s.bind(11, toString(status));
    s.bind(12, assignee);
    s.bind(13, product);
    s.bind(14, url);
    s.bind(15, tags);
    s.bind(16, externalId);
    // Closed before it came here, at a time the file does not give: its received time stands in,
    // so that the report does not count it as open for ever and the retention rule counts its
    // years from then, not from the day of the import (the workflow sets closed_at on closing).
    if (status == ComplaintStatus::Closed)
        s.bind(19, received);
    else
        s.bindNull(19);
    if (auto st = execInsert(s, 17); !st)
        return st;
    // Its change-log entry is written with the others at the end of the run (logNewRows).
    ++m_report.inserted;
    return {};
}

Status ImportRun::importCustomer(const CsvRecord &record)
{
    const Row row{&record};
    Customer c = customerCells(row);
    c.language = cell(row, "language").trimmed().toLower();
    c.notes = cell(row, "notes");
    if (!wordCell(row, "form_of_address", parseFormOfAddressWord,
                  QT_TRANSLATE_NOOP("kd::ImportRun",
                                    "unknown form of address \"%1\" (use je, u, informal or "
                                    "formal)"),
                  c.formOfAddress))
        return {};
    const QString key = !c.externalId.isEmpty()       ? u"x:"_qs + c.externalId
                        : !c.customerNumber.isEmpty() ? u"n:"_qs + c.customerNumber
                        : !c.email.isEmpty()          ? u"e:"_qs + c.email.toLower()
                                                      : QString();
    if (!key.isEmpty()) {
        if (auto it = m_seen.constFind(key); it != m_seen.constEnd()) {
            const int badCol = key.startsWith(u"x:") ? col("external_id")
                               : key.startsWith(u"n:") ? col("customer_number")
                                                       : col("email");
            reject(record, badCol,
                   tr("the customer \"%1\" appears again (first on line %2)")
                       .arg(key.mid(2))
                       .arg(it.value()));
            return {};
        }
        m_seen.insert(key, record.line);
    }
    if (auto v = validate(c); !v) {
        const QString f = v.error().field;
        reject(record, f == u"email" ? col("email") : f == u"phone" ? col("phone") : col("name"),
               v.error().message);
        return {};
    }
    const CustomerKeys keys{
        {u"x"_qs, c.externalId}, {u"n"_qs, c.customerNumber}, {u"e"_qs, c.email.toLower()}};
    bool erased = false;
    auto existing = findCustomer(keys, erased);
    if (!existing)
        return existing.error();
    if (erased) {
        reject(record, col("external_id"),
               tr("this customer was erased at their request (AVG/GDPR) and is not imported "
                  "again"));
        return {};
    }
    if (existing->isEmpty()) {
        c.meta.id = uuid::v7(m_db.clock());
        if (auto s = insertCustomer(c); !s)
            return s;
        ++m_report.inserted;
        rememberCustomer(keys, c.meta.id);
        return {};
    }
    return updateCustomer(*existing, c);
}

Status ImportRun::updateCustomer(const QString &existing, const Customer &c)
{
    // A known customer: the file's non-empty values win; the rest stays as it is. Updates are
    // rare next to inserts, so they go through RowWriter like any edit.
    if (auto s = flushInserts(); !s) // it may be one this run added
        return s;
    QVariantMap columns;
    auto put = [&](const char *field, const char *column, const QString &value) {
        if (this->col(field) >= 0 && !value.isEmpty())
            columns.insert(QString::fromLatin1(column), value);
    };
    put("name", "name", c.name);
    put("customer_number", "customer_number", c.customerNumber);
    put("email", "email", c.email);
    put("phone", "phone", c.phone);
    if (col("phone") >= 0 && !c.phone.isEmpty())
        columns.insert(QStringLiteral("phone_norm"), normalizePhone(c.phone));
    put("language", "language", c.language);
    put("notes", "notes", c.notes);
    if (col("form_of_address") >= 0 && c.formOfAddress != FormOfAddress::Unknown)
        columns.insert(QStringLiteral("form_of_address"), toString(c.formOfAddress));
    flushHlc();
    RowWriter writer(m_db);
    bool changed = false;
    if (!columns.isEmpty()) {
        auto changes = writer.update(QStringLiteral("customer"), existing, columns);
        if (!changes)
            return changes.error();
        changed = !changes->isEmpty();
    }
    for (const SocialHandle &h : c.handles) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT 1 FROM customer_handle WHERE customer_id = ? AND "
                                         "handle_norm = ? AND deleted_at IS NULL"),
                          {existing, normalizeHandle(h.handle)});
        if (!q)
            return q.error();
        if (q->next())
            continue;
        if (auto s = writer.insert(QStringLiteral("customer_handle"), uuid::v7(m_db.clock()),
                                   {{u"customer_id"_qs, existing},
                                    {u"platform"_qs, h.platform},
                                    {u"handle"_qs, h.handle},
                                    {u"handle_norm"_qs, normalizeHandle(h.handle)}});
            !s)
            return s;
        changed = true;
    }
    loadHlc();
    ++(changed ? m_report.updated : m_report.unchanged);
    return {};
}

} // namespace kd
