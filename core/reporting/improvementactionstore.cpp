// Improvement actions in SQLite: one row per action, one per complaint link, all synced rows.
#include "improvementactionstore.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ImprovementActionStore", text);
}

const QStringList kStateCodes{QStringLiteral("planned"), QStringLiteral("in_progress"),
                              QStringLiteral("done"), QStringLiteral("dropped")};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

} // namespace

QString toString(ActionState state)
{
    return kStateCodes.at(int(state));
}

std::optional<ActionState> parseActionState(const QString &code)
{
    const int i = kStateCodes.indexOf(code.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return ActionState(i);
}

QStringList actionStateCodes()
{
    return kStateCodes;
}

ImprovementActionStore::ImprovementActionStore(Database &db) : m_db(db) {}

Status ImprovementActionStore::validate(const ImprovementAction &a)
{
    if (a.cause.trimmed().isEmpty())
        return invalid(QStringLiteral("cause"), tr("say which cause the action fixes"));
    if (!a.categoryId.isEmpty()) {
        auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM category WHERE id = ? AND "
                                               "deleted_at IS NULL"), {a.categoryId});
        if (!q)
            return q.error();
        if (!q->next())
            return invalid(QStringLiteral("category"), tr("there is no such category"));
    }
    return {};
}

Status ImprovementActionStore::writeLinks(const QString &actionId, const QStringList &complaintIds)
{
    RowWriter writer(m_db);
    for (const QString &complaintId : complaintIds) {
        auto exists = runQuery(m_db, QStringLiteral("SELECT 1 FROM complaint WHERE id = ? AND "
                                                    "deleted_at IS NULL"), {complaintId});
        if (!exists)
            return exists.error();
        if (!exists->next())
            return makeError(ErrorCode::NotFound, tr("There is no complaint %1.").arg(complaintId));
        auto linked = runQuery(m_db, QStringLiteral("SELECT 1 FROM improvement_action_complaint "
                                                    "WHERE action_id = ? AND complaint_id = ? AND "
                                                    "deleted_at IS NULL"),
                               {actionId, complaintId});
        if (!linked)
            return linked.error();
        if (linked->next())
            continue;
        if (auto s = writer.insert(QStringLiteral("improvement_action_complaint"),
                                   uuid::v7(m_db.clock()),
                                   {{QStringLiteral("action_id"), actionId},
                                    {QStringLiteral("complaint_id"), complaintId}});
            !s)
            return s;
    }
    return {};
}

Result<ImprovementAction> ImprovementActionStore::add(ImprovementAction a)
{
    if (auto s = validate(a); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    a.meta.id = uuid::v7(m_db.clock());
    if (a.state == ActionState::Done && !a.doneAt.isValid())
        a.doneAt = m_db.clock().now();
    RowWriter writer(m_db);
    if (auto s = writer.insert(QStringLiteral("improvement_action"), a.meta.id,
                               {{QStringLiteral("category_id"), nullIfEmpty(a.categoryId)},
                                {QStringLiteral("cause"), a.cause.trimmed()},
                                {QStringLiteral("description"), a.description},
                                {QStringLiteral("owner"), a.owner},
                                {QStringLiteral("due_date"), dateOrNull(a.dueDate)},
                                {QStringLiteral("state"), toString(a.state)},
                                {QStringLiteral("done_at"), msOrNull(a.doneAt)}});
        !s)
        return s.error();
    if (auto s = writeLinks(a.meta.id, a.complaintIds); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return byId(a.meta.id);
}

Status ImprovementActionStore::update(const ImprovementAction &input)
{
    if (auto s = validate(input); !s)
        return s;
    auto stored = byId(input.meta.id);
    if (!stored)
        return stored.error();
    ImprovementAction a = input;
    if (a.state == ActionState::Done && !a.doneAt.isValid())
        a.doneAt = stored->state == ActionState::Done ? stored->doneAt : m_db.clock().now();
    if (a.state != ActionState::Done)
        a.doneAt = {};
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    RowWriter writer(m_db);
    auto changed = writer.update(QStringLiteral("improvement_action"), a.meta.id,
                                 {{QStringLiteral("category_id"), nullIfEmpty(a.categoryId)},
                                  {QStringLiteral("cause"), a.cause.trimmed()},
                                  {QStringLiteral("description"), a.description},
                                  {QStringLiteral("owner"), a.owner},
                                  {QStringLiteral("due_date"), dateOrNull(a.dueDate)},
                                  {QStringLiteral("state"), toString(a.state)},
                                  {QStringLiteral("done_at"), msOrNull(a.doneAt)}});
    if (!changed)
        return changed.error();
    if (auto s = writeLinks(a.meta.id, a.complaintIds); !s)
        return s;
    return tx.commit();
}

Status ImprovementActionStore::link(const QString &actionId, const QStringList &complaintIds)
{
    if (auto found = byId(actionId); !found)
        return found.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = writeLinks(actionId, complaintIds); !s)
        return s;
    return tx.commit();
}

Status ImprovementActionStore::remove(const QString &id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = RowWriter(m_db).tombstone(QStringLiteral("improvement_action"), id); !s)
        return s;
    return tx.commit();
}

Result<ImprovementAction> ImprovementActionStore::byId(const QString &id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, category_id, cause, description, owner, "
                                           "due_date, state, done_at, created_at, updated_at, "
                                           "created_by, updated_by FROM improvement_action "
                                           "WHERE id = ? AND deleted_at IS NULL"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no improvement action %1.").arg(id));
    ImprovementAction a;
    a.meta.id = q->value(0).toString();
    a.categoryId = q->value(1).toString();
    a.cause = q->value(2).toString();
    a.description = q->value(3).toString();
    a.owner = q->value(4).toString();
    a.dueDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
    a.state = parseActionState(q->value(6).toString()).value_or(ActionState::Planned);
    if (!q->value(7).isNull())
        a.doneAt = QDateTime::fromMSecsSinceEpoch(q->value(7).toLongLong(), QTimeZone::utc());
    a.meta.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(8).toLongLong(), QTimeZone::utc());
    a.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(q->value(9).toLongLong(), QTimeZone::utc());
    a.meta.createdBy = q->value(10).toString();
    a.meta.updatedBy = q->value(11).toString();
    auto links = runQuery(m_db, QStringLiteral("SELECT complaint_id FROM "
                                               "improvement_action_complaint WHERE action_id = ? "
                                               "AND deleted_at IS NULL ORDER BY created_at"),
                          {id});
    if (!links)
        return links.error();
    while (links->next())
        a.complaintIds << links->value(0).toString();
    return a;
}

Result<QList<ImprovementAction>> ImprovementActionStore::all()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM improvement_action WHERE deleted_at IS "
                                           "NULL ORDER BY state IN ('done', 'dropped'), "
                                           "due_date IS NULL, due_date, local_id"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    QList<ImprovementAction> out;
    for (const QString &id : ids) {
        auto a = byId(id);
        if (!a)
            return a.error();
        out << *a;
    }
    return out;
}

} // namespace kd
