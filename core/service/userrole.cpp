// The current user's role; see userrole.h for where it comes from.
#include "userrole.h"

#include "domain/entities.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd", text);
}

std::optional<UserRole> parseRole(const QString &text)
{
    if (text == QLatin1String("agent"))
        return UserRole::Agent;
    if (text == QLatin1String("supervisor"))
        return UserRole::Supervisor;
    if (text == QLatin1String("administrator"))
        return UserRole::Administrator;
    return std::nullopt;
}

QString roleName(UserRole role)
{
    switch (role) {
    case UserRole::Agent: return tr("agent");
    case UserRole::Supervisor: return tr("supervisor");
    case UserRole::Administrator: return tr("administrator");
    }
    return {};
}

} // namespace

QString toString(UserRole role)
{
    switch (role) {
    case UserRole::Agent: return QStringLiteral("agent");
    case UserRole::Supervisor: return QStringLiteral("supervisor");
    case UserRole::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

UserRole currentRole(Database &db)
{
    if (auto fromServer = parseRole(db.stateValue(QLatin1String(kServerRoleKey))))
        return *fromServer;
    auto q = runQuery(db,
                      QStringLiteral("SELECT role FROM app_user WHERE login = ? AND deleted_at IS NULL"),
                      {db.user()});
    if (q && q->next())
        return parseRole(q->value(0).toString()).value_or(UserRole::Agent);
    return UserRole::Administrator;
}

Status requireRole(Database &db, UserRole atLeast, const QString &what)
{
    const UserRole role = currentRole(db);
    if (int(role) >= int(atLeast))
        return {};
    return Error{ErrorCode::Permission,
                 tr("Only someone with the role %1 may %2; %3 has the role %4.")
                     .arg(roleName(atLeast), what, db.user(), roleName(role)),
                 {}};
}

Status mayAssign(Database &db, const QString &assignee)
{
    const QString to = assignee.trimmed();
    if (to.isEmpty() || to == db.user() || currentRole(db) != UserRole::Agent)
        return {};
    return Error{ErrorCode::Permission,
                 tr("Only a supervisor may hand a complaint to someone else. Assign it to "
                    "yourself (%1) or leave it unassigned.")
                     .arg(db.user()),
                 QStringLiteral("assignee")};
}

Status mayChange(Database &db, const Complaint &complaint)
{
    const QString owner = complaint.assignee;
    if (owner.isEmpty() || owner == db.user() || currentRole(db) != UserRole::Agent)
        return {};
    return Error{ErrorCode::Permission,
                 tr("%1 is assigned to %2: only %2 or a supervisor may change it.")
                     .arg(complaint.reference, owner),
                 {}, complaint.reference};
}

Status mayMoveToTeam(Database &db, const QString &team)
{
    const QString own = db.stateValue(QLatin1String(kServerTeamKey));
    const QString to = team.trimmed();
    if (own.isEmpty() || to.isEmpty() || to == own || currentRole(db) != UserRole::Agent)
        return {};
    return Error{ErrorCode::Permission,
                 tr("Only a supervisor may move a complaint to another team; you work in team %1.")
                     .arg(own),
                 QStringLiteral("team")};
}

} // namespace kd
