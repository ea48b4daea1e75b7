// Promise rows (synced) and their queries for the queue, the history and the check.
#include "promisestore.h"
#include "eventtime.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::PromiseStore", text);
}

} // namespace

PromiseStore::PromiseStore(Database &db) : m_db(db) {}

QStringList PromiseStore::states()
{
    return {QStringLiteral("open"), QStringLiteral("kept"), QStringLiteral("broken"),
            QStringLiteral("cancelled")};
}

Status PromiseStore::add(Promise &p)
{
    if (p.text.trimmed().isEmpty())
        return invalid(QStringLiteral("text"), tr("A promise needs its text: what was promised."));
    if (!p.dueAt.isValid())
        return invalid(QStringLiteral("due"), tr("A promise needs a due date and time."));
    if (p.owner.isEmpty())
        p.owner = m_db.user();
    p.id = uuid::v7(m_db.clock());
    return RowWriter(m_db).insert(QStringLiteral("promise"), p.id,
                                  {{QStringLiteral("complaint_id"), p.complaintId},
                                   {QStringLiteral("customer_id"), p.customerId},
                                   {QStringLiteral("text"), p.text.trimmed()},
                                   {QStringLiteral("due_at"), p.dueAt.toMSecsSinceEpoch()},
                                   {QStringLiteral("owner"), p.owner},
                                   {QStringLiteral("state"), p.state}});
}

Status PromiseStore::setState(const QString &id, const QString &state)
{
    if (!states().contains(state))
        return invalid(QStringLiteral("state"), tr("\"%1\" is not a promise state; use one of: %2.")
                                                    .arg(state, states().join(QStringLiteral(", "))));
    const QVariant keptAt = state == QLatin1String("kept") ? QVariant(eventNowMs(m_db)) : QVariant();
    auto r = RowWriter(m_db).update(QStringLiteral("promise"), id,
                                    {{QStringLiteral("state"), state},
                                     {QStringLiteral("kept_at"), keptAt}});
    if (!r)
        return r.error();
    return {};
}

Result<QList<Promise>> PromiseStore::select(const QString &where, const QVariantList &values)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT p.id, p.complaint_id, p.customer_id, c.reference, p.text, "
                                     "p.due_at, p.owner, p.state, p.kept_at FROM promise p "
                                     "LEFT JOIN complaint c ON c.id = p.complaint_id "
                                     "WHERE p.deleted_at IS NULL AND %1 ORDER BY p.due_at")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    QList<Promise> out;
    while (q->next()) {
        Promise p;
        p.id = q->value(0).toString();
        p.complaintId = q->value(1).toString();
        p.customerId = q->value(2).toString();
        p.reference = q->value(3).toString();
        p.text = q->value(4).toString();
        p.dueAt = fromMs(q->value(5));
        p.owner = q->value(6).toString();
        p.state = q->value(7).toString();
        p.keptAt = fromMs(q->value(8));
        out << p;
    }
    return out;
}

Result<Promise> PromiseStore::get(const QString &id)
{
    auto r = select(QStringLiteral("p.id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return makeError(ErrorCode::NotFound, tr("No promise with id %1.").arg(id));
    return r->first();
}

Result<QList<Promise>> PromiseStore::forComplaint(const QString &complaintId)
{
    return select(QStringLiteral("p.complaint_id = ?"), {complaintId});
}

Result<QList<Promise>> PromiseStore::forCustomer(const QString &customerId)
{
    return select(QStringLiteral("p.customer_id = ?"), {customerId});
}

Result<QList<Promise>> PromiseStore::overdue(const QDateTime &now, const QString &owner)
{
    if (owner.isEmpty())
        return select(QStringLiteral("p.state = 'open' AND p.due_at < ?"), {now.toMSecsSinceEpoch()});
    return select(QStringLiteral("p.state = 'open' AND p.due_at < ? AND p.owner = ?"),
                  {now.toMSecsSinceEpoch(), owner});
}

Result<QList<Promise>> PromiseStore::open(const QString &owner)
{
    if (owner.isEmpty())
        return select(QStringLiteral("p.state = 'open'"), {});
    return select(QStringLiteral("p.state = 'open' AND p.owner = ?"), {owner});
}

} // namespace kd
