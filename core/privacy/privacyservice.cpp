// Access requests, erasure and retention, each recorded in privacy_action.
#include "privacyservice.h"

#include "service/complaintservice.h"
#include "service/jsonview.h"
#include "service/userrole.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "domain/uuid.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::PrivacyService", text);
}

const QString kRetentionKey = QStringLiteral("retention.closed_complaint_years");

// Every column of the rows a query returns, as JSON: new columns appear without code changes.
QJsonArray rowsToJson(QSqlQuery &q)
{
    QJsonArray out;
    while (q.next()) {
        QJsonObject o;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            o.insert(r.fieldName(i), QJsonValue::fromVariant(q.value(i)));
        out.append(o);
    }
    return out;
}

bool tableHasColumn(Database &db, const QString &table, const QString &column)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

} // namespace

PrivacyService::PrivacyService(Database &db) : m_db(db) {}

QString PrivacyService::setting(const QString &key, const QString &fallback)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT value FROM privacy_setting WHERE id = ? AND "
                                     "deleted_at IS NULL"),
                      {key});
    if (q && q->next())
        return q->value(0).toString();
    return fallback;
}

Status PrivacyService::setSetting(const QString &key, const QString &value)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto q = runQuery(m_db, QStringLiteral("SELECT deleted_at FROM privacy_setting WHERE id = ?"),
                      {key});
    if (!q)
        return q.error();
    const bool exists = q->next();
    q->finish();
    RowWriter writer(m_db);
    if (!exists) {
        if (auto s = writer.insert(u"privacy_setting"_qs, key, {{u"value"_qs, value}}); !s)
            return s;
    } else if (auto r = writer.update(u"privacy_setting"_qs, key, {{u"value"_qs, value}}); !r) {
        return r.error();
    }
    return tx.commit();
}

Status PrivacyService::record(const QString &action, const QString &customerId,
                              const QJsonObject &detail)
{
    return RowWriter(m_db).insert(
        u"privacy_action"_qs, uuid::v7(m_db.clock()),
        {{u"action"_qs, action},
         {u"customer_id"_qs, nullIfEmpty(customerId)},
         {u"detail"_qs, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}});
}

Result<Customer> PrivacyService::findCustomer(const QString &key)
{
    const QString k = key.trimmed();
    CustomerStore store(m_db);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id FROM customer WHERE id = ? OR (external_id = ? AND "
                                     "external_id <> '') ORDER BY deleted_at IS NOT NULL, local_id "
                                     "LIMIT 1"),
                      {k, k});
    if (!q)
        return q.error();
    if (q->next())
        return store.get(q->value(0).toString());
    auto match = store.findExact(k);
    if (!match)
        return match.error();
    if (!match->has_value() && !k.isEmpty()) {
        // Erased: the external id is kept as its hash (Anonymiser::customer), the rest is gone.
        auto erased = runQuery(
            m_db,
            QStringLiteral(
                "SELECT id FROM customer WHERE external_id = ? ORDER BY local_id LIMIT 1"),
            {erasedExternalId(k)});
        if (!erased)
            return erased.error();
        if (erased->next())
            return store.get(erased->value(0).toString());
    }
    if (!match->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("No customer matches \"%1\" (tried id, external id, customer number, "
                            "e-mail, phone and handle).")
                             .arg(k));
    return (*match)->customer;
}

Result<std::optional<QDateTime>> PrivacyService::erasedAt(const QString &customerId)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT erased_at FROM customer WHERE id = ?"),
                      {customerId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(
        QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), QTimeZone::utc()));
}

Result<QJsonObject> PrivacyService::accessRequest(const QString &customerId)
{
    CustomerStore customers(m_db);
    auto customer = customers.get(customerId);
    if (!customer)
        return customer.error();
    QJsonObject out;
    out.insert(u"generated_at"_qs, isoTime(m_db.clock().now()));
    out.insert(u"generated_by"_qs, m_db.user());
    out.insert(u"format"_qs, u"klachtdesk-dsar-1"_qs);
    QJsonObject c = toJson(*customer);
    c.insert(u"notes"_qs, customer->notes);
    c.insert(u"deleted"_qs, customer->meta.deleted);
    out.insert(u"customer"_qs, c);

    CatalogStore catalog(m_db);
    ComplaintStore complaints(m_db);
    InteractionStore interactions(m_db);
    auto ids = queryStrings(m_db,
                            QStringLiteral("SELECT id FROM complaint WHERE customer_id = ? "
                                           "ORDER BY received_at"),
                            {customerId});
    if (!ids)
        return ids.error();
    const QStringList complaintIds = *ids;
    QJsonArray list;
    for (const QString &id : std::as_const(complaintIds)) {
        auto complaint = complaints.get(id);
        if (!complaint)
            return complaint.error();
        ComplaintDetails d;
        d.complaint = *complaint;
        d.customer = *customer;
        if (auto ch = catalog.channel(complaint->channelId))
            d.channel = *ch;
        if (!complaint->categoryId.isEmpty())
            if (auto cat = catalog.category(complaint->categoryId))
                d.category = *cat;
        if (auto i = interactions.forComplaint(id))
            d.interactions = *i;
        QJsonObject o = toJson(d);
        o.remove(u"customer"_qs);
        // The names behind the codes, in both languages: the readable PDF is for the customer.
        if (!d.channel.code.isEmpty())
            o.insert(u"channel_name"_qs,
                     QJsonObject{{u"en"_qs, d.channel.nameEn}, {u"nl"_qs, d.channel.nameNl}});
        if (d.category)
            o.insert(u"category_name"_qs,
                     QJsonObject{{u"en"_qs, d.category->nameEn}, {u"nl"_qs, d.category->nameNl}});
        o.insert(u"deleted"_qs, complaint->meta.deleted);
        // Every stored column, so that fields added later (workflow, search) are included too.
        if (auto all = runQuery(m_db, QStringLiteral("SELECT * FROM complaint WHERE id = ?"), {id}))
            o.insert(u"stored_columns"_qs, rowsToJson(*all).first());
        for (const QString &table : {u"audit_entry"_qs, u"promise"_qs, u"complaint_pause"_qs}) {
            if (!tableHasColumn(m_db, table, u"complaint_id"_qs))
                continue;
            if (auto rows = runQuery(m_db,
                                     QStringLiteral("SELECT * FROM %1 WHERE complaint_id = ?")
                                         .arg(table),
                                     {id}))
                o.insert(table, rowsToJson(*rows));
        }
        list.append(o);
    }
    out.insert(u"complaints"_qs, list);
    if (auto loose = runQuery(m_db,
                              QStringLiteral("SELECT * FROM interaction WHERE customer_id = ? AND "
                                             "complaint_id IS NULL ORDER BY occurred_at"),
                              {customerId}))
        out.insert(u"contact_without_complaint"_qs, rowsToJson(*loose));
    if (auto acts = actions(customerId)) {
        QJsonArray a;
        for (const PrivacyAction &p : *acts)
            a.append(QJsonObject{{u"action"_qs, p.action},
                                 {u"at"_qs, isoTime(p.at)},
                                 {u"by"_qs, p.actor},
                                 {u"detail"_qs, p.detail}});
        out.insert(u"privacy_actions"_qs, a);
    }

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = record(u"dsar_export"_qs, customerId,
                        {{u"complaints"_qs, int(complaintIds.size())}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Status PrivacyService::mayErase()
{
    // The server lets only supervisors rewrite history (server schema 2): an agent's erasure
    // would be half applied there while this desktop said it was done.
    return requireRole(m_db, UserRole::Supervisor, tr("erase a customer"));
}

Result<ErasureReport> PrivacyService::erase(const QString &customerId)
{
    if (auto s = mayErase(); !s)
        return s.error();
    CustomerStore customers(m_db);
    auto customer = customers.get(customerId);
    if (!customer)
        return customer.error();
    ErasureReport report;
    report.customerId = customerId;

    // The same person may live on in customers merged into this one (search's merge).
    QStringList people{customerId};
    if (tableHasColumn(m_db, u"customer_merge"_qs, u"kept_customer_id"_qs)) {
        auto merged = runQuery(m_db,
                               QStringLiteral("SELECT merged_customer_id FROM customer_merge "
                                              "WHERE kept_customer_id = ?"),
                               {customerId});
        if (!merged)
            return merged.error();
        while (merged->next())
            if (!people.contains(merged->value(0).toString()))
                people << merged->value(0).toString();
    }
    QStringList texts;
    for (const QString &id : std::as_const(people)) {
        auto c = customers.get(id);
        if (!c)
            continue;
        texts << c->name << c->email << c->phone << c->customerNumber;
        if (!c->externalId.startsWith(QLatin1String("erased:")))
            texts << c->externalId;
        auto handles = runQuery(m_db,
                                QStringLiteral("SELECT handle FROM customer_handle WHERE "
                                               "customer_id = ?"),
                                {id});
        if (handles)
            while (handles->next())
                texts << handles->value(0).toString();
    }
    texts.removeAll(QString());
    texts.removeAll(erasedText());

    // Freed space is overwritten with zeros from here on, for this connection.
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA secure_delete = ON"));
    {
        Transaction tx(m_db);
        if (auto s = tx.begin(); !s)
            return s.error();
        Anonymiser a(m_db);
        for (const QString &id : std::as_const(people)) {
            auto complaintIds = queryStrings(
                m_db, QStringLiteral("SELECT id FROM complaint WHERE customer_id = ?"), {id});
            if (!complaintIds)
                return complaintIds.error();
            for (const QString &k : std::as_const(*complaintIds))
                if (auto s = a.complaint(k); !s)
                    return s.error();
            if (auto s = a.customer(id); !s)
                return s.error();
        }
        if (auto s = a.sweep(texts); !s)
            return s.error();
        if (auto s = a.scrubChangeLog(texts); !s)
            return s.error();
        report.counts = a.counts();
        const AnonymiseCounts &n = report.counts;
        if (auto s = record(u"erase"_qs, customerId,
                            {{u"customers"_qs, n.customers},
                             {u"complaints"_qs, n.complaints},
                             {u"interactions"_qs, n.interactions},
                             {u"handles"_qs, n.handles},
                             {u"other_rows"_qs, n.otherRows},
                             {u"change_log_rows"_qs, n.changeLogRows},
                             {u"rows"_qs, a.touchedRowsJson()}});
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    if (auto s = Anonymiser::scrubFile(m_db); !s)
        report.scrubError = s.error().toString();
    if (m_db.path() != u":memory:")
        report.residue = Anonymiser::residueInFile(m_db.path(), texts);
    return report;
}

Result<RetentionRule> PrivacyService::retentionRule()
{
    RetentionRule rule;
    rule.closedComplaintYears = setting(kRetentionKey, u"0"_qs).toInt();
    return rule;
}

Status PrivacyService::setRetentionRule(const RetentionRule &rule)
{
    if (auto s = requireRole(m_db, UserRole::Administrator, tr("set the retention rule")); !s)
        return s;
    if (rule.closedComplaintYears < 0 || rule.closedComplaintYears > 100)
        return invalid(u"years"_qs, tr("The retention period must be 0 (no rule) to 100 years."));
    if (auto s = setSetting(kRetentionKey, QString::number(rule.closedComplaintYears)); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = record(u"retention_set"_qs, {}, {{u"closed_complaint_years"_qs,
                                                    rule.closedComplaintYears}});
        !s)
        return s;
    return tx.commit();
}

Result<RetentionReport> PrivacyService::applyRetention(bool dryRun,
                                                       std::optional<RetentionRule> trial)
{
    // Applying anonymises history, which only a supervisor's desktop may push (see erase);
    // counting what it would do is for everyone.
    if (!dryRun)
        if (auto s = requireRole(m_db, UserRole::Supervisor, tr("apply the retention rule")); !s)
            return s.error();
    auto rule = dryRun && trial ? Result<RetentionRule>(*trial) : retentionRule();
    if (!rule)
        return rule.error();
    RetentionReport report;
    report.years = rule->closedComplaintYears;
    report.dryRun = dryRun;
    if (report.years <= 0)
        return report;
    report.cutoff = m_db.clock().now().addYears(-report.years);
    const qint64 cutoff = report.cutoff.toMSecsSinceEpoch();
    const QString closedAt = tableHasColumn(m_db, u"complaint"_qs, u"closed_at"_qs)
                                 ? u"coalesce(closed_at, updated_at)"_qs
                                 : u"updated_at"_qs;
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA secure_delete = ON"));
    QStringList texts;
    {
        Transaction tx(m_db);
        if (auto s = tx.begin(); !s)
            return s.error();
        Anonymiser a(m_db);
        auto ids = queryStrings(m_db,
                                QStringLiteral("SELECT id FROM complaint WHERE status = 'closed' AND "
                                               "%1 < ? AND description <> ?")
                                    .arg(closedAt),
                                {cutoff, erasedText()});
        if (!ids)
            return ids.error();
        for (const QString &id : std::as_const(*ids))
            if (auto s = a.complaint(id); !s)
                return s.error();
        report.complaints = int(ids->size());
        // A customer with nothing left to keep (every complaint anonymised, no recent contact)
        // is erased as well.
        auto c = runQuery(m_db,
                          QStringLiteral(
                              "SELECT c.id, c.name, c.email, c.phone, c.customer_number "
                              "FROM customer c WHERE c.erased_at IS NULL "
                              "AND EXISTS (SELECT 1 FROM complaint k WHERE k.customer_id = c.id) "
                              "AND NOT EXISTS (SELECT 1 FROM complaint k WHERE k.customer_id = c.id "
                              "  AND k.description <> ?) "
                              "AND NOT EXISTS (SELECT 1 FROM interaction i WHERE "
                              "  i.customer_id = c.id AND i.occurred_at >= ?)"),
                          {erasedText(), cutoff});
        if (!c)
            return c.error();
        QStringList customerIds;
        while (c->next()) {
            customerIds << c->value(0).toString();
            for (int i = 1; i <= 4; ++i)
                texts << c->value(i).toString();
        }
        c->finish();
        texts.removeAll(QString());
        for (const QString &id : std::as_const(customerIds))
            if (auto s = a.customer(id); !s)
                return s.error();
        report.customers = int(customerIds.size());
        if (auto s = a.scrubChangeLog(texts); !s)
            return s.error();
        if (auto s = record(u"retention_apply"_qs, {},
                            {{u"closed_complaint_years"_qs, report.years},
                             {u"cutoff"_qs, isoTime(report.cutoff)},
                             {u"complaints"_qs, report.complaints},
                             {u"customers"_qs, report.customers},
                             {u"dry_run"_qs, dryRun},
                             {u"rows"_qs, dryRun ? QJsonArray() : a.touchedRowsJson()}});
            !s)
            return s.error();
        if (auto s = m_db.setStateValue(u"retention.last_run"_qs,
                                        m_db.clock().now().date().toString(Qt::ISODate));
            !s)
            return s.error();
        if (dryRun)
            return report; // rolled back
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    if (report.complaints + report.customers > 0)
        (void)Anonymiser::scrubFile(m_db);
    return report;
}

Result<RetentionReport> PrivacyService::applyRetentionIfDue()
{
    if (m_db.stateValue(u"retention.last_run"_qs) == m_db.clock().now().date().toString(Qt::ISODate))
        return RetentionReport{};
    // At the start of an agent's desktop: nothing; a supervisor's desktop applies the rule and
    // its result comes down with sync.
    if (currentRole(m_db) == UserRole::Agent)
        return RetentionReport{};
    return applyRetention(false);
}

Result<QList<PrivacyAction>> PrivacyService::actions(const QString &customerId, int limit)
{
    auto q = customerId.isEmpty()
                 ? runQuery(m_db,
                            QStringLiteral("SELECT id, action, customer_id, detail, created_at, "
                                           "created_by FROM privacy_action ORDER BY created_at "
                                           "DESC LIMIT ?"),
                            {limit})
                 : runQuery(m_db,
                            QStringLiteral("SELECT id, action, customer_id, detail, created_at, "
                                           "created_by FROM privacy_action WHERE customer_id = ? "
                                           "ORDER BY created_at DESC LIMIT ?"),
                            {customerId, limit});
    if (!q)
        return q.error();
    QList<PrivacyAction> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object(),
                    QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC),
                    q->value(5).toString()});
    return out;
}

} // namespace kd
