// A database keeps the address of the server it syncs with; another file is not connected to the
// team's server because the computer's settings name one.
#include "testsupport.h"

#include "sync/serverbinding.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <catch2/catch.hpp>

#include <QSettings>

using namespace kd;
using namespace kd::test;

namespace {

const QString kTeamServer = QStringLiteral("postgresql://anna@server.example.nl/klachtdesk");

struct LegacySetting
{
    LegacySetting() { QSettings().setValue(QStringLiteral("sync/url"), kTeamServer); }
    ~LegacySetting() { QSettings().remove(QStringLiteral("sync/url")); }
};

} // namespace

TEST_CASE("each database keeps its own server address", "[sync]")
{
    TempDatabase a, b;
    CHECK(storedServerUrl(a.db()).isEmpty());
    KD_REQUIRE_OK(storeServerUrl(a.db(), kTeamServer));
    CHECK(storedServerUrl(a.db()) == kTeamServer);
    CHECK(storedServerUrl(b.db()).isEmpty());
}

TEST_CASE("the address of the older setting goes to a database that synced before, not to a "
          "new trial file",
          "[sync]")
{
    LegacySetting legacy;
    TempDatabase trial;
    // A file opened with --db to try things: never sent to the team's server by a setting.
    CHECK(storedServerUrl(trial.db()).isEmpty());

    TempDatabase synced;
    KD_REQUIRE_OK(synced.db().setStateValue(QString::fromLatin1(SyncEngine::kCursorTxKey),
                                            QStringLiteral("4711")));
    CHECK(storedServerUrl(synced.db()) == kTeamServer);
    // Taken over into the database: it stays when the setting goes.
    QSettings().remove(QStringLiteral("sync/url"));
    CHECK(storedServerUrl(synced.db()) == kTeamServer);
}

TEST_CASE("an address that is not one is shown as typed, without its password", "[sync]")
{
    for (const QString &typed : {u"kd_admin:geheim@127.0.0.1:5432/klachtdesk"_qs,
                                 u"mysql://kd_admin:geheim@db.example.nl/klachtdesk"_qs}) {
        auto a = ServerAddress::parse(typed);
        REQUIRE_FALSE(a.ok());
        INFO(a.error().message.toStdString());
        CHECK(a.error().message.contains(u"kd_admin@"_qs));
        CHECK_FALSE(a.error().message.contains(u"geheim"_qs));
    }
}
