// Reading a customer's complaints, contacts and promises with index range scans only.
#include "historyservice.h"

#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {

QString toString(HistoryEntry::Kind kind)
{
    switch (kind) {
    case HistoryEntry::Kind::Complaint: return QStringLiteral("complaint");
    case HistoryEntry::Kind::Interaction: return QStringLiteral("interaction");
    case HistoryEntry::Kind::Promise: return QStringLiteral("promise");
    }
    return {};
}

namespace {

bool tableExists(Database &db, const QString &table)
{
    auto q = runQuery(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                         "name = ?"),
                      {table});
    return q && q->next();
}

bool isOpenStatus(const QString &status)
{
    return status != QLatin1String("resolved") && status != QLatin1String("closed");
}

} // namespace

HistoryService::HistoryService(Database &db) : m_db(db) {}

Result<Customer> HistoryService::resolveCustomer(const QString &key)
{
    CustomerStore store(m_db);
    auto byId = store.get(key.trimmed());
    if (byId && !byId->meta.deleted)
        return byId;
    auto match = store.findExact(key);
    if (!match)
        return match.error();
    if (!*match)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "kd::HistoryService",
                             "No customer with number, e-mail, phone or handle \"%1\". Search "
                             "for the name with `search` first.")
                             .arg(key.trimmed()),
                         key.trimmed());
    return (*match)->customer;
}

Result<CustomerHistory> HistoryService::forCustomer(const QString &customerId, int limit,
                                                    const QString &language)
{
    CustomerHistory h;
    auto customer = CustomerStore(m_db).get(customerId);
    if (!customer)
        return customer.error();
    h.customer = *customer;
    const bool nl = language.startsWith(QLatin1String("nl"));
    const QString channelName = nl ? QStringLiteral("coalesce(nullif(ch.name_nl, ''), ch.name_en)")
                                   : QStringLiteral("ch.name_en");
    if (!h.customer.preferredChannelId.isEmpty()) {
        auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM channel ch WHERE ch.id = ?")
                                    .arg(channelName),
                          {h.customer.preferredChannelId});
        if (q && q->next())
            h.preferredChannelName = q->value(0).toString();
    }

    const qint64 yearAgo = m_db.clock().now().addMonths(-12).toMSecsSinceEpoch();
    auto counts = runQuery(m_db,
                           QStringLiteral("SELECT count(*), sum(received_at >= ?), "
                                          "sum(status NOT IN ('resolved', 'closed')) "
                                          "FROM complaint WHERE customer_id = ? "
                                          "AND deleted_at IS NULL"),
                           {yearAgo, customerId});
    if (!counts)
        return counts.error();
    if (counts->next()) {
        h.complaintsTotal = counts->value(0).toInt();
        h.complaintsLast12Months = counts->value(1).toInt();
        h.openComplaints = counts->value(2).toInt();
    }

    // Complaints, newest first.
    auto qc = runQuery(m_db,
                       QStringLiteral("SELECT c.id, c.reference, c.received_at, c.subject, "
                                      "c.description, c.status, ch.code, %1 FROM complaint c "
                                      "LEFT JOIN channel ch ON ch.id = c.channel_id "
                                      "WHERE c.customer_id = ? AND c.deleted_at IS NULL "
                                      "ORDER BY c.received_at DESC LIMIT ?")
                           .arg(channelName),
                       {customerId, limit + 1});
    if (!qc)
        return qc.error();
    while (qc->next()) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Complaint;
        e.id = qc->value(0).toString();
        e.complaintId = e.id;
        e.reference = qc->value(1).toString();
        e.when = fromMs(qc->value(2));
        e.title = qc->value(3).toString();
        e.body = qc->value(4).toString();
        e.status = qc->value(5).toString();
        e.channelCode = qc->value(6).toString();
        e.channelName = qc->value(7).toString();
        e.open = isOpenStatus(e.status);
        h.entries.append(e);
    }

    // Interactions on the customer (newest first straight from the interaction_customer index,
    // so only `limit` rows are read however long the history is), and those on the customer's
    // complaints that were recorded without the customer (rare: imports, old data).
    const QString interactionSql = QStringLiteral(
        "SELECT i.id, i.occurred_at, i.complaint_id, c.reference, i.direction, i.kind, i.body, "
        "ch.code, %1 FROM interaction i "
        "LEFT JOIN complaint c ON c.id = i.complaint_id "
        "LEFT JOIN channel ch ON ch.id = i.channel_id "
        "WHERE %2 AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC LIMIT ?");
    const QStringList interactionWheres{
        QStringLiteral("i.customer_id = ?"),
        QStringLiteral("i.customer_id IS NULL AND i.complaint_id IN "
                       "(SELECT id FROM complaint WHERE customer_id = ?)")};
    for (const QString &where : interactionWheres) {
        auto qi = runQuery(m_db, interactionSql.arg(channelName, where), {customerId, limit + 1});
        if (!qi)
            return qi.error();
        while (qi->next()) {
            HistoryEntry e;
            e.kind = HistoryEntry::Kind::Interaction;
            e.id = qi->value(0).toString();
            e.when = fromMs(qi->value(1));
            e.complaintId = qi->value(2).toString();
            e.reference = qi->value(3).toString();
            e.direction = qi->value(4).toString();
            e.kindCode = qi->value(5).toString();
            e.body = qi->value(6).toString();
            e.channelCode = qi->value(7).toString();
            e.channelName = qi->value(8).toString();
            e.title = e.direction + QLatin1Char(' ') + e.kindCode;
            h.entries.append(e);
        }
    }

    // Promises come from the workflow's promise table (migration 0003), when it is there.
    if (tableExists(m_db, QStringLiteral("promise"))) {
        const qint64 now = m_db.clock().nowMs();
        auto qp = runQuery(m_db,
                           QStringLiteral("SELECT p.id, p.due_at, p.complaint_id, c.reference, "
                                          "p.text, p.state, p.owner FROM promise p "
                                          "LEFT JOIN complaint c ON c.id = p.complaint_id "
                                          "WHERE p.customer_id = ? AND p.deleted_at IS NULL "
                                          "ORDER BY p.due_at DESC LIMIT ?"),
                           {customerId, limit + 1});
        if (!qp)
            return qp.error();
        while (qp->next()) {
            HistoryEntry e;
            e.kind = HistoryEntry::Kind::Promise;
            e.id = qp->value(0).toString();
            e.when = fromMs(qp->value(1));
            e.complaintId = qp->value(2).toString();
            e.reference = qp->value(3).toString();
            e.body = qp->value(4).toString();
            e.title = e.body;
            e.status = qp->value(5).toString();
            e.open = e.status == QLatin1String("open");
            e.overdue = e.open && qp->value(1).toLongLong() < now;
            h.entries.append(e);
            if (e.open)
                h.openPromises.append(e);
        }
        std::sort(h.openPromises.begin(), h.openPromises.end(),
                  [](const HistoryEntry &a, const HistoryEntry &b) { return a.when < b.when; });
    }

    std::stable_sort(h.entries.begin(), h.entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.when > b.when; });
    if (h.entries.size() > limit) {
        h.truncated = true;
        h.entries.resize(limit);
    }
    return h;
}

} // namespace kd
