// See serverbinding.h.
#include "serverbinding.h"

#include "service/session.h"
#include "storage/database.h"
#include "syncengine.h"

#include <QFileInfo>
#include <QSettings>

namespace kd {

namespace {
const QString kStateKey = QStringLiteral("server_url");
const QString kLegacySetting = QStringLiteral("sync/url");
} // namespace

QString storedServerUrl(Database &db)
{
    const QString url = db.stateValue(kStateKey);
    if (!url.isEmpty())
        return url;
    const QString legacy = QSettings().value(kLegacySetting).toString();
    if (legacy.isEmpty())
        return {};
    const bool isDefault = QFileInfo(db.path()).absoluteFilePath()
                           == QFileInfo(defaultDatabasePath()).absoluteFilePath();
    const bool hasSynced = !db.stateValue(QString::fromLatin1(SyncEngine::kCursorTxKey)).isEmpty();
    if (!isDefault && !hasSynced)
        return {};
    // A file that cannot be written uses it this time and takes it over next time.
    (void)storeServerUrl(db, legacy);
    return legacy;
}

Status storeServerUrl(Database &db, const QString &displayUrl)
{
    return db.setStateValue(kStateKey, displayUrl);
}

} // namespace kd
