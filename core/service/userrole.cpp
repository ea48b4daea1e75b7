// The current user's role; see userrole.h for where it comes from.
#include "userrole.h"

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

} // namespace kd
