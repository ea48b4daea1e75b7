// Interaction rows: inserted once, read newest first.
#include "interactionstore.h"

#include "database.h"
#include "domain/uuid.h"
#include "domain/validation.h"
#include "rowmeta.h"
#include "rowwriter.h"
#include "sqlquery.h"

namespace kd {

InteractionStore::InteractionStore(Database &db) : m_db(db) {}

Status InteractionStore::add(Interaction &i)
{
    if (auto s = validate(i); !s)
        return s;
    if (i.meta.id.isEmpty())
        i.meta.id = uuid::v7(m_db.clock());
    return RowWriter(m_db).insert(QStringLiteral("interaction"), i.meta.id,
                                  {{QStringLiteral("complaint_id"), nullIfEmpty(i.complaintId)},
                                   {QStringLiteral("customer_id"), nullIfEmpty(i.customerId)},
                                   {QStringLiteral("channel_id"), nullIfEmpty(i.channelId)},
                                   {QStringLiteral("direction"), toString(i.direction)},
                                   {QStringLiteral("kind"), toString(i.kind)},
                                   {QStringLiteral("occurred_at"), i.occurredAt.toMSecsSinceEpoch()},
                                   {QStringLiteral("author"), i.author},
                                   {QStringLiteral("body"), i.body}});
}

Result<QList<Interaction>> InteractionStore::select(const QString &where, const QVariantList &values)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, complaint_id, customer_id, channel_id, direction, "
                                     "kind, occurred_at, author, body, %1 FROM interaction "
                                     "WHERE deleted_at IS NULL AND %2 "
                                     "ORDER BY occurred_at DESC, local_id DESC LIMIT ?")
                          .arg(metaColumns(), where),
                      values);
    if (!q)
        return q.error();
    QList<Interaction> out;
    while (q->next()) {
        Interaction i;
        i.meta.id = q->value(0).toString();
        i.complaintId = q->value(1).toString();
        i.customerId = q->value(2).toString();
        i.channelId = q->value(3).toString();
        i.direction = parse<Direction>(q->value(4).toString()).value_or(Direction::Inbound);
        i.kind = parse<InteractionKind>(q->value(5).toString()).value_or(InteractionKind::Message);
        i.occurredAt = fromMs(q->value(6));
        i.author = q->value(7).toString();
        i.body = q->value(8).toString();
        readMeta(*q, 9, i.meta);
        out.append(i);
    }
    return out;
}

Result<QList<Interaction>> InteractionStore::forComplaint(const QString &complaintId)
{
    return select(QStringLiteral("complaint_id = ?"), {complaintId, 100000});
}

Result<QList<Interaction>> InteractionStore::forCustomer(const QString &customerId, int limit)
{
    return select(QStringLiteral("customer_id = ?"), {customerId, limit});
}

} // namespace kd
