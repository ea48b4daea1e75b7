// Default locations and the one way the faces open a database.
#include "session.h"

#include "search/knowledgebase.h"
#include "drafting/templatestore.h"
#include "service/userrole.h"
#include "storage/catalogstore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace kd {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("KLACHTDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("klachtdesk.sqlite"));
}

QString currentLogin()
{
    const QString configured = QSettings().value(QStringLiteral("user/login")).toString();
    if (!configured.isEmpty())
        return configured;
    for (const char *var : {"KLACHTDESK_USER", "USER", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("agent");
}

bool adoptServerLogin(Database &db)
{
    const QString login = db.stateValue(QLatin1String(kServerLoginKey));
    if (login.isEmpty() || login == db.user())
        return false;
    db.setUser(login);
    return true;
}

Result<std::unique_ptr<Database>> openWorkstation(const QString &path, const Clock *clock)
{
    Database::Options options;
    options.path = path;
    options.user = currentLogin();
    options.clock = clock;
    auto db = Database::open(options);
    if (!db)
        return db.error();
    adoptServerLogin(**db);
    if (auto s = CatalogStore(**db).ensureDefaults(); !s)
        return s.error();
    if (auto s = KnowledgeBase(**db).ensureDefaults(); !s)
        return s.error();
    if (auto s = TemplateStore(**db).ensureDefaults(); !s)
        return s.error();
    return db;
}

} // namespace kd
