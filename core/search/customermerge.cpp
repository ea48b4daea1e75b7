// One transaction of field changes and a tombstone; nothing is deleted outright.
#include "customermerge.h"

#include "domain/uuid.h"
#include "service/userrole.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSet>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::CustomerMerge", text);
}

Result<QStringList> idsOf(Database &db, const QString &sql, const QString &customerId)
{
    auto q = runQuery(db, sql, {customerId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    return ids;
}

} // namespace

CustomerMerge::CustomerMerge(Database &db) : m_db(db) {}

Result<MergeResult> CustomerMerge::merge(const QString &keepId, const QString &mergeId)
{
    if (keepId == mergeId)
        return invalid(QStringLiteral("customer"), tr("A customer cannot be merged into itself."));
    // A merge removes the duplicate, which the server lets only supervisors do: an agent's merge
    // would go up half, the complaints moved and the duplicate still there.
    if (auto s = requireRole(m_db, UserRole::Supervisor, tr("merge two customers")); !s)
        return s.error();
    CustomerStore store(m_db);
    auto keep = store.get(keepId);
    if (!keep)
        return keep.error();
    auto gone = store.get(mergeId);
    if (!gone)
        return gone.error();
    if (keep->meta.deleted || gone->meta.deleted)
        return makeError(ErrorCode::Conflict,
                         tr("One of the two customers was deleted or merged already."));

    MergeResult result;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    RowWriter writer(m_db);
    const QVariantMap repoint{{QStringLiteral("customer_id"), keepId}};

    auto move = [&](const QString &table, const QString &sql, int &counter) -> Status {
        auto ids = idsOf(m_db, sql, mergeId);
        if (!ids)
            return ids.error();
        for (const QString &id : *ids) {
            auto r = writer.update(table, id, repoint);
            if (!r)
                return r.error();
            ++counter;
        }
        return {};
    };
    if (auto s = move(QStringLiteral("complaint"),
                      QStringLiteral("SELECT id FROM complaint WHERE customer_id = ? "
                                     "AND deleted_at IS NULL"),
                      result.movedComplaints);
        !s)
        return s.error();
    if (auto s = move(QStringLiteral("interaction"),
                      QStringLiteral("SELECT id FROM interaction WHERE customer_id = ? "
                                     "AND deleted_at IS NULL"),
                      result.movedInteractions);
        !s)
        return s.error();
    auto promiseTable = runQuery(m_db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE "
                                                      "type = 'table' AND name = 'promise'"));
    if (promiseTable && promiseTable->next()) {
        if (auto s = move(QStringLiteral("promise"),
                          QStringLiteral("SELECT id FROM promise WHERE customer_id = ? "
                                         "AND deleted_at IS NULL"),
                          result.movedPromises);
            !s)
            return s.error();
    }

    // Handles: the kept customer's own stay; the same handle twice becomes one.
    QSet<QString> kept;
    for (const SocialHandle &h : keep->handles)
        kept.insert(h.platform + QLatin1Char('\n') + h.handle.trimmed().toLower().remove(QLatin1Char('@')));
    auto handles = runQuery(m_db,
                            QStringLiteral("SELECT id, platform, handle_norm FROM customer_handle "
                                           "WHERE customer_id = ? AND deleted_at IS NULL"),
                            {mergeId});
    if (!handles)
        return handles.error();
    QList<QPair<QString, bool>> handleMoves; // id, duplicate
    while (handles->next()) {
        const QString key = handles->value(1).toString() + QLatin1Char('\n')
                            + handles->value(2).toString();
        handleMoves.append({handles->value(0).toString(), kept.contains(key)});
        kept.insert(key);
    }
    handles->finish();
    for (const auto &[id, duplicate] : handleMoves) {
        if (duplicate) {
            if (auto s = writer.tombstone(QStringLiteral("customer_handle"), id); !s)
                return s.error();
        } else {
            auto r = writer.update(QStringLiteral("customer_handle"), id, repoint);
            if (!r)
                return r.error();
            ++result.movedHandles;
        }
    }

    // Fill what the kept customer lacks; what it has wins. Notes are joined, not lost.
    QVariantMap fill;
    auto take = [&](const QString &column, const QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty() && !theirs.trimmed().isEmpty()) {
            fill.insert(column, theirs);
            result.filledFields << column;
        }
    };
    take(QStringLiteral("name"), keep->name, gone->name);
    take(QStringLiteral("customer_number"), keep->customerNumber, gone->customerNumber);
    take(QStringLiteral("email"), keep->email, gone->email);
    if (keep->phone.trimmed().isEmpty() && !gone->phone.trimmed().isEmpty()) {
        fill.insert(QStringLiteral("phone"), gone->phone);
        auto norm = runQuery(m_db, QStringLiteral("SELECT phone_norm FROM customer WHERE id = ?"),
                             {mergeId});
        if (norm && norm->next())
            fill.insert(QStringLiteral("phone_norm"), norm->value(0).toString());
        result.filledFields << QStringLiteral("phone");
    }
    take(QStringLiteral("language"), keep->language, gone->language);
    take(QStringLiteral("external_id"), keep->externalId, gone->externalId);
    if (keep->preferredChannelId.isEmpty() && !gone->preferredChannelId.isEmpty()) {
        fill.insert(QStringLiteral("preferred_channel_id"), gone->preferredChannelId);
        result.filledFields << QStringLiteral("preferred_channel_id");
    }
    if (keep->formOfAddress == FormOfAddress::Unknown
        && gone->formOfAddress != FormOfAddress::Unknown) {
        fill.insert(QStringLiteral("form_of_address"), toString(gone->formOfAddress));
        result.filledFields << QStringLiteral("form_of_address");
    }
    if (!gone->notes.trimmed().isEmpty() && !keep->notes.contains(gone->notes.trimmed())) {
        fill.insert(QStringLiteral("notes"), keep->notes.trimmed().isEmpty()
                                                 ? gone->notes.trimmed()
                                                 : keep->notes.trimmed() + QStringLiteral("\n")
                                                       + gone->notes.trimmed());
        result.filledFields << QStringLiteral("notes");
    }
    if (!fill.isEmpty())
        if (auto r = writer.update(QStringLiteral("customer"), keepId, fill); !r)
            return r.error();

    if (auto s = writer.tombstone(QStringLiteral("customer"), mergeId); !s)
        return s.error();
    result.mergeId = uuid::v7(m_db.clock());
    if (auto s = writer.insert(QStringLiteral("customer_merge"), result.mergeId,
                               {{QStringLiteral("kept_customer_id"), keepId},
                                {QStringLiteral("merged_customer_id"), mergeId},
                                {QStringLiteral("moved_complaints"), result.movedComplaints},
                                {QStringLiteral("moved_interactions"), result.movedInteractions}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace kd
