// Customer rows, handles as child rows, and the lookups used while registering.
#include "customerstore.h"

#include "database.h"
#include "domain/phone.h"
#include "domain/uuid.h"
#include "domain/validation.h"
#include "rowmeta.h"
#include "rowwriter.h"
#include "search/customermatcher.h"
#include "sqlquery.h"

#include <QSet>

namespace kd {
namespace {

const QString kColumns = QStringLiteral("c.id, c.name, c.customer_number, c.email, c.phone, "
                                        "c.preferred_channel_id, c.language, c.form_of_address, "
                                        "c.external_id, c.notes, ")
                         + metaColumns(QStringLiteral("c"));

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.meta.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.customerNumber = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.preferredChannelId = q.value(5).toString();
    c.language = q.value(6).toString();
    c.formOfAddress = parse<FormOfAddress>(q.value(7).toString()).value_or(FormOfAddress::Unknown);
    c.externalId = q.value(8).toString();
    c.notes = q.value(9).toString();
    readMeta(q, 10, c.meta);
    return c;
}

QVariantMap columnsOf(const Customer &c)
{
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("customer_number"), c.customerNumber.trimmed()},
            {QStringLiteral("email"), c.email.trimmed()},
            {QStringLiteral("phone"), c.phone.trimmed()},
            {QStringLiteral("phone_norm"), normalizePhone(c.phone)},
            {QStringLiteral("preferred_channel_id"), nullIfEmpty(c.preferredChannelId)},
            {QStringLiteral("language"), c.language},
            {QStringLiteral("form_of_address"), toString(c.formOfAddress)},
            {QStringLiteral("external_id"), c.externalId.trimmed()},
            {QStringLiteral("notes"), c.notes}};
}

} // namespace

CustomerStore::CustomerStore(Database &db) : m_db(db) {}

Status CustomerStore::add(Customer &customer)
{
    if (auto s = validate(customer); !s)
        return s;
    if (customer.meta.id.isEmpty())
        customer.meta.id = uuid::v7(m_db.clock());
    if (auto s = RowWriter(m_db).insert(QStringLiteral("customer"), customer.meta.id,
                                        columnsOf(customer));
        !s)
        return s;
    return writeHandles(customer, false);
}

Status CustomerStore::update(const Customer &customer)
{
    if (auto s = validate(customer); !s)
        return s;
    auto r = RowWriter(m_db).update(QStringLiteral("customer"), customer.meta.id,
                                    columnsOf(customer));
    if (!r)
        return r.error();
    return writeHandles(customer, true);
}

Status CustomerStore::remove(const QString &id)
{
    return RowWriter(m_db).tombstone(QStringLiteral("customer"), id);
}

Status CustomerStore::writeHandles(const Customer &customer, bool replace)
{
    RowWriter writer(m_db);
    QSet<QString> wanted;
    for (const SocialHandle &h : customer.handles)
        wanted.insert(h.platform + QLatin1Char('\n') + normalizeHandle(h.handle));

    QSet<QString> existing;
    if (replace) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT id, platform, handle_norm FROM customer_handle "
                                         "WHERE customer_id = ? AND deleted_at IS NULL"),
                          {customer.meta.id});
        if (!q)
            return q.error();
        while (q->next()) {
            const QString key = q->value(1).toString() + QLatin1Char('\n') + q->value(2).toString();
            if (wanted.contains(key))
                existing.insert(key);
            else if (auto s = writer.tombstone(QStringLiteral("customer_handle"),
                                               q->value(0).toString());
                     !s)
                return s;
        }
    }
    for (const SocialHandle &h : customer.handles) {
        const QString norm = normalizeHandle(h.handle);
        const QString key = h.platform + QLatin1Char('\n') + norm;
        if (norm.isEmpty() || existing.contains(key))
            continue;
        existing.insert(key);
        if (auto s = writer.insert(QStringLiteral("customer_handle"), uuid::v7(m_db.clock()),
                                   {{QStringLiteral("customer_id"), customer.meta.id},
                                    {QStringLiteral("platform"), h.platform},
                                    {QStringLiteral("handle"), h.handle.trimmed()},
                                    {QStringLiteral("handle_norm"), norm}});
            !s)
            return s;
    }
    return {};
}

Result<QList<SocialHandle>> CustomerStore::handlesOf(const QString &customerId)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT platform, handle FROM customer_handle "
                                     "WHERE customer_id = ? AND deleted_at IS NULL ORDER BY platform"),
                      {customerId});
    if (!q)
        return q.error();
    QList<SocialHandle> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

Result<Customer> CustomerStore::get(const QString &id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM customer c WHERE c.id = ?").arg(kColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("No customer with id %1").arg(id));
    Customer c = readCustomer(*q);
    auto handles = handlesOf(id);
    if (!handles)
        return handles.error();
    c.handles = *handles;
    return c;
}

Result<std::optional<CustomerMatch>> CustomerStore::findExact(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return std::optional<CustomerMatch>{};
    struct Probe
    {
        QString on;
        QString sql;
        QString value;
    };
    const QString phone = normalizePhone(k);
    const QList<Probe> probes{
        {QStringLiteral("customer_number"), QStringLiteral("c.customer_number = ?"), k},
        {QStringLiteral("email"), QStringLiteral("c.email = ? COLLATE NOCASE"), k},
        {QStringLiteral("phone"), QStringLiteral("c.phone_norm = ?"),
         phone.startsWith(QLatin1Char('+')) ? phone : QString()},
        {QStringLiteral("handle"),
         QStringLiteral("c.id IN (SELECT customer_id FROM customer_handle "
                        "WHERE handle_norm = ? AND deleted_at IS NULL)"),
         normalizeHandle(k)},
    };
    // Live customers first; then one merged into another (CustomerMerge tombstones it and keeps
    // its e-mail, number and phone), which leads to the customer it became: the next message
    // from a merged address must not make the duplicate again.
    for (const bool merged : {false, true}) {
        for (const Probe &p : probes) {
            if (p.value.isEmpty())
                continue;
            auto q = runQuery(
                m_db,
                QStringLiteral("SELECT c.id FROM customer c WHERE %1 AND %2 ORDER BY c.local_id "
                               "LIMIT 1")
                    .arg(p.sql,
                         merged ? QStringLiteral("c.deleted_at IS NOT NULL AND c.id IN (SELECT "
                                                 "merged_customer_id FROM customer_merge WHERE "
                                                 "deleted_at IS NULL)")
                                : QStringLiteral("c.deleted_at IS NULL")),
                {p.value});
            if (!q)
                return q.error();
            if (!q->next())
                continue;
            const QString id = q->value(0).toString();
            q->finish();
            auto kept = merged ? customerMergedInto(id) : Result<QString>(id);
            if (!kept)
                return kept.error();
            if (kept->isEmpty())
                continue;
            auto c = get(*kept);
            if (!c)
                return c.error();
            return std::optional<CustomerMatch>(CustomerMatch{*c, p.on});
        }
    }
    return std::optional<CustomerMatch>{};
}

Result<QString> CustomerStore::customerMergedInto(const QString &mergedId)
{
    // A kept customer may itself have been merged later: follow the chain (a few steps at most;
    // the bound stops a cycle that two desktops' merges could make).
    QString id = mergedId;
    for (int step = 0; step < 16; ++step) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT m.kept_customer_id, k.deleted_at IS NULL FROM "
                                         "customer_merge m JOIN customer k ON k.id = "
                                         "m.kept_customer_id WHERE m.merged_customer_id = ? AND "
                                         "m.deleted_at IS NULL ORDER BY m.created_at DESC LIMIT 1"),
                          {id});
        if (!q)
            return q.error();
        if (!q->next())
            return QString();
        id = q->value(0).toString();
        if (q->value(1).toBool())
            return id;
    }
    return QString();
}

Result<QList<CustomerMatch>> CustomerStore::suggest(const QString &text, int limit)
{
    // Index range scans and the name index of search (core/search/customermatcher.cpp).
    return CustomerMatcher(m_db).suggest(text, limit);
}

} // namespace kd
